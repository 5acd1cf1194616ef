/** Collects the PR's reports and their baselines into the core's input (all the file and git I/O of a run). */
import path from 'node:path';
import type { Config } from '../core/config-types.js';
import type { ModelInput } from '../core/evaluate.js';
import { InputError } from '../core/errors.js';
import { parseReport } from '../core/report.js';
import type { BaselineReader } from './baseline.js';
import { findReports } from './find-reports.js';
import { loadReportFile } from './load-report.js';

export async function gatherModels(opts: {
  workspace: string;
  config: Config;
  patterns: readonly string[];
  baseline: BaselineReader | null;
}): Promise<ModelInput[]> {
  const paths = await findReports(opts.workspace, opts.patterns);
  if (paths.length === 0) {
    throw new InputError(
      `no model report found (looked for ${opts.patterns.slice(0, 5).join(', ')}); set the action's \`report\` input or \`reports\` in .github/mlgate.yml`,
    );
  }
  const models: ModelInput[] = [];
  const names = new Map<string, string>();
  for (const rel of paths) {
    const head = await loadReportFile(path.join(opts.workspace, rel), opts.workspace, rel);
    if (!head) continue;
    const name = head.report.model;
    const other = names.get(name);
    if (other) throw new InputError(`model "${name}" is reported twice (also in ${other}); one report per model`, { file: rel, field: 'model' });
    names.set(name, rel);
    const baseText = opts.baseline ? await opts.baseline.read(rel) : null;
    const base = baseText === null ? null : parseReport(baseText, `${rel} (base)`);
    models.push({ name, head, base, head_path: rel, base_path: rel });
  }
  return models;
}
