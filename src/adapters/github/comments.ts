/**
 * Exactly one mlgate comment per PR (and per key): found by a hidden marker AND our own author across all
 * pages, updated in place, never overwritten by a run for an older head commit, never duplicated by a blind
 * retry of a create whose response was lost.
 */
import type { GitHubClient } from './client.js';
import { listIssueComments } from './issue-comments.js';
import { statusOf } from './client.js';
import { claimCreation } from './claim.js';

/** How often a run waiting for another run's create looks again. */
const CLAIM_POLL_MS = 300;

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
  /**
   * Unless the PR's head was read (GET /pulls/{n}) at most this many ms before our write landed, the PR's head
   * is read again after writing; if it moved on, a newer run may have written in between, so our now-older
   * result is replaced by a short "outdated" notice. Default 5,000: no newer workflow run can start, compute and
   * write within a shorter window. The head in the event payload, and the marker in a listed comment, say nothing
   * about the PR's head at the moment of the write: a push seconds earlier and its run's write are invisible to them.
   */
  recheck_after_ms?: number;
  /** How long a run that finds another run creating the comment waits for it (default 10 s). */
  claim_wait_ms?: number;
}

export interface UpsertResult {
  /** `outdated`: written, then found to be for an older head than the PR's (see recheck_after_ms). */
  action: 'created' | 'updated' | 'skipped_stale' | 'outdated';
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

async function findOurs(
  client: GitHubClient,
  t: CommentTarget,
  key: string,
  author: string,
  share: boolean,
): Promise<{ ours: Array<ListedComment & { head: string }> }> {
  const all: ListedComment[] = await listIssueComments(client, t, { share });
  const ours: Array<ListedComment & { head: string }> = [];
  for (const c of all) {
    // The marker alone is not enough: anyone can paste it into their own comment.
    if (c.user?.login !== author) continue;
    const m = MARKER_RE.exec(c.body ?? '');
    if (m && m[1] === key) ours.push({ ...c, head: m[2]! });
  }
  return { ours: ours.sort((a, b) => a.id - b.id) };
}

export async function upsertComment(client: GitHubClient, t: CommentTarget, o: UpsertOptions): Promise<UpsertResult> {
  const w = new Writer(client, t, o);
  const r = await upsert(w);
  // A create needs no recheck: a newer run's comment is older or younger than ours, and fold() moves every
  // result into the oldest comment only after reading the PR's head, so the newest head's result wins either way.
  return r.action !== 'updated' || r.id === null ? r : w.recheck(r);
}

async function upsert(w: Writer): Promise<UpsertResult> {
  // The first listing may be the one the waiver scan made moments ago in this run; later ones are always fresh.
  const ours = await w.list(true);
  return ours[0] ? w.updateFound(ours) : w.createOnce();
}

type Outcome = { action: UpsertResult['action']; comment: { id: number; html_url: string } };

/** The individual steps of an upsert, counting requests (tests and logs read the count). */
class Writer {
  requests = 0;
  /** When this run last read the PR's head from the API (never, at first): see recheck_after_ms. */
  private headReadAt = -Infinity;
  private readonly body: string;
  constructor(
    private readonly client: GitHubClient,
    private readonly t: CommentTarget,
    private readonly o: UpsertOptions,
  ) {
    this.body = `${o.body}\n${commentMarker(o.key, o.head_sha)}`;
  }

  /** Our comment exists: update the oldest copy (unless it holds a newer head's result), drop the others. */
  async updateFound(ours: Array<ListedComment & { head: string }>): Promise<UpsertResult> {
    const updated = await this.updateUnlessStale(ours[0]!);
    if (!updated) return this.fold(await this.create()); // 404: deleted between our list and our update
    // Two runs that created at once, or an older version, left extra copies: keep the oldest, drop the rest.
    await this.remove(ours.slice(1));
    return this.result(updated.action, updated.comment);
  }

  /**
   * No comment yet: create it under the claim (claim.ts), so that runs which find none at once do not each post
   * one (two notifications). A run that finds the claim held waits for the comment to appear, then updates it.
   */
  async createOnce(): Promise<UpsertResult> {
    const deadline = Date.now() + (this.o.claim_wait_ms ?? 10_000);
    for (;;) {
      this.requests++;
      const claim = await claimCreation(this.client, this.t);
      if (claim.kind === 'owned') {
        try {
          // Whoever held the claim before us created before releasing it.
          const again = await this.list();
          return again[0] ? await this.updateFound(again) : this.result('created', await this.create());
        } finally {
          this.requests++;
          await claim.release();
        }
      }
      if (claim.kind === 'unavailable' || Date.now() >= deadline) return this.fold(await this.create());
      await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
      const again = await this.list();
      if (again[0]) return this.updateFound(again);
    }
  }

  result(action: UpsertResult['action'], c: { id: number; html_url: string }): UpsertResult {
    return { action, url: c.html_url, id: c.id, requests: this.requests };
  }

