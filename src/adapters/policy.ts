/**
 * The policy that judges a change: by default the base commit's config, so a PR cannot loosen the gate that
 * judges it. The PR's own copy is still validated (its errors show now, not after merge), and a change to it is
 * noted as taking effect once merged. Shared by the action's gate mode and `mlgate compare --base-ref`.
 */
import path from 'node:path';
import { parseConfig, resolveConfig } from '../schema/config.js';
import type { Config } from '../kernel/config-types.js';
import type { Source } from '../sources/source.js';
import { readUntrustedText } from '../sources/workspace.js';
import { loadConfigFile } from './load-report.js';

export async function loadPolicy(
  opts: {
    configPath: string;
    configFrom: 'base' | 'head';
    workspace: string;
    baseline: Source | null;
    how: string;
  },
  notes: string[],
): Promise<Config> {
  const headPath = path.join(opts.workspace, opts.configPath);
  if (opts.configFrom === 'head' || !opts.baseline) return loadConfigFile(headPath, opts.workspace, false);
  const headText = await readUntrustedText(headPath, { root: opts.workspace, label: opts.configPath });
  const headConfig = headText !== null ? parseConfig(headText, opts.configPath) : null;
  const baseText = await opts.baseline.read(opts.configPath);
  if (baseText === null && headConfig !== null) {
    // First adoption: the PR brings the first policy. Where the reports are (reports, models, metrics_map) is
    // taken from it, or the first run would find nothing; the rules stay the defaults until it is merged.
    notes.push(
      `the base has no ${opts.configPath}: this PR’s copy says where the reports are; its rules apply once it is merged (zero-config rules until then)`,
    );
    return {
      ...resolveConfig({}),
      reports: headConfig.reports,
      models: headConfig.models,
      metrics_map: headConfig.metrics_map,
    };
  }
  if (headText !== baseText) {
    notes.push(
      `this PR changes ${opts.configPath}: the base’s policy applies until it is merged (${opts.how} trusts the PR’s copy)`,
    );
  }
  return baseText === null ? resolveConfig({}) : parseConfig(baseText, `${opts.configPath} (base)`);
}
