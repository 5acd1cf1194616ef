/**
 * Exactly one mlgate comment per PR (and per key): found by a hidden marker AND our own author across all
 * pages, updated in place, never overwritten by a run for an older head commit, never duplicated by a blind
 * retry of a create whose response was lost.
 */
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issue_number: number;
}

export interface UpsertOptions {
  /** Distinguishes several mlgate comments on one PR (e.g. per workflow); `default` normally. */
  key: string;
  /** The commit this result is for; written into the marker. */
  head_sha: string;
  /** Login of the identity that posts (github-actions[bot] for GITHUB_TOKEN). */
  author: string;
  body: string;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'skipped_stale';
  url: string | null;
  id: number | null;
  requests: number;
}

const MARKER_RE = /<!-- mlgate:comment key=([A-Za-z0-9._-]+) head=([0-9a-f]{7,64}) -->/;

export function commentMarker(key: string, headSha: string): string {
  return `<!-- mlgate:comment key=${key} head=${headSha} -->`;
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

async function findOurs(client: GitHubClient, t: CommentTarget, key: string, author: string): Promise<Array<ListedComment & { head: string }>> {
  const all = (await client.paginate(client.rest.issues.listComments, { ...t, per_page: 100 })) as ListedComment[];
  const ours: Array<ListedComment & { head: string }> = [];
  for (const c of all) {
    // The marker alone is not enough: anyone can paste it into their own comment.
    if (c.user?.login !== author) continue;
    const m = MARKER_RE.exec(c.body ?? '');
    if (m && m[1] === key) ours.push({ ...c, head: m[2]! });
  }
  return ours.sort((a, b) => a.id - b.id);
}

export async function upsertComment(client: GitHubClient, t: CommentTarget, o: UpsertOptions): Promise<UpsertResult> {
  let requests = 0;
  const body = `${o.body}\n${commentMarker(o.key, o.head_sha)}`;
  const currentHead = async () => {
    requests++;
    const { data } = await client.rest.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.issue_number });
    return data.head.sha;
  };

  const ours = await findOurs(client, t, o.key, o.author);
  requests++;
  const existing = ours[0];
  if (existing) {
    // Another head wrote the comment: only overwrite it if we are the PR's current head.
    if (existing.head !== o.head_sha && (await currentHead()) !== o.head_sha) {
      return { action: 'skipped_stale', url: existing.html_url, id: existing.id, requests };
    }
    const { data } = await client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body });
    requests++;
    requests += await removeDuplicates(client, t, ours.slice(1));
    return { action: 'updated', url: data.html_url, id: data.id, requests };
  }
  try {
    // No blind retry of a create: if the response is lost, the comment may exist; we look before trying again.
    const { data } = await client.rest.issues.createComment({ ...t, body, request: { retries: 0 } });
    requests++;
    return { action: 'created', url: data.html_url, id: data.id, requests };
  } catch (e) {
    const status = statusOf(e);
    if (status !== undefined && status < 500 && status !== 429) throw e;
    requests++;
    const again = await findOurs(client, t, o.key, o.author);
    requests++;
    const found = again.find((c) => c.head === o.head_sha && c.body?.includes(o.body.slice(0, 200)));
    if (found) return { action: 'created', url: found.html_url, id: found.id, requests };
    const { data } = await client.rest.issues.createComment({ ...t, body, request: { retries: 0 } });
    requests++;
    return { action: 'created', url: data.html_url, id: data.id, requests };
  }
}

/** Two runs that created at once leave two comments: keep the oldest (updated above), delete the rest. */
async function removeDuplicates(client: GitHubClient, t: CommentTarget, extra: ListedComment[]): Promise<number> {
  for (const c of extra) {
    try {
      await client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: c.id });
    } catch (e) {
      if (statusOf(e) !== 404) throw e; // already gone: another run cleaned up
    }
  }
  return extra.length;
}
