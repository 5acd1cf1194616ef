// Curves as real jobs write them, where a number in the conclusion was wrong or misleading: repeated sizes, a base
// and a PR measured apart, percent error rates falling below 1 %, losses and dollars, noisy timings, curves flat
// from the first size fitted. Each case was found by a review of the feature and fails without its fix.
import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig } from '../../src/schema/config.js';
import { gateLearningCurve } from '../../src/pipeline/learning-curve-gate.js';
import { parseReport } from '../../src/schema/report.js';
import { analyzeCurve, compareCurves } from '../../src/curve/index.js';
import { ACC, lcdb } from './helpers.js';

/** Accuracy of a curve whose error falls as a + 3/√n: known gain per doubling, known point of diminishing returns. */
const powAcc = (a: number) => (n: number) => 1 - (a + 3 / Math.sqrt(n));
const sizes = (lo: number, k: number, step = 2) => Array.from({ length: k }, (_, i) => Math.round(lo * step ** i));

function gate(yaml: string, config = resolveConfig({})) {
  return gateLearningCurve(parseReport(yaml, 'mlgate.yaml').report, null, undefined, config, undefined);
}

function curveReport(metric: string, rows: Array<[number, number, number?]>, extra = ''): string {
  const points = rows
    .map(
      ([n, v, c]) => `    - { train_size: ${n}, ${metric}: ${v}${c === undefined ? '' : `, train_cpu_hours: ${c}`} }`,
    )
    .join('\n');
  return `version: 1\nmodel: m\nmetrics: { ${metric}: ${rows.at(-1)![1]} }\n${extra}learning_curve:\n  metric: ${metric}\n  points:\n${points}\n`;
}

describe('repeated sizes', () => {
  it('counts sizes, not rows, for min_points: two sizes trained twice make no curve and fail nothing', () => {
    const yaml = curveReport(
      'accuracy',
      [
        [1000, 0.9],
        [1000, 0.901],
        [2000, 0.902],
        [2000, 0.903],
      ],
      'data: { train_size: 8000 }\n',
    );
    const r = gate(yaml, parseConfig('learning_curve: { max_oversize: 2, severity: fail }\n', 'c.yml'));
    expect(r.result!.reliable).toBe(false);
    expect(r.result!.reason).toBe('only 2 distinct sizes (at least 4 needed)');
    expect([r.result!.recommended_size, r.findings]).toEqual([null, []]);
  });

  it('averages repeats of a size (two seeds), with the standard error of their mean', () => {
    const a = analyzeCurve(
      'accuracy',
      [
        { train_size: 16000, value: 0.91, std: 0.004 },
        { train_size: 16000, value: 0.92, std: 0.004 },
        ...sizes(32000, 4).map((n) => ({ train_size: n, value: powAcc(0.05)(n), std: 0.004 })),
      ],
      ACC,
    );
    expect(a.points[0]).toEqual({
      train_size: 16000,
      value: expect.closeTo(0.915, 12),
      std: expect.closeTo(0.004 / Math.SQRT2, 12),
    });
    expect(a.points).toHaveLength(5);
    expect(a.conclusion).toMatch(/\(1 repeated size averaged\)$/);
  });
});

describe('base against PR', () => {
  // The PR's model is better by 3 pp at every size; it needs about 1/6 of the data for the base's value.
  const base = analyzeCurve(
    'accuracy',
    sizes(1000, 15, Math.SQRT2).map((n) => ({ train_size: n, value: powAcc(0.05)(n) })),
    ACC,
  );
  const head = analyzeCurve(
    'accuracy',
    sizes(1000, 15, Math.SQRT2).map((n) => ({ train_size: n, value: powAcc(0.02)(n) })),
    ACC,
  );

  it('finds the PR’s size for the base’s value on its measured points, not at the start of its fit window', () => {
    const c = compareCurves(base, head);
    // Base at 128k: error 0.05 + 3/√128000 = 0.0584; the PR reaches it at (3 / 0.0384)² ≈ 6.1k.
    const n = c.size_ratio_for_equal_value! * base.current_size;
    expect(n).toBeGreaterThan(5000);
    expect(n).toBeLessThan(7500);
    expect(c.conclusion).toMatch(/the PR reaches the base’s value at 128k with 6\.\d+k examples/);
  });

  it('prices a change of data.train_size on the PR’s own curve (its other changes are not bought by data), in one unit', () => {
    const rows = (a: number, unit: 'cpu' | 'gpu') =>
      sizes(16000, 5)
        .map((n) => ({ train_size: n, value: powAcc(a)(n), cost: n / 1e5 }))
        .map((p) => ({ ...p, unit }));
    const b = analyzeCurve('accuracy', rows(0.05, 'gpu').slice(0, 4), {
      ...ACC,
      current_size: 128000,
      cost_unit: 'GPU-h',
    });
    const h = analyzeCurve('accuracy', rows(0.04, 'cpu'), { ...ACC, current_size: 256000, cost_unit: 'CPU-h' });
    const c = compareCurves(b, h);
    // On the PR's curve: 3/√128000 − 3/√256000 = 0.246 pp, for 1.28 CPU-h more (cost ∝ size).
    expect(c.train_size_change!.metric_delta!).toBeCloseTo(3 / Math.sqrt(128000) - 3 / Math.sqrt(256000), 3);
    expect(c.train_size_change!.cost_delta!).toBeCloseTo(1.28, 2);
    expect(c.conclusion).toMatch(/on the PR’s curve, training data 128k → 256k buys \+0\.2\d? pp for \+1\.3 CPU-h/);
  });
});

