/**
 * `mode: publish`, the second half of the fork-PR set-up (docs/forks.md). A `workflow_run` job with a write token
 * reads the result that the PR's read-only `pull_request` job uploaded as an artifact, and publishes it: the PR
 * comment (main.ts, from the target returned here) and an `mlgate` check run on the PR's head commit.
 *
 * The artifact was produced by code from the PR, so it is untrusted: bounded, safely parsed and schema-checked;
 * its strings are escaped when rendered. It never chooses where we write: the commit comes from GitHub's
 * `workflow_run` event, the PR is looked up by that commit (and by the head repository and branch the run came
 * from), and a result for a commit that is no longer the PR's head is refused.
 */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { parseResult } from '../schema/result-check.js';
import type { GateResult } from '../kernel/result-types.js';
import { mergeResults } from '../readers/result-json.js';
import { readUntrustedText } from '../sources/workspace.js';
import { checkName, createCheckRun } from '../adapters/github/check-runs.js';
import { isReadOnlyError, type GitHubClient } from '../adapters/github/client.js';
import { pullLinks } from '../adapters/github/context.js';
import { escapeLog } from '../kernel/escape.js';
import { renderMarkdown } from '../render/markdown.js';
import { warnReadOnly } from './publish.js';
import type { Mode, ModeEnv, ModeOutcome } from './types.js';

/** The fields of GitHub's `workflow_run` event that we use (written by GitHub, not by the PR). */
export interface WorkflowRunEvent {
  head_sha: string;
  head_branch: string | null;
  head_repository: string | null;
  event: string;
  html_url: string | null;
}

const SHA_RE = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
const MAX_RESULT_BYTES = 5 * 1024 * 1024;
/** Leaves room in the check run's 65,535-character summary for the truncation note. */
const CHECK_SUMMARY_BUDGET = 60_000;

export function readWorkflowRunEvent(eventPath: string | undefined): WorkflowRunEvent {
  const fix = 'run `mode: publish` in a workflow triggered by `on: workflow_run` (see docs/forks.md)';
  if (!eventPath) throw new InputError(`no event payload; ${fix}`, { field: 'input mode' });
  let payload: { workflow_run?: Record<string, unknown> };
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8')) as typeof payload;
  } catch {
    throw new InputError('the event payload (GITHUB_EVENT_PATH) cannot be read as JSON');
  }
  const run = payload.workflow_run;
  const headSha = run?.head_sha;
  if (!run || typeof headSha !== 'string' || !SHA_RE.test(headSha)) {
    throw new InputError(`the event is not a workflow_run event; ${fix}`, { field: 'input mode' });
  }
  const repo = run.head_repository as { full_name?: unknown } | null | undefined;
  return {
    head_sha: headSha,
    head_branch: typeof run.head_branch === 'string' ? run.head_branch : null,
    head_repository: typeof repo?.full_name === 'string' ? repo.full_name : null,
    event: typeof run.event === 'string' ? run.event : '',
    html_url: typeof run.html_url === 'string' ? run.html_url : null,
  };
}

/** Reads and validates every result file; several (one per matrix job) are combined into one result. */
export async function readResults(files: string[], workspace: string): Promise<GateResult> {
  if (files.length === 0) {
    throw new InputError('list the result file(s) downloaded from the gate workflow’s artifact', {
      field: 'input results',
    });
  }
  const results: GateResult[] = [];
  for (const file of files) {
    const label = file.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
    const full = path.resolve(workspace, file);
    const text = await readUntrustedText(full, { root: workspace, maxBytes: MAX_RESULT_BYTES, label });
    if (text === null)
      throw new InputError('does not exist; was the artifact downloaded to this path?', {
        file: label,
        field: 'input results',
      });
    results.push(parseResult(text, label));
  }
  return combine(results, files);
}

/** Matrix jobs upload one result each: merged like `mode: aggregate` does, if they are all for the same commit. */
function combine(results: GateResult[], files: string[]): GateResult {
  if (results.length === 1) return results[0]!;
  const heads = new Set(results.map((r) => r.head.sha));
  if (heads.size > 1) {
    throw new InputError('the result files are for different commits; publish the results of one run', {
      field: 'input results',
    });
  }
  return mergeResults(results.map((result, i) => ({ file: files[i]!, result })));
}

