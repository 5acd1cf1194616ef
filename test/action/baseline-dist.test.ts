// The recorded-baseline set-up end to end, with the built dist/index.js started as the runner starts it: a push
// to main runs `mode: record` on a report the job wrote (never committed); the bundle is zipped as
// actions/upload-artifact zips it and served by the fake GitHub server as the `mlgate-baseline` artifact of
// that push's run; two commits later a pull_request run, whose report is not committed either, finds it
// through the REST API, downloads it through the storage redirect, and fails the regression with one comment
// that names the baseline's commit and how far behind the PR's base it is.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { tempDir } from '../support/temp.js';
import { git, REPO, runnerEnv } from '../support/workspace.js';
import { uploadArtifactZip } from '../support/zip.js';

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
      env: { PATH: process.env.PATH ?? '', ...env, GITHUB_API_URL: fake.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const reportText = (accuracy: number, extra = '') =>
  `version: 1\nmodel: fraud-detector\nmetrics: { accuracy: ${accuracy}, latency_p95_ms: 41 }\neval: { dataset: gold, size: 2000${extra ? `, ${extra}` : ''} }\n`;

const commit = (dir: string, message: string) => {
  writeFileSync(path.join(dir, 'train.py'), `# ${message}\n`);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
};

describe('recorded baselines, dist/index.js end to end', () => {
  it('records on push, and a PR with an uncommitted report fails against it, naming its SHA and distance', async () => {
    const dir = tempDir('mlgate-repo-');
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, '.gitignore'), 'mlgate.yaml\npreds.csv\n');
    const recorded = commit(dir, 'main 1');

    // 1. push to main: the eval job writes the report (and its predictions), mode: record bundles them.
    const preds =
      'id,label,prediction\n' + Array.from({ length: 2000 }, (_, i) => `${i},a,${i % 10 ? 'a' : 'b'}`).join('\n');
    writeFileSync(path.join(dir, 'preds.csv'), preds + '\n');
    writeFileSync(path.join(dir, 'mlgate.yaml'), reportText(0.9, 'predictions: preds.csv'));
    fake.addRepo(REPO);
    const push = {
      ref: 'refs/heads/main',
      before: '0'.repeat(40),
      after: recorded,
      repository: { full_name: REPO, default_branch: 'main' },
      head_commit: { id: recorded, message: 'main 1' },
      pusher: { name: 'alice' },
    };
    const rec = runnerEnv({
      dir,
      eventName: 'push',
      event: push,
      sha: recorded,
      inputs: { mode: 'record' },
      ref: 'refs/heads/main',
    });
    const recRun = await runDist(rec.env);
    expect(recRun.stderr).toBe('');
    expect(recRun.code).toBe(0);
    const bundleDir = rec.outputs()['baseline-dir']!;
    const manifest = JSON.parse(readFileSync(path.join(bundleDir, 'mlgate-baseline.json'), 'utf8'));
    expect(manifest.sha).toBe(recorded);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['mlgate.yaml', 'preds.csv']);

    // 2. upload-artifact uploads that directory; GitHub lists it with the run's head SHA and branch.
    fake.addArtifact(REPO, 501, 'mlgate-baseline', await uploadArtifactZip(bundleDir), {
      head_sha: recorded,
      head_branch: 'main',
    });
    expect(fake.checkRuns(REPO)).toHaveLength(0);

    // 3. main moves on by two commits; a PR branches off its tip and regresses, its report again not committed.
    commit(dir, 'main 2');
    const base = commit(dir, 'main 3');
    git(dir, 'checkout', '-q', '-b', 'feature');
    const head = commit(dir, 'the PR');
    writeFileSync(path.join(dir, 'mlgate.yaml'), reportText(0.8));
    fake.addPull(REPO, { number: 12, head_sha: head, base_sha: base, user: 'alice' });
    const event = {
      action: 'synchronize',
      number: 12,
      pull_request: {
        number: 12,
        body: '',
        user: { login: 'alice' },
        base: { sha: base, ref: 'main', repo: { full_name: REPO } },
        head: { sha: head, ref: 'feature', repo: { full_name: REPO } },
      },
      repository: { full_name: REPO },
    };
    const pr = runnerEnv({ dir, eventName: 'pull_request', event, sha: head });
    fake.clearRequests();
    const prRun = await runDist(pr.env);
    expect(prRun.code).toBe(1);
    const comments = fake.comments(REPO, 12);
    expect(comments).toHaveLength(1);
    const lines = (comments[0]!.body as string).split('\n');
    const [title, smallPrint] = [lines[0], lines.find((l) => l.startsWith('<sub>Compared '))];
    expect(title).toMatch(/^### ❌ mlgate: fail — accuracy regressed −10\.00 pp/);
    expect(smallPrint).toBe(
      `<sub>Compared commit \`${head.slice(0, 7)}\` with baseline: artifact \`mlgate-baseline\` recorded at \`${recorded.slice(0, 7)}\` (2 commits behind the PR’s base \`${base.slice(0, 7)}\`, recorded today).</sub>`,
    );
    expect(pr.outputs().verdict).toBe('fail');
    // The zip came from storage, without the token; the API saw the listing and the download's redirect.
    expect(fake.storageRequests.map((r) => [r.status, r.headers.authorization])).toEqual([[200, undefined]]);
    const api = fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(api).toContain(`GET /repos/${REPO}/actions/artifacts 200`);
    expect(api.filter((r) => r.endsWith('/zip 302'))).toHaveLength(1);
  });
});
