import { evaluate, type ModelInput } from '../../src/pipeline/evaluate.js';
import { parseConfig, resolveConfig } from '../../src/schema/config.js';
import { parseReport } from '../../src/schema/report.js';
import type { Config } from '../../src/kernel/config-types.js';
import type { GateResult } from '../../src/kernel/result-types.js';

const NOW = new Date('2026-11-21T00:00:00Z');

function reportText(metrics: Record<string, number>, size: number | undefined): string {
  const lines = Object.entries(metrics).map(([k, v]) => `  ${JSON.stringify(k)}: ${v}`);
  const evalLine = size === undefined ? '' : `eval: { dataset: gold, size: ${size} }\n`;
  return `version: 1\nmodel: m\nmetrics:\n${lines.join('\n')}\n${evalLine}`;
}

/** One model, base vs PR, through the whole pipeline as the action runs it. */
export function gate(
  base: Record<string, number>,
  head: Record<string, number>,
  opts: { size?: number; config?: Config | string } = {},
): GateResult {
  return gateTexts(reportText(base, opts.size), reportText(head, opts.size), opts.config);
}

/** The same from report texts (for blocks beyond metrics, such as eval.slices). */
export function gateTexts(base: string, head: string, cfg?: Config | string): GateResult {
  const config = typeof cfg === 'string' ? parseConfig(cfg, '.github/mlgate.yml') : (cfg ?? resolveConfig({}));
  const models: ModelInput[] = [
    {
      name: 'm',
      head: parseReport(head, 'mlgate.yaml'),
      base: parseReport(base, 'mlgate.yaml (base)'),
      head_path: 'mlgate.yaml',
      base_path: 'mlgate.yaml',
    },
  ];
  return evaluate({
    config,
    models,
    base: { sha: 'a'.repeat(40), source: 'git' },
    head: { sha: 'b'.repeat(40) },
    now: NOW,
  });
}

/** The verdict and the change of one metric judged alone. */
export function judge(name: string, base: number, head: number, opts: { size?: number; config?: string } = {}) {
  const r = gate({ [name]: base }, { [name]: head }, opts);
  const m = r.models[0]!.metrics[0]!;
  return { verdict: r.verdict, change: m.change, metric: m, model: r.models[0]! };
}
