// Readers wherever a report path is taken on the command line: compare --head/--base (with or without
// --base-ref), validate and curve read `reader:FILE` specs, and files named like a tool's output, as the action
// reads them from `reports:`.
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { FIXTURES, fixtureTree, makeRepo } from '../readers/git-repo.js';

/** A temp directory with fixture directories copied in (`to` relative path -> fixture directory). */
function withFixtures(map: Record<string, string>, files: Record<string, string> = {}): string {
  const dir = tempDir('mlgate-cli-readers-');
  for (const [to, from] of Object.entries(map))
    cpSync(path.join(FIXTURES, from), path.join(dir, to), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function cli(dir: string, args: string[]) {
  const t = captureIo(dir);
  const code = await runCli(args, t.io);
  return { code, out: t.out(), err: t.err() };
}

describe('compare --head/--base with readers', () => {
  it('json: on both sides gates the metrics of the flat files', async () => {
    const dir = withFixtures(
      { eval: 'flat' },
      {
        'base.json': '{"accuracy": 0.95, "f1_macro": 0.8744}',
        'mlgate.yml': 'metrics:\n  accuracy: { max_drop: 0.01 }\n',
      },
    );
    const r = await cli(dir, [
      'compare',
      '--head',
      'json:eval/metrics.json',
      '--base',
      'json:base.json',
      '--config',
      'mlgate.yml',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/^### ❌ mlgate: fail — accuracy regressed −3\.79 pp/);
  });

  it('dvc: reads dvc.yaml and the metrics files it declares, prefixed or by its name', async () => {
    const dir = withFixtures({ 'pr/fraud': 'dvc/head', 'main/fraud': 'dvc/base' });
    const prefixed = await cli(dir, [
      'compare',
      '--head',
      'dvc:pr/fraud/dvc.yaml',
      '--base',
      'dvc:main/fraud/dvc.yaml',
    ]);
    expect(prefixed.err).toBe('');
    expect(prefixed.out).toContain('| avg_prec.test | 94.0% | 92.5% | −1.55 pp |');
    expect(prefixed.out).not.toContain('are the same model');
    const byName = await cli(dir, [
      'compare',
      '--head',
      'pr/fraud/dvc.yaml',
      '--base',
      'main/fraud/dvc.yaml',
      '--format',
      'json',
    ]);
    const result = JSON.parse(byName.out) as { models: Array<{ metrics: Array<{ name: string }> }> };
    expect(result.models[0]!.metrics.map((m) => m.name)).toContain('test.log_loss');
  });

  it('mlflow: a run directory as the PR side', async () => {
    const dir = withFixtures({ mlruns: 'mlflow/mlruns' });
    const r = await cli(dir, [
      'compare',
      '--head',
      'mlflow:mlruns/1/4f5d7c2b9e8a4b1c9d3e2f1a0b9c8d7e',
      '--format',
      'json',
    ]);
    expect(r.err).toBe('');
    const result = JSON.parse(r.out) as {
      models: Array<{ name: string; metrics: Array<{ name: string; head: number }> }>;
    };
    expect(result.models[0]!.name).toBe('fraud-detector');
    expect(result.models[0]!.metrics.find((m) => m.name === 'accuracy')?.head).toBe(0.9052);
  });

  it('--base-ref with a reader spec reads the baseline with the same reader at the ref', async () => {
    const repo = makeRepo({ 'eval/metrics.json': '{"accuracy": 0.95}' }, { 'eval/metrics.json': '{"accuracy": 0.90}' });
    const r = await cli(repo.dir, ['compare', '--base-ref', repo.baseSha, '--head', 'json:eval/metrics.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/accuracy regressed −5\.00 pp/);
  });

  it('a spec whose path leaves the current directory is refused naming the flag', async () => {
    const dir = withFixtures({ eval: 'flat' });
    const r = await cli(path.join(dir, 'eval'), ['compare', '--head', 'json:../base.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--head names a file outside the current directory/);
  });
});

describe('validate and curve with readers', () => {
  it('validate dvc.yaml reads it as DVC does, with the metrics files it declares', async () => {
    const dir = withFixtures({ head: 'dvc/head' });
    const r = await cli(dir, ['validate', 'head/dvc.yaml', 'json:head/eval/metrics.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'head/dvc.yaml: valid report (read as dvc: 6 metrics)\nhead/eval/metrics.json: valid report (read as json: 4 metrics)\n',
    );
  });

  it('validate names a declared metrics file that is missing', async () => {
    const tree = fixtureTree('dvc/head');
    const dir = tempDir('mlgate-cli-readers-');
    writeFileSync(path.join(dir, 'dvc.yaml'), tree['dvc.yaml']!);
    const r = await cli(dir, ['validate', 'dvc.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^dvc\.yaml: metrics: declares the metrics file eval\/metrics\.json, which does not exist/);
  });

  it('curve reads a learning curve through the sklearn-curve reader', async () => {
    const dir = withFixtures({ sk: 'sklearn' });
    const r = await cli(dir, ['curve', 'sklearn-curve:sk/learning_curve.csv', '--format', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { metric: string; points: unknown[] };
    expect(result.metric).toBe('score');
    expect(result.points.length).toBeGreaterThanOrEqual(4);
  });
});
