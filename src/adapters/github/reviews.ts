/**
 * Pull request reviews as mlgate uses them: reading who approved (with team membership and collaborator
 * permission), blocking with a REQUEST_CHANGES review that mlgate dismisses itself once the gate passes, and
 * review mode (the report as a review, with inline comments on the report's lines in the diff).
 * Our own reviews and comments are recognised by a hidden marker AND our own login, as for the PR comment.
 */
import { createHash } from 'node:crypto';
import type { ReviewFact } from '../../kernel/checklist-types.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';

export interface PullTarget {
  owner: string;
  repo: string;
  pull_number: number;
}

interface ListedReview {
  id: number;
  state: string;
  body?: string | null;
  user: { login: string } | null;
}

const CHANGES_MARKER = '<!-- mlgate:review kind=changes -->';
const INLINE_MARKER = '<!-- mlgate:inline -->';
const REPORT_MARKER_RE = /<!-- mlgate:review kind=report head=([0-9a-f]{7,64}) digest=([0-9a-f]{16}) -->/;

async function listReviews(client: GitHubClient, t: PullTarget): Promise<ListedReview[]> {
  return (await client.paginate(client.rest.pulls.listReviews, { ...t, per_page: 100 })) as ListedReview[];
}

/**
 * Each reviewer's latest effective review. As on GitHub, a comment-only review does not change an earlier
 * approval; a dismissal or a later "changes requested" withdraws it. Pending reviews are ignored.
 */
export async function latestReviews(
  client: GitHubClient,
  t: PullTarget,
): Promise<Array<Omit<ReviewFact, 'team_member'>>> {
  const latest = new Map<string, Omit<ReviewFact, 'team_member'>>();
  for (const r of await listReviews(client, t)) {
    const login = r.user?.login;
    if (!login) continue; // a deleted account ("ghost")
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
      latest.set(login.toLowerCase(), { login, state: r.state });
  }
  return [...latest.values()];
}

/** `org/slug` membership; null when it cannot be read (GITHUB_TOKEN cannot read org teams: use a token with read:org). */
export async function isTeamMember(client: GitHubClient, team: string, login: string): Promise<boolean | null> {
  const [org, team_slug] = team.split('/');
  if (!org || !team_slug) return null;
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug, username: login });
    return data.state === 'active';
  } catch (e) {
    const status = statusOf(e);
    if (status === 404) return false;
    if (status === 403 || status === 401) return null;
    throw e;
  }
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

const ROLES = ['admin', 'maintain', 'write', 'triage', 'read'] as const;
/** `user.permissions` flags, strongest first, and the role each stands for. */
const FLAGS = [
  ['admin', 'admin'],
  ['maintain', 'maintain'],
  ['push', 'write'],
  ['triage', 'triage'],
  ['pull', 'read'],
] as const;

/**
 * The commenter's role on the repository: `role_name` when it is a built-in role (the legacy `permission` folds
 * maintain into write and triage into read). A custom repository role answers its own name there; its rights are
 * those of the base role it inherits, read from `user.permissions`, else from the legacy `permission`.
 */
export async function roleOf(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  login: string,
): Promise<{ permission: Permission; role_name: string }> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    const roleName = (data as { role_name?: string }).role_name ?? data.permission;
    const builtIn = ROLES.find((p) => p === roleName);
    if (builtIn) return { permission: builtIn, role_name: builtIn };
    const flags = (data.user as { permissions?: Record<string, boolean> } | null)?.permissions ?? {};
    const fromFlags = FLAGS.find(([flag]) => flags[flag])?.[1];
    const permission = fromFlags ?? ROLES.find((p) => p === data.permission) ?? 'none';
    return { permission, role_name: String(roleName ?? permission) };
  } catch (e) {
    if (statusOf(e) === 404) return { permission: 'none', role_name: 'none' }; // not a user, or not visible
    throw e;
  }
}

/** The commenter's effective permission on the repository (see roleOf). */
export async function permissionOf(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  login: string,
): Promise<Permission> {
  return (await roleOf(client, repo, login)).permission;
}

export const canWrite = (p: Permission) => p === 'admin' || p === 'maintain' || p === 'write';

/** Submits mlgate's REQUEST_CHANGES review unless one of ours is still active. */
export async function requestChanges(
  client: GitHubClient,
  t: PullTarget,
  o: { author: string; head_sha: string; body: string },
): Promise<'submitted' | 'exists'> {
  const ours = (await listReviews(client, t)).filter(
    (r) => isOurs(r, o.author, CHANGES_MARKER) && r.state === 'CHANGES_REQUESTED',
  );
  if (ours.length) return 'exists';
  await client.rest.pulls.createReview({
    ...t,
    commit_id: o.head_sha,
    event: 'REQUEST_CHANGES',
    body: `${o.body}\n${CHANGES_MARKER}`,
  });
  return 'submitted';
}