describe('scales and units', () => {
  it('reads an error rate in percent that falls below 1 % as percent throughout (threshold 0.5 pp, not 0.005 pp)', () => {
    const pct = [20, 12, 7, 4, 2.5, 1.5, 1.0, 0.8];
    const r = gate(
      curveReport(
        'error_rate',
        sizes(1000, 8).map((n, i) => [n, pct[i]!]),
      ),
    );
    expect(r.result!.proportion).toBe(true);
    expect(r.result!.gain_per_doubling_threshold).toBe(0.005);
    expect(r.result!.points.at(-1)!.value).toBeCloseTo(0.008, 12);
  });

  it('keeps a non-negative loss non-negative, however steep its last doublings', () => {
    const losses = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2];
    const a = gate(
      curveReport(
        'log_loss',
        sizes(1000, 8).map((n, i) => [n, losses[i]!]),
        'data: { train_size: 512000 }\n',
      ),
    ).result!;
    expect(a.proportion).toBe(false);
    expect(Math.min(...a.curve.map((p) => p.value))).toBeGreaterThanOrEqual(0);
  });

  it('gives a metric in its own units a threshold relative to its value: 0.5 % of the last RMSE, not 0.005 dollars', () => {
    const rmse = sizes(1000, 8).map((n): [number, number] => [n, Number((40 + 400 / Math.sqrt(n)).toFixed(3))]);
    const a = gate(curveReport('rmse_usd', rmse)).result!;
    expect(a.gain_per_doubling_threshold).toBeCloseTo(0.005 * rmse.at(-1)![1], 9);
    expect(a.recommended_size).not.toBeNull();
    // An explicit threshold is used as written.
    expect(
      gate(curveReport('rmse_usd', rmse), parseConfig('learning_curve: { gain_per_doubling: 0.5 }\n', 'c.yml')).result!
        .gain_per_doubling_threshold,
    ).toBe(0.5);
  });

  it('reads a fraction’s configured threshold of 1 or more as percentage points', () => {
    const acc = sizes(1000, 8).map((n): [number, number] => [n, Number(powAcc(0.05)(n).toFixed(4))]);
    expect(
      gate(curveReport('accuracy', acc), parseConfig('learning_curve: { gain_per_doubling: 1 }\n', 'c.yml')).result!
        .gain_per_doubling_threshold,
    ).toBe(0.01);
  });

  it('treats LCDB’s val_error as the error rate it is: the same recommendation as error_rate', () => {
    const pts = lcdb('kr-vs-kp');
    const rows = pts.map((p): [number, number] => [p.train_size, p.value]);
    const asVal = gate(curveReport('val_error', rows)).result!,
      asRate = gate(curveReport('error_rate', rows)).result!;
    expect(asVal.proportion).toBe(true);
    expect(asVal.recommended_size).toBe(asRate.recommended_size);
  });
});

describe('savings and recommendations that are bounds', () => {
  it('prices nothing when the cost column falls with size (timing noise): no negative savings', () => {
    const rows = sizes(1000, 6).map((n, i) => ({ train_size: n, value: powAcc(0.05)(n), cost: 0.3 - 0.04 * i }));
    // Diminishing returns near 31k (3/√n · (1 − 1/√2) = 0.5 pp); trained on 64k: there is a size to save.
    const a = analyzeCurve('accuracy', rows, { ...ACC, current_size: 64000 });
    expect(a.cost_model!.slope).toBeLessThan(0);
    expect(a.projected_savings).toMatchObject({ cost: null, cost_pct: null });
    expect(a.projected_savings!.metric_delta).toBeLessThan(0);
    expect(a.conclusion).toMatch(
      /this model trains on 64k \(2\.\d×\), beyond the measured sizes: training on ~\d+(\.\d)?k examples is predicted to change the metric by −/,
    );
  });

  it('says "or fewer" when the gain is below the threshold from the first size fitted on', () => {
    // Every doubling from 15.6M on buys < 0.5 pp: the point is at or below the smallest size, an upper bound.
    const pts = sizes(15_625_000, 7).map((n) => ({ train_size: n, value: 0.95 + 0.001 * Math.log2(n / 15_625_000) }));
    const a = analyzeCurve('accuracy', pts, ACC);
    expect(a.conclusion).toMatch(
      /^measured: the value at 15\.6M examples or fewer \(the smallest size fitted\) is 0\.\d pp below that at 1B, the training size \(64× or more\); data beyond it buys < 0\.5 pp per doubling/,
    );
  });

  it('recommends nothing when the last observed value is the model (a curve flat after two doublings of decline)', () => {
    const pts = Array.from({ length: 33 }, (_, k) => {
      const n = 1000 * 2 ** (k / 8),
        d = Math.log2(n / 1000);
      return { train_size: Math.round(n), value: 1 - (0.2 - 0.04 * Math.min(d, 2)) };
    });
    const a = analyzeCurve('accuracy', pts, ACC);
    expect(a.family).toBe('last_value');
    expect([a.recommended_size, a.oversize_factor, a.projected_savings]).toEqual([null, null, null]);
  });
});
