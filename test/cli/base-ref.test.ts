// `mlgate compare --base-ref REF`: the action's pipeline on a local repository. The baseline, the files it
// references (predictions) and the policy come from the commit, so a PR's rewritten predictions file is compared
// with the base's own, not with itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../support/cli.js';
import { git, makeWorkspace } from '../support/workspace.js';

// `n` examples, the first `wrong` mispredicted.
function predictions(n: number, wrong: number): string {
  const rows = ['id,label,prediction'];
  for (let i = 0; i < n; i++) {
    const label = i % 3 === 0 ? 'fraud' : 'ok';
    rows.push(`${i},${label},${i < wrong ? (label === 'ok' ? 'fraud' : 'ok') : label}`);
  }
  return rows.join('\n') + '\n';
}

const report = (acc: number) =>
  `version: 1\nmodel: fraud\nmetrics: { accuracy: ${acc} }\neval: { dataset: gold, size: 5000, predictions: preds.csv }\n`;

describe('mlgate compare --base-ref', () => {
  it('reads the base report and its predictions at the commit: a paired test on the real pair, −3 pp fails', async () => {
    const ws = makeWorkspace(
      {
        'models/fraud/mlgate.yaml': report(0.9124),
        'models/fraud/preds.csv': predictions(5000, 438),
        '.github/mlgate.yml': 'reports: models/*/mlgate.yaml\n',
      },
      { 'models/fraud/mlgate.yaml': report(0.8824), 'models/fraud/preds.csv': predictions(5000, 588) },
    );
    const t = captureIo(ws.dir);
    expect(await runCli(['compare', '--base-ref', ws.baseSha, '--format', 'json'], t.io)).toBe(1);
    const result = JSON.parse(t.out());
    expect(result.base).toEqual({ sha: ws.baseSha, source: 'git' });
    const m = result.models[0];
    expect([m.name, m.report_path, m.findings.map((f: { rule: string }) => f.rule)]).toEqual([
      'fraud',
      'models/fraud/mlgate.yaml',
      ['metric.max_drop'],
    ]);
    expect(m.metrics[0]).toMatchObject({ base: 0.9124, head: 0.8824, test: 'mcnemar_mid_p', change: 'regressed' });
    // The same two reports named as files share the PR's preds.csv: mlgate refuses that comparison.
    writeFileSync(
      path.join(ws.dir, 'models/fraud/base.yaml'),
      git(ws.dir, 'show', `${ws.baseSha}:models/fraud/mlgate.yaml`),
    );
    const u = captureIo(ws.dir);
    expect(
      await runCli(
        ['compare', '--head', 'models/fraud/mlgate.yaml', '--base', 'models/fraud/base.yaml', '--format', 'json'],
        u.io,
      ),
    ).toBe(1);
    expect(JSON.parse(u.out()).models[0].findings[0].rule).toBe('eval.predictions_mismatch');
  });

  it('takes the policy from the commit, like the action, and notes a changed copy', async () => {
    const ws = makeWorkspace(
      {
        'mlgate.yaml': report(0.9124).replace(', predictions: preds.csv', ''),
        '.github/mlgate.yml': 'metrics:\n  accuracy: { max_drop: 0.001 }\n',
      },
      {
        'mlgate.yaml': report(0.8824).replace(', predictions: preds.csv', ''),
        '.github/mlgate.yml': 'metrics:\n  accuracy: { max_drop: 0.5 }\n',
      },
    );
    const t = captureIo(ws.dir);
    expect(await runCli(['compare', '--base-ref', 'HEAD~1', '--format', 'json'], t.io)).toBe(1);
    const result = JSON.parse(t.out());
    expect(result.notes).toEqual([
      'this PR changes .github/mlgate.yml: the base’s policy applies until it is merged (--config .github/mlgate.yml trusts the PR’s copy)',
    ]);
    expect(result.models[0].findings[0].rule).toBe('metric.max_drop');
  });

  it('on first adoption finds the reports where the PR’s new policy says, and keeps the default rules', async () => {
    const sized = (acc: number) => report(acc).replace(', predictions: preds.csv', '');
    const ws = makeWorkspace(
      { 'models/fraud/mlgate.yaml': sized(0.9124) },
      {
        'models/fraud/mlgate.yaml': sized(0.8824),
        '.github/mlgate.yml': 'reports: models/*/mlgate.yaml\nmetrics:\n  accuracy: { max_drop: 0.5 }\n',
      },
    );
    const t = captureIo(ws.dir);
    expect(await runCli(['compare', '--base-ref', 'HEAD~1', '--format', 'json'], t.io)).toBe(1);
    const result = JSON.parse(t.out());
    expect(result.notes).toEqual([
      'the base has no .github/mlgate.yml: the reports its zero-config run finds stay gated; this PR’s copy adds where its own reports are, and its rules apply once it is merged (zero-config rules until then)',
    ]);
    expect(result.models.map((m: { name: string; verdict: string }) => [m.name, m.verdict])).toEqual([
      ['fraud', 'fail'],
    ]);
  });

  it('with when_eval_changed: warn, moves to a new eval set without pairing the two predictions files', async () => {
    const onSet = (acc: number, set: string, n: number) =>
      `version: 1\nmodel: fraud\nmetrics: { accuracy: ${acc} }\neval: { dataset: ${set}, size: ${n}, predictions: preds.csv }\n`;
    const policy = 'baseline: { when_eval_changed: warn }\n';
    const ws = makeWorkspace(
      {
        'mlgate.yaml': onSet(0.9124, 'gold-v1', 1000),
        'preds.csv': predictions(1000, 88),
        '.github/mlgate.yml': policy,
      },
      { 'mlgate.yaml': onSet(0.9, 'gold-v2', 1200), 'preds.csv': predictions(1200, 120).replace(/,ok,/g, ',okay,') },
    );
    const t = captureIo(ws.dir);
    expect(await runCli(['compare', '--base-ref', 'HEAD~1', '--format', 'json'], t.io)).toBe(0);
    const m = JSON.parse(t.out()).models[0];
    expect([m.verdict, m.findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`)]).toEqual([
      'warn',
      ['eval.changed:warn'],
    ]);
    expect(m.notes).toContain(
      'the eval sets differ: the predictions files are not paired, significance from eval.size only',
    );
    // Branch names with characters beyond [A-Za-z0-9._/-] are refs too.
    git(ws.dir, 'branch', 'feat/a+b', ws.baseSha);
    expect(await runCli(['compare', '--base-ref', 'feat/a+b', '--format', 'json'], captureIo(ws.dir).io)).toBe(0);
  });

  it('says what is wrong with the ref, the directory, or the flags (exit 2)', async () => {
    const ws = makeWorkspace({ 'mlgate.yaml': report(0.9) }, {});
    const bad = captureIo(ws.dir);
    expect(await runCli(['compare', '--base-ref', 'no-such-branch'], bad.io)).toBe(2);
    expect(bad.err()).toBe(
      'error: --base-ref "no-such-branch" is not a commit of this repository (try main, origin/main or a SHA)\n',
    );
    const option = captureIo(ws.dir);
    expect(await runCli(['compare', '--base-ref', '--output=/tmp/x'], option.io)).toBe(2);
    mkdirSync(path.join(ws.dir, 'sub'));
    const sub = captureIo(path.join(ws.dir, 'sub'));
    expect(await runCli(['compare', '--base-ref', 'HEAD'], sub.io)).toBe(2);
    expect(sub.err()).toMatch(/run mlgate from /);
    const both = captureIo(ws.dir);
    expect(
      await runCli(['compare', '--base-ref', 'HEAD', '--base', 'mlgate.yaml', '--head', 'mlgate.yaml'], both.io),
    ).toBe(2);
    expect(both.err()).toMatch(/--base and --base-ref exclude each other/);
  });
});
