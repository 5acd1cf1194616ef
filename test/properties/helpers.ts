/** Real reports and configs for the gate properties (built the way parseReport builds them, no mocks). */
import { resolveConfig } from '../../src/schema/config.js';
import type { Config, MetricRule } from '../../src/kernel/config-types.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import type { LoadedReport } from '../../src/kernel/report-types.js';
import type { GateResult } from '../../src/kernel/result-types.js';

export function loaded(model: string, metrics: Record<string, number>, evalSize?: number): LoadedReport {
  const m: Record<string, number> = {};
  // defineProperty, as safe-parse does, so any name (even one that looks like a prototype key) is a plain key.
  for (const [k, v] of Object.entries(metrics))
    Object.defineProperty(m, k, { value: v, enumerable: true, writable: true, configurable: true });
  return {
    report: { version: 1, model, metrics: m, ...(evalSize !== undefined ? { eval: { size: evalSize } } : {}) },
    source: { file: `${model}.yaml`, positions: new Map() },
    reader: 'mlgate',
  };
}

export function gate(
  config: Config,
  models: Array<{ name: string; base: Record<string, number> | null; head: Record<string, number> }>,
  notes: string[] = [],
  evalSize?: number,
): GateResult {
  return evaluate({
    config,
    models: models.map((m) => ({
      name: m.name,
      head: loaded(m.name, m.head, evalSize),
      base: m.base ? loaded(m.name, m.base, evalSize) : null,
      head_path: `${m.name}.yaml`,
      base_path: m.base ? `${m.name}.yaml` : null,
    })),
    base: { sha: 'a'.repeat(40), source: 'git' },
    head: { sha: 'b'.repeat(40) },
    now: new Date('2026-11-21T00:00:00Z'),
    notes,
  });
}

export function config(metrics: Record<string, MetricRule>, defaults: MetricRule = {}): Config {
  return resolveConfig({
    metrics,
    defaults,
    significance: { require_significance: true, alpha: 0.05, power: 0.8, bootstrap_iterations: 2000, seed: 1 },
  });
}
