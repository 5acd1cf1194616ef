/** `mode: gate` (default): read the PR's reports and their baselines, gather facts, evaluate. */
import path from 'node:path';
import { evaluate } from '../core/evaluate.js';
import { createBaselineReader } from '../adapters/baseline.js';
import { enrichModels } from '../adapters/enrich.js';
import { gatherModels } from '../adapters/gather.js';
import { pullForEvent } from '../adapters/github/checklist-bot.js';
import { loadConfigFile } from '../adapters/load-report.js';
import { parseConfig, resolveConfig } from '../core/config.js';
import type { Config } from '../core/config-types.js';
import type { BaselineReader } from '../adapters/baseline.js';
import type { Settings } from '../adapters/settings.js';
import { readUntrustedText } from '../adapters/files.js';
import type { Mode } from './types.js';

export const gateMode: Mode = async ({ settings, ctx, client, now, env }) => {
  // issue_comment payloads name only the issue: the PR's head, base and author come from the API.
  const pull = ctx.pull ?? (client ? await pullForEvent(client, ctx, env) : null);
  // A merge queue's group is judged against the tip of the branch it merges into.
  const baseSha = settings.baseSha ?? pull?.base_sha ?? ctx.mergeGroup?.base_sha ?? null;
  const baseline = baseSha ? createBaselineReader({ sha: baseSha, workspace: ctx.workspace, client, owner: ctx.owner, repo: ctx.repo }) : null;
  const notes: string[] = [];
  const config = await loadPolicy(settings, ctx.workspace, baseline, notes);
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

/**
 * The policy that judges the PR. By default the base commit's config: the PR's own copy is still validated (so
 * its errors show now, not after merge), and a change to it is noted as taking effect once merged.
 */
async function loadPolicy(settings: Settings, workspace: string, baseline: BaselineReader | null, notes: string[]): Promise<Config> {
  const headPath = path.join(workspace, settings.configPath);
  if (settings.configFrom === 'head' || !baseline) return loadConfigFile(headPath, workspace, false);
  const headText = await readUntrustedText(headPath, { root: workspace, label: settings.configPath });
  if (headText !== null) parseConfig(headText, settings.configPath);
  const baseText = await baseline.read(settings.configPath);
  if (headText !== baseText) {
    notes.push(`this PR changes ${settings.configPath}: the base’s policy applies until it is merged (input config-from: head trusts the PR’s copy)`);
  }
  return baseText === null ? resolveConfig({}) : parseConfig(baseText, `${settings.configPath} (base)`);
}
