// Two runs of the built action (dist/index.js, started as the runner starts it) against the local GitHub-like
// server at the same time: pushes in quick succession, no `concurrency:` group in the workflow. The PR never shows
// an older head's result as current, and the first comment is created once.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { commentMarker } from '../../src/adapters/github/comments.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { makeWorkspace, report, REPO, testClient, useEnv, type Workspace } from '../support/workspace.js';

const DIST = path.resolve(__dirname, '../../dist/index.js');
const BOT = 'github-actions[bot]';
let fake: FakeGitHub;
let restore: () => void = () => undefined;
beforeEach(async () => {
  fake = await startGitHubServer();
});
afterEach(async () => {
  restore();
  process.exitCode = undefined;
  await fake.close();
});

function runDist(env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [DIST], {
      env: { PATH: process.env.PATH ?? '', ...env, GITHUB_API_URL: fake.url },
      stdio: 'ignore',
    });
    child.on('close', (code) => resolve(code));
  });
}

const BASE = report('fraud-detector', { accuracy: 0.912 });
/** The older push fails the gate, the newer one passes. */
function pushes(): { older: Workspace; newer: Workspace } {
  const older = makeWorkspace({ 'mlgate.yaml': BASE }, { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.5 }) });
  const newer = makeWorkspace({ 'mlgate.yaml': BASE }, { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.92 }) });
  fake.addPull(REPO, { number: 7, head_sha: older.headSha, base_sha: older.baseSha, user: 'alice' });
  return { older, newer };
}
const ours = () => fake.comments(REPO, 7).filter((c) => c.user?.login === BOT);
const creates = () => fake.requests.filter((q) => q.method === 'POST' && q.path === `/repos/${REPO}/issues/7/comments`);

describe('two runs at once', () => {
  it('first comment: two pushes, both runs at once: created once, the newer head’s result', async () => {
    const { older, newer } = pushes();
    fake.updatePull(REPO, 7, { head_sha: newer.headSha }); // both pushes happened; the older run is late
    const codes = await Promise.all([runDist(older.env), runDist(newer.env)]);
    expect(codes.sort()).toEqual([0, 1]);
    expect(creates()).toHaveLength(1);
    expect(ours()).toHaveLength(1);
    expect(String(ours()[0]!.body)).toMatch(/^### ✅ mlgate: pass/);
    expect(String(ours()[0]!.body)).toContain(commentMarker('default', newer.headSha));
    expect(
      fake
        .checkRuns(REPO)
        .map((c) => [c.head_sha, c.conclusion])
        .sort(),
    ).toEqual(
      [
        [older.headSha, 'failure'],
        [newer.headSha, 'success'],
      ].sort(),
    );
  }, 30_000);

  it('the older run’s update lands after the newer run wrote: the PR does not show the older fail', async () => {
    const { older, newer } = pushes();
    fake.addComment(REPO, 7, { user: BOT, body: `### ❌ earlier result\n${commentMarker('default', older.headSha)}` });
    let newerRun: Promise<void> = Promise.resolve();
    // The older run's update is held back (throttling, a slow network); meanwhile the push lands and its run writes.
    fake.inject({
      method: 'PATCH',
      match: (req) => {
        if (!JSON.stringify(req.body).includes('mlgate: fail')) return false;
        fake.updatePull(REPO, 7, { head_sha: newer.headSha });
        restore = useEnv(newer.env);
        process.env.GITHUB_API_URL = fake.url;
        newerRun = run({ client: testClient });
        return true;
      },
      delayMs: 3000,
    });
    expect(await runDist(older.env)).toBe(1);
    await newerRun;
    const body = String(ours()[0]!.body);
    expect(ours()).toHaveLength(1);
    expect(body).not.toMatch(/mlgate: fail/);
    expect(body).toMatch(/^### ⏳ mlgate: outdated result/);
    expect(fake.checkRuns(REPO).find((c) => c.head_sha === newer.headSha)).toMatchObject({ conclusion: 'success' });
  }, 30_000);
});
