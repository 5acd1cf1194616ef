import { describe, expect, it } from 'vitest';
import { analyzeCurve, formatSize, formatDelta, findRecommendedSize } from '../../src/curve/index.js';
import { parseCurveCsv } from '../../src/readers/curve-csv.js';
import { ACC, lcdb, readFixture, satellite } from './helpers.js';

const example = () => parseCurveCsv(readFixture('issue-example.csv'), 'issue-example.csv', 'accuracy');

describe('analyzeCurve on the example curve of the issue (125k .. 2M)', () => {
  const a = analyzeCurve('accuracy', example(), { ...ACC, max_oversize: 2 });

  it('is reliable and recommends a size around half a million', () => {
    expect(a.reliable).toBe(true);
    expect(a.reason).toBeNull();
    expect(a.current_size).toBe(2_000_000);
    expect(a.recommended_size).toBeGreaterThan(400_000);
    expect(a.recommended_size).toBeLessThan(800_000);
    expect(a.oversize_factor).toBeGreaterThan(2.5);
    expect(a.oversize_factor).toBeLessThan(5);
    expect(a.oversize_exceeded).toBe(true);
  });

  it('prices the recommendation with the cost column and predicts a small loss', () => {
    const s = a.projected_savings!;
    expect(s.cost!).toBeGreaterThan(0.8);
    expect(s.cost!).toBeLessThan(1.3);
    expect(s.cost_pct!).toBeGreaterThan(0.55);
    expect(s.metric_delta!).toBeLessThan(0);
    expect(s.metric_delta!).toBeGreaterThan(-0.015);
    expect(a.cost_model!.slope).toBeCloseTo(1, 1);
  });

  it('predicts the gain of a doubling with an interval around it', () => {
    const g = a.predicted_gain_per_doubling!;
    expect(g.value).toBeGreaterThan(0);
    expect(g.value).toBeLessThan(0.005);
    expect(g.interval![0]).toBeLessThanOrEqual(g.value);
    expect(g.interval![1]).toBeGreaterThanOrEqual(g.value);
  });

  it('reports every family, the last-value baseline and a fitted curve on a log grid', () => {
    expect(a.families.map((f) => f.name)).toEqual(['pow3', 'log2', 'exp3', 'mmf4', 'wbl4']);
    for (const f of a.families) expect(f.holdout_error).not.toBeNull();
    expect(a.last_value_holdout_error).toBeCloseTo(0.003, 6);
    expect(a.family).toMatch(/^median\(/);
    expect(a.family_members).toHaveLength(3);
    expect(a.curve.length).toBeGreaterThan(8);
    const sizes = a.curve.map((p) => p.train_size);
    expect([...sizes].sort((x, y) => x - y)).toEqual(sizes);
    expect(a.points).toHaveLength(5);
  });

  it('says it in one line for people', () => {
    // The recommended size lies inside the measured sizes: said with measured values, the next doubling as a prediction.
    expect(a.recommendation_basis).toBe('measured');
    expect(a.conclusion).toMatch(
      /^measured: the value at ~\d+k examples is 0\.\d pp below that at 2M, the training size \(\d\.\d×\); data beyond it buys < 0\.5 pp per doubling: \d\.\d CPU-h \(\d+ %\) could be saved; predicted: \+0\.\d+ pp for the next doubling \(80 % interval −?\d\.\d+ to \+\d\.\d+ pp\); two doublings on \(8M\): gain < 1 pp \(80 % interval of the change −?\d\.\d+ to \+0\.\d+ pp\)$/,
    );
  });
});

describe('analyzeCurve: honest about unreliable curves', () => {
  it('needs at least min_points points', () => {
    const a = analyzeCurve('accuracy', example().slice(0, 3), ACC);
    expect(a.reliable).toBe(false);
    expect(a.reason).toMatch(/only 3 points \(at least 4 needed\)/);
    expect(a.points).toHaveLength(3);
    expect(a.conclusion).toMatch(/^learning curve not reliable: only 3 points/);
  });

  it('flags a non-monotone, noisy curve', () => {
    const pts = [0.8, 0.86, 0.83, 0.88, 0.84, 0.87].map((v, i) => ({ train_size: 1000 * 2 ** i, value: v }));
    const a = analyzeCurve('accuracy', pts, ACC);
    expect(a.reliable).toBe(false);
    expect(a.reason).toMatch(/non-monotone/);
  });

  it('flags a real LCDB curve whose error rises at the end', () => {
    const a = analyzeCurve('val_error', lcdb('tic-tac-toe'), { ...ACC, direction: 'lower' });
    expect(a.reliable).toBe(false);
    expect(a.reason).toMatch(/non-monotone/);
  });

  it('refuses to extrapolate beyond 4x the largest measured size', () => {
    const a = analyzeCurve('accuracy', example(), { ...ACC, current_size: 10_000_000 });
    expect(a.reliable).toBe(false);
    expect(a.reason).toMatch(/more than 4× the largest measured size 2M/);
  });

  it('refuses a point of diminishing returns far beyond the measured sizes', () => {
    const pts = [0.5, 0.6, 0.7, 0.8].map((v, i) => ({ train_size: 1000 * 2 ** i, value: v }));
    const a = analyzeCurve('accuracy', pts, ACC);
    // Still steep at the end: where the gain falls below the threshold is far out, and what two more doublings
    // measure is too uncertain to conclude anything (a proportion's interval stops at 100 %).
    expect([a.reliable, a.recommended_size]).toEqual([false, null]);
    expect(a.reason).toMatch(
      /^uncertain: at 32k \(two doublings on\) the measured value is predicted at \d+\.\d % with an 80 % interval \d+\.\d % to 100\.0 %, \d+ pp wide \(more than \d+(\.\d)?× the 0\.5 pp threshold\)$/,
    );
  });

  it('handles degenerate input without throwing', () => {
    expect(analyzeCurve('accuracy', [], ACC).reliable).toBe(false);
    const one = analyzeCurve('accuracy', [{ train_size: 100, value: 0.9 }], ACC);
    expect(one.family).toBe('last_value');
    const nan = analyzeCurve('accuracy', [...example(), { train_size: 3e6, value: Number.NaN }], ACC);
    expect(nan.points).toHaveLength(5);
    expect(nan.conclusion).toMatch(/1 invalid point ignored/);
  });
});

describe('analyzeCurve on real curves', () => {
  it('scikit-learn random forest on Satellite: saturating, recommendation below the full size', () => {
    const { points, eval_size } = satellite('random_forest');
    const a = analyzeCurve('accuracy', points, { ...ACC, eval_size });
    expect(a.reliable).toBe(true);
    expect(a.recommended_size!).toBeGreaterThan(1000);
    expect(a.recommended_size!).toBeLessThan(points[points.length - 1]!.train_size);
    expect(a.conclusion).toMatch(/CPU-s/);
  });

  it('scikit-learn logistic regression on Satellite: still gaining', () => {
    const { points, eval_size } = satellite('logreg');
    const a = analyzeCurve('accuracy', points, { ...ACC, eval_size });
    expect(a.predicted_gain_per_doubling!.value).toBeGreaterThan(0.003);
  });

  it('LCDB kr-vs-kp SVM (validation error, lower is better, weighted by stderr)', () => {
    const a = analyzeCurve('val_error', lcdb('kr-vs-kp'), { ...ACC, direction: 'lower' });
    expect(a.reliable).toBe(true);
    expect(a.predicted_gain_per_doubling!.value).toBeGreaterThan(0);
    expect(a.recommended_size!).toBeLessThan(2436);
    // Lower is better: the next doubling is a signed change of the error rate.
    expect(a.conclusion).toMatch(
      /predicted: −\d\.\d+ pp for the next doubling \(80 % interval −\d\.\d+ to −\d\.\d+ pp\); two doublings on \(9\.74k\): whether the gain reaches 1 pp is uncertain \(80 % interval of the change −1\.\d to −0\.\d pp\)$/,
    );
    // The point prediction says "a plateau" (less than 0.5 pp per doubling beyond 1.48k), the interval allows more.
    const g = a.predicted_two_doublings!;
    expect(g.interval[0]).toBeLessThan(a.points[a.points.length - 1]!.value - 0.01);
  });

  it('works for metrics that are not proportions (lower is better loss)', () => {
    const pts = [2.9, 2.5, 2.25, 2.1, 2.02, 1.98].map((v, i) => ({ train_size: 10_000 * 2 ** i, value: v }));
    const a = analyzeCurve('loss', pts, { ...ACC, proportion: false, direction: 'lower', gain_per_doubling: 0.05 });
    expect(a.reliable).toBe(true);
    expect(a.recommended_size!).toBeGreaterThan(40_000);
    expect(a.recommended_size!).toBeLessThan(320_000);
    expect(a.conclusion).not.toMatch(/pp/);
  });
});

describe('determinism', () => {
  it('gives identical output for identical input', () => {
    const { points, eval_size } = satellite('random_forest');
    const a = JSON.stringify(analyzeCurve('accuracy', points, { ...ACC, eval_size }));
    const b = JSON.stringify(
      analyzeCurve(
        'accuracy',
        points.map((p) => ({ ...p })),
        { ...ACC, eval_size },
      ),
    );
    expect(a).toBe(b);
    expect(JSON.stringify(analyzeCurve('accuracy', example(), ACC))).toBe(
      JSON.stringify(analyzeCurve('accuracy', example(), ACC)),
    );
  });

  it('does not depend on the order of the points', () => {
    const pts = example();
    const a = analyzeCurve('accuracy', pts, ACC);
    const b = analyzeCurve('accuracy', [...pts].reverse(), ACC);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('helpers', () => {
  it('formats sizes and deltas for people', () => {
    expect(formatSize(480_000)).toBe('480k');
    expect(formatSize(2_000_000)).toBe('2M');
    expect(formatSize(1_250_000)).toBe('1.25M');
    expect(formatSize(999_999)).toBe('1M');
    expect(formatSize(950)).toBe('950');
    expect(formatDelta(-0.003, true)).toBe('−0.3 pp');
    expect(formatDelta(0.012, true)).toBe('+1.2 pp');
  });

  it('finds where the gain per doubling falls below the threshold', () => {
    // e(n) = 0.1 + n^-0.5: gain per doubling 0.29 n^-0.5 falls below 0.005 at n = (0.29/0.005)^2 ~ 3.4k.
    const f = (n: number) => 1 - (0.1 + Math.pow(n, -0.5));
    const r = findRecommendedSize(f, 'higher', 0.005, 10, 1e6)!;
    const expected = ((1 - Math.SQRT1_2) / 0.005) ** 2;
    expect(r / expected).toBeCloseTo(1, 3);
    expect(findRecommendedSize(f, 'higher', 0.005, 10, 100)).toBeNull();
    expect(findRecommendedSize(f, 'higher', 0.005, 1e5, 1e6)).toBe(1e5);
  });
});
