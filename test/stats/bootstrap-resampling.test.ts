import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJointCounts } from '../../src/adapters/predictions-reader.js';
import { Tally } from '../../src/stats/joint-counts.js';
import { createResampler } from '../../src/stats/macro-bootstrap.js';
import { analysePaired } from '../../src/stats/paired.js';
import { createRandom } from '../../src/stats/prng.js';
import { binomialLogPmfRatio, sampleBinomial } from '../../src/stats/sampling.js';
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

describe('macro bootstrap with many small cells (drawn from the example pool)', () => {
  it('has the spread of a naive bootstrap that resamples the rows themselves', () => {
    // 3,000 rows, 40 classes, 20 % errors spread over many (label, base, head) cells of 1–3 examples each.
    const k = 40;
    const rng = createRandom(9);
    const rows: [number, number, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const l = Math.floor(rng.next() * k);
      const wrong = () => (l + 1 + Math.floor(rng.next() * (k - 1))) % k;
      const b = rng.next() < 0.8 ? l : wrong();
      const h = rng.next() < 0.8 ? l : rng.next() < 0.5 ? b : wrong();
      rows.push([l, b, h]);
    }
    const counts = new Float64Array(k * k * k);
    for (const [l, b, h] of rows) counts[(l * k + b) * k + h]!++;
    const labels = Array.from({ length: k }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const table = { labels, counts, n: rows.length };
    const boot = analysePaired(table, { gated: ['f1_macro'], iterations: 2000 }).bootstrap.f1_macro!;
    // The naive bootstrap: resample the rows, recount, recompute macro F1 of both models.
    const f1 = (idx: number[], side: 1 | 2) => {
      const tp = new Float64Array(k);
      const pred = new Float64Array(k);
      const act = new Float64Array(k);
      for (const i of idx) {
        const r = rows[i]!;
        act[r[0]]!++;
        pred[r[side]]!++;
        if (r[side] === r[0]) tp[r[0]]!++;
      }
      let sum = 0;
      let m = 0;
      for (let c = 0; c < k; c++) {
        if (act[c] === 0) continue;
        m++;
        sum += (2 * tp[c]!) / (pred[c]! + act[c]!);
      }
      return sum / m;
    };
    const naive = Array.from({ length: 1000 }, () => {
      const idx = rows.map(() => Math.floor(rng.next() * rows.length));
      return f1(idx, 2) - f1(idx, 1);
    }).sort((a, b) => a - b);
    const naiveWidth = naive[975]! - naive[25]!;
    const width = boot.interval[1] - boot.interval[0];
    expect(width / naiveWidth).toBeGreaterThan(0.85);
    expect(width / naiveWidth).toBeLessThan(1.15);
  });
});

describe('one resample of the table', () => {
  it('is Multinomial(n, counts/n) in the big cells and in the pooled small cells alike', () => {
    // Class 0 holds 5,000 examples (big cells); classes 1…300 hold 1–3 each, in cells of their own (pooled).
    const k = 301;
    const counts = new Float64Array(k * k * k);
    const at = (l: number, b: number, h: number) => (l * k + b) * k + h;
    counts[at(0, 0, 0)] = 4000;
    counts[at(0, 0, 1)] = 600;
    counts[at(0, 2, 0)] = 400;
    for (let c = 1; c < k; c++) counts[at(c, c, (c % 7) + 1)] = 1 + (c % 3);
    let n = 0;
    for (const v of counts) n += v;
    const table = { labels: Array.from({ length: k }, (_, i) => `c${i}`), counts, n };
    const resample = createResampler(table, createRandom(4));
    const base = new Tally(k);
    const head = new Tally(k);
    const draws = 4000;
    // Watched: head's tp of class 0 (big cells), base's tp of classes 1…100 together and of class 3 alone (pooled).
    const watched = [
      { p: 4400 / n, value: () => head.tp[0]! },
      { p: [...Array(100)].reduce((s, _, i) => s + 1 + ((i + 1) % 3), 0) / n, value: () => sumOf(base.tp, 1, 101) },
      { p: 1 / n, value: () => base.tp[3]! },
    ];
    const sums = watched.map(() => ({ sum: 0, squares: 0 }));
    for (let d = 0; d < draws; d++) {
      resample(base, head);
      expect(base.n).toBe(n);
      watched.forEach((w, i) => {
        const v = w.value();
        sums[i]!.sum += v;
        sums[i]!.squares += v * v;
      });
    }
    watched.forEach(({ p }, i) => {
      const mean = sums[i]!.sum / draws;
      const variance = sums[i]!.squares / draws - mean * mean;
      const sd = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(mean - n * p) / (sd / Math.sqrt(draws)), `mean ${i}`).toBeLessThan(4);
      expect(variance / (sd * sd), `variance ${i}`).toBeGreaterThan(0.9);
      expect(variance / (sd * sd), `variance ${i}`).toBeLessThan(1.1);
    });
  });
});

function sumOf(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return s;
}

describe('BTRS acceptance test', () => {
  it('uses log f(k)/f(m) that agrees with the saddle-point pmf to 1e-8 (rounding at n = 10⁷)', () => {
    for (const [n, p] of [
      [60, 0.5],
      [1000, 0.02],
      [10_000_000, 0.42],
      [3_000_000, 0.0001],
    ] as const) {
      const m = Math.floor((n + 1) * p);
      const sd = Math.sqrt(n * p * (1 - p));
      for (const k of [m, m - 1, m + 1, Math.max(0, Math.round(m - 3 * sd)), Math.min(n, Math.round(m + 4 * sd))]) {
        const exact = binomialLogPmf(k, n, p) - binomialLogPmf(m, n, p);
        expect(Math.abs(binomialLogPmfRatio(k, m, n, p) - exact), `n=${n} p=${p} k=${k}`).toBeLessThan(1e-8);
      }
    }
  });
});
