import { describe, expect, it } from 'vitest';
import { analyzeCurve } from '../../src/curve/index.js';
import { twoDoublingsCall } from '../../src/curve/recommend.js';
import { ACC } from './helpers.js';

// The next two doublings' gain is stated only when its whole 80 % interval is on one side of twice the threshold:
// the point prediction alone called it right 79 % of the time on LCDB (docs/learning-curves.md, "Benchmark").
describe('the call on the next two doublings', () => {
  it('says below or above only when the whole interval is on that side of twice the threshold', () => {
    expect(twoDoublingsCall([-0.002, 0.0099], 0.005)).toBe('below');
    expect(twoDoublingsCall([0.0101, 0.03], 0.005)).toBe('above');
    expect(twoDoublingsCall([0.004, 0.012], 0.005)).toBe('uncertain');
    expect(twoDoublingsCall([0.01, 0.02], 0.005)).toBe('uncertain');
    expect(twoDoublingsCall([0, 0.01], 0.005)).toBe('uncertain');
  });

  // Four sizes per doubling from 1k to 32k, measured on 100k or 2k test examples.
  const sizes = Array.from({ length: 21 }, (_, i) => Math.round(1000 * 2 ** (i / 4)));
  const analyse = (f: (n: number) => number, eval_size: number) =>
    analyzeCurve(
      'accuracy',
      sizes.map((n) => ({ train_size: n, value: f(n) })),
      { ...ACC, eval_size },
    );
  const tail = (said: string) =>
    new RegExp(
      `; two doublings on \\(128k\\): ${said} \\(80 % interval of the change [−+]?\\d\\.\\d+ to \\+\\d\\.\\d+ pp\\)$`,
    );

  it('a curve still gaining: "gain > 1 pp" when the whole interval is above', () => {
    const a = analyse((n) => 0.95 - 6 * n ** -0.5, 100_000);
    expect(a.reliable).toBe(true);
    expect(a.conclusion).toMatch(tail('gain > 1 pp'));
  });

  it('near its plateau: "gain < 1 pp" on a precise curve, "uncertain" on the same curve measured on 2k examples', () => {
    const f = (n: number) => 0.9 - n ** -0.5;
    const precise = analyse(f, 100_000),
      noisy = analyse(f, 2000);
    expect(precise.reliable && noisy.reliable).toBe(true);
    expect(precise.conclusion).toMatch(tail('gain < 1 pp'));
    expect(noisy.conclusion).toMatch(tail('whether the gain reaches 1 pp is uncertain'));
  });

  it('a metric in its own units says twice its threshold', () => {
    const pts = [2.9, 2.5, 2.25, 2.1, 2.02, 1.98].map((v, i) => ({ train_size: 10_000 * 2 ** i, value: v }));
    const a = analyzeCurve('loss', pts, { ...ACC, proportion: false, direction: 'lower', gain_per_doubling: 0.05 });
    expect(a.reliable).toBe(true);
    expect(a.conclusion).toMatch(
      /; two doublings on \(1\.28M\): (gain [<>] 0\.1|whether the gain reaches 0\.1 is uncertain) \(80 % interval of the change −?\d/,
    );
  });

  it('says nothing of the next two doublings when the curve is not reliable', () => {
    const a = analyse(() => 0.5, 100_000);
    expect(a.reliable).toBe(false);
    expect(a.conclusion).not.toMatch(/two doublings on/);
  });
});
