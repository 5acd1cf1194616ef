/**
 * Collects the PR's reports and their baselines into the core's input (all the file and git I/O of a run).
 * Each `reports` entry goes to its reader (mlgate's own format, DVC, MLflow, W&B, CSV/JSON: src/readers).
 */
import type { Config } from '../kernel/config-types.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import { InputError } from '../kernel/errors.js';
import type { BaselineReader } from './baseline.js';
import { loadSources } from './readers.js';

export async function gatherModels(opts: {
  workspace: string;
  config: Config;
  patterns: readonly string[];
  baseline: BaselineReader | null;
  /** How the caller names the reports to read: the action's input, or the CLI's flag. */
  fix?: string;
}): Promise<ModelInput[]> {
  const models = await loadSources(
    { workspace: opts.workspace, config: opts.config, baseline: opts.baseline },
    opts.patterns,
  );
  if (models.length === 0) {
    const fix = opts.fix ?? "set the action's `report` input";
    throw new InputError(
      `no model report found (looked for ${opts.patterns.slice(0, 5).join(', ')}); ${fix} or \`reports\` in .github/mlgate.yml`,
    );
  }
  return models;
}
