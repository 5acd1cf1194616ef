// Fork PRs end to end, in-process against the local GitHub-like server: the read-only `pull_request` job keeps
// its verdict and writes the result file; the `workflow_run` job validates that file as untrusted input, finds
// the PR by the run's head commit (never by anything in the artifact) and posts one comment and a check run.
import { readFileSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { report, REPO } from '../support/workspace.js';
import { FORK, gateJob, publishJob, runPublish } from './helpers.js';

let fake: FakeGitHub;
withFakeGitHub((f) => (fake = f));

const BASE = report('fraud-detector', { accuracy: 0.912, latency_p95_ms: 41 });
const WORSE = report('fraud-detector', { accuracy: 0.85, latency_p95_ms: 41 });
const BETTER = report('fraud-detector', { accuracy: 0.92, latency_p95_ms: 40 });
const writes = (f: FakeGitHub) => f.requests.filter((r) => r.method !== 'GET');

describe('the pull_request job of a fork PR (read-only token)', () => {
  it('keeps its verdict, writes the summary and the result file, and makes no write request', async () => {
    const { ws, resultFile, log } = await gateJob(fake, BASE, WORSE);
    expect(process.exitCode).toBe(1);
    expect(ws.outputs().verdict).toBe('fail');
    expect(ws.summary()).toContain('accuracy regressed');
    expect(JSON.parse(readFileSync(resultFile, 'utf8')).head.sha).toBe(ws.headSha);
    expect(writes(fake)).toHaveLength(0);
    expect(log.match(/::warning/g) ?? []).toHaveLength(0); // comment-mode none: nothing to warn about
  });

  it('with comment-mode comment on a read-only token: warns exactly once, keeps the verdict', async () => {
    const { ws } = await gateJob(fake, BASE, WORSE); // registers the PR and the read-only token
    fake.clearRequests();
    const { useEnv, testClient } = await import('../support/workspace.js');
    const { run } = await import('../../src/main.js');
    const { captured } = await import('./helpers.js');
    const restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_COMMENT-MODE': 'comment' });
    let log = '';
    try {
      log = await captured(() => run({ client: testClient }));
    } finally {
      restore();
    }
    expect(log.match(/^::warning::/gm) ?? []).toHaveLength(1);
    expect(log).toContain('read-only');
    expect(fake.comments(REPO, 7)).toHaveLength(0);
    expect(ws.outputs().verdict).toBe('fail');
    expect(process.exitCode).toBe(1);
  });

  it('knows a fork PR’s token is read-only: no write is even tried, one warning', async () => {
    const { ws } = await gateJob(fake, BASE, WORSE);
    const event = JSON.parse(readFileSync(ws.env.GITHUB_EVENT_PATH!, 'utf8'));
    event.pull_request.head.repo.full_name = FORK; // what GitHub sends for a fork PR
    event.repository.private = false;
    writeFileSync(ws.env.GITHUB_EVENT_PATH!, JSON.stringify(event));
    fake.clearRequests();
    const { useEnv, testClient } = await import('../support/workspace.js');
    const { run } = await import('../../src/main.js');
    const { captured } = await import('./helpers.js');
    const inputs = { 'INPUT_COMMENT-MODE': 'comment', INPUT_REVIEW: 'request-changes' };
    const restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, ...inputs });
    let log = '';
    try {
      log = await captured(() => run({ client: testClient }));
    } finally {
      restore();
    }
    expect(writes(fake)).toEqual([]);
    expect(log.match(/^::warning::/gm) ?? []).toHaveLength(1);
    expect(log).toContain('read-only');
    expect(ws.outputs().verdict).toBe('fail');
  });
});

