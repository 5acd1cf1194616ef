/** `mode: gate` (default): read the PR's reports and their baselines, gather facts, evaluate. */
import { evaluate } from '../core/evaluate.js';
import { createBaselineReader } from '../adapters/baseline.js';
import { enrichModels } from '../adapters/enrich.js';
import { gatherModels } from '../adapters/gather.js';
import { loadPolicy } from '../adapters/policy.js';
import { pullForEvent } from '../adapters/github/checklist-bot.js';
import type { Mode } from './types.js';

export const gateMode: Mode = async ({ settings, ctx, client, now, env }) => {
  // issue_comment payloads name only the issue: the PR's head, base and author come from the API.
  const pull = ctx.pull ?? (client ? await pullForEvent(client, ctx, env) : null);
  // A merge queue's group is judged against the tip of the branch it merges into.
  const baseSha = settings.baseSha ?? pull?.base_sha ?? ctx.mergeGroup?.base_sha ?? null;
  const baseline = baseSha ? createBaselineReader({ sha: baseSha, workspace: ctx.workspace, client, owner: ctx.owner, repo: ctx.repo }) : null;
  const notes: string[] = [];
  const config = await loadPolicy({ configPath: settings.configPath, configFrom: settings.configFrom, workspace: ctx.workspace, baseline, how: 'input config-from: head' }, notes);
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
    pull,
    baseline,
    now,
  });
  if (!baseSha) notes.push('not a pull request and no base-sha input: nothing to compare with, absolute bounds only');
  if (ctx.mergeGroup && !pull) notes.push('merge queue: this group is compared with the tip of the target branch it merges into');
  const result = evaluate({
    config,
    models,
    base: { sha: baseSha, source: baseline ? baseline.source : 'none' },
    head: { sha: pull?.head_sha ?? (ctx.sha || null) },
    now,
    notes,
  });
  if (!pull) return { result, target: null };
  return { result, target: { number: pull.number, head_sha: pull.head_sha }, bot: { pull, config } };
};
