// The API client's fault policy against the local GitHub-like server: which answers are retried, after how long,
// and the per-attempt timeout. Each case reads the server's request log, so a wrong policy fails the test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  primaryRateLimit,
  secondaryRateLimit,
  startGitHubServer,
  type FakeGitHub,
} from '../support/github-server/index.js';
import { BASE, calls, fastClient, HEAD, PR, REPO, slept } from './helpers.js';

let fake: FakeGitHub;
beforeEach(async () => {
  slept.length = 0;
  fake = await startGitHubServer();
  fake.addPull(REPO, { number: PR, head_sha: HEAD, base_sha: BASE });
});
afterEach(async () => {
  await fake.close();
});

const PULL = `/repos/${REPO}/pulls/${PR}`;
const getPull = (fake: FakeGitHub, extra = {}) =>
  fastClient(fake, extra).rest.pulls.get({ owner: 'acme', repo: 'models', pull_number: PR });

async function outcome(p: Promise<unknown>): Promise<{ status: number | 'ok'; ms: number }> {
  const t = Date.now();
  try {
    await p;
    return { status: 'ok', ms: Date.now() - t };
  } catch (e) {
    return { status: (e as { status: number }).status, ms: Date.now() - t };
  }
}

describe('no retry on a definite answer', () => {
  for (const status of [400, 401, 403, 404, 422]) {
    it(`${status} is not retried`, async () => {
      fake.inject({ path: PULL, status });
      const r = await outcome(getPull(fake));
      expect(r.status).toBe(status);
      expect(calls(fake)).toEqual([`GET ${PULL} ${status}`]);
    });
  }

  it('a read-only token: one POST, 403 "Resource not accessible by integration"', async () => {
    fake.setTokenReadOnly('ghs_test');
    const c = fastClient(fake);
    const r = await outcome(
      c.rest.issues.createComment({ owner: 'acme', repo: 'models', issue_number: PR, body: 'x' }),
    );
    expect(r.status).toBe(403);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('transient faults are retried', () => {
  it('5xx on GET: retried with backoff until it succeeds', async () => {
    fake.inject({ path: PULL, status: 502 });
    const r = await outcome(getPull(fake));
    expect(r.status).toBe('ok');
    expect(calls(fake)).toEqual([`GET ${PULL} 502`, `GET ${PULL} 200`]);
    expect(slept).toEqual([1000]);
  });

  it('5xx on GET, three times: backs off 1, 4 and 9 s', async () => {
    fake.inject({ path: PULL, status: 502, times: 3 });
    const r = await outcome(getPull(fake, { retries: 3 }));
    expect(r.status).toBe('ok');
    expect(slept).toEqual([1000, 4000, 9000]);
  });

  it('5xx on GET: gives up after the configured retries', async () => {
    fake.inject({ path: PULL, status: 503, times: Infinity });
    const r = await outcome(getPull(fake, { retries: 1 }));
    expect(r.status).toBe(503);
    expect(fake.requests).toHaveLength(2);
    expect(slept).toEqual([1000]);
  });

  it('a hanging connection: the attempt times out, the retry succeeds', async () => {
    fake.inject({ path: PULL, hang: true });
    const r = await outcome(getPull(fake, { timeoutMs: 300 }));
    expect(r.status).toBe('ok');
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]!.aborted).toBe(true);
    // One timeout (300 ms, real: it is the client's own timer) plus the first backoff (1 s, asked for), not the
    // 15 s default nor forever.
    expect(r.ms).toBeGreaterThanOrEqual(300);
    expect(r.ms).toBeLessThan(3000);
    expect(slept).toEqual([1000]);
  });

  it('a connection that always hangs fails after retries + 1 timed-out attempts', async () => {
    fake.inject({ path: PULL, hang: true, times: Infinity });
    const r = await outcome(getPull(fake, { timeoutMs: 200, retries: 1 }));
    expect(r.status).toBe(500);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.every((q) => q.aborted)).toBe(true);
  });
});

describe('rate limits', () => {
  it('secondary limit (403) with Retry-After: waits that long, then retries', async () => {
    fake.inject(secondaryRateLimit({ path: PULL, retryAfter: 1 }));
    const r = await outcome(getPull(fake));
    expect(r.status).toBe('ok');
    expect(fake.requests).toHaveLength(2);
    expect(slept).toEqual([1000]);
  });

  it('secondary limit without Retry-After: waits the fallback (GitHub: a minute; 1 s here)', async () => {
    fake.inject(secondaryRateLimit({ path: PULL, retryAfter: null }));
    const r = await outcome(getPull(fake, { fallbackRetryAfter: 1 }));
    expect(r.status).toBe('ok');
    expect(slept).toEqual([1000]);
  });

  it('429 with Retry-After: waits that long, then retries', async () => {
    fake.inject({ path: PULL, status: 429, headers: { 'retry-after': '1' } });
    const r = await outcome(getPull(fake));
    expect(r.status).toBe('ok');
    expect(fake.requests).toHaveLength(2);
    expect(slept).toEqual([1000]);
  });

  it('429 without Retry-After: waits the fallback, then retries', async () => {
    fake.inject({ path: PULL, status: 429 });
    const r = await outcome(getPull(fake, { fallbackRetryAfter: 1 }));
    expect(r.status).toBe('ok');
    expect(slept).toEqual([1000]);
  });

  it('primary limit (429, x-ratelimit-remaining 0): waits for the reset', async () => {
    fake.inject(primaryRateLimit({ path: PULL, status: 429, resetInSeconds: 1 }));
    const r = await outcome(getPull(fake));
    expect(r.status).toBe('ok');
    expect(fake.requests).toHaveLength(2);
    // The reset is 1-2 s ahead in whole seconds; the plugin adds one second to retry after it.
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThanOrEqual(2000);
    expect(slept[0]).toBeLessThanOrEqual(3000);
  });

  it('a Retry-After longer than we are willing to wait: fails at once instead of blocking the job', async () => {
    fake.inject({ path: PULL, status: 429, headers: { 'retry-after': '3600' } });
    const r = await outcome(getPull(fake));
    expect(r.status).toBe(429);
    expect(fake.requests).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it('a rate-limited create is repeated (it was not applied), once', async () => {
    fake.inject(secondaryRateLimit({ method: 'POST', path: `/repos/${REPO}/issues/${PR}/comments`, retryAfter: 1 }));
    const c = fastClient(fake);
    const r = await outcome(
      c.rest.issues.createComment({
        owner: 'acme',
        repo: 'models',
        issue_number: PR,
        body: 'x',
        request: { retries: 0 },
      }),
    );
    expect(r.status).toBe('ok');
    expect(fake.comments(REPO, PR)).toHaveLength(1);
    expect(slept).toEqual([1000]);
  });
});

describe('createComment with request.retries 0', () => {
  it('a 502 after the comment was stored is not retried by the client', async () => {
    fake.inject({ method: 'POST', path: `/repos/${REPO}/issues/${PR}/comments`, status: 502, afterHandle: true });
    const c = fastClient(fake);
    const r = await outcome(
      c.rest.issues.createComment({
        owner: 'acme',
        repo: 'models',
        issue_number: PR,
        body: 'x',
        request: { retries: 0 },
      }),
    );
    expect(r.status).toBe(502);
    expect(fake.requests).toHaveLength(1);
    expect(fake.comments(REPO, PR)).toHaveLength(1);
    expect(slept).toEqual([]);
  });
});
