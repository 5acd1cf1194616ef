// Where a PR's baseline comes from, through the action's run() in-process against the fake GitHub server:
// reports produced in CI and never committed, found as the artifact a `mode: record` run uploaded at the base
// or its nearest ancestor (input `baseline`), staleness, a token without `actions: read`, the "no baseline"
// note that says how to start recording, `baseline: file`, and `mode: record` itself.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { writeBundle } from '../../src/sources/bundle.js';
import { DEFAULT_TOKEN, type FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { tempDir } from '../support/temp.js';
import { git, report, REPO, runnerEnv, testClient, useEnv } from '../support/workspace.js';
import { uploadArtifactZip } from '../support/zip.js';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);

const model = (acc: number) => report('fraud-detector', { accuracy: acc, latency_p95_ms: 41 });

/** main: `commits` commits that never hold the report (it is made in CI); the PR: one more on a branch. */
function repoWithoutReports(commits: number, committed: Record<string, string> = {}) {
  const dir = tempDir('mlgate-ws-');
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, '.gitignore'), 'mlgate.yaml\n');
  for (const [rel, text] of Object.entries(committed)) writeFileSync(path.join(dir, rel), text);
  const main: string[] = [];
  for (let i = 0; i < commits; i++) {
    writeFileSync(path.join(dir, 'train.py'), `# step ${i}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', `main ${i}`);
    main.push(git(dir, 'rev-parse', 'HEAD'));
  }
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFileSync(path.join(dir, 'train.py'), '# the PR\n');
  git(dir, 'commit', '-q', '-am', 'pr');
  return { dir, main, head: git(dir, 'rev-parse', 'HEAD') };
}

async function recordAt(sha: string, accuracy: number, opts: Parameters<FakeGitHub['addArtifact']>[4] = {}) {
  const ws = tempDir('mlgate-main-');
  writeFileSync(path.join(ws, 'mlgate.yaml'), model(accuracy));
  const out = path.join(tempDir('mlgate-out-'), 'bundle');
  await writeBundle(out, ws, ['mlgate.yaml'], {
    sha,
    ref: 'refs/heads/main',
    recorded_at: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    mlgate_version: '0.1.0',
  });
  return fake.addArtifact(REPO, 900, 'mlgate-baseline', await uploadArtifactZip(out), { head_sha: sha, ...opts });
}

function pullRequest(repo: ReturnType<typeof repoWithoutReports>, headAccuracy: number, inputs = {}) {
  const base = repo.main.at(-1)!;
  writeFileSync(path.join(repo.dir, 'mlgate.yaml'), model(headAccuracy)); // written by the job, not committed
  fake.addPull(REPO, { number: 7, head_sha: repo.head, base_sha: base, user: 'alice' });
  const event = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      body: '',
      user: { login: 'alice' },
      base: { sha: base, ref: 'main', repo: { full_name: REPO } },
      head: { sha: repo.head, ref: 'feature', repo: { full_name: REPO } },
    },
    repository: { full_name: REPO },
  };
  const runner = runnerEnv({ dir: repo.dir, eventName: 'pull_request', event, sha: repo.head, inputs });
  restore = useEnv({ ...runner.env, GITHUB_API_URL: fake.url });
  return runner;
}

const comment = () => {
  const all = fake.comments(REPO, 7);
  expect(all).toHaveLength(1);
  return all[0]!.body as string;
};

describe('baseline: auto on a PR whose report is not committed', () => {
  it('compares with the nearest recorded ancestor and names its commit, distance and age', async () => {
    const repo = repoWithoutReports(5);
    await recordAt(repo.main[1]!, 0.912);
    const runner = pullRequest(repo, 0.85);
    await run({ client: testClient });
    const body = comment();
    expect(body.split('\n')[0]).toMatch(/^### ❌ mlgate: fail — accuracy regressed −6\.20 pp/);
    // The small print, above the footer: the baseline, how far behind the base and how old.
    expect(body.split('\n').find((l) => l.startsWith('<sub>Compared '))).toBe(
      `<sub>Compared commit \`${repo.head.slice(0, 7)}\` with baseline: artifact \`mlgate-baseline\` recorded at \`${repo.main[1]!.slice(0, 7)}\` (3 commits behind the PR’s base \`${repo.main[4]!.slice(0, 7)}\`, 2 days old).</sub>`,
    );
    expect(runner.outputs().verdict).toBe('fail');
    const result = JSON.parse(readFileSync(runner.outputs()['result-json']!, 'utf8'));
    expect(result.base).toMatchObject({
      sha: repo.main[4],
      source: 'artifact',
      provenance: { from: 'artifact', sha: repo.main[1], behind: 3, age_days: 2, stale: false },
    });
  });

  it('warns instead of failing when the recording is more than baseline.max_behind commits behind', async () => {
    const repo = repoWithoutReports(5);
    await recordAt(repo.main[0]!, 0.912);
    pullRequest(repo, 0.85, { 'config-from': 'head', config: 'policy.yml' });
    writeFileSync(path.join(repo.dir, 'policy.yml'), 'version: 1\nbaseline: { max_behind: 2 }\n');
    await run({ client: testClient });
    const body = comment();
    expect(body.split('\n')[0]).toMatch(
      /^### ⚠️ mlgate: warning — the baseline was recorded 4 commits behind the PR’s base/,
    );
    expect(body).toContain('(4 commits behind the PR’s base');
    expect(process.exitCode).toBeFalsy();
  });

  it('prefers the committed report of the base commit, with no artifact request', async () => {
    const repo = repoWithoutReports(2);
    git(repo.dir, 'checkout', '-q', 'main');
    writeFileSync(path.join(repo.dir, 'mlgate.yaml'), model(0.95));
    git(repo.dir, 'add', '-f', 'mlgate.yaml');
    git(repo.dir, 'commit', '-q', '-m', 'commit the report');
    repo.main.push(git(repo.dir, 'rev-parse', 'HEAD'));
    git(repo.dir, 'checkout', '-q', 'feature');
    git(repo.dir, 'rebase', '-q', 'main');
    repo.head = git(repo.dir, 'rev-parse', 'HEAD');
    await recordAt(repo.main[0]!, 0.5);
    pullRequest(repo, 0.9);
    await run({ client: testClient });
    expect(comment()).toContain(`with baseline: git at \`${repo.main.at(-1)!.slice(0, 7)}\``);
    expect(fake.requests.some((r) => r.path.includes('/actions/'))).toBe(false);
  });

  it('passes with a note that says how to start recording when there is no baseline at all', async () => {
    const repo = repoWithoutReports(2);
    fake.addRepo(REPO);
    pullRequest(repo, 0.85);
    await run({ client: testClient });
    const body = comment();
    expect(body.split('\n')[0]).toMatch(/^### ✅ mlgate: pass — no baseline to compare with/);
    expect(body).toContain('no baseline: no artifact named &#96;mlgate-baseline&#96; has been recorded');
    expect(body).toContain('mode: record');
    expect(body).toContain('actions/upload-artifact');
    expect(body).toContain('steps.mlgate.outputs.baseline-dir');
  });

  it('says that `actions: read` is missing, and the verdict is what it would be without a baseline', async () => {
    const repo = repoWithoutReports(2);
    await recordAt(repo.main[1]!, 0.912);
    fake.setTokenActions(DEFAULT_TOKEN, 'none');
    const runner = pullRequest(repo, 0.85);
    await run({ client: testClient });
    const body = comment();
    expect(body.split('\n')[0]).toMatch(/^### ✅ mlgate: pass/);
    expect(body).toContain('lacks &#96;actions: read&#96;');
    expect(body).not.toContain('mode: record');
    expect(runner.outputs().verdict).toBe('pass');
  });

  it('baseline: git ignores recorded artifacts', async () => {
    const repo = repoWithoutReports(2);
    await recordAt(repo.main[1]!, 0.912);
    pullRequest(repo, 0.85, { baseline: 'git' });
    await run({ client: testClient });
    expect(comment().split('\n')[0]).toMatch(/^### ✅ mlgate: pass/);
    expect(fake.requests.some((r) => r.path.includes('/actions/'))).toBe(false);
  });
});

describe('baseline: file', () => {
  it('compares with a report this job evaluated, matched by model name, and says so', async () => {
    const repo = repoWithoutReports(1);
    writeFileSync(path.join(repo.dir, 'prod.yaml'), model(0.912));
    pullRequest(repo, 0.85, { baseline: 'file', 'base-report': 'prod.yaml' });
    await run({ client: testClient });
    const body = comment();
    expect(body.split('\n')[0]).toMatch(/^### ❌ mlgate: fail — accuracy regressed −6\.20 pp/);
    expect(body).toContain(
      'with baseline: the report `prod.yaml` written by the job of this PR, i.e. by the code under review — not a recorded or committed baseline (same run and eval set: the best case for paired tests).',
    );
  });

  it('a base report for another model name is an input error, not a pass without a baseline', async () => {
    // The production model's report naming itself fraud-detector-prod judged nothing: the drop passed.
    const repo = repoWithoutReports(1);
    writeFileSync(path.join(repo.dir, 'prod.yaml'), model(0.912).replace(/^model: .*$/m, 'model: fraud-detector-prod'));
    const runner = pullRequest(repo, 0.5, { baseline: 'file', 'base-report': 'prod.yaml' });
    await run({ client: testClient });
    const body = comment();
    expect(body.split('\n')[0]).toMatch(/^### ❌ mlgate: fail — invalid input: prod\.yaml/);
    // Line 1 is cut at 120 characters; the full reason is in the body.
    expect(body).toContain('input base-report: is for model');
    expect(runner.outputs().verdict).not.toBe('pass');
  });
});

describe('mode: record', () => {
  function pushRun(dir: string, sha: string, inputs: Record<string, string>) {
    fake.addRepo(REPO);
    const event = { ref: 'refs/heads/main', before: '0'.repeat(40), after: sha, repository: { full_name: REPO } };
    const runner = runnerEnv({
      dir,
      eventName: 'push',
      event,
      sha,
      inputs: { mode: 'record', ...inputs },
      ref: 'refs/heads/main',
    });
    restore = useEnv({ ...runner.env, GITHUB_API_URL: fake.url });
    return runner;
  }

  it('writes the bundle, sets baseline-dir, posts no check run and does not fail on the verdict', async () => {
    const repo = repoWithoutReports(1);
    git(repo.dir, 'checkout', '-q', 'main');
    writeFileSync(path.join(repo.dir, 'mlgate.yaml'), model(0.5));
    writeFileSync(path.join(repo.dir, 'policy.yml'), 'version: 1\nmetrics:\n  accuracy: { min: 0.9 }\n');
    const runner = pushRun(repo.dir, repo.main[0]!, { config: 'policy.yml' });
    await run({ client: testClient });
    const dir = runner.outputs()['baseline-dir']!;
    expect(dir).toBe(path.join(runner.runnerDir, 'mlgate-baseline'));
    const manifest = JSON.parse(readFileSync(path.join(dir, 'mlgate-baseline.json'), 'utf8'));
    expect(manifest).toMatchObject({ mlgate_baseline: 1, sha: repo.main[0], ref: 'refs/heads/main' });
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['mlgate.yaml']);
    expect(readFileSync(path.join(dir, 'mlgate.yaml'), 'utf8')).toBe(model(0.5));
    expect(runner.outputs().verdict).toBe('fail'); // below the minimum: said, in the summary and outputs
    expect(process.exitCode).toBeFalsy(); // but the recording job does not fail
    expect(fake.checkRuns(REPO)).toHaveLength(0);
    expect(runner.summary()).toContain('recorded the baseline of');
  });

  it('refuses to run on a pull request', async () => {
    const repo = repoWithoutReports(1);
    const runner = pullRequest(repo, 0.9, { mode: 'record' });
    await run({ client: testClient });
    expect(process.exitCode).toBe(1);
    expect(existsSync(path.join(runner.runnerDir, 'mlgate-baseline'))).toBe(false);
    expect(fake.comments(REPO, 7)).toHaveLength(0);
  });
});
