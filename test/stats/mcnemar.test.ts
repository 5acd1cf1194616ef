import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mcnemar } from '../../src/stats/mcnemar.js';
import { binomialLogCdf, binomialLogPmf, logGamma } from '../../src/stats/special.js';
import { expectClose, loadReference } from './reference.js';

interface McRef {
  cases: { b: number; c: number; exact_p: number; log_exact_p: number; mid_p: number; statistic: number }[];
}
interface BinRef {
  cases: [number, number, number, number, number][];
  lgamma: [number, number][];
}

describe('mcnemar against statsmodels (exact) and scipy (mid-p)', () => {
  const ref = loadReference<McRef>('mcnemar.json');
  it('matches exact and mid-p to 1e-6 relative, including large counts', () => {
    for (const r of ref.cases) {
      const got = mcnemar(r.b, r.c);
      expectClose(got.exact_p, r.exact_p, 1e-6, `exact(${r.b},${r.c})`);
      expectClose(got.mid_p, r.mid_p, 1e-6, `mid(${r.b},${r.c})`);
      expect(got.statistic).toBe(r.statistic);
      if (r.log_exact_p !== 0) expectClose(got.log_exact_p, r.log_exact_p, 1e-9, `log exact(${r.b},${r.c})`);
    }
  });

  it('gets b = 5000 vs c = 5600 right where a normal table would floor at 0.001', () => {
    const r = mcnemar(5000, 5600);
    expect(r.exact_p).toBeGreaterThan(1e-9);
    expect(r.exact_p).toBeLessThan(1e-8);
    expect(r.mid_p).toBeLessThan(r.exact_p);
  });

  it('reports a finite log p where the p-value underflows', () => {
    const r = mcnemar(0, 2000); // p = 2^-1999
    expect(r.exact_p).toBe(0);
    expectClose(r.log_exact_p, -1999 * Math.LN2, 1e-12, 'log p');
  });

  it('is symmetric in b and c, mid-p ≤ exact ≤ 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (b, c) => {
        const x = mcnemar(b, c);
        const y = mcnemar(c, b);
        expect(x.exact_p).toBe(y.exact_p);
        expect(x.mid_p).toBeLessThanOrEqual(x.exact_p);
        expect(x.exact_p).toBeLessThanOrEqual(1);
        expect(x.mid_p).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('rejects non-counts', () => {
    expect(() => mcnemar(-1, 3)).toThrow(RangeError);
    expect(() => mcnemar(1.5, 3)).toThrow(RangeError);
  });
});

describe('binomial log probabilities and log-gamma against scipy', () => {
  const ref = loadReference<BinRef>('binomial.json');
  it('log cdf and log pmf', () => {
    for (const [k, n, p, logcdf, logpmf] of ref.cases) {
      expectClose(binomialLogPmf(k, n, p), logpmf, 1e-9, `logpmf(${k},${n},${p})`);
      if (logcdf === 0) expect(Math.abs(binomialLogCdf(k, n, p))).toBeLessThan(1e-15);
      else expectClose(binomialLogCdf(k, n, p), logcdf, 1e-8, `logcdf(${k},${n},${p})`);
    }
  });
  it('log gamma', () => {
    for (const [x, v] of ref.lgamma) {
      if (v === 0) expect(Math.abs(logGamma(x))).toBeLessThan(1e-14);
      else expectClose(logGamma(x), v, 1e-12, `lgamma(${x})`);
    }
  });
});
