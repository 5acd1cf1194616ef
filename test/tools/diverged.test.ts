// NaN and infinity from tools (dvclive's json.dump writes a bare NaN, test/fixtures/tools/dvc; some scripts write
// "nan" as text): shown as "NaN (diverged)", judged as the worst value for the metric's direction, never a crash;
// metrics_map: {key: null} drops the key before anything judges it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { readTool } from './support.js';

async function compare(files: Record<string, string>, ...extra: string[]) {
  const dir = tempDir('mlgate-nan-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const t = captureIo(dir);
  const code = await runCli(['compare', '--head', 'json:head.json', '--base', 'json:base.json', ...extra], t.io);
  return { code, out: t.out(), err: t.err() };
}

describe('diverged values', () => {
  it('a NaN accuracy in the PR fails, shown as NaN (diverged)', async () => {
    const r = await compare({
      'head.json': '{"accuracy": NaN, "f1": 0.8}',
      'base.json': '{"accuracy": 0.9, "f1": 0.8}',
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('| accuracy | 90.0% | NaN (diverged) | — | — | — | ❌ regressed |');
    expect(r.out).toMatch(
      /accuracy is NaN in the PR \(base: 90\.0%\): the run diverged, judged as the lowest possible value/,
    );
  });

  it('dvclive’s metrics.json with a bare NaN, and "nan" written as text, are read, not refused', async () => {
    const dvclive = readTool('dvc/head/dvclive/metrics.json');
    const r = await compare({
      'head.json': dvclive,
      'base.json': '{"train": {"loss": 0.3}, "eval": {"accuracy": 0.87}}',
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('| train.loss | 0.3 | NaN (diverged) |');
    const text = await compare({ 'head.json': '{"loss": "nan"}', 'base.json': '{"loss": "-inf"}' });
    expect(text.out).toMatch(/loss is NaN in the PR \(the base diverged too\)/);
  });

  it('a base that diverged is improved on by any finite value', async () => {
    const r = await compare({ 'head.json': '{"loss": 0.4}', 'base.json': '{"loss": Infinity}' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('| loss | NaN (diverged) | 0.4 | — | — | — | ✅ improved |');
  });

  it('metrics_map: {key: null} drops a NaN key before it is judged', async () => {
    const r = await compare(
      {
        'head.json': '{"accuracy": 0.9, "train_loss": NaN}',
        'base.json': '{"accuracy": 0.9, "train_loss": 0.2}',
        'mlgate.yml': 'metrics_map:\n  train_loss: null\n',
      },
      '--config',
      'mlgate.yml',
    );
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('train');
  });

  it('the JSON result has null values and `diverged`, never a NaN', async () => {
    const r = await compare({ 'head.json': '{"accuracy": NaN}', 'base.json': '{"accuracy": 0.9}' }, '--format', 'json');
    const m = JSON.parse(r.out).models[0].metrics[0];
    expect([m.head, m.base, m.diverged, m.status]).toEqual([null, 0.9, 'head', 'fail']);
  });
});