/** Dismisses every active REQUEST_CHANGES review of ours; returns how many. */
export async function dismissOurReviews(
  client: GitHubClient,
  t: PullTarget,
  o: { author: string; message: string },
): Promise<number> {
  const ours = (await listReviews(client, t)).filter(
    (r) => isOurs(r, o.author, CHANGES_MARKER) && r.state === 'CHANGES_REQUESTED',
  );
  for (const r of ours) {
    try {
      await client.rest.pulls.dismissReview({ ...t, review_id: r.id, message: o.message });
    } catch (e) {
      if (statusOf(e) !== 422) throw e; // already dismissed by another run or by a maintainer
    }
  }
  return ours.length;
}

export interface InlineComment {
  path: string;
  line: number;
  body: string;
}

export type ReviewPostResult =
  { action: 'posted'; inline: number; deleted: number; superseded: number } | { action: 'unchanged' };

/**
 * Review mode: posts the report as a COMMENT review with inline comments. A rerun with the same head and the same
 * report posts nothing; otherwise mlgate's earlier inline comments are deleted first so they do not pile up, and
 * the bodies of its earlier report reviews (which the API cannot delete) are shortened to one "superseded" line,
 * so the conversation shows one full report.
 */
export async function postReportReview(
  client: GitHubClient,
  t: PullTarget,
  o: { author: string; head_sha: string; body: string; inline: InlineComment[] },
): Promise<ReviewPostResult> {
  const digest = createHash('sha256').update(o.body).update(JSON.stringify(o.inline)).digest('hex').slice(0, 16);
  const reviews = (await listReviews(client, t)).filter((r) => r.user?.login === o.author);
  const last = reviews
    .map((r) => REPORT_MARKER_RE.exec(r.body ?? ''))
    .filter((m) => m !== null)
    .at(-1);
  if (last && last[1] === o.head_sha && last[2] === digest) return { action: 'unchanged' };

  const comments = (await client.paginate(client.rest.pulls.listReviewComments, { ...t, per_page: 100 })) as Array<{
    id: number;
    body: string;
    user: { login: string } | null;
  }>;
  const old = comments.filter((c) => c.user?.login === o.author && c.body.includes(INLINE_MARKER));
  for (const c of old) {
    try {
      await client.rest.pulls.deleteReviewComment({ owner: t.owner, repo: t.repo, comment_id: c.id });
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
  }
  const body = `${o.body}\n<!-- mlgate:review kind=report head=${o.head_sha} digest=${digest} -->`;
  const inline = o.inline.map((c) => ({
    path: c.path,
    line: c.line,
    side: 'RIGHT' as const,
    body: `${c.body}\n${INLINE_MARKER}`,
  }));
  let pinned = inline.length;
  try {
    await client.rest.pulls.createReview({ ...t, commit_id: o.head_sha, event: 'COMMENT', body, comments: inline });
  } catch (e) {
    // A line outside the diff (e.g. the head moved on): the report itself still matters more than its pins.
    if (statusOf(e) !== 422 || inline.length === 0) throw e;
    await client.rest.pulls.createReview({ ...t, commit_id: o.head_sha, event: 'COMMENT', body });
    pinned = 0;
  }
  const superseded = await supersede(
    client,
    t,
    reviews.filter((r) => REPORT_MARKER_RE.test(r.body ?? '')),
  );
  return { action: 'posted', inline: pinned, deleted: old.length, superseded };
}

/** Shortens earlier report reviews to one line, after the new one is posted. Best effort: cosmetic only. */
async function supersede(client: GitHubClient, t: PullTarget, earlier: ListedReview[]): Promise<number> {
  let n = 0;
  for (const r of earlier) {
    const head = REPORT_MARKER_RE.exec(r.body ?? '')?.[1] ?? '';
    const body = `<sub>mlgate’s report for ${head.slice(0, 7)}, superseded by a newer run: see mlgate’s latest review.</sub>\n<!-- mlgate:review kind=superseded head=${head} -->`;
    try {
      await client.rest.pulls.updateReview({ ...t, review_id: r.id, body });
      n++;
    } catch (e) {
      const status = statusOf(e);
      if (status !== 403 && status !== 404 && status !== 422) throw e;
    }
  }
  return n;
}

/** Lines of the new file that a unified-diff patch shows (added and context lines): where inline comments may go. */
export function diffRightLines(patch: string): Set<number> {
  const out = new Set<number>();
  let right = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      right = Number(hunk[1]);
      inHunk = true;
    } else if (!inHunk || line.startsWith('-') || line.startsWith('\\')) continue;
    else out.add(right++);
  }
  return out;
}

/** The PR's changed files with the lines each diff shows (GitHub omits `patch` for huge or binary files). */
export async function changedFiles(
  client: GitHubClient,
  t: PullTarget,
): Promise<Array<{ filename: string; lines: Set<number> | null }>> {
  const files = (await client.paginate(client.rest.pulls.listFiles, { ...t, per_page: 100 })) as Array<{
    filename: string;
    patch?: string;
  }>;
  return files.map((f) => ({ filename: f.filename, lines: f.patch === undefined ? null : diffRightLines(f.patch) }));
}

function isOurs(r: ListedReview, author: string, marker: string): boolean {
  return r.user?.login === author && (r.body ?? '').includes(marker);
}
