// First adoption: the base has reports that the zero-config defaults find and no .github/mlgate.yml; the PR
// brings the first config. Whatever the base's own zero-config run would gate stays gated with zero-config
// rules; the PR's `reports`, `models` and `metrics_map` only add reports of their own. Run through the action
// against a real git checkout and the local GitHub-like server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { makeWorkspace, report, REPO, testClient, useEnv, type Workspace } from '../support/workspace.js';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
const write = process.stdout.write.bind(process.stdout);

beforeEach(async () => {
  fake = await startGitHubServer();
  process.exitCode = undefined;
  process.stdout.write = (() => true) as typeof process.stdout.write;
});
afterEach(async () => {
  process.stdout.write = write;
  restore();
  process.exitCode = undefined;
  await fake.close();
});

const GOOD = report('fraud-detector', { accuracy: 0.91 });
const BAD = report('fraud-detector', { accuracy: 0.5 });
const DECOY = report('decoy', { accuracy: 0.99 });

async function gate(
  base: Record<string, string>,
  head: Record<string, string | null>,
  prNumber = 7,
): Promise<Workspace> {
  const ws = makeWorkspace(base, head, { prNumber });
  fake.addPull(REPO, { number: prNumber, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'mallory' });
  restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
  await run({ client: testClient });
  return ws;
}

describe('first adoption cannot switch the gate off', () => {
  it('a decoy in the PR’s own `reports` does not take the base’s mlgate.yaml out of the gate', async () => {
    const ws = await gate(
      { 'mlgate.yaml': GOOD },
      { 'mlgate.yaml': BAD, '.github/mlgate.yml': 'reports: [decoy.yaml]\n', 'decoy.yaml': DECOY },
    );
    expect(ws.outputs().verdict).toBe('fail');
    expect(process.exitCode).toBe(1);
    const summary = ws.summary();
    expect(summary).toMatch(/accuracy regressed/);
    // The decoy is gated too (it only adds).
    expect(summary).toContain('decoy');
  });

  it('the PR’s metrics_map cannot drop or rename a metric of a report the defaults find', async () => {
    for (const [i, map] of ['{accuracy: null}', '{accuracy: latency_ms}'].entries()) {
      restore();
      process.exitCode = undefined;
      const ws = await gate(
        { 'mlgate.yaml': GOOD },
        {
          'mlgate.yaml': BAD,
          '.github/mlgate.yml': `reports: [decoy.yaml]\nmetrics_map: ${map}\n`,
          'decoy.yaml': DECOY,
        },
        8 + i,
      );
      expect(ws.outputs().verdict, map).toBe('fail');
    }
  });

  it('the PR’s models.<name>.report cannot re-read a default report with another reader or name', async () => {
    const ws = await gate(
      { 'mlgate.yaml': GOOD },
      {
        'mlgate.yaml': BAD,
        '.github/mlgate.yml': 'models:\n  other:\n    report: mlgate.yaml\n    paths: [nothing/**]\n',
      },
    );
    expect(ws.outputs().verdict).toBe('fail');
    expect(ws.summary()).toMatch(/accuracy regressed/);
  });

  it('deleting the default report and pointing `reports` elsewhere leaves the base’s model removed', async () => {
    const ws = await gate(
      { 'mlgate.yaml': GOOD },
      { 'mlgate.yaml': null, '.github/mlgate.yml': 'reports: [decoy.yaml]\n', 'decoy.yaml': DECOY },
    );
    expect(ws.outputs().verdict).toBe('fail');
    expect(ws.summary()).toMatch(/fraud-detector/);
  });

  it('moving the report to the PR’s own path keeps its baseline: compared, not dropped', async () => {
    const ws = await gate(
      { 'mlgate.yaml': GOOD },
      { 'mlgate.yaml': null, '.github/mlgate.yml': 'reports: [eval/report.yaml]\n', 'eval/report.yaml': BAD },
    );
    expect(ws.outputs().verdict).toBe('fail');
    expect(ws.summary()).toMatch(/accuracy regressed/);
  });

  it('a first config that adds a report still gates both (and a good PR passes)', async () => {
    const ws = await gate(
      { 'mlgate.yaml': GOOD },
      {
        'mlgate.yaml': report('fraud-detector', { accuracy: 0.912 }),
        '.github/mlgate.yml': 'reports: [eval/*.yaml]\n',
        'eval/ranker.yaml': report('ranker', { accuracy: 0.8 }),
      },
    );
    expect(ws.outputs().verdict).toBe('pass');
    const summary = ws.summary();
    expect(summary).toContain('fraud-detector');
    expect(summary).toContain('ranker');
    expect(summary).toContain('the base has no .github/mlgate.yml');
  });
});
