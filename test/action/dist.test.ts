// The built dist/index.js started the way the runner starts it: a real pull_request event payload, GITHUB_*
// variables and INPUT_* inputs, talking to the local GitHub-like server over HTTP.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { makeWorkspace, report, REPO } from '../support/workspace.js';

const DIST = path.resolve(__dirname, '../../dist/index.js');
let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startGitHubServer();
});
afterEach(async () => {
  await fake.close();
});

function runDist(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [DIST], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('dist/index.js as the runner starts it', () => {
  it('comments on the PR and exits 1 on a regression', async () => {
    const ws = makeWorkspace(
      { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.912, latency_p95_ms: 41 }) },
      { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.89, latency_p95_ms: 41 }) },
    );
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    const res = await runDist({ ...ws.env, GITHUB_API_URL: fake.url });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(
      '::error title=mlgate%3A metric.max_drop,file=mlgate.yaml,line=4,col=13::accuracy regressed −2.20 pp',
    );
    expect(res.stdout).toContain('::error::mlgate: fail — accuracy regressed −2.20 pp');
    const comments = fake.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^### ❌ mlgate: fail — accuracy regressed −2\.20 pp/);
    expect(ws.outputs().verdict).toBe('fail');
    // The token is registered with the runner's masking and appears nowhere else.
    const lines = (res.stdout + res.stderr).split('\n').filter((l) => l !== '::add-mask::ghs_test');
    expect(lines.join('\n')).not.toContain('ghs_test');
  });

  it('exits 0 and updates the same comment when the PR is fixed', async () => {
    const ws = makeWorkspace(
      { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.912 }) },
      { 'mlgate.yaml': report('fraud-detector', { accuracy: 0.92 }) },
    );
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    const old = fake.addComment(REPO, 7, {
      user: 'github-actions[bot]',
      body: `### ❌ old\n<!-- mlgate:comment key=default head=${ws.headSha} -->`,
    });
    const res = await runDist({ ...ws.env, GITHUB_API_URL: fake.url });
    expect(res.code).toBe(0);
    const comments = fake.comments(REPO, 7);
    expect(comments.map((c) => c.id)).toEqual([old.id]);
    expect(comments[0]!.body).toMatch(/^### ✅ mlgate: pass/);
  });
});
