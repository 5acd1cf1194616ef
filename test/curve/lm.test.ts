import { describe, expect, it } from 'vitest';
import { levenbergMarquardt } from '../../src/curve/lm.js';
import { fitFamily } from '../../src/curve/fit.js';

describe('levenbergMarquardt', () => {
  it('recovers the parameters of an exact pow3 curve', () => {
    const f = (x: number, p: readonly number[]) => p[0]! + p[1]! * Math.pow(x, -p[2]!);
    const x = [1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2, 1];
    const y = x.map((v) => f(v, [0.05, 0.04, 0.6]));
    const r = levenbergMarquardt({ x, y, w: x.map(() => 1), f, lo: [0, 0, 0.01], hi: [1, 2, 3] }, [0.01, 0.1, 0.2]);
    expect(r.params[0]).toBeCloseTo(0.05, 5);
    expect(r.params[1]).toBeCloseTo(0.04, 5);
    expect(r.params[2]).toBeCloseTo(0.6, 4);
  });

  it('keeps parameters inside their bounds', () => {
    const pts = [0.7, 0.8, 0.85, 0.87, 0.88].map((v, i) => ({ train_size: 100 * 2 ** i, value: v }));
    for (const name of ['pow3', 'exp3', 'mmf4', 'wbl4'] as const) {
      const m = fitFamily(name, pts, { direction: 'higher', proportion: true })!;
      // Asymptotic error between 0 and the best observed error.
      const e = m.predict(1e12);
      expect(1 - e).toBeGreaterThanOrEqual(-1e-9);
      expect(1 - e).toBeLessThanOrEqual(0.12 + 1e-9);
    }
  });
});

describe('the families’ analytic derivatives', () => {
  it('match central differences of f', async () => {
    const { FAMILIES } = await import('../../src/curve/families.js');
    const params: Record<string, number[]> = {
      pow3: [0.05, 0.04, 0.6],
      log2: [0.2, 0.03],
      exp3: [0.05, 0.3, 4],
      mmf4: [0.4, 0.7, 0.05, 1.3],
      wbl4: [0.8, 0.3, 0.05, 0.9],
    };
    for (const [name, p] of Object.entries(params)) {
      const fam = FAMILIES[name as keyof typeof FAMILIES];
      for (const x of [1 / 16, 0.3, 1, 2.5]) {
        const g = new Float64Array(p.length);
        fam.grad(x, p, g);
        p.forEach((v, j) => {
          const h = 1e-6 * Math.max(1, Math.abs(v));
          const up = p.slice(),
            dn = p.slice();
          up[j] = v + h;
          dn[j] = v - h;
          expect(g[j]).toBeCloseTo((fam.f(x, up) - fam.f(x, dn)) / (2 * h), 6);
        });
      }
    }
  });
});
