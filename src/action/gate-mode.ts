/** `mode: gate` (default): read the PR's reports and their baselines, gather facts, evaluate. */
import { evaluate } from '../pipeline/evaluate.js';
import { baseCommitSource } from '../sources/base-commit.js';
import { chooseBaseline } from '../adapters/baseline.js';
import { enrichModels } from '../adapters/enrich.js';
import { loadPolicy } from '../adapters/policy.js';
import { pullForEvent } from '../adapters/github/checklist-bot.js';
import type { ActionContext, PullInfo } from '../adapters/github/context.js';
import type { Settings } from '../adapters/settings.js';
import type { Mode } from './types.js';
import { InputError } from '../kernel/errors.js';
import { gitResolveCommit } from '../sources/git.js';
import { ancestryFor } from '../sources/ancestry.js';
import { mlflowContext } from '../adapters/gather-mlflow-server.js';
import type { ProcessEnv } from '../sources/git-env.js';

/** The commit to compare with: the input, else the PR's base, else a merge group's target tip. */
function baseOf(
  settings: Settings,
  pull: PullInfo | null,
  ctx: ActionContext,
): { sha: string | null; notes: string[] } {
  // `base-sha: ${{ github.event.before }}` on the push that created a branch is all zeros: there is no base.
  const newBranch = settings.baseSha !== null && /^0+$/.test(settings.baseSha);
  // A merge queue's group is judged against the tip of the branch it merges into.
  const sha = (newBranch ? null : settings.baseSha) ?? pull?.base_sha ?? ctx.mergeGroup?.base_sha ?? null;
  const notes: string[] = [];
  if (!sha)
    notes.push(
      newBranch
        ? 'base-sha is 0000000 (the push created the branch): nothing to compare with, absolute bounds only'
        : 'not a pull request and no base-sha input: nothing to compare with, absolute bounds only',
    );
  if (ctx.mergeGroup && !pull)
    notes.push('merge queue: this group is compared with the tip of the target branch it merges into');
  return { sha, notes };
}

export const gateMode: Mode = async ({ settings, ctx, client, now, env, mark }) => {
  // issue_comment payloads name only the issue: the PR's head, base and author come from the API.
  const pull = ctx.pull ?? (client ? await pullForEvent(client, ctx, env) : null);
  if (ctx.eventName === 'pull_request_target' && pull) await refuseBaseCheckout(ctx.workspace, pull.head_sha, env);
  const base = baseOf(settings, pull, ctx);
  const where = { workspace: ctx.workspace, processEnv: env, client, owner: ctx.owner, repo: ctx.repo };
  const commit = base.sha ? baseCommitSource({ sha: base.sha, ...where }) : null;
  const notes: string[] = [];
  const policy = await loadPolicy(
    {
      configPath: settings.configPath,
      configFrom: settings.configFrom,
      workspace: ctx.workspace,
      baseline: commit,
      how: 'input config-from: head',
    },
    notes,
  );
  const config = policy.config;
  // Runs on a tracking server are tagged with the commit checked out: the PR's head, or its merge commit.
  const mlflow = mlflowContext(env, {
    head: [pull?.head_sha, ctx.sha],
    base: base.sha,
    ancestry: (sha) => ancestryFor({ ...where, base: sha }),
  });
  const chosen = await chooseBaseline({
    mode: settings.baseline,
    artifact: settings.baselineArtifact,
    baseReports: settings.baseReports,
    baseSha: base.sha,
    baseRef: pull?.base_ref ?? null,
    commit,
    ...where,
    policy,
    explicit: settings.reports,
    ...(env.RUNNER_TEMP ? { tempRoot: env.RUNNER_TEMP } : {}),
    mlflow,
  });
  const { models } = chosen;
  await enrichModels(models, {
    ...where,
    config,
    repo: { owner: ctx.owner, repo: ctx.repo },
    pull,
    baseline: chosen.baseline,
    now,
  });
  mark?.('read');
  const result = evaluate({
    config,
    models,
    base: { sha: base.sha, source: chosen.source, ...(chosen.origin ? { origin: chosen.origin } : {}) },
    head: { sha: pull?.head_sha ?? (ctx.sha || null) },
    now,
    notes: [...notes, ...base.notes, ...chosen.notes],
  });
  mark?.('analyse');
  if (!pull) return { result, target: null };
  return { result, target: { number: pull.number, head_sha: pull.head_sha }, bot: { pull, config } };
};

/**
 * pull_request_target checks out the base branch: the reports in the workspace are the base's, compared with the
 * base they pass whatever the PR did (a fork's regression "passes"). Unless the PR's head is what is checked out,
 * refuse, and point to the set-ups that read the PR's files.
 */
async function refuseBaseCheckout(workspace: string, headSha: string, env: ProcessEnv): Promise<void> {
  const checkedOut = await gitResolveCommit(workspace, 'HEAD', env);
  // The PR's head, or its merge commit (refs/pull/N/merge: parents base, head).
  if (checkedOut === headSha || (checkedOut && (await gitResolveCommit(workspace, 'HEAD^2', env)) === headSha)) return;
  const what = checkedOut
    ? `commit ${checkedOut.slice(0, 7)}, not the PR’s head ${headSha.slice(0, 7)}`
    : 'not a git checkout of the PR’s head';
  throw new InputError(
    `mlgate ran on pull_request_target, whose checkout is the base branch (${what}): the reports read would be the base’s and the PR would pass unseen. ` +
      'Run mlgate on pull_request; for fork PRs use the two-workflow set-up in docs/forks.md',
  );
}
