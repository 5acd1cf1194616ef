import { describe, expect, it } from 'vitest';
import { readJointCounts } from '../../src/adapters/predictions-reader.js';
import { pairedBootstrap, sortedQuantile, type BootstrapMetric } from '../../src/stats/bootstrap.js';
import type { JointCounts } from '../../src/stats/joint-counts.js';
import { summarizeJointCounts } from '../../src/stats/joint-counts.js';
import { analysePaired, pairedSummaryFor } from '../../src/stats/paired.js';
import { createRandom } from '../../src/stats/prng.js';
import { sampleBinomial } from '../../src/stats/sampling.js';
import { mcnemar } from '../../src/stats/mcnemar.js';
import { expectClose, loadReference, predictionsFixture } from './reference.js';

interface Side {
  accuracy: number;
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
  f1_micro: number;
  recall: Record<string, number>;
}
interface MetricsRef {
  cases: {
    base: string;
    head: string;
    n: number;
    base_metrics: Side;
    head_metrics: Side;
    b: number;
    c: number;
    exact_p: number;
    mid_p: number;
  }[];
}

const pair = (base: string, head: string) =>
  readJointCounts(predictionsFixture(`${base}.preds.csv`), predictionsFixture(`${head}.preds.csv`));

/** A binary table: label 0/1 × base × head, from the four paired outcomes per class. */
function binaryTable(cells: Record<string, number>): JointCounts {
  const counts = new Array<number>(8).fill(0);
  let n = 0;
  for (const [key, v] of Object.entries(cells)) {
    const [l, b, h] = key.split('').map(Number) as [number, number, number];
    counts[(l * 2 + b) * 2 + h] = v;
    n += v;
  }
  return { labels: ['neg', 'pos'], counts, n };
}

describe('metrics from the joint count table match scikit-learn', () => {
  it('on real predictions of sklearn models (Satellite, Vehicle)', async () => {
    for (const r of loadReference<MetricsRef>('metrics.json').cases) {
      const t = await pair(r.base, r.head);
      expect(t.n).toBe(r.n);
      const s = summarizeJointCounts(t);
      for (const [mine, theirs] of [
        [s.base, r.base_metrics],
        [s.head, r.head_metrics],
      ] as const) {
        for (const k of ['accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_micro'] as const)
          expectClose(mine[k], theirs[k], 1e-12, k);
        s.classes.forEach((c, i) =>
          expectClose(mine.recall[i]!, theirs.recall[t.labels[c]!]!, 1e-12, `recall ${t.labels[c]}`),
        );
      }
      expect([s.b, s.c]).toEqual([r.b, r.c]);
      expectClose(mcnemar(s.b, s.c).exact_p, r.exact_p, 1e-6, 'mcnemar');
    }
  });
});

describe('binomial sampler', () => {
  it('has the right mean and variance for small and very large n', () => {
    for (const [n, p] of [
      [20, 0.3],
      [1_000_000, 0.001],
      [10_000_000, 0.42],
    ] as const) {
      const rng = createRandom(7);
      const draws = Array.from({ length: 4000 }, () => sampleBinomial(n, p, rng));
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
      const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
      const sd = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(draws.length)); // 5 standard errors
      expect(variance / (sd * sd)).toBeGreaterThan(0.9);
      expect(variance / (sd * sd)).toBeLessThan(1.1);
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...draws)).toBeLessThanOrEqual(n);
    }
  });
});

