import { describe, expect, it } from 'vitest';
import { analyzeCurve, fitCurveModels } from '../../src/curve/index.js';
import type { CurvePoint } from '../../src/curve/index.js';

const ERR = { direction: 'lower' as const, proportion: true, min_points: 4, gain_per_doubling: 0.005 };
const o = { direction: 'lower' as const, proportion: true };
/** Dense grid as in LCDB: 8 sizes per doubling, 16 .. 4096. */
const sizes = Array.from({ length: 65 }, (_, i) => Math.round(16 * 2 ** (i / 8)));

describe('dense-curve selection by the nested quarter split', () => {
  it('keeps the pow3 window ensemble on a clean power law, and predicts it well 4x ahead', () => {
    const f = (n: number) => 0.05 + 0.8 * n ** -0.5;
    const pts: CurvePoint[] = sizes.map((n) => ({ train_size: n, value: f(n), std: 0.002 }));
    const fit = pts.filter((p) => p.train_size <= 1024);
    const m = fitCurveModels(fit, o);
    expect(m.lastValueSelected).toBe(false);
    expect(m.selected).toBe('pow3');
    expect(m.quarterHoldout!.model).toBeLessThan(m.quarterHoldout!.lastValue);
    expect(Math.abs(m.predict!(4096) - f(4096))).toBeLessThan(0.002);
  });

  it('selects the last observed value when a trend stops (plateau after a drop), and says it is not reliable', () => {
    // Falls fast up to 256, then flat: fitted trends keep falling, the last value does not.
    const pts: CurvePoint[] = sizes
      .filter((n) => n <= 2048)
      .map((n) => ({ train_size: n, value: n <= 256 ? 0.3 * (256 / n) ** 0.7 : 0.3, std: 0.002 }));
    const m = fitCurveModels(pts, o);
    expect(m.lastValueSelected).toBe(true);
    expect(m.selected).toBeNull();
    expect(m.quarterHoldout!.lastValue).toBeLessThan(m.quarterHoldout!.model);
    expect(m.predict!(8192)).toBe(0.3);
    const a = analyzeCurve('error', pts, ERR);
    expect(a.family).toBe('last_value');
    expect(a.reliable).toBe(false);
    expect(a.reason).toMatch(/last observed value predicted the held-out points/);
    expect(a.families.map((f) => f.name)).toContain('pow3');
    expect(a.points).toHaveLength(pts.length);
  });

  it('is deterministic', () => {
    const pts: CurvePoint[] = sizes.map((n, i) => ({
      train_size: n,
      value: 0.1 + n ** -0.4 + 0.003 * Math.sin(i),
      std: 0.003,
    }));
    expect(fitCurveModels(pts, o).predict!(20000)).toBe(fitCurveModels(pts, o).predict!(20000));
  });
});
