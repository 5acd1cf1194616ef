import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { CurveOptions, CurvePoint } from '../../src/curve/index.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'curves');
export const readFixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export const ACC: CurveOptions = { direction: 'higher', proportion: true, min_points: 4, gain_per_doubling: 0.005 };

export function satellite(learner: 'random_forest' | 'logreg'): { points: CurvePoint[]; eval_size: number } {
  const j = JSON.parse(readFixture('sklearn-satellite.json')) as {
    test_size: number;
    curves: Record<string, Array<{ train_size: number; accuracy: number; train_cpu_seconds: number }>>;
  };
  return {
    points: j.curves[learner]!.map((p) => ({
      train_size: p.train_size,
      value: p.accuracy,
      cost: p.train_cpu_seconds / 3600,
    })),
    eval_size: j.test_size,
  };
}

export function lcdb(dataset: string): CurvePoint[] {
  const j = JSON.parse(readFixture('lcdb-examples.json')) as {
    curves: Array<{ dataset: string; train_size: number[]; val_error_mean: number[]; val_error_stderr: number[] }>;
  };
  const c = j.curves.find((x) => x.dataset === dataset)!;
  return c.train_size.map((n, i) => ({ train_size: n, value: c.val_error_mean[i]!, std: c.val_error_stderr[i]! }));
}
