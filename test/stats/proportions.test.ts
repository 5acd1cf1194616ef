import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/wilson.js';
import { minDetectableEffect, pairedMinDetectableEffect } from '../../src/stats/power.js';
import { unpairedProportionTest } from '../../src/stats/unpaired.js';
import { holm } from '../../src/stats/holm.js';
import { expectClose, expectNear, loadReference } from './reference.js';

interface WilsonRef {
  cases: [number, number, number, number, number][];
}
interface UnpairedRef {
  cases: {
    p_base: number;
    p_head: number;
    n: number;
    n_head: number;
    p_value: number;
    interval: [number, number];
    test: string;
  }[];
}
interface HolmRef {
  cases: [number[], number[]][];
}

describe('wilsonInterval against statsmodels proportion_confint(method="wilson")', () => {
  it('matches to 1e-6 including 0/n and n/n', () => {
    const ref = loadReference<WilsonRef>('wilson.json');
    for (const [count, nobs, conf, lo, hi] of ref.cases) {
      const [l, h] = wilsonInterval(count, nobs, conf);
      expectNear(l, lo, 1e-9, `lo(${count}/${nobs}@${conf})`);
      expectNear(h, hi, 1e-9, `hi(${count}/${nobs}@${conf})`);
      if (lo > 1e-12) expectClose(l, lo, 1e-6, `lo rel(${count}/${nobs})`);
    }
  });
  it('never leaves [0, 1] and contains the estimate', () => {
    expect(wilsonInterval(0, 10)[0]).toBe(0);
    expect(wilsonInterval(10, 10)[1]).toBe(1);
    const [l, h] = wilsonInterval(1800, 2000);
    expect(l).toBeLessThan(0.9);
    expect(h).toBeGreaterThan(0.9);
  });
  it('rejects impossible input', () => {
    expect(() => wilsonInterval(3, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(5, 10, 1)).toThrow(RangeError);
  });
});

describe('minimum detectable effect', () => {
  it('says changes under ±1.9 pp cannot be told apart at 2,000 examples and 95 % accuracy', () => {
    // (1.959964 + 0.841621) · √(2 · 0.95 · 0.05 / 2000) = 0.019308
    expect(minDetectableEffect(0.95, 2000)).toBeCloseTo(0.019308, 5);
  });
  it('shrinks with √n: 100× the examples, a tenth of the effect', () => {
    expectClose(minDetectableEffect(0.9, 200_000) * 10, minDetectableEffect(0.9, 2000), 1e-12);
  });
  it('grows with stricter alpha and higher power', () => {
    const base = minDetectableEffect(0.8, 1000);
    expect(minDetectableEffect(0.8, 1000, { alpha: 0.01 })).toBeGreaterThan(base);
    expect(minDetectableEffect(0.8, 1000, { power: 0.9 })).toBeGreaterThan(base);
  });
  it('stays positive at a perfect score', () => {
    expect(minDetectableEffect(1, 500)).toBeGreaterThan(0);
  });
  it('paired MDE is smaller when few predictions change', () => {
    expect(pairedMinDetectableEffect(40, 2000)).toBeLessThan(minDetectableEffect(0.9, 2000));
  });
});

describe('unpairedProportionTest against statsmodels', () => {
  it('p-value = proportions_ztest (pooled), or scipy fisher_exact below 5 expected; interval = confint_proportions_2indep(method="newcomb")', () => {
    const ref = loadReference<UnpairedRef>('unpaired.json');
    expect(new Set(ref.cases.map((r) => r.test))).toEqual(
      new Set(['two_proportion_z (approximate)', 'fisher_exact (approximate)']),
    );
    for (const r of ref.cases) {
      const got = unpairedProportionTest(r.p_base, r.n, r.p_head, r.n_head);
      const what = `p(${r.p_base}→${r.p_head}, n=${r.n}/${r.n_head})`;
      if (Number.isNaN(r.p_value)) expect(got.p_value).toBe(1);
      else expectClose(got.p_value, r.p_value, 1e-6, what);
      expectNear(got.interval[0], r.interval[0], 1e-9, 'lo');
      expectNear(got.interval[1], r.interval[1], 1e-9, 'hi');
      expect(got.test, what).toBe(r.test);
    }
  });
  it('is not anti-conservative on few examples: 25/25 → 21/25 is p = 0.11 (Fisher), not 0.037 (z-test)', () => {
    const r = unpairedProportionTest(1.0, 25, 0.84, 25);
    expect([r.test, Number(r.p_value.toFixed(4))]).toEqual(['fisher_exact (approximate)', 0.1099]);
  });
  it('+0.4 pp is noise on 2,000 examples and real on 200,000', () => {
    expect(unpairedProportionTest(0.9, 2000, 0.904, 2000).p_value).toBeGreaterThan(0.5);
    expect(unpairedProportionTest(0.9, 200_000, 0.904, 200_000).p_value).toBeLessThan(0.001);
  });
});

describe('holm against statsmodels multipletests(method="holm")', () => {
  it('matches exactly', () => {
    for (const [ps, adj] of loadReference<HolmRef>('holm.json').cases) {
      holm(ps).forEach((v, i) => expectClose(v, adj[i]!, 1e-12, `holm(${ps})[${i}]`));
    }
  });
  it('returns an empty list for no metrics and rejects invalid p-values', () => {
    expect(holm([])).toEqual([]);
    expect(() => holm([0.1, NaN])).toThrow(RangeError);
  });
});
