/**
 * Where the action runs: repository, event, pull request and commits, read from the runner's environment and
 * the event payload file. Read explicitly (not through @actions/github's import-time globals) so tests pass
 * their own environment.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../kernel/errors.js';

export interface PullInfo {
  number: number;
  base_sha: string;
  /** The branch the PR merges into (only runs on it record the baseline it is compared with). */
  base_ref?: string;
  head_sha: string;
  author: string;
  body: string;
  /** The PR comes from a fork: its token is read-only. */
  fork: boolean;
}

export interface ActionContext {
  owner: string;
  repo: string;
  eventName: string;
  /** The commit being checked (the PR's head for pull_request events, GITHUB_SHA otherwise). */
  sha: string;
  pull: PullInfo | null;
  /** issue_comment events: the comment that triggered the run. */
  comment: { id: number; body: string; user: string } | null;
  /**
   * merge_group events (a merge queue): the queue's temporary commit and the tip of the target branch it
   * builds on, which is the baseline. There is no PR to comment on: the verdict is the job's status.
   */
  mergeGroup: { head_sha: string; base_sha: string } | null;
  /** The payload's `repository.private` (null when it does not say). */
  repoPrivate: boolean | null;
  apiUrl: string;
  serverUrl: string;
  runUrl: string | null;
  workspace: string;
}

type Payload = {
  pull_request?: {
    number: number;
    body?: string | null;
    user?: { login: string };
    base: { sha: string; ref?: string; repo?: { full_name?: string } };
    head: { sha: string; repo?: { full_name?: string } | null };
  };
  issue?: { number: number; pull_request?: unknown; user?: { login: string }; body?: string | null };
  comment?: { id: number; body?: string; user?: { login: string } };
  merge_group?: { head_sha?: unknown; base_sha?: unknown };
  repository?: { full_name?: string; private?: unknown };
};

export function readActionContext(env: Record<string, string | undefined>): ActionContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new InputError('GITHUB_REPOSITORY is not set: run mlgate as a GitHub Action step, or use the CLI');
  const payload = readPayload(env);
  const pull = pullOf(payload.pull_request);
  const mergeGroup = mergeGroupOf(payload.merge_group);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: pull?.head_sha ?? mergeGroup?.head_sha ?? env.GITHUB_SHA ?? '',
    pull,
    comment: commentOf(payload.comment),
    mergeGroup,
    repoPrivate: privateOf(payload),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}

function readPayload(env: Record<string, string | undefined>): Payload {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload;
  } catch {
    throw new InputError('the event payload (GITHUB_EVENT_PATH) cannot be read as JSON');
  }
}

// A payload is GitHub's, but a malformed one must give a clear error, not a crash on a missing field.
function pullOf(pr: Payload['pull_request']): PullInfo | null {
  if (!pr) return null;
  if (typeof pr.number !== 'number' || typeof pr.base?.sha !== 'string' || typeof pr.head?.sha !== 'string')
    throw new InputError('the event payload has a pull_request without number, base.sha or head.sha');
  return {
    number: pr.number,
    base_sha: pr.base.sha,
    ...(typeof pr.base.ref === 'string' ? { base_ref: pr.base.ref } : {}),
    head_sha: pr.head.sha,
    author: pr.user?.login ?? '',
    body: pr.body ?? '',
    fork: !!pr.head.repo?.full_name && pr.head.repo.full_name !== pr.base.repo?.full_name,
  };
}

function mergeGroupOf(mg: Payload['merge_group']): ActionContext['mergeGroup'] {
  if (!mg) return null;
  if (typeof mg.head_sha !== 'string' || typeof mg.base_sha !== 'string')
    throw new InputError('the event payload has a merge_group without head_sha or base_sha');
  return { head_sha: mg.head_sha, base_sha: mg.base_sha };
}

function commentOf(c: Payload['comment']): ActionContext['comment'] {
  return c ? { id: c.id, body: c.body ?? '', user: c.user?.login ?? '' } : null;
}

function privateOf(payload: Payload): boolean | null {
  const p = payload.repository?.private;
  return typeof p === 'boolean' ? p : null;
}

/** For issue_comment events on a PR: the PR's number (details come from the API). */
export function issueNumberOf(env: Record<string, string | undefined>): number | null {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload;
    return payload.issue?.pull_request ? payload.issue.number : null;
  } catch {
    return null;
  }
}

/** Links the rendered text may carry for PR `number` (render/checklist.ts): from the runner's environment only. */
export function pullLinks(
  ctx: Pick<ActionContext, 'serverUrl' | 'owner' | 'repo'>,
  number: number,
): { pull_url: string } {
  return { pull_url: `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.owner}/${ctx.repo}/pull/${number}` };
}

/** Events whose runs for a fork PR get a read-only GITHUB_TOKEN (pull_request_target and issue_comment do not). */
const FORK_READ_ONLY_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Known before any request: a fork PR's `pull_request` run in a public repository has a read-only token (GitHub
 * sends fork runs a write token only in private repositories that opt in, so there it is tried).
 */
export function tokenIsReadOnly(ctx: Pick<ActionContext, 'pull' | 'eventName' | 'repoPrivate'>): boolean {
  return !!ctx.pull?.fork && FORK_READ_ONLY_EVENTS.has(ctx.eventName) && ctx.repoPrivate !== true;
}
