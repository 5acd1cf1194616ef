// The action's run() end to end, in-process, against the local GitHub-like server: real git workspace, real
// event payload, real @actions/core outputs and summary files.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { git, makeWorkspace, report, REPO, testClient, useEnv } from '../support/workspace.js';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);

const BASE = report('fraud-detector', { accuracy: 0.912, f1_macro: 0.874, latency_p95_ms: 41 });

function setup(
  head: string,
  opts: Parameters<typeof makeWorkspace>[2] = {},
  baseFiles: Record<string, string> = { 'mlgate.yaml': BASE },
) {
  const ws = makeWorkspace(baseFiles, { 'mlgate.yaml': head }, opts);
  fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
  restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
  return ws;
}

describe('run() on a pull request', () => {
  it('posts one comment with the verdict first, and fails the step on a regression', async () => {
    const ws = setup(report('fraud-detector', { accuracy: 0.85, f1_macro: 0.874, latency_p95_ms: 41 }));
    await run({ client: testClient });
    const comments = fake.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body as string;
    expect(body.split('\n')[0]).toMatch(/^### ❌ mlgate: fail — accuracy regressed −6\.20 pp/);
    expect(body).toContain(`with baseline: git at \`${ws.baseSha.slice(0, 7)}\`.`);
    // The interval of the change takes in the rounding of values written to 3 decimals (±0.05 pp a side).
    expect(body).toContain(
      '| accuracy | 91.2% | 85.0% | −6.20 pp | −6.8% | ±0.92 pp · p<0.0001 | ↑ no significant drop | ❌ regressed |',
    );
    expect(body).toContain(`<!-- mlgate:comment key=default head=${ws.headSha} -->`);
    expect(process.exitCode).toBe(1);
    const out = ws.outputs();
    expect(out.verdict).toBe('fail');
    expect(out['comment-url']).toMatch(/^https:\/\/github\.com\/acme\/models\/pull\/7#issuecomment-\d+$/);
    expect(ws.summary()).toContain('mlgate: fail');
    // The baseline came from git: no contents request.
    expect(fake.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
  });

  it('updates its comment in place on a rerun: list (from the start), check run on the head, update, head read again', async () => {
    setup(report('fraud-detector', { accuracy: 0.915, f1_macro: 0.88, latency_p95_ms: 40 }));
    await run({ client: testClient });
    const first = fake.comments(REPO, 7);
    fake.clearRequests();
    await run({ client: testClient });
    const second = fake.comments(REPO, 7);
    expect(second).toHaveLength(1);
    expect(second[0]!.id).toBe(first[0]!.id);
    expect(second[0]!.body).toMatch(/^### ✅ mlgate: pass/);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      // The listing goes out when the run starts, beside the reading and the analysis.
      'GET /repos/acme/models/issues/7/comments',
      'POST /repos/acme/models/check-runs',
      `PATCH /repos/acme/models/issues/comments/${first[0]!.id}`,
      'GET /repos/acme/models/pulls/7',
    ]);
    const runs = fake.checkRuns(REPO);
    expect(runs.at(-1)).toMatchObject({
      name: 'mlgate',
      head_sha: fake.pull(REPO, 7)!.head.sha,
      conclusion: 'success',
    });
    expect(process.exitCode).toBeUndefined();
  });

  it('finds its own comment on page 3 among 250, ignoring a user comment that copies the marker', async () => {
    const ws = setup(report('fraud-detector', { accuracy: 0.913, f1_macro: 0.874, latency_p95_ms: 41 }));
    for (let i = 0; i < 210; i++) fake.addComment(REPO, 7, { user: 'bob', body: `comment ${i}` });
    fake.addComment(REPO, 7, { user: 'mallory', body: `fake <!-- mlgate:comment key=default head=${ws.headSha} -->` });
    const ours = fake.addComment(REPO, 7, {
      user: 'github-actions[bot]',
      body: `old\n<!-- mlgate:comment key=default head=${ws.headSha} -->`,
    });
    for (let i = 0; i < 38; i++) fake.addComment(REPO, 7, { user: 'bob', body: `later ${i}` });
    await run({ client: testClient });
    const mine = fake.comments(REPO, 7).filter((c) => String(c.body).includes('mlgate: pass'));
    expect(mine.map((c) => c.id)).toEqual([ours.id]);
    expect(fake.comments(REPO, 7).find((c) => c.user?.login === 'mallory')!.body).toMatch(/^fake/);
  });

  it('never overwrites a newer head’s result with an older one', async () => {
    const ws = setup(report('fraud-detector', { accuracy: 0.5, f1_macro: 0.874, latency_p95_ms: 41 }));
    const newer = 'f'.repeat(40);
    fake.updatePull(REPO, 7, { head_sha: newer });
    const existing = fake.addComment(REPO, 7, {
      user: 'github-actions[bot]',
      body: `newer result\n<!-- mlgate:comment key=default head=${newer} -->`,
    });
    await run({ client: testClient });
    const comments = fake.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(existing.id);
    expect(comments[0]!.body).toMatch(/^newer result/);
    expect(ws.outputs().verdict).toBe('fail'); // the verdict of this run still stands for its own check
    // 91.2 % -> 50 % on 12,000 examples: the p-value underflows; the summary says so instead of "p = 0.0".
    expect(ws.summary()).toContain('accuracy regressed −41.20 pp (−45%); allowed drop 0 pp (p &lt; 1e-300)'); // escaped markdown
  });

  it('reads the baseline through the contents API when the checkout lacks the base commit', async () => {
    const ws = setup(report('fraud-detector', { accuracy: 0.9, f1_macro: 0.874, latency_p95_ms: 41 }));
    // Simulate a shallow checkout: the base commit is not in the clone.
    const fakeBase = '1'.repeat(40);
    fake.updatePull(REPO, 7, { base_sha: fakeBase });
    fake.setFile(
      REPO,
      fakeBase,
      'mlgate.yaml',
      report('fraud-detector', { accuracy: 0.95, f1_macro: 0.874, latency_p95_ms: 41 }),
    );
    restore();
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_BASE-SHA': fakeBase });
    await run({ client: testClient });
    const body = fake.comments(REPO, 7)[0]!.body as string;
    expect(body).toContain(`with baseline: the contents API at \`${fakeBase.slice(0, 7)}\`.`);
    expect(body).toContain('| accuracy | 95.0% | 90.0% | −5.00 pp |');
    const contents = fake.requests.find((r) => r.path.includes('/contents/'))!;
    expect(contents.headers.accept).toContain('application/vnd.github.raw');
  });

  it('passes with a note when the PR adds the first report', async () => {
    const ws = makeWorkspace({ 'README.md': 'x' }, { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.9 }) });
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    const body = fake.comments(REPO, 7)[0]!.body as string;
    expect(body.split('\n')[0]).toBe('### ✅ mlgate: pass — no baseline to compare with: absolute bounds only');
    expect(body).toContain('| accuracy | — | 90.0% | — | — | ↑ no significant drop | ✅ new |');
    expect(process.exitCode).toBeUndefined();
  });

  it('keeps its verdict and writes the summary when the token is read-only', async () => {
    const ws = setup(report('fraud-detector', { accuracy: 0.8, f1_macro: 0.874, latency_p95_ms: 41 }));
    fake.setTokenReadOnly('ghs_test');
    await run({ client: testClient });
    expect(fake.comments(REPO, 7)).toHaveLength(0);
    expect(ws.outputs().verdict).toBe('fail');
    expect(ws.summary()).toContain('accuracy regressed');
    expect(process.exitCode).toBe(1);
  });

  it('fails on a bad report and says so everywhere a passing result could stand: comment, check run, summary, outputs', async () => {
    // The PR passed at its first head; the next push breaks the report.
    const ws = setup(report('fraud-detector', { accuracy: 0.915, f1_macro: 0.88, latency_p95_ms: 40 }));
    await run({ client: testClient });
    expect(fake.comments(REPO, 7)[0]!.body).toMatch(/^### ✅ mlgate: pass/);
    writeFileSync(`${ws.dir}/mlgate.yaml`, 'version: 1\nmodel: fraud-detector\nmetrics:\n  accuracy: .nan\n');
    git(ws.dir, 'commit', '-qam', 'broken report');
    const head = git(ws.dir, 'rev-parse', 'HEAD');
    fake.updatePull(REPO, 7, { head_sha: head });
    const event = JSON.parse(readFileSync(ws.env.GITHUB_EVENT_PATH!, 'utf8'));
    event.pull_request.head.sha = head;
    writeFileSync(ws.env.GITHUB_EVENT_PATH!, JSON.stringify(event));
    await run({ client: testClient });
    expect(process.exitCode).toBe(1);
    const comments = fake.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    const body = String(comments[0]!.body);
    // Line 1 holds what fits in 120 characters (cut at a clause); the whole message, with the fix, follows.
    expect(body.split('\n')[0]).toBe(
      '### ❌ mlgate: fail — invalid input: mlgate.yaml:4:13: metrics.accuracy: NaN and infinite numbers are not accepted',
    );
    expect(body).toContain(
      'mlgate.yaml:4:13: metrics.accuracy: NaN and infinite numbers are not accepted; report a finite number or leave the field out',
    );
    expect(body).toContain(`head=${head}`);
    expect(body).not.toContain('.nan'); // the file's text is not echoed
    expect(fake.checkRuns(REPO).at(-1)).toMatchObject({ name: 'mlgate', head_sha: head, conclusion: 'failure' });
    expect(ws.outputs().verdict).toBe('fail');
    expect(ws.summary()).toContain('mlgate: fail — invalid input: mlgate.yaml:4:13');
  });

  it('writes the summary on push events, where there is no PR', async () => {
    const ws = makeWorkspace({ 'mlgate.yaml': BASE }, {}, { eventName: 'push' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, GITHUB_EVENT_PATH: '' });
    await run({ client: testClient });
    expect(ws.summary()).toContain('mlgate: pass');
    expect(fake.requests).toHaveLength(0);
    expect(git(ws.dir, 'status', '--porcelain')).toBe('');
  });

  it('gates a merge queue group against the tip of its target branch (merge_group event)', async () => {
    const ws = makeWorkspace(
      { 'mlgate.yaml': BASE },
      { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.85, f1_macro: 0.874, latency_p95_ms: 41 }) },
      { eventName: 'merge_group' },
    );
    const event = {
      action: 'checks_requested',
      merge_group: {
        head_sha: ws.headSha,
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc',
        base_sha: ws.baseSha,
        base_ref: 'refs/heads/main',
      },
      repository: { full_name: REPO },
    };
    writeFileSync(ws.env.GITHUB_EVENT_PATH!, JSON.stringify(event));
    fake.addRepo(REPO);
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    const summary = ws.summary();
    expect(summary).toMatch(/mlgate: fail — accuracy regressed −6\.20 pp/);
    expect(summary).toContain(`with baseline: git at \`${ws.baseSha.slice(0, 7)}\`.`);
    expect(summary).toContain('merge queue: this group is compared with the tip of the target branch');
    expect(JSON.parse(readFileSync(ws.outputs()['result-json']!, 'utf8'))).toMatchObject({
      base: { sha: ws.baseSha, source: 'git' },
      head: { sha: ws.headSha },
    });
    expect(process.exitCode).toBe(1);
    // No PR to comment on; the verdict goes onto the group's commit as the `mlgate` check run, so that a required
    // `mlgate` check (docs/checklist.md) is met in the queue too.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/models/check-runs']);
    expect(fake.checkRuns(REPO)).toMatchObject([{ name: 'mlgate', head_sha: ws.headSha, conclusion: 'failure' }]);
  });

  it('judges the PR with the base commit’s policy, so a PR cannot loosen its own gate', async () => {
    const strict = 'metrics:\n  accuracy: { max_drop: 0 }\n';
    const lax = 'metrics:\n  accuracy: { max_drop: 0.5 }\n';
    const ws = makeWorkspace(
      { 'mlgate.yaml': BASE, '.github/mlgate.yml': strict },
      {
        'mlgate.yaml': report('fraud-detector', { accuracy: 0.85, f1_macro: 0.874, latency_p95_ms: 41 }),
        '.github/mlgate.yml': lax,
      },
    );
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'mallory' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    expect(ws.outputs().verdict).toBe('fail');
    expect(ws.summary()).toContain('this PR changes .github/mlgate.yml: the base’s policy applies until it is merged');
    restore();
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_CONFIG-FROM': 'head' });
    process.exitCode = undefined;
    await run({ client: testClient });
    expect(ws.outputs().verdict).toBe('pass');
  });

  it('keeps one comment per comment-key: two workflows gating different models of one PR', async () => {
    const ws = setup(report('fraud-detector', { accuracy: 0.915, f1_macro: 0.88, latency_p95_ms: 40 }));
    await run({ client: testClient });
    restore();
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_COMMENT-KEY': 'ranking' });
    await run({ client: testClient });
    await run({ client: testClient });
    const ours = fake.comments(REPO, 7).filter((c) => c.user?.login === 'github-actions[bot]');
    expect(ours.map((c) => /key=([\w.-]+)/.exec(String(c.body))![1])).toEqual(['default', 'ranking']);
    expect(
      fake
        .checkRuns(REPO)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['mlgate', 'mlgate (ranking)', 'mlgate (ranking)']);
    restore();
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_COMMENT-KEY': 'no spaces!' });
    await run({ client: testClient });
    expect(process.exitCode).toBe(1);
  });
});
