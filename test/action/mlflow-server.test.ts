// The action's gate mode on `mlflow-server:` reports: the PR's runs (tagged with its head commit) against the runs
// of the base or its nearest ancestor that has some, on a local MLflow REST server and the fake GitHub server.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { startMlflowServer, type FakeMlflow } from '../support/mlflow-server.js';
import { tempDir } from '../support/temp.js';
import { git, REPO, runnerEnv, testClient, useEnv } from '../support/workspace.js';

let fake: FakeGitHub;
let mlflow: FakeMlflow | null = null;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);
afterEach(async () => {
  await mlflow?.close();
  mlflow = null;
});

const TOKEN = 'mlflow-token-abc123';

/** main: `commits` commits with the config; the PR: one more on a branch. Nothing of MLflow's is committed. */
function repo(commits: number, config = 'reports: ["mlflow-server:fraud"]\n') {
  const dir = tempDir('mlgate-ws-');
  git(dir, 'init', '-q', '-b', 'main');
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, '.github/mlgate.yml'), config);
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

function pullRequest(r: ReturnType<typeof repo>, inputs = {}) {
  const base = r.main.at(-1)!;
  fake.addPull(REPO, { number: 7, head_sha: r.head, base_sha: base, user: 'alice' });
  const event = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      body: '',
      user: { login: 'alice' },
      base: { sha: base, ref: 'main', repo: { full_name: REPO } },
      head: { sha: r.head, ref: 'feature', repo: { full_name: REPO } },
    },
    repository: { full_name: REPO },
  };
  const runner = runnerEnv({ dir: r.dir, eventName: 'pull_request', event, sha: r.head, inputs });
  restore = useEnv({
    ...runner.env,
    GITHUB_API_URL: fake.url,
    MLFLOW_TRACKING_URI: mlflow!.url,
    MLFLOW_TRACKING_TOKEN: TOKEN,
  });
  return runner;
}

const evalRun = (commit: string, accuracy: number, daysAgo = 2) => ({
  experiment: 'fraud',
  commit,
  start_time: Date.now() - daysAgo * 86_400_000,
  metrics: { accuracy, latency_p95_ms: 41 },
  params: { eval_size: '5000' },
});

describe('action gate mode with an MLflow tracking server', () => {
  it('compares the PR’s run with the nearest ancestor’s and names it, its distance and age; never the token', async () => {
    const r = repo(5);
    mlflow = await startMlflowServer({ token: TOKEN, pageSize: 2 });
    mlflow.addRun(evalRun(r.main[0]!, 0.5, 4));
    mlflow.addRun(evalRun(r.main[1]!, 0.912));
    mlflow.addRun(evalRun(r.head, 0.85, 0));
    const runner = pullRequest(r);
    await run({ client: testClient });
    const body = fake.comments(REPO, 7)[0]!.body as string;
    expect(body.split('\n')[0]).toMatch(/^### ❌ mlgate: fail — accuracy regressed −6\.20 pp/);
    const sha7 = (s: string) => `\`${s.slice(0, 7)}\``;
    // The small print is in the footer, under the findings.
    expect(body.split('\n').find((l) => l.startsWith('<sub>Compared commit'))).toBe(
      `<sub>Compared commit ${sha7(r.head)} with baseline: MLflow server ${mlflow!.url.slice(7)}, runs of ${sha7(r.main[1]!)} (3 commits behind the PR’s base ${sha7(r.main[4]!)}, 2 days old).</sub>`,
    );
    const result = JSON.parse(readFileSync(runner.outputs()['result-json']!, 'utf8'));
    expect(result.base).toMatchObject({
      sha: r.main[4],
      source: 'mlflow',
      provenance: { from: 'mlflow', sha: r.main[1], behind: 3, age_days: 2, stale: false },
    });
    expect(JSON.stringify(result) + body).not.toContain(TOKEN);
  });

  it('a baseline more than baseline.max_behind commits behind is stale: deltas only warn', async () => {
    const r = repo(5, 'reports: ["mlflow-server:fraud"]\nbaseline: { max_behind: 2 }\n');
    mlflow = await startMlflowServer({ token: TOKEN });
    mlflow.addRun(evalRun(r.main[0]!, 0.912));
    mlflow.addRun(evalRun(r.head, 0.85, 0));
    pullRequest(r);
    await run({ client: testClient });
    const body = fake.comments(REPO, 7)[0]!.body as string;
    expect(body.split('\n')[0]).toMatch(/^### ⚠️ mlgate: warning — the baseline was recorded 4 commits behind/);
  });
});
