// How many git processes one gate run starts: the baseline (policy, reports, curve and predictions files at the
// base commit) goes through one `git cat-file --batch`, whatever the number of reports; the changed-files
// diff (checklist, carry-forward) is the only other one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { gitCounter } from '../support/git-count.js';
import { withFakeGitHub } from '../support/hooks.js';
import { makeWorkspace, report, REPO, testClient, useEnv } from '../support/workspace.js';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);

const demo = (f: string) => readFileSync(path.join(import.meta.dirname, '..', '..', 'examples', 'demo', f), 'utf8');

async function gateRun(base: Record<string, string>, head: Record<string, string | null>) {
  const ws = makeWorkspace(base, head);
  fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
  const counter = gitCounter();
  restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, PATH: counter.path, 'INPUT_FAIL-ON': 'never' });
  await run({ client: testClient });
  return { ws, calls: counter.calls() };
}

describe('git processes of one gate run', () => {
  it('the demo (policy, report, learning curve, checklist): one batch process, the diff and the code_commit check', async () => {
    const { ws, calls } = await gateRun(
      {
        '.github/mlgate.yml': demo('mlgate.yml'),
        'mlgate.yaml': demo('base.yaml'),
        'MODEL_CARD.md': demo('MODEL_CARD.md'),
        'requirements.lock': demo('requirements.lock'),
      },
      { 'mlgate.yaml': demo('head.yaml') },
    );
    expect(ws.outputs().verdict).toBeDefined();
    expect(calls.filter((c) => c === 'cat-file --batch')).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('diff '))).toHaveLength(1);
    // The checklist's code_commit check: the checkout's facts, the ancestry, and (for a missing commit) one lookup.
    const codeCommit = calls.filter((c) =>
      /^(rev-parse --show-toplevel|merge-base --is-ancestor|cat-file --batch-check)/.test(c),
    );
    expect(codeCommit).toHaveLength(3);
    expect(calls).toHaveLength(5);
  });

  it('does not grow with the number of reports, their predictions files or deleted reports', async () => {
    const models = ['a', 'b', 'c', 'd', 'e'];
    const rows = Array.from({ length: 200 }, (_, i) => `${i},${i % 2 ? 'x' : 'y'},${i % 7 ? 'x' : 'y'}`);
    const preds = `id,label,prediction\n${rows.join('\n')}\n`;
    const base: Record<string, string> = {};
    const head: Record<string, string | null> = {};
    for (const m of models) {
      const extra = '  predictions: preds.csv\n';
      base[`models/${m}/mlgate.yaml`] = report(m, { accuracy: 0.9 }, extra);
      base[`models/${m}/preds.csv`] = preds;
      head[`models/${m}/preds.csv`] = preds;
      head[`models/${m}/mlgate.yaml`] = report(m, { accuracy: 0.91 }, extra);
    }
    base['models/gone/mlgate.yaml'] = report('gone', { accuracy: 0.9 });
    head['models/gone/mlgate.yaml'] = null;
    base['.github/mlgate.yml'] = 'version: 1\nreports: ["models/*/mlgate.yaml"]\n';
    const { ws, calls } = await gateRun(base, head);
    expect(ws.outputs().verdict).toBe('fail');
    // Both predictions files of each model were read (the base's streamed from the commit) and paired.
    expect(fake.comments(REPO, 7)[0]?.body).toContain('the predictions files pair 200 examples');
    expect(calls.filter((c) => c === 'cat-file --batch')).toHaveLength(1);
    expect(calls.every((c) => c === 'cat-file --batch' || c.startsWith('diff '))).toBe(true);
  });
});
