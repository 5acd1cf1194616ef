import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJointCounts } from '../../src/adapters/predictions-reader.js';
import { analysePaired } from '../../src/stats/paired.js';
import { createRandom } from '../../src/stats/prng.js';
import { sampleBinomial } from '../../src/stats/sampling.js';
import { binomialLogPmf } from '../../src/stats/special.js';
import { predictionsFixture } from './reference.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-resampling-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pearson's χ² of draws against the exact pmf, bins merged until each expects ≥ 5; returns a z-score. */
function chiSquareZ(n: number, p: number, draws: number[]): number {
  const counts = new Map<number, number>();
  for (const x of draws) counts.set(x, (counts.get(x) ?? 0) + 1);
  const mean = n * p;
  const sd = Math.sqrt(n * p * (1 - p));
  const lo = Math.max(0, Math.floor(mean - 8 * sd - 10));
  const hi = Math.min(n, Math.ceil(mean + 8 * sd + 10));
  let chi = 0;
  let df = -1;
  let expected = 0;
  let observed = 0;
  for (let x = lo; x <= hi; x++) {
    expected += draws.length * Math.exp(binomialLogPmf(x, n, p));
    observed += counts.get(x) ?? 0;
    if (expected >= 5 || x === hi) {
      chi += (observed - expected) ** 2 / expected;
      df++;
      expected = observed = 0;
    }
  }
  // Wilson–Hilferty: (χ²/df)^(1/3) is close to normal.
  const v = 2 / (9 * df);
  return ((chi / df) ** (1 / 3) - (1 - v)) / Math.sqrt(v);
}

describe('binomial sampler', () => {
  it('draws from the exact binomial distribution in both regimes (inversion and BTRS)', () => {
    for (const [n, p] of [
      [40, 0.1], // inversion, np = 4
      [1_000_000, 5e-6], // inversion, np = 5, n large
      [60, 0.5], // BTRS near its lower limit
      [500, 0.93], // BTRS, by symmetry
      [10_000_000, 0.42], // BTRS, n large
    ] as const) {
      const rng = createRandom(11);
      const draws = Array.from({ length: 40_000 }, () => sampleBinomial(n, p, rng));
      expect(chiSquareZ(n, p, draws), `n=${n} p=${p}`).toBeLessThan(3.5);
    }
  });
});

/** Rows of a predictions CSV (without the header). */
const rowsOf = (file: string) => readFileSync(file, 'utf8').trim().split('\n').slice(1);
const write = (name: string, rows: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `id,label,prediction\n${rows.join('\n')}\n`);
  return file;
};

describe('paired bootstrap', () => {
  const base = predictionsFixture('Satellite__random_forest__seed11.preds.csv');
  const head = predictionsFixture('Satellite__random_forest__seed12.preds.csv');

  it('does not depend on the order of the rows (reversed, shuffled, or each file in its own order)', async () => {
    const reference = analysePaired(await readJointCounts(base, head), { seed: 5, iterations: 400 });
    const [b, h] = [rowsOf(base), rowsOf(head)];
    const rng = createRandom(3);
    const order = b.map((_, i) => i).sort(() => rng.next() - 0.5);
    const variants = [
      [write('rb.csv', [...b].reverse()), write('rh.csv', [...h].reverse())],
      [
        write(
          'sb.csv',
          order.map((i) => b[i]!),
        ),
        write(
          'sh.csv',
          order.map((i) => h[i]!),
        ),
      ],
      [base, write('rh2.csv', [...h].reverse())],
    ];
    for (const [vb, vh] of variants) {
      const an = analysePaired(await readJointCounts(vb!, vh!), { seed: 5, iterations: 400 });
      expect(an.bootstrap).toEqual(reference.bootstrap);
    }
  });

  it('resamples the macro metrics only when one is gated; accuracy is the same either way', async () => {
    const t = await readJointCounts(base, head);
    const accuracyOnly = analysePaired(t, { gated: ['accuracy', 'error_rate', 'latency_ms'] });
    const withF1 = analysePaired(t, { gated: ['val_f1_macro'] });
    expect(Object.keys(accuracyOnly.bootstrap)).toEqual(['accuracy']);
    expect(withF1.bootstrap.f1_macro).toBeDefined();
    expect(withF1.bootstrap.accuracy).toEqual(accuracyOnly.bootstrap.accuracy);
    expect(Object.keys(analysePaired(t).bootstrap)).toContain('recall[cotton crop]');
  });

  it('gives every metric a zero-width interval, without resampling, when both files predict alike', async () => {
    const an = analysePaired(await readJointCounts(base, base), { gated: ['accuracy'] });
    expect(an.bootstrap.f1_macro).toMatchObject({ delta: 0, interval: [0, 0], p_value: 1 });
    expect(an.bootstrap.accuracy).toMatchObject({ delta: 0, interval: [0, 0], p_value: 1 });
  });
});