describe('pairedBootstrap', () => {
  it('is reproducible for a seed and changes with the seed', async () => {
    const t = await pair('Satellite__random_forest__seed11', 'Satellite__random_forest__seed12');
    const a = pairedBootstrap(t, { seed: 3, iterations: 500 });
    const b = pairedBootstrap(t, { seed: 3, iterations: 500 });
    const c = pairedBootstrap(t, { seed: 4, iterations: 500 });
    expect(a).toEqual(b);
    expect(a.f1_macro!.interval).not.toEqual(c.f1_macro!.interval);
  });

  it('calls two seeds of the same model a draw: every interval covers 0', async () => {
    const t = await pair('Satellite__random_forest__seed11', 'Satellite__random_forest__seed12');
    const r = pairedBootstrap(t, { seed: 1 });
    for (const [name, m] of Object.entries(r) as [string, BootstrapMetric][]) {
      expect(m.interval[0], name).toBeLessThanOrEqual(m.delta);
      expect(m.interval[1], name).toBeGreaterThanOrEqual(m.delta);
      if (!name.startsWith('recall[')) {
        expect(m.interval[0], name).toBeLessThan(0);
        expect(m.interval[1], name).toBeGreaterThan(0);
        expect(m.p_value, name).toBeGreaterThan(0.05);
      }
    }
    expect(Object.keys(r)).toContain('recall[cotton crop]');
  });

  it('finds logreg → hist_gbdt on Satellite a real improvement, in line with McNemar', async () => {
    const t = await pair('Satellite__logreg', 'Satellite__hist_gbdt');
    const an = analysePaired(t, { seed: 1 });
    expect(an.mcnemar.exact_p).toBeLessThan(1e-10);
    expect(an.bootstrap.accuracy.interval[0]).toBeGreaterThan(0);
    expect(an.bootstrap.accuracy.p_value).toBeLessThan(0.01);
    // The bootstrap SE of an accuracy delta ≈ √((b + c)/n − δ²)/√n: the interval width agrees within 15 %.
    const se = Math.sqrt((an.b + an.c) / t.n - an.bootstrap.accuracy.delta ** 2) / Math.sqrt(t.n);
    const width = an.bootstrap.accuracy.interval[1] - an.bootstrap.accuracy.interval[0];
    expect(width / (2 * 1.96 * se)).toBeGreaterThan(0.85);
    expect(width / (2 * 1.96 * se)).toBeLessThan(1.15);
  });

  it('gives a zero-width interval and p = 1 when head predicts exactly like base', () => {
    const t = binaryTable({ '000': 40, '011': 50, '100': 7, '111': 3 });
    const r = pairedBootstrap(t, { iterations: 200 });
    expect(r.accuracy.interval).toEqual([0, 0]);
    expect(r.f1_macro!.p_value).toBe(1);
  });

  it('cost does not depend on n: a table of 10M examples is as fast as one of 1,000', () => {
    const small = binaryTable({
      '000': 400,
      '001': 30,
      '010': 20,
      '011': 50,
      '100': 25,
      '101': 40,
      '110': 35,
      '111': 400,
    });
    const big = binaryTable({
      '000': 4e6,
      '001': 3e5,
      '010': 2e5,
      '011': 5e5,
      '100': 2.5e5,
      '101': 4e5,
      '110': 3.5e5,
      '111': 4e6,
    });
    const time = (t: JointCounts) => {
      const s = performance.now();
      pairedBootstrap(t, { iterations: 2000 });
      return performance.now() - s;
    };
    time(small);
    expect(time(big)).toBeLessThan(2000);
    const r = pairedBootstrap(big, { iterations: 500 });
    expect(r.accuracy.interval[1] - r.accuracy.interval[0]).toBeLessThan(0.002);
  });

  it('maps error rates onto accuracy with the sign flipped', async () => {
    const t = await pair('Satellite__logreg', 'Satellite__hist_gbdt');
    const an = analysePaired(t, { iterations: 300 });
    const err = pairedSummaryFor('error_rate', an)!;
    expect(err.bootstrap!.delta).toBeCloseTo(-an.bootstrap.accuracy.delta, 15);
    expect(err.bootstrap!.interval[1]).toBeCloseTo(-an.bootstrap.accuracy.interval[0], 15);
    expect(pairedSummaryFor('rmse', an)).toBeUndefined();
  });

  it('rejects bad options and inconsistent tables', () => {
    const t = binaryTable({ '000': 4, '111': 3 });
    expect(() => pairedBootstrap(t, { iterations: 0 })).toThrow(RangeError);
    expect(() => pairedBootstrap({ ...t, n: 8 })).toThrow(/sum/);
  });

  it('interpolates quantiles like numpy', () => {
    const s = Float64Array.from([1, 2, 3, 4]);
    expect(sortedQuantile(s, 0.5)).toBe(2.5);
    expect(sortedQuantile(s, 0.025)).toBeCloseTo(1.075, 12);
  });
});