/**
 * The open PR whose head is this commit, from the repository and branch the gate run came from. Two lookups:
 * `GET /commits/{sha}/pulls`, which is reported to answer `[]` for a fork's head commit (the commit lives in the
 * fork), and the open PRs from `<head owner>:<branch>`; a fork's run asks the second first.
 */
export async function findPull(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  run: WorkflowRunEvent,
): Promise<{ number: number; head_sha: string } | null> {
  const fromFork = run.head_repository !== null && run.head_repository !== `${repo.owner}/${repo.repo}`;
  const lookups = fromFork ? [byBranch, byCommit] : [byCommit, byBranch];
  for (const lookup of lookups) {
    const found = pick(await lookup(client, repo, run), run);
    if (found) return found;
  }
  return null;
}

type ListedPull = {
  number: number;
  state: string;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
};

async function byCommit(client: GitHubClient, repo: { owner: string; repo: string }, run: WorkflowRunEvent) {
  return (await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...repo,
    commit_sha: run.head_sha,
    per_page: 100,
  })) as ListedPull[];
}

async function byBranch(client: GitHubClient, repo: { owner: string; repo: string }, run: WorkflowRunEvent) {
  const owner = run.head_repository?.split('/')[0];
  if (!owner || !run.head_branch) return [];
  return (await client.paginate(client.rest.pulls.list, {
    ...repo,
    head: `${owner}:${run.head_branch}`,
    state: 'open',
    per_page: 100,
  })) as ListedPull[];
}

function pick(pulls: ListedPull[], run: WorkflowRunEvent): { number: number; head_sha: string } | null {
  const matching = pulls.filter(
    (p) =>
      p.state === 'open' &&
      p.head.sha === run.head_sha &&
      // Anyone can open a PR from a copy of another PR's commit: the run's own repository and branch decide.
      (run.head_repository === null || p.head.repo?.full_name === run.head_repository) &&
      (run.head_branch === null || p.head.ref === run.head_branch),
  );
  if (matching.length === 0) return null;
  // Several PRs from the same branch (to different bases): the newest is the one being worked on.
  const pull = matching.reduce((a, b) => (b.number > a.number ? b : a));
  return { number: pull.number, head_sha: pull.head.sha };
}

export const publishMode: Mode = async (env: ModeEnv): Promise<ModeOutcome> => {
  const { settings, ctx, client } = env;
  const run = readWorkflowRunEvent(env.env.GITHUB_EVENT_PATH);
  const result = await readResults(settings.results, ctx.workspace);
  if (result.head.sha !== run.head_sha) {
    throw new InputError(
      `the result is for commit ${escapeLog(String(result.head.sha), 64)}, but the workflow run was for ${run.head_sha}; download the artifact of the triggering run (run-id: github.event.workflow_run.id)`,
      { field: 'head.sha' },
    );
  }
  if (!client) {
    result.notes.push('no github-token: the result was not published on the pull request');
    return { result, target: null };
  }
  const pull = await findPull(client, { owner: ctx.owner, repo: ctx.repo }, run);
  if (!pull) {
    // Pushed again, closed or merged since the gate ran: a newer run publishes the current head's result.
    // head_repository and head_branch are GitHub's (escapeMarkdownInline renders the note).
    core.info(`No open pull request has ${run.head_sha} as its head; the result is not published.`);
    result.notes.push(
      `not published: no open pull request from ${run.head_repository ?? 'the run’s repository'}${run.head_branch ? ` (${run.head_branch})` : ''} has commit ${run.head_sha.slice(0, 7)} as its head (pushed again, closed or merged since)`,
    );
    return { result, target: null };
  }
  try {
    const summary = renderMarkdown(result, {
      target: 'comment',
      limit: CHECK_SUMMARY_BUDGET,
      links: pullLinks(ctx, pull.number),
      ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    });
    const url = await createCheckRun(client, {
      name: checkName(settings.commentKey),
      owner: ctx.owner,
      repo: ctx.repo,
      head_sha: pull.head_sha,
      verdict: result.verdict,
      failOn: settings.failOn,
      reason: result.reason,
      summary,
      ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    });
    core.info(`Check run: ${escapeLog(url, 300)}`);
  } catch (e) {
    if (!isReadOnlyError(e)) throw e;
    // A read-only token cannot comment either: one warning, no further writes, the verdict stands.
    warnReadOnly(env);
    return { result, target: null };
  }
  return { result, target: pull };
};
