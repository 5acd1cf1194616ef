// DVC (test/fixtures/tools/dvc): a dvc.yaml `metrics:` entry that is a directory (dvclive's), and the output of
// `dvc metrics diff --json`, which is not metrics.
import { afterEach, describe, expect, it } from 'vitest';
import { parseSingleFile } from '../../src/readers/index.js';
import { InputError } from '../../src/kernel/errors.js';
import { cleanUp, gate, readTool, toolTree } from './support.js';

afterEach(cleanUp);

describe('DVC', () => {
  it('`dvc metrics diff --json` output is refused with what to save instead, never read as old/new/diff metrics', () => {
    let error: unknown;
    try {
      parseSingleFile('dvc-show', readTool('dvc/metrics-diff.json'), 'dvc-metrics.json', {
        fallback: 'm',
        metrics_map: {},
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(
      /output of `dvc metrics diff --json`.*save `dvc metrics show --json`/,
    );
  });

  it('a metrics entry that is a directory is read: every JSON/YAML file under it, plots left out', async () => {
    const base = {
      ...toolTree('dvc/head'),
      'dvclive/metrics.json': '{\n    "train": {"loss": 0.35},\n    "eval": {"accuracy": 0.9},\n    "step": 9\n}\n',
    };
    const { models, result } = await gate(base, toolTree('dvc/head'), 'reports: [dvc.yaml]\n');
    expect(models.map((m) => [m.name, m.head?.reader, m.base?.reader])).toEqual([['model', 'dvc', 'dvc']]);
    const m = result.models[0]!;
    expect(m.metrics.map((x) => x.name).sort()).toEqual(['eval.accuracy', 'step', 'train.loss']);
    const acc = m.metrics.find((x) => x.name === 'eval.accuracy')!;
    expect([acc.base, acc.head]).toEqual([0.9, 0.8712]);
    // train.loss is a bare NaN in dvclive's file: diverged, the PR fails on it.
    expect(m.metrics.find((x) => x.name === 'train.loss')!.diverged).toBe('head');
    expect(result.verdict).toBe('fail');
  });
});

describe('DVC metrics directories', () => {
  it('a declared directory without any JSON or YAML file in the PR is an error, not a model silently gone', async () => {
    const head = { ...toolTree('dvc/head'), 'dvclive/metrics.json': null };
    await expect(gate({}, head, 'reports: [dvc.yaml]\n')).rejects.toThrow(
      /declares the metrics directory dvclive, which holds no JSON or YAML file/,
    );
  });
});