  async list(share = false): Promise<Array<ListedComment & { head: string }>> {
    this.requests++;
    const { ours } = await findOurs(this.client, this.t, this.o.key, this.o.author, share);
    return ours;
  }

  private async currentHead(): Promise<string> {
    this.requests++;
    const { data } = await this.client.rest.pulls.get({
      owner: this.t.owner,
      repo: this.t.repo,
      pull_number: this.t.issue_number,
    });
    this.headReadAt = Date.now();
    return data.head.sha;
  }

  /**
   * After a slow write: if the PR's head moved on meanwhile, a newer run may have written before us and we
   * would now show an older result as current. Replace it with a notice; the newer run's result is in its own
   * check and summary, and its next write (or rerun) restores the full comment.
   */
  async recheck(r: UpsertResult): Promise<UpsertResult> {
    if (Date.now() - this.headReadAt <= (this.o.recheck_after_ms ?? 5000)) return r;
    const head = await this.currentHead();
    if (head === this.o.head_sha) return { ...r, requests: this.requests };
    // Replace only our own result: if a newer run wrote after us, its comment stays as it is.
    this.requests++;
    const { data: now } = await this.client.rest.issues
      .getComment({ owner: this.t.owner, repo: this.t.repo, comment_id: r.id! })
      .catch((e: unknown) => {
        if (statusOf(e) === 404) return { data: null };
        throw e;
      });
    if (!now || MARKER_RE.exec(now.body ?? '')?.[2] !== this.o.head_sha) return { ...r, requests: this.requests };
    const notice = [
      `### ⏳ mlgate: outdated result`,
      `This comment held mlgate’s result for \`${this.o.head_sha.slice(0, 7)}\`, but the pull request moved on to \`${head.slice(0, 7)}\` while it was being written. The run for the newer commit has the current verdict in its check and job summary, and rewrites this comment when it posts (re-run it if it has already finished).`,
      commentMarker(this.o.key, this.o.head_sha),
    ].join('\n\n');
    this.requests++;
    try {
      await this.client.rest.issues.updateComment({
        owner: this.t.owner,
        repo: this.t.repo,
        comment_id: r.id!,
        body: notice,
      });
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
    return { ...r, action: 'outdated', requests: this.requests };
  }

  /** Updates `c` with our body unless it holds another head's result and we are not the PR's head; null: it is gone. */
  async updateUnlessStale(c: ListedComment & { head: string }): Promise<Outcome | null> {
    if (c.head !== this.o.head_sha && (await this.currentHead()) !== this.o.head_sha) {
      return { action: 'skipped_stale', comment: c };
    }
    try {
      this.requests++;
      const { data } = await this.client.rest.issues.updateComment({
        owner: this.t.owner,
        repo: this.t.repo,
        comment_id: c.id,
        body: this.body,
      });
      return { action: 'updated', comment: data };
    } catch (e) {
      if (statusOf(e) === 404) return null;
      throw e;
    }
  }

  /**
   * Creates our comment. Never retried blindly: when the answer is lost (5xx, timeout) the comment may exist, so
   * we list again and only create once more if it is not there.
   */
  async create(): Promise<{ id: number; html_url: string }> {
    try {
      return await this.post();
    } catch (e) {
      const status = statusOf(e);
      if (status !== undefined && status < 500) throw e; // 403, 404, 422 ...: a definite no (rate limits were retried)
      const again = await this.list();
      const found = again.find((c) => c.head === this.o.head_sha);
      if (!found) return this.post();
      if (found.body === this.body) return found; // our lost create did land
      const updated = await this.updateUnlessStale(found); // same head: another run's result for it, refresh it
      return updated ? updated.comment : this.post();
    }
  }

  private async post(): Promise<{ id: number; html_url: string }> {
    this.requests++;
    const { data } = await this.client.rest.issues.createComment({
      ...this.t,
      body: this.body,
      request: { retries: 0 },
    });
    return data;
  }

  /**
   * Another run may have created its comment at the same time (both listed before either created). The oldest
   * comment is the one every run keeps: if ours is not the oldest, move our result into it (unless it holds a
   * newer head's) and delete ours. The run whose comment is the oldest does nothing, so no run deletes a comment
   * whose result has not been moved yet.
   */
  async fold(created: { id: number; html_url: string }): Promise<UpsertResult> {
    const all = await this.list();
    const oldest = all[0];
    if (!oldest || oldest.id >= created.id) return this.result('created', created);
    const moved = await this.updateUnlessStale(oldest);
    if (!moved) return this.result('created', created); // the oldest was deleted meanwhile: ours stays
    await this.remove([created]);
    return this.result(moved.action, moved.comment);
  }

  /** Deletes extra copies; a 404 means another run already did. */
  async remove(extra: Array<{ id: number }>): Promise<void> {
    for (const c of extra) {
      this.requests++;
      try {
        await this.client.rest.issues.deleteComment({ owner: this.t.owner, repo: this.t.repo, comment_id: c.id });
      } catch (e) {
        if (statusOf(e) !== 404) throw e;
      }
    }
  }
}
