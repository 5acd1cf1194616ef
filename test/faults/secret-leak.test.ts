// The token never leaves through anything but the Authorization header: not in a request body, a log line, the
// job summary, the outputs file or the result JSON. Runs the built dist/index.js as the runner does, over the
// happy path and the error paths (faults, read-only token, bad input, publish mode), where leaks usually hide.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { makeWorkspace, report, REPO, type Workspace } from '../support/workspace.js';
import { publishJob } from '../fork/helpers.js';

const DIST = path.resolve(__dirname, '../../dist/index.js');
const TOKEN = 'ghs_FAKE0123456789abcdef';
let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
});
afterEach(async () => {
  await fake.close();
});

function runDist(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [DIST], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** Every file under a directory (runner files: summary, outputs, result JSON). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function expectNoLeak(out: string, runnerDirs: string[]): void {
  // `::add-mask::TOKEN` is how the runner learns to mask it: expected, once.
  const lines = out.split('\n');
  expect(lines.filter((l) => l === `::add-mask::${TOKEN}`)).toHaveLength(1);
  for (const l of lines.filter((l) => l !== `::add-mask::${TOKEN}`)) expect(l).not.toContain(TOKEN);
  // The token's tail too: a log that cut it would still leak most of it.
  expect(out.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN.slice(4));
  for (const r of fake.requests) {
    expect(r.body).not.toContain(TOKEN);
    expect(r.path + JSON.stringify(r.query)).not.toContain(TOKEN);
    for (const [name, value] of Object.entries(r.headers))
      if (name !== 'authorization') expect(String(value)).not.toContain(TOKEN);
  }
  const files = runnerDirs.flatMap(filesUnder).filter((f) => !f.endsWith('event.json'));
  expect(files.some((f) => f.endsWith('result.json'))).toBe(true);
  for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toContain(TOKEN);
}

function gateWorkspace(head: string): Workspace {
  const ws = makeWorkspace(
    { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.912 }) },
    { 'mlgate.yaml': head },
    { inputs: { 'github-token': TOKEN } },
  );
  fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice', head_ref: 'feature' });
  return ws;
}

describe('the token never leaks', () => {
  it('on a failing gate that comments (and the token authenticates every request)', async () => {
    const ws = gateWorkspace(report('fraud-detector', { accuracy: 0.85 }));
    const res = await runDist({ ...ws.env, GITHUB_API_URL: fake.url });
    expect(res.code).toBe(1);
    expect(fake.comments(REPO, 7)).toHaveLength(1);
    expect(fake.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expectNoLeak(res.out, [ws.runnerDir]);
  });

  it('under faults: a lost create, 5xx, then a read-only token', async () => {
    const ws = gateWorkspace(report('fraud-detector', { accuracy: 0.85 }));
    fake.inject({ method: 'POST', status: 502, afterHandle: true });
    fake.inject({ method: 'GET', path: `/repos/${REPO}/issues/7/comments`, status: 500 });
    const first = await runDist({ ...ws.env, GITHUB_API_URL: fake.url });
    expectNoLeak(first.out, [ws.runnerDir]);
    fake.setTokenReadOnly(TOKEN);
    fake.clearRequests();
    const second = await runDist({ ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_API-TIMEOUT-MS': '500' });
    expect(second.out).toContain('::warning::');
    expect(fake.comments(REPO, 7)).toHaveLength(1);
    expectNoLeak(second.out, [ws.runnerDir]);
  }, 20_000);

  it('when GitHub rejects the token (401) and with ACTIONS_STEP_DEBUG on', async () => {
    const ws = gateWorkspace(report('fraud-detector', { accuracy: 0.85 }));
    fake.inject({ status: 401, times: Infinity, body: { message: 'Bad credentials' } });
    const res = await runDist({ ...ws.env, GITHUB_API_URL: fake.url, RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' });
    expectNoLeak(res.out, [ws.runnerDir]);
  });

  it('on bad input (a report that fails to parse)', async () => {
    const ws = gateWorkspace(`version: 1\nmodel: m\nmetrics:\n  accuracy: .nan\n`);
    const res = await runDist({ ...ws.env, GITHUB_API_URL: fake.url });
    expect(res.code).toBe(1);
    const lines = res.out.split('\n').filter((l) => l !== `::add-mask::${TOKEN}`);
    expect(lines.join('\n')).not.toContain(TOKEN);
    for (const r of fake.requests) expect(r.body).not.toContain(TOKEN);
  });

  it('in publish mode (check run, comment)', async () => {
    const ws = gateWorkspace(report('fraud-detector', { accuracy: 0.85 }));
    await runDist({ ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_COMMENT-MODE': 'none' });
    fake.clearRequests();
    const job = publishJob(fake, path.join(ws.runnerDir, 'mlgate', 'result.json'), {
      head_sha: ws.headSha,
      head_repository: REPO,
    });
    const res = await runDist({ ...job.env, 'INPUT_GITHUB-TOKEN': TOKEN });
    expect(fake.checkRuns(REPO)).toHaveLength(1);
    expect(fake.comments(REPO, 7)).toHaveLength(1);
    expectNoLeak(res.out, [path.dirname(job.env.GITHUB_EVENT_PATH!)]);
  });
});
