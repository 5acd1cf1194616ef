import { describe, expect, it } from 'vitest';
import { analyzeCurve } from '../../src/curve/index.js';
import { parseCurveCsv } from '../../src/readers/curve-csv.js';
import type { CurvePoint } from '../../src/curve/index.js';
import { ACC, readFixture } from './helpers.js';

/** An LCDB TabNet curve of hypothyroid as accuracy, and its points up to a quarter of its largest size. */
function takeoff(openmlId: number): { all: CurvePoint[]; cut: CurvePoint[] } {
  const j = JSON.parse(readFixture('lcdb-takeoff.json')) as {
    curves: Array<{ openml_id: number; train_size: number[]; val_error_mean: number[]; val_error_stderr: number[] }>;
  };
  const c = j.curves.find((x) => x.openml_id === openmlId)!;
  const all = c.train_size.map((n, i) => {
    const p: CurvePoint = { train_size: n, value: 1 - c.val_error_mean[i]! };
    if (c.val_error_stderr[i]! > 0) p.std = c.val_error_stderr[i]!;
    return p;
  });
  const top = all[all.length - 1]!.train_size;
  return { all, cut: all.filter((p) => p.train_size <= top / 4) };
}

/**
 * Accuracy measured on one test set of m examples at every size, as in scikit-learn's learning_curve or LCDB: each
 * example has a difficulty shared by all sizes (a model gets it right when the difficulty is below its accuracy),
 * except for a fifth of the (example, size) pairs, drawn afresh. Seeded: the same points on every run.
 */
function oneTestSet(truth: (n: number) => number, sizes: number[], m: number, seed: number): CurvePoint[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const difficulty = Array.from({ length: m }, rnd);
  return sizes.map((n) => {
    const p = truth(n);
    let k = 0;
    for (const d of difficulty) if ((rnd() < 0.8 ? d : rnd()) < p) k++;
    return { train_size: n, value: k / m };
  });
}

describe('a constant or at-chance fit window is not a plateau', () => {
  it('a TabNet curve constant at 7.7 % accuracy up to the cut (it reaches 96 % at 4x) is "not reliable: constant"', () => {
    const { all, cut } = takeoff(1000);
    expect(all[all.length - 1]!.value).toBeGreaterThan(0.95);
    const a = analyzeCurve('accuracy', cut, ACC);
    expect(a.reliable).toBe(false);
    expect(a.reason).toMatch(/^constant: 7\.7 % at every size from \d+ to 664; a model that has not started to learn/);
  });

  it('a TabNet curve that fell to near chance (3 %) and stays there up to the cut is "not reliable: no learning"', () => {
    const { all, cut } = takeoff(57);
    expect(all[all.length - 1]!.value).toBeGreaterThan(0.9);
    const a = analyzeCurve('accuracy', cut, ACC);
    expect(a.reliable).toBe(false);
    expect(a.reason).toMatch(/no learning measured: \d+\.\d % at 16, 3\.\d % at 664/);
  });

  it('a curve constant at 100 % accuracy is a plateau: nothing is left to gain', () => {
    const pts = Array.from({ length: 17 }, (_, k) => ({ train_size: Math.round(1000 * 2 ** (k / 4)), value: 1 }));
    const a = analyzeCurve('accuracy', pts, ACC);
    expect(a.reason ?? '').not.toMatch(/constant|no learning/);
  });
});