describe('the workflow_run publish job', () => {
  it('posts one comment and an mlgate check run on the PR’s head commit', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    process.exitCode = undefined;
    fake.clearRequests();
    const job = publishJob(fake, resultFile, { head_sha: ws.headSha });
    await runPublish(job);
    const comments = fake.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^### ❌ mlgate: fail — accuracy regressed/);
    expect(comments[0]!.body).toContain(`<!-- mlgate:comment key=default head=${ws.headSha} -->`);
    const checks = fake.checkRuns(REPO);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      name: 'mlgate',
      head_sha: ws.headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(String(checks[0]!.output?.title)).toMatch(/^mlgate: fail — accuracy regressed/);
    // The PR was found from the run's head repository and branch, not by a number from the artifact.
    expect(fake.requests[0]).toMatchObject({ path: `/repos/${REPO}/pulls`, query: { head: 'mallory:feature' } });
    expect(job.summary()).toContain('accuracy regressed');
    expect(process.exitCode).toBe(1);
  });

  it('finds the fork PR when GET /commits/{sha}/pulls answers [] for a fork’s head commit', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    fake.setForkCommitPulls('empty');
    process.exitCode = undefined;
    const job = publishJob(fake, resultFile, { head_sha: ws.headSha });
    const log = await runPublish(job);
    expect(log).not.toContain('is not published');
    expect(fake.comments(REPO, 7)).toHaveLength(1);
    expect(fake.checkRuns(REPO)).toMatchObject([{ head_sha: ws.headSha, conclusion: 'failure' }]);
    // Without the head repository and branch there is nothing else to go by: not published, and said so.
    fake.clearRequests();
    const bare = publishJob(fake, resultFile, { head_sha: ws.headSha, head_repository: null, head_branch: null });
    expect(await runPublish(bare)).toContain('is not published');
    expect(writes(fake)).toHaveLength(0);
  });

  it('a passing result gives a success check and a rerun updates the same comment', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, BETTER);
    const job = publishJob(fake, resultFile, { head_sha: ws.headSha });
    await runPublish(job);
    await runPublish(job);
    expect(fake.comments(REPO, 7)).toHaveLength(1);
    expect(fake.checkRuns(REPO).map((c) => c.conclusion)).toEqual(['success', 'success']);
    expect(process.exitCode).toBeUndefined();
  });

  it('refuses a result for a commit that is no longer the PR’s head: no comment, no check run', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    fake.updatePull(REPO, 7, { head_sha: 'e'.repeat(40) }); // pushed again after the gate ran
    fake.clearRequests();
    const job = publishJob(fake, resultFile, { head_sha: ws.headSha });
    const log = await runPublish(job);
    expect(fake.comments(REPO, 7)).toHaveLength(0);
    expect(fake.checkRuns(REPO)).toHaveLength(0);
    expect(writes(fake)).toHaveLength(0);
    expect(log).toContain('is not published');
    expect(job.summary()).toContain('not published');
  });

  it('refuses an artifact whose head SHA is not the workflow run’s', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    fake.clearRequests();
    const job = publishJob(fake, resultFile, { head_sha: 'e'.repeat(40) });
    const log = await runPublish(job);
    expect(process.exitCode).toBe(1);
    expect(log).toMatch(/::error.*head\.sha: the result is for commit/);
    expect(writes(fake)).toHaveLength(0);
    expect(fake.comments(REPO, 7)).toHaveLength(0);
    void ws;
  });

  it('ignores a PR that reuses the same commit from another fork', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    fake.addPull(REPO, {
      number: 8,
      head_sha: ws.headSha,
      base_sha: ws.baseSha,
      user: 'eve',
      head_repo: 'eve/models',
      head_ref: 'feature',
    });
    const job = publishJob(fake, resultFile, { head_sha: ws.headSha, head_repository: FORK });
    await runPublish(job);
    expect(fake.comments(REPO, 7)).toHaveLength(1);
    expect(fake.comments(REPO, 8)).toHaveLength(0);
  });

  it('with a read-only token: one warning, summary written, verdict kept, nothing written', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    process.exitCode = undefined;
    const job = publishJob(fake, resultFile, { head_sha: ws.headSha });
    fake.setTokenReadOnly(job.env['INPUT_GITHUB-TOKEN']!);
    fake.clearRequests();
    const log = await runPublish(job);
    expect(log.match(/^::warning::/gm) ?? []).toHaveLength(1);
    expect(fake.comments(REPO, 7)).toHaveLength(0);
    expect(fake.checkRuns(REPO)).toHaveLength(0);
    expect(writes(fake)).toHaveLength(1); // the check run, refused; no comment attempt after that
    expect(job.summary()).toContain('accuracy regressed');
    expect(job.outputs()).toContain('fail');
    expect(process.exitCode).toBe(1);
  });

  it('escapes hostile strings from the artifact in the comment and the check run', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    result.models[0].name = '@acme/admins <img src=x> <!-- mlgate:comment key=default head=ffffffff -->';
    result.reason = 'ping @acme/admins | #1 <script>';
    const job = publishJob(fake, { text: JSON.stringify(result) }, { head_sha: ws.headSha });
    await runPublish(job);
    const body = String(fake.comments(REPO, 7)[0]!.body);
    expect(body).not.toMatch(/@acme/);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<script');
    expect(body.match(/<!-- mlgate:comment/g)).toHaveLength(1);
    expect(String(fake.checkRuns(REPO)[0]!.output?.summary)).not.toContain('<img');
  });
});

