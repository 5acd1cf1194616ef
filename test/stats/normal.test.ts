import { describe, expect, it } from 'vitest';
import { normalCdf, normalIsf, normalLogSf, normalQuantile, normalSf } from '../../src/stats/normal.js';
import { expectClose, loadReference } from './reference.js';

interface NormalRef {
  cdf: [number, number, number, number][];
  quantile: [number, number][];
  isf: [number, number][];
}
const ref = loadReference<NormalRef>('normal.json');

describe('normal distribution against scipy.stats.norm', () => {
  it('cdf and sf match in relative terms far into both tails', () => {
    for (const [x, cdf, sf, logsf] of ref.cdf) {
      expectClose(normalCdf(x), cdf, 1e-10, `cdf(${x})`);
      expectClose(normalSf(x), sf, 1e-10, `sf(${x})`);
      if (logsf !== 0) expectClose(normalLogSf(x), logsf, 1e-10, `logsf(${x})`);
    }
  });

  it('quantile matches to 1e-12 relative, including p = 1e-300', () => {
    for (const [p, z] of ref.quantile) {
      if (z === 0) expect(normalQuantile(p)).toBe(0);
      else expectClose(normalQuantile(p), z, 1e-12, `ppf(${p})`);
    }
    for (const [q, z] of ref.isf) expectClose(normalIsf(q), z, 1e-12, `isf(${q})`);
  });

  it('has the exact probit(0.975) that simple-statistics gets wrong (1.9572)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalSf(1.959963984540054)).toBeCloseTo(0.025, 15);
  });

  it('does not floor tail probabilities at 0.001 like a table lookup', () => {
    expect(normalSf(6)).toBeCloseTo(9.865876450376946e-10, 22);
    expect(normalSf(38)).toBeGreaterThan(0);
    expect(normalLogSf(50)).toBeCloseTo(-1254.8313611394, 6); // Q(50) ≈ 2.2e-545, far below the double range
  });

  it('is a monotone inverse pair (property over a grid)', () => {
    let prev = -Infinity;
    for (let i = 1; i < 2000; i++) {
      const p = i / 2000;
      const z = normalQuantile(p);
      expect(z).toBeGreaterThan(prev);
      prev = z;
      expectClose(normalCdf(z), p, 1e-12, `cdf(ppf(${p}))`);
    }
  });

  it('handles the edges', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalSf(Infinity)).toBe(0);
    expect(normalCdf(NaN)).toBeNaN();
  });
});
