// scikit-learn learning curves saved the three usual ways (test/fixtures/tools/sklearn, a real learning_curve run):
// one parser for compare's readers, `mlgate curve` and the learning_curve.file enricher, each compared with the
// means and standard deviations numpy itself computed (expected.json).
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseCurveCsv, parseSingleFile } from '../../src/readers/index.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { readTool, TOOLS } from './support.js';

const expected = JSON.parse(readTool('sklearn/expected.json')) as {
  train_sizes: number[];
  mean: number[];
  std: number[];
};
const SHAPES = ['means.csv', 'folds.csv', 'savetxt.csv'];

describe('scikit-learn learning curves', () => {
  it.each(SHAPES)('%s: the points are numpy’s means and standard deviations over the folds', (file) => {
    const points = parseCurveCsv(readTool(`sklearn/${file}`), file, 'accuracy');
    expect(points.map((p) => p.train_size)).toEqual(expected.train_sizes);
    points.forEach((p, i) => {
      expect(p.value).toBeCloseTo(expected.mean[i]!, 12);
      expect(p.std).toBeCloseTo(expected.std[i]!, 12);
    });
  });

  it.each(SHAPES)('%s: compare’s csv reader makes the same report (score at the largest size)', (file) => {
    const loaded = parseSingleFile('csv', readTool(`sklearn/${file}`), `eval/${file}`, {
      fallback: 'm',
      metrics_map: {},
    });
    expect(loaded.reader).toBe('sklearn-curve');
    expect(loaded.report.metrics.score).toBeCloseTo(expected.mean.at(-1)!, 12);
    expect(loaded.report.data?.train_size).toBe(expected.train_sizes.at(-1));
    expect(loaded.report.learning_curve?.points).toHaveLength(expected.train_sizes.length);
  });

  it.each(SHAPES)('%s: mlgate curve analyses it', async (file) => {
    const dir = tempDir('mlgate-lc-');
    copyFileSync(path.join(TOOLS, 'sklearn', file), path.join(dir, file));
    const t = captureIo(dir);
    const code = await runCli(['curve', file, '--format', 'json'], t.io);
    expect(t.err()).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(t.out());
    expect(result.points.map((p: { train_size: number }) => p.train_size)).toEqual(expected.train_sizes);
  });

  it('a report’s learning_curve.file in the per-fold shape is read by the enricher', async () => {
    const dir = tempDir('mlgate-lc-');
    copyFileSync(path.join(TOOLS, 'sklearn', 'folds.csv'), path.join(dir, 'lc.csv'));
    writeFileSync(
      path.join(dir, 'mlgate.yaml'),
      'version: 1\nmodel: digits\nmetrics: {accuracy: 0.913}\nlearning_curve: {metric: accuracy, file: lc.csv}\n',
    );
    const t = captureIo(dir);
    const code = await runCli(['compare', '--head', 'mlgate.yaml', '--format', 'json'], t.io);
    expect(t.err()).toBe('');
    expect(code).not.toBe(2);
    const curve = JSON.parse(t.out()).models[0].learning_curve;
    expect(curve.points.map((p: { train_size: number }) => p.train_size)).toEqual(expected.train_sizes);
  });
});