describe('predictive intervals', () => {
  const curves: Array<[string, CurvePoint[]]> = [
    [
      'exact pow3, 4 points (zero residuals)',
      [1e3, 2e3, 4e3, 8e3].map((n) => ({ train_size: n, value: 0.9 - 2 / Math.sqrt(n) })),
    ],
    ['constant at 100 %', Array.from({ length: 8 }, (_, k) => ({ train_size: 1000 * 2 ** k, value: 1 }))],
    [
      'constant at 6.5 %',
      Array.from({ length: 20 }, (_, k) => ({ train_size: Math.round(46 * 2 ** (k / 4)), value: 0.065 })),
    ],
    [
      'flat at 90 %, 8 per doubling',
      Array.from({ length: 24 }, (_, k) => ({ train_size: Math.round(1e4 * 2 ** (k / 8)), value: 0.9 })),
    ],
  ];

  it.each(curves)('never have zero width, even printed: %s', (_name, pts) => {
    const a = analyzeCurve('accuracy', pts, ACC);
    const [lo, hi] = a.predicted_gain_per_doubling!.interval!;
    expect(hi - lo).toBeGreaterThan(0);
    const printed = /80 % interval (\S+) to (\S+) pp/.exec(
      a.conclusion.includes('80 % interval') ? a.conclusion : `80 % interval ${lo * 100} to ${hi * 100} pp`,
    )!;
    expect(printed[1]!.replace('−', '-').replace('+', '')).not.toBe(printed[2]!.replace('−', '-').replace('+', ''));
    const two = a.predicted_two_doublings!;
    expect(two.interval[1] - two.interval[0]).toBeGreaterThan(0);
    expect(two.interval[0]).toBeGreaterThanOrEqual(0);
    expect(two.interval[1]).toBeLessThanOrEqual(1);
  });

  // On a sparse curve dominated by the noise of a 2,000-example test set (shared by the sizes for four fifths of
  // its draws), the interval held the next doubling's measured gain 72 % of 200 times; an interval on the fitted
  // curve alone (as before) about half of them. docs/learning-curves.md has the measured coverage on real curves.
  it('hold the gain the next doubling measures most of the time on noisy curves (not the fit alone)', () => {
    // Accuracy 0.95 − 3/√n measured on one test set of 2,000 examples at 2 sizes per doubling, and the next doubling.
    const truth = (n: number) => 0.95 - 3 / Math.sqrt(n);
    const sizes = Array.from({ length: 10 }, (_, k) => Math.round(1000 * 2 ** (k / 2)));
    let inside = 0;
    const runs = 200;
    for (let s = 0; s < runs; s++) {
      const pts = oneTestSet(truth, sizes, 2000, 17 + s);
      const measuredGain = pts[pts.length - 1]!.value - pts[pts.length - 3]!.value;
      const a = analyzeCurve('accuracy', pts.slice(0, -2), { ...ACC, eval_size: 2000 });
      const [lo, hi] = a.predicted_gain_per_doubling!.interval!;
      // The next measurement's binomial noise is inside the interval: at least z(0.9) · sd on each side.
      const sd = Math.sqrt((pts[pts.length - 3]!.value * (1 - pts[pts.length - 3]!.value)) / 2000);
      expect(
        Math.min(a.predicted_gain_per_doubling!.value - lo, hi - a.predicted_gain_per_doubling!.value),
      ).toBeGreaterThan(1.28 * sd * 0.99);
      if (measuredGain >= lo && measuredGain <= hi) inside++;
    }
    expect(inside / runs).toBeGreaterThan(0.65);
    expect(inside / runs).toBeLessThan(1);
  });
});

describe('a 100,000-row learning-curve CSV', () => {
  it('is analysed: sizes merged into log-spaced bins, the recommendation where the curve says', () => {
    const rows = ['train_size,accuracy,train_cpu_hours'];
    for (let i = 1; i <= 100_000; i++) {
      const n = 100 * i;
      rows.push(`${n},${(0.95 - 2 / Math.sqrt(n)).toFixed(8)},${(n * 1e-6).toFixed(6)}`);
    }
    const text = rows.join('\n') + '\n';
    expect(text.length).toBeGreaterThan(1_400_000);
    const a = analyzeCurve('accuracy', parseCurveCsv(text, 'curve.csv', 'accuracy'), ACC);
    expect(a.points.length).toBeLessThanOrEqual(256);
    expect(a.points[a.points.length - 1]!.train_size).toBe(10_000_000);
    expect(a.conclusion).toMatch(/ \(100,000 sizes merged into \d+ log-spaced bins\)$/);
    expect(a.reliable).toBe(true);
    // Fitted on the last two doublings (2.5M to 10M), where each doubling buys less than 0.5 pp already: the
    // recommendation is that window's first size, an upper bound, and what it loses is measured: 2/√n between
    // 2.5M and 10M is 0.063 pp.
    expect(a.recommended_size!).toBeGreaterThan(2_400_000);
    expect(a.recommended_size!).toBeLessThan(2_600_000);
    expect(a.conclusion).toMatch(
      /^measured: the value at 2\.5\dM examples or fewer \(the smallest size fitted\) is 0\.06 pp below that at 10M/,
    );
  });
});