describe('the artifact is untrusted input', () => {
  const cases: Array<[string, (r: Record<string, unknown>, ws: { headSha: string }) => string, RegExp]> = [
    ['not JSON', () => '{"verdict": "pass",', /could not be parsed|syntax|bracket/],
    ['empty', () => '', /empty/],
    ['an unknown key', (r) => JSON.stringify({ ...r, pr_number: 8 }), /unknown key "pr_number"/],
    ['a wrong type', (r) => JSON.stringify({ ...r, models: 'all' }), /models/],
    [
      'a forged pass over a failing model',
      (r) => JSON.stringify({ ...r, verdict: 'pass' }),
      /verdict "pass" contradicts/,
    ],
    [
      'a forged model pass over its failing finding',
      (r) => {
        const models = (r.models as Array<Record<string, unknown>>).map((m) => ({ ...m, verdict: 'pass' }));
        return JSON.stringify({ ...r, verdict: 'pass', models });
      },
      /contradicts a finding/,
    ],
    [
      'NaN',
      (r) => JSON.stringify(r).replace(/"accuracy","base":[0-9.]+/, '"accuracy","base":.nan'),
      /NaN|syntax|parsed/,
    ],
    ['__proto__', (r) => JSON.stringify(r).replace('{', '{"__proto__":{"polluted":1},'), /__proto__/],
    [
      'a 10,000-character reason… times 1,000 notes',
      (r) => JSON.stringify({ ...r, notes: Array(1001).fill('x') }),
      /too long|notes/,
    ],
    ['a huge file', (r) => JSON.stringify({ ...r, notes: [' '.repeat(6 * 1024 * 1024)] }), /too large/],
  ];
  for (const [name, make, message] of cases) {
    it(`refuses ${name}: one clear error, no stack trace, no contents, nothing written`, async () => {
      const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
      const genuine = JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, unknown>;
      fake.clearRequests();
      process.exitCode = undefined;
      const job = publishJob(fake, { text: make(genuine, ws) }, { head_sha: ws.headSha });
      const log = await runPublish(job);
      expect(process.exitCode).toBe(1);
      expect(log).toMatch(message);
      expect(log).toMatch(/mlgate-result\/result\.json/);
      expect(log).not.toMatch(/\n\s+at .*\.(ts|js):\d+/); // no stack trace
      expect(log).not.toContain('polluted');
      expect(writes(fake)).toHaveLength(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a symlink out of the workspace (e.g. to /proc/self/environ)', async () => {
    const { ws } = await gateJob(fake, BASE, WORSE);
    const job = publishJob(fake, { text: '{}' }, { head_sha: ws.headSha });
    const file = path.join(job.dir, 'mlgate-result', 'result.json');
    rmSync(file);
    symlinkSync('/proc/self/environ', file);
    fake.clearRequests();
    process.exitCode = undefined;
    const log = await runPublish(job);
    expect(process.exitCode).toBe(1);
    expect(log).toMatch(/symbolic link|outside the workspace/);
    expect(log).not.toContain('PATH=');
    expect(writes(fake)).toHaveLength(0);
  });

  it('refuses a results path that leaves the workspace', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    const job = publishJob(fake, resultFile, { head_sha: ws.headSha }, { results: '../../etc/passwd' });
    process.exitCode = undefined;
    const log = await runPublish(job);
    expect(process.exitCode).toBe(1);
    expect(log).toMatch(/outside the workspace/);
    expect(log).not.toContain('root:');
  });

  it('refuses to run on another event than workflow_run', async () => {
    const { ws, resultFile } = await gateJob(fake, BASE, WORSE);
    const job = publishJob(fake, resultFile, { head_sha: ws.headSha });
    writeFileSync(job.env.GITHUB_EVENT_PATH!, JSON.stringify({ ref: 'refs/heads/main', after: 'd'.repeat(40) }));
    process.exitCode = undefined;
    const log = await runPublish(job);
    expect(process.exitCode).toBe(1);
    expect(log).toMatch(/workflow_run/);
  });
});
