/** `mode: gate` (default): read the PR's reports and their baselines, gather facts, evaluate. */
import { evaluate } from '../pipeline/evaluate.js';
import { baseCommitSource } from '../sources/base-commit.js';
import { enrichModels } from '../adapters/enrich.js';
import { gatherForPolicy, loadPolicy } from '../adapters/policy.js';
import { pullForEvent } from '../adapters/github/checklist-bot.js';
import type { Mode } from './types.js';
import { InputError } from '../kernel/errors.js';
import { gitResolveCommit } from '../sources/git.js';

export const gateMode: Mode = async ({ settings, ctx, client, now, env }) => {
  // issue_comment payloads name only the issue: the PR's head, base and author come from the API.
  const pull = ctx.pull ?? (client ? await pullForEvent(client, ctx, env) : null);
  if (ctx.eventName === 'pull_request_target' && pull) await refuseBaseCheckout(ctx.workspace, pull.head_sha);
  // A merge queue's group is judged against the tip of the branch it merges into.
  // `base-sha: ${{ github.event.before }}` on the push that created a branch is all zeros: there is no base.
  const newBranch = settings.baseSha !== null && /^0+$/.test(settings.baseSha);
  const baseSha = (newBranch ? null : settings.baseSha) ?? pull?.base_sha ?? ctx.mergeGroup?.base_sha ?? null;
  const baseline = baseSha
    ? baseCommitSource({ sha: baseSha, workspace: ctx.workspace, client, owner: ctx.owner, repo: ctx.repo })
    : null;
  const notes: string[] = [];
  const policy = await loadPolicy(
    {
      configPath: settings.configPath,
      configFrom: settings.configFrom,
      workspace: ctx.workspace,
      baseline,
      how: 'input config-from: head',
    },
    notes,
  );
  const config = policy.config;
  const models = await gatherForPolicy(policy, { workspace: ctx.workspace, baseline, explicit: settings.reports });
  await enrichModels(models, {
    workspace: ctx.workspace,
    config,
    client,
    repo: { owner: ctx.owner, repo: ctx.repo },
    pull,
    baseline,
    now,
  });
  if (!baseSha) {
    notes.push(
      newBranch
        ? 'base-sha is 0000000 (the push created the branch): nothing to compare with, absolute bounds only'
        : 'not a pull request and no base-sha input: nothing to compare with, absolute bounds only',
    );
  }
  if (ctx.mergeGroup && !pull)
    notes.push('merge queue: this group is compared with the tip of the target branch it merges into');
  const result = evaluate({
    config,
    models,
    base: { sha: baseSha, source: baseline ? baseline.kind : 'none' },
    head: { sha: pull?.head_sha ?? (ctx.sha || null) },
    now,
    notes,
  });
  if (!pull) return { result, target: null };
  return { result, target: { number: pull.number, head_sha: pull.head_sha }, bot: { pull, config } };
};

/**
 * pull_request_target checks out the base branch: the reports in the workspace are the base's, compared with the
 * base they pass whatever the PR did (a fork's regression "passes"). Unless the PR's head is what is checked out,
 * refuse, and point to the set-ups that read the PR's files.
 */
async function refuseBaseCheckout(workspace: string, headSha: string): Promise<void> {
  const checkedOut = await gitResolveCommit(workspace, 'HEAD');
  // The PR's head, or its merge commit (refs/pull/N/merge: parents base, head).
  if (checkedOut === headSha || (checkedOut && (await gitResolveCommit(workspace, 'HEAD^2')) === headSha)) return;
  const what = checkedOut
    ? `commit ${checkedOut.slice(0, 7)}, not the PR’s head ${headSha.slice(0, 7)}`
    : 'not a git checkout of the PR’s head';
  throw new InputError(
    `mlgate ran on pull_request_target, whose checkout is the base branch (${what}): the reports read would be the base’s and the PR would pass unseen. ` +
      'Run mlgate on pull_request; for fork PRs use the two-workflow set-up in docs/forks.md',
  );
}
