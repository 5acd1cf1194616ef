/** `mode: gate` (default): read the PR's reports and their baselines, gather facts, evaluate. */
import path from 'node:path';
import { evaluate } from '../core/evaluate.js';
import { createBaselineReader } from '../adapters/baseline.js';
import { enrichModels } from '../adapters/enrich.js';
import { gatherModels } from '../adapters/gather.js';
import { loadConfigFile } from '../adapters/load-report.js';
import type { Mode } from './types.js';

export const gateMode: Mode = async ({ settings, ctx, client, now }) => {
  const config = await loadConfigFile(path.join(ctx.workspace, settings.configPath), ctx.workspace, false);
  const baseSha = settings.baseSha ?? ctx.pull?.base_sha ?? null;
  const baseline = baseSha ? createBaselineReader({ sha: baseSha, workspace: ctx.workspace, client, owner: ctx.owner, repo: ctx.repo }) : null;
  const models = await gatherModels({
    workspace: ctx.workspace,
    config,
    patterns: settings.reports.length ? settings.reports : config.reports,
    baseline,
  });
  await enrichModels(models, {
    workspace: ctx.workspace,
    config,
    client,
    repo: { owner: ctx.owner, repo: ctx.repo },
    pull: ctx.pull,
    baseline,
    now,
  });
  const notes: string[] = [];
  if (!baseSha) notes.push('not a pull request and no base-sha input: nothing to compare with, absolute bounds only');
  const result = evaluate({
    config,
    models,
    base: { sha: baseSha, source: baseline ? baseline.source : 'none' },
    head: { sha: ctx.sha || null },
    now,
    notes,
  });
  return { result, target: ctx.pull ? { number: ctx.pull.number, head_sha: ctx.pull.head_sha } : null };
};
