// upsertComment under GitHub's faults and concurrent runs, against the local GitHub-like server: exactly one
// mlgate comment per PR and key, the newest head wins, and a lost create never turns into a duplicate.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, upsertComment } from '../../src/adapters/github/comments.js';
import { listIssueComments } from '../../src/adapters/github/issue-comments.js';
import { secondaryRateLimit, startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { BASE, BOT, calls, fastClient, HEAD, PR, REPO, slept, TARGET } from './helpers.js';

let fake: FakeGitHub;
beforeEach(async () => {
  slept.length = 0;
  fake = await startGitHubServer();
  fake.addPull(REPO, { number: PR, head_sha: HEAD, base_sha: BASE });
});
afterEach(async () => {
  await fake.close();
});

const COMMENTS = `/repos/${REPO}/issues/${PR}/comments`;
const REACTIONS = `/repos/${REPO}/issues/${PR}/reactions`;
/** Comment creations (each one notifies the PR's subscribers). */
const creates = () => fake.requests.filter((q) => q.method === 'POST' && q.path === COMMENTS);
const opts = (body: string, head = HEAD, key = 'default') => ({ key, head_sha: head, author: BOT, body });
const ours = () => fake.comments(REPO, PR).filter((c) => c.user?.login === BOT);
const upsert = (body: string, head = HEAD, key = 'default', extra = {}) =>
  upsertComment(fastClient(fake, extra), TARGET, opts(body, head, key));

describe('finding our comment', () => {
  it('finds it on page 3 among 250 comments and updates it in place', async () => {
    for (let i = 0; i < 210; i++) fake.addComment(REPO, PR, { user: 'bob', body: `comment ${i}` });
    const mine = fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    for (let i = 0; i < 39; i++) fake.addComment(REPO, PR, { user: 'bob', body: `later ${i}` });
    const r = await upsert('new result');
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    const pages = fake.requests.filter((q) => q.method === 'GET' && q.path === COMMENTS);
    expect(pages.map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/^new result\n/);
    expect(fake.comments(REPO, PR)).toHaveLength(250);
  });

  it('ignores someone else’s comment that carries our marker, even one for a newer head', async () => {
    const fakeMarker = fake.addComment(REPO, PR, {
      user: 'mallory',
      body: `gotcha\n${commentMarker('default', 'f'.repeat(40))}`,
    });
    const r = await upsert('result');
    expect(r.action).toBe('created');
    expect(fake.comments(REPO, PR).find((c) => c.id === fakeMarker.id)!.body).toMatch(/^gotcha/);
    expect(ours()).toHaveLength(1);
  });

  it('keeps one comment per key', async () => {
    await upsert('A', HEAD, 'model-a');
    await upsert('B', HEAD, 'model-b');
    await upsert('A2', HEAD, 'model-a');
    expect(ours().map((c) => String(c.body).split('\n')[0])).toEqual(['A2', 'B']);
  });

  it('dedupes two existing marker comments: updates the oldest, deletes the other', async () => {
    const a = fake.addComment(REPO, PR, { user: BOT, body: `one\n${commentMarker('default', HEAD)}` });
    fake.addComment(REPO, PR, { user: BOT, body: `two\n${commentMarker('default', HEAD)}` });
    const r = await upsert('merged');
    expect(r).toMatchObject({ action: 'updated', id: a.id });
    expect(ours().map((c) => c.id)).toEqual([a.id]);
    expect(ours()[0]!.body).toMatch(/^merged/);
  });
});

describe('faults', () => {
  it('403 read-only: the error reaches the caller after one request, nothing written', async () => {
    fake.setTokenReadOnly('ghs_test');
    await expect(upsert('x')).rejects.toMatchObject({ status: 403 });
    expect(fake.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
    expect(fake.comments(REPO, PR)).toHaveLength(0);
  });

  it('404 between list and update (the comment was deleted meanwhile): creates a new one', async () => {
    const gone = fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    await fastClient(fake).rest.issues.deleteComment({ owner: 'acme', repo: 'models', comment_id: gone.id });
    fake.clearRequests();
    // The list was taken just before someone deleted the comment.
    fake.inject({ method: 'GET', path: COMMENTS, status: 200, body: [gone] });
    const r = await upsert('fresh');
    expect(r.action).toBe('created');
    expect(r.id).not.toBe(gone.id);
    expect(
      calls(fake).map((c) =>
        c
          .split(' ')
          .filter((_, i) => i !== 1)
          .join(' '),
      ),
    ).toEqual(['GET 200', 'PATCH 404', 'POST 201', 'GET 200']);
    expect(ours().map((c) => c.id)).toEqual([r.id]);
  });

  it('422 on create is not retried and reaches the caller', async () => {
    fake.inject({ method: 'POST', path: COMMENTS, status: 422 });
    await expect(upsert('x')).rejects.toMatchObject({ status: 422 });
    expect(creates()).toHaveLength(1);
    expect(fake.comments(REPO, PR)).toHaveLength(0);
    expect(fake.reactions(REPO, PR)).toEqual([]); // the claim is released even so
  });

  it('422 on update is not retried and reaches the caller', async () => {
    const c = fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    fake.inject({ method: 'PATCH', status: 422 });
    await expect(upsert('x')).rejects.toMatchObject({ status: 422 });
    expect(fake.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    expect(ours().map((x) => x.id)).toEqual([c.id]);
  });

  it('5xx on GET (list) is retried', async () => {
    fake.inject({ method: 'GET', path: COMMENTS, status: 500 });
    const r = await upsert('x');
    expect(r.action).toBe('created');
    expect(calls(fake)).toEqual([
      `GET ${COMMENTS} 500`,
      `GET ${COMMENTS} 200`,
      `POST ${REACTIONS} 201`,
      `GET ${COMMENTS} 200`,
      `POST ${COMMENTS} 201`,
      expect.stringMatching(new RegExp(`^DELETE ${REACTIONS}/\\d+ 204$`)),
    ]);
    expect(slept).toEqual([1000]);
  });

  it('502 on POST after the comment was stored: lists again, finds it, no duplicate', async () => {
    fake.inject({ method: 'POST', path: COMMENTS, status: 502, afterHandle: true });
    const r = await upsert('result');
    expect(r.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(r.id).toBe(ours()[0]!.id);
    expect(calls(fake).filter((c) => !c.includes(REACTIONS))).toEqual([
      `GET ${COMMENTS} 200`,
      `GET ${COMMENTS} 200`,
      `POST ${COMMENTS} 502`,
      `GET ${COMMENTS} 200`,
    ]);
  });

  it('502 on POST before anything was stored: lists, does not find it, creates once more', async () => {
    fake.inject({ method: 'POST', path: COMMENTS, status: 502 });
    const r = await upsert('result');
    expect(r.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(creates()).toHaveLength(2);
  });

  it('a hanging create: times out, lists again, creates exactly one', async () => {
    fake.inject({ method: 'POST', path: COMMENTS, hang: true });
    const r = await upsert('result', HEAD, 'default', { timeoutMs: 300 });
    expect(r.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(creates()[0]!.aborted).toBe(true);
  });

  it('a hanging update: times out, is retried (an update is idempotent)', async () => {
    fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    fake.inject({ method: 'PATCH', hang: true });
    const r = await upsert('new', HEAD, 'default', { timeoutMs: 300 });
    expect(r.action).toBe('updated');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/^new/);
    expect(slept).toEqual([1000]);
  });

  it('429 on create: waits, then creates one comment', async () => {
    fake.inject({ method: 'POST', path: COMMENTS, status: 429, headers: { 'retry-after': '1' } });
    await upsert('x');
    expect(ours()).toHaveLength(1);
    expect(creates()).toHaveLength(2);
    expect(slept).toEqual([1000]);
  });

  it('secondary rate limit on create: waits Retry-After, then creates one comment', async () => {
    fake.inject(secondaryRateLimit({ method: 'POST', path: COMMENTS, retryAfter: 1 }));
    await upsert('x');
    expect(ours()).toHaveLength(1);
    expect(creates()).toHaveLength(2);
    expect(slept).toEqual([1000]);
  });

  it('429 without Retry-After on update: waits the fallback, then updates', async () => {
    fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    fake.inject({ method: 'PATCH', status: 429 });
    const r = await upsert('new', HEAD, 'default', { fallbackRetryAfter: 1 });
    expect(r.action).toBe('updated');
    expect(ours()[0]!.body).toMatch(/^new/);
    expect(slept).toEqual([1000]);
  });
});

describe('reruns and concurrent runs', () => {
  it('a rerun updates the same comment', async () => {
    const first = await upsert('one');
    const second = await upsert('two');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(ours()).toHaveLength(1);
  });

  it('two runs at once for the same head: one comment, created once (one notification)', async () => {
    fake.latencyMs = 30; // both list before either creates
    const [a, b] = await Promise.all([upsert('run 1'), upsert('run 2')]);
    const listedEmpty = fake.requests.filter((q) => q.method === 'GET' && q.path === COMMENTS).slice(0, 2);
    expect(listedEmpty.every((q) => q.time < creates()[0]!.time)).toBe(true); // the race did happen
    expect(creates()).toHaveLength(1);
    expect(
      fake.requests.filter((q) => q.method === 'DELETE' && q.path.startsWith(`/repos/${REPO}/issues/comments`)),
    ).toHaveLength(0);
    expect(ours()).toHaveLength(1);
    expect([a.action, b.action].sort()).toEqual(['created', 'updated']);
    expect(fake.reactions(REPO, PR)).toEqual([]);
  });

  it('a claim left by another tool or a cancelled run: created anyway, after the wait, and folded', async () => {
    fake.addComment(REPO, PR, { user: 'alice', body: 'hello' });
    await fastClient(fake).rest.reactions.createForIssue({
      owner: 'acme',
      repo: 'models',
      issue_number: PR,
      content: 'eyes',
    });
    const r = await upsertComment(fastClient(fake), TARGET, { ...opts('result'), claim_wait_ms: 500 });
    expect(r.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(fake.reactions(REPO, PR)).toHaveLength(1); // someone else's reaction is never removed
  });

  it('two runs at once, older and newer head: one comment, the newer head’s result', async () => {
    const NEW = 'c'.repeat(40);
    fake.updatePull(REPO, PR, { head_sha: NEW });
    fake.latencyMs = 30;
    for (const order of [
      [HEAD, NEW],
      [NEW, HEAD],
    ]) {
      await Promise.all(order.map((h) => upsert(`result for ${h.slice(0, 3)}`, h)));
      expect(ours()).toHaveLength(1);
      expect(ours()[0]!.body).toContain(`result for ccc`);
      expect(ours()[0]!.body).toContain(commentMarker('default', NEW));
      for (const c of ours())
        await fastClient(fake).rest.issues.deleteComment({ owner: 'acme', repo: 'models', comment_id: c.id });
    }
  });

  it('the newer run created first, the older one later: the older one folds away', async () => {
    const NEW = 'c'.repeat(40);
    fake.updatePull(REPO, PR, { head_sha: NEW });
    const newer = fake.addComment(REPO, PR, { user: BOT, body: `newer\n${commentMarker('default', NEW)}` });
    // The older run listed before the newer one created: simulate by hiding the newer comment from its list.
    fake.inject({ method: 'GET', path: COMMENTS, body: [], status: 200 });
    const r = await upsert('older', HEAD);
    expect(r.action).toBe('skipped_stale');
    expect(ours().map((c) => c.id)).toEqual([newer.id]);
    expect(ours()[0]!.body).toMatch(/^newer/);
  });

  /**
   * When a request of this run matching `rule` arrives (and is held back `delayMs`), a push moves the PR to NEW
   * and the newer run writes its result into our comment. Resolves once that write is done.
   */
  function newerRunWritesDuring(
    commentId: number,
    rule: { method: string; path: string; delayMs: number },
  ): () => Promise<unknown> {
    let write: Promise<unknown> = Promise.resolve();
    fake.inject({
      ...rule,
      match: () => {
        fake.updatePull(REPO, PR, { head_sha: NEW });
        write = fastClient(fake).rest.issues.updateComment({
          owner: 'acme',
          repo: 'models',
          comment_id: commentId,
          body: `newer\n${commentMarker('default', NEW)}`,
        });
        return true;
      },
    });
    return () => write;
  }
  const NEW = 'c'.repeat(40);

  it('a slow write that lands after a newer head’s result turns into an "outdated" notice', async () => {
    const mine = fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    // Our update is held back 300 ms (throttling, retries); meanwhile a push moves the PR on and the newer run writes.
    const newerWrite = newerRunWritesDuring(mine.id, {
      method: 'PATCH',
      path: `/repos/${REPO}/issues/comments/`,
      delayMs: 300,
    });
    const r = await upsertComment(fastClient(fake), TARGET, { ...opts('older result', HEAD), recheck_after_ms: 100 });
    await newerWrite();
    expect(r).toMatchObject({ action: 'outdated', id: mine.id });
    const body = ours()[0]!.body as string;
    expect(body).toMatch(/^### ⏳ mlgate: outdated result/);
    expect(body).toContain(`moved on to \`${NEW.slice(0, 7)}\``);
    expect(body).not.toContain('older result');
    // The next run for the newer head restores a full result.
    expect((await upsert('newest', NEW)).action).toBe('updated');
    expect(ours()[0]!.body).toMatch(/^newest/);
  });

  it('a push and its run’s write between our listing and our update, 0.85 s apart: never shown as current', async () => {
    // Our comment already holds our head's result (an earlier run for it), so the listing gives no reason to read
    // the PR's head; a push moves the PR on and the newer run writes while our update is on its way.
    const mine = fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    const newerWrite = newerRunWritesDuring(mine.id, {
      method: 'PATCH',
      path: `/repos/${REPO}/issues/comments/`,
      delayMs: 850,
    });
    const r = await upsertComment(fastClient(fake), TARGET, opts('❌ fail for the older head', HEAD));
    await newerWrite();
    expect(r.action).toBe('outdated');
    const body = ours()[0]!.body as string;
    expect(body).not.toContain('fail for the older head');
    expect(body).toMatch(/^### ⏳ mlgate: outdated result/);
  });

  it('an update re-reads the PR’s head after writing (list, update, head): 3 requests', async () => {
    fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    const r = await upsert('same head again');
    expect(r).toMatchObject({ action: 'updated', requests: 3 });
    expect(calls(fake).map((c) => c.split(' ')[0])).toEqual(['GET', 'PATCH', 'GET']);
  });

  it('a listing shared from earlier in the run counts from when it was made', async () => {
    const mine = fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    const client = fastClient(fake);
    // The waiver scan lists the comments early in the run ...
    await listIssueComments(client, TARGET, { share: true });
    // ... then, while this run computes, the PR moves on and the newer run writes its result.
    fake.updatePull(REPO, PR, { head_sha: NEW });
    await fastClient(fake).rest.issues.updateComment({
      owner: 'acme',
      repo: 'models',
      comment_id: mine.id,
      body: `newer\n${commentMarker('default', NEW)}`,
    });
    await new Promise((r) => setTimeout(r, 150));
    // The upsert reuses the old listing (it still shows our head), writes, then notices the PR moved on.
    const r = await upsertComment(client, TARGET, { ...opts('older result', HEAD), recheck_after_ms: 100 });
    expect(r.action).toBe('outdated');
    expect(ours()[0]!.body).toMatch(/^### ⏳ mlgate: outdated result/);
  });

  it('after a slow write, leaves alone a comment that a newer run has rewritten meanwhile', async () => {
    const mine = fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    // Our update lands first (150 ms late); the newer run's write lands after it, while our recheck reads the PR's head.
    fake.inject({ method: 'PATCH', path: `/repos/${REPO}/issues/comments/`, delayMs: 150 });
    const newerWrite = newerRunWritesDuring(mine.id, {
      method: 'GET',
      path: `/repos/${REPO}/pulls/${PR}`,
      delayMs: 100,
    });
    const r = await upsertComment(fastClient(fake), TARGET, { ...opts('older result', HEAD), recheck_after_ms: 100 });
    await newerWrite();
    expect(r.action).toBe('updated');
    expect(ours()[0]!.body).toMatch(/^newer/);
  });

  it('a slow write for the head that is still current stays as written', async () => {
    const mine = fake.addComment(REPO, PR, { user: BOT, body: `old\n${commentMarker('default', HEAD)}` });
    fake.inject({ method: 'PATCH', path: `/repos/${REPO}/issues/comments/`, delayMs: 200 });
    const r = await upsertComment(fastClient(fake), TARGET, { ...opts('result', HEAD), recheck_after_ms: 100 });
    expect(r).toMatchObject({ action: 'updated', id: mine.id, requests: 3 }); // list, update, the head read again
    expect(ours()[0]!.body).toMatch(/^result/);
  });

  it('an older head never overwrites a newer head’s comment', async () => {
    const NEW = 'c'.repeat(40);
    fake.updatePull(REPO, PR, { head_sha: NEW });
    const c = fake.addComment(REPO, PR, { user: BOT, body: `newer\n${commentMarker('default', NEW)}` });
    const r = await upsert('older', HEAD);
    expect(r).toMatchObject({ action: 'skipped_stale', id: c.id });
    expect(fake.requests.filter((q) => q.method !== 'GET')).toHaveLength(0);
  });

  it('five runs at once, mixed heads: exactly one comment, the current head’s', async () => {
    const NEW = 'c'.repeat(40);
    fake.updatePull(REPO, PR, { head_sha: NEW });
    fake.latencyMs = 20;
    await Promise.all([HEAD, NEW, HEAD, NEW, HEAD].map((h, i) => upsert(`run ${i} ${h.slice(0, 3)}`, h)));
    expect(fake.requests.filter((q) => q.method === 'POST').length).toBeGreaterThan(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain(commentMarker('default', NEW));
  });
});
