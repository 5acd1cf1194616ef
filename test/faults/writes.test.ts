// What a run writes to GitHub, in which order and at what pace, against the local GitHub-like server: the check
// run first; one reply however many commands were refused; a burst of up to 3 writes without waiting, then
// GitHub's spacing; a check run that gets a 5xx is retried once, not with the client's 14 s backoff.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { BurstThenSpacing } from '../../src/adapters/github/pacing.js';
import { CHECK_RETRY_MS } from '../../src/adapters/github/check-runs.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { secondaryRateLimit } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { makeWorkspace, report, REPO, testClient, useEnv, type Workspace } from '../support/workspace.js';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);

const writes = () => fake.requests.filter((r) => r.method !== 'GET');
const BASE = report('fraud-detector', { accuracy: 0.912 });

function gateRun(head = report('fraud-detector', { accuracy: 0.915 }), eventName = 'pull_request'): Workspace {
  const ws = makeWorkspace({ 'mlgate.yaml': BASE }, { 'mlgate.yaml': head }, { eventName });
  fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
  restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
  return ws;
}

/** The action's client with GitHub's real spacing, whose waits are recorded instead of slept. */
function pacedClient(waits: number[]): NonNullable<Parameters<typeof run>[0]>['client'] {
  return (s, ctx) =>
    createGitHubClient({
      token: s.token,
      baseUrl: ctx.apiUrl,
      timeoutMs: 2000,
      retries: 2,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
}

describe('pacing: a burst of 3, then GitHub’s spacing', () => {
  it('the first three writes go at once; each later one waits the spacing after the one before', async () => {
    let now = 0;
    const waits: number[] = [];
    const pace = new BurstThenSpacing({
      burst: 3,
      spacingMs: 1000,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map((i) => pace.key().schedule({}, async () => void order.push(i))));
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(waits).toEqual([1000, 1000]);
    // A retry after a rate limit (weight 0, already waited Retry-After) neither waits nor counts.
    await pace.schedule({ weight: 0 }, async () => undefined);
    expect(waits).toEqual([1000, 1000]);
    now += 5000;
    await pace.schedule({}, async () => undefined);
    expect(waits).toEqual([1000, 1000]); // spacing, not a fixed delay: 5 s later it goes at once
  });

  it('the update path (check run, comment) writes without a pause', async () => {
    gateRun();
    await run({ client: testClient }); // creates the comment
    fake.clearRequests();
    const waits: number[] = [];
    const started = Date.now();
    await run({ client: pacedClient(waits) });
    expect(writes().map((r) => `${r.method} ${r.path.replace(/\d+$/, 'N')}`)).toEqual([
      'POST /repos/acme/models/check-runs',
      'PATCH /repos/acme/models/issues/comments/N',
    ]);
    expect(waits).toEqual([]);
    // No deliberate pause between the writes (the old spacing held the second one back 1 s).
    const [a, b] = writes();
    expect(b!.time - a!.time).toBeLessThan(900);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  for (const [name, rule] of [
    [
      'secondary rate limit (403)',
      secondaryRateLimit({ method: 'POST', path: `/repos/${REPO}/check-runs`, retryAfter: 2 }),
    ],
    ['429', { method: 'POST', path: `/repos/${REPO}/check-runs`, status: 429, headers: { 'retry-after': '2' } }],
  ] as const)
    it(`a ${name} on a write is still waited out (Retry-After), and the write lands once`, async () => {
      gateRun();
      fake.inject(rule);
      const waits: number[] = [];
      await run({ client: pacedClient(waits) });
      const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'));
      expect(posts).toHaveLength(2);
      // Retry-After first; any later wait is the spacing of a fourth write (the claim's reaction, its removal).
      expect(waits[0]).toBe(2000);
      expect(waits.slice(1).every((ms) => ms <= 1000)).toBe(true);
      expect(fake.checkRuns(REPO)).toHaveLength(1);
      expect(fake.comments(REPO, 7)).toHaveLength(1);
    });
});

describe('the check run', () => {
  it('is written first, and a 5xx on it is retried once after a second, not for 14 s', async () => {
    gateRun();
    fake.inject({ method: 'POST', path: `/repos/${REPO}/check-runs`, status: 500, times: 10 });
    const waits: number[] = [];
    await run({ client: testClient, sleep: async (ms) => void waits.push(ms) });
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'));
    expect(posts).toHaveLength(2);
    expect(writes()[0]).toMatchObject({ method: 'POST', path: `/repos/${REPO}/check-runs` });
    expect(waits).toEqual([CHECK_RETRY_MS]);
    // The comment still goes out, and the verdict stands.
    expect(fake.comments(REPO, 7)).toHaveLength(1);
  });
});

describe('/mlgate commands', () => {
  const CONFIG = 'checklist:\n  items: { documentation: off }\n';

  function commentRun(n: number): Workspace {
    const ws = makeWorkspace(
      { '.github/mlgate.yml': CONFIG, 'mlgate.yaml': BASE },
      { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.915 }) },
      { eventName: 'issue_comment' },
    );
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    let last = 0;
    for (let i = 0; i < n; i++)
      last = fake.addComment(REPO, 7, { user: `user${i}`, body: `/mlgate waive nonexistent${i} because` }).id;
    const event = {
      action: 'created',
      issue: { number: 7, pull_request: { url: 'x' }, user: { login: 'alice' } },
      comment: { id: last, body: `/mlgate waive nonexistent${n - 1} because`, user: { login: `user${n - 1}` } },
      repository: { full_name: REPO },
    };
    writeFileSync(path.join(ws.runnerDir, 'event.json'), JSON.stringify(event));
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    return ws;
  }

  it('40 refused commands: the check run first, then the comment, then one reply that answers all 40', async () => {
    const ws = commentRun(40);
    // The PR's mlgate comment exists (the run for the push wrote it), as it does when people start commenting.
    fake.addComment(REPO, 7, {
      user: 'github-actions[bot]',
      body: `x\n<!-- mlgate:comment key=default head=${ws.headSha} -->`,
    });
    const waits: number[] = [];
    await run({ client: pacedClient(waits) });
    const w = writes().map((r) => `${r.method} ${r.path}`);
    expect(w[0]).toBe(`POST /repos/${REPO}/check-runs`);
    expect(w[1]).toMatch(new RegExp(`^PATCH /repos/${REPO}/issues/comments/\\d+$`)); // the result
    expect(w[2]).toBe(`POST /repos/${REPO}/issues/7/comments`); // the one reply
    expect(w).toHaveLength(3);
    expect(waits).toEqual([]);
    const reply = fake.comments(REPO, 7).find((c) => String(c.body).includes('mlgate:reply'))!;
    expect(String(reply.body).match(/<!-- mlgate:reply to=\d+ -->/g)).toHaveLength(40);
    expect(String(reply.body)).toContain('… and 20 more commands');
    // A rerun answers none of them again.
    fake.clearRequests();
    await run({ client: testClient });
    expect(writes().filter((r) => r.path.endsWith('/issues/7/comments'))).toHaveLength(0);
  });
});
