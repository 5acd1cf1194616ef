/**
 * The paired bootstrap of the macro metrics (precision_macro, recall_macro, f1_macro, f1_micro, recall[class]): each
 * resample draws the label × base × head table from Multinomial(n, counts/n) and computes both models' metrics from
 * the per-class tallies. The draw is exact and costs O(cells) whatever n:
 * - cells holding at least POOL_BELOW examples: a chain of O(1) conditional binomials, largest first;
 * - the many small cells (with 100 classes, tens of thousands of cells of 1–7 errors each): what the chain leaves
 *   for them all, R*, is spread by drawing R* examples uniformly from the S examples they hold — the same
 *   Multinomial(R*, w/S), for about the cost of one binomial per cell, without a binomial per cell.
 * Cells are visited in an order fixed by their counts and class names, not by the order in which the classes first
 * appeared in the files, so reordering the rows changes nothing.
 */
import type { JointCounts, PairedMetricName } from './joint-counts.js';
import { evaluatedClasses, Tally } from './joint-counts.js';
import type { Random } from './prng.js';
import { UniformBelow } from './prng.js';
import { sampleBinomial } from './sampling.js';

export interface MacroDeltas {
  name: PairedMetricName;
  base: number;
  head: number;
  /** head − base of every resample. */
  deltas: Float64Array;
}

interface Cells {
  label: Int32Array;
  base: Int32Array;
  head: Int32Array;
  weight: Float64Array;
  /**
   * Cells [0, big) are drawn by the chain; the examples of cells [big, …) are listed in `pool`, one entry per
   * example holding its cell's label, base and head classes in 10 bits each and, in bits 30 and 31, whether base
   * and head are right (one memory read and no unpredictable branch per draw).
   */
  big: number;
  pool: Uint32Array;
}

/** Cells with fewer examples go to the pool (a binomial costs about as much as drawing 8 examples). */
const PACK_BITS = 10;
const PACK_MASK = (1 << PACK_BITS) - 1;
const BASE_RIGHT = 2 ** 30;
const HEAD_RIGHT = 2 ** 31;
/** More classes than fit in PACK_BITS: no pool (only with maxClasses raised above 1024). */
const MAX_POOLED_CLASSES = 1 << PACK_BITS;
const POOL_BELOW = 8;
/** The pool lists at most this many examples (8 MiB; uniformBelow's bound); beyond it, smaller cells only are pooled. */
const MAX_POOL = 1 << 21;

/** rank[i]: the position of class i when the classes are sorted by name (code units, as the reader compares them). */
function classRanks(labels: readonly string[]): Int32Array {
  const order = labels
    .map((_, i) => i)
    .sort((x, y) => (labels[x]! < labels[y]! ? -1 : labels[x]! > labels[y]! ? 1 : 0));
  const rank = new Int32Array(labels.length);
  order.forEach((cls, r) => (rank[cls] = r));
  return rank;
}

/** The non-zero cells, largest first; equal counts in the order of their class names. */
function canonicalCells(table: JointCounts, rank: Int32Array): Cells {
  const k = table.labels.length;
  const found: { l: number; b: number; h: number; w: number; key: number }[] = [];
  for (let i = 0; i < table.counts.length; i++) {
    const w = table.counts[i]!;
    if (w === 0) continue;
    const l = Math.floor(i / (k * k));
    const b = Math.floor(i / k) % k;
    const h = i % k;
    found.push({ l, b, h, w, key: (rank[l]! * k + rank[b]!) * k + rank[h]! });
  }
  found.sort((x, y) => y.w - x.w || x.key - y.key);
  const cells = {
    label: Int32Array.from(found, (c) => c.l),
    base: Int32Array.from(found, (c) => c.b),
    head: Int32Array.from(found, (c) => c.h),
    weight: Float64Array.from(found, (c) => c.w),
  };
  return {
    ...cells,
    ...(k <= MAX_POOLED_CLASSES ? examplePool(cells) : { big: found.length, pool: new Uint32Array(0) }),
  };
}

/** The small cells' examples, one packed entry per example; the cells are sorted, largest first. */
function examplePool(cells: Omit<Cells, 'big' | 'pool'>): { big: number; pool: Uint32Array } {
  const weight = cells.weight;
  let below = POOL_BELOW;
  let big = weight.length;
  let size = 0;
  for (;;) {
    big = weight.findIndex((w) => w < below);
    if (big < 0) return { big: weight.length, pool: new Uint32Array(0) };
    size = 0;
    for (let i = big; i < weight.length; i++) size += weight[i]!;
    if (size <= MAX_POOL || below <= 2) break;
    below >>= 1;
  }
  if (size > MAX_POOL) return { big: weight.length, pool: new Uint32Array(0) };
  const pool = new Uint32Array(size);
  for (let i = big, at = 0; i < weight.length; i++) {
    const [l, b, h] = [cells.label[i]!, cells.base[i]!, cells.head[i]!];
    const classes = (((l << PACK_BITS) | b) << PACK_BITS) | h;
    const packed = classes + (b === l ? BASE_RIGHT : 0) + (h === l ? HEAD_RIGHT : 0);
    pool.fill(packed, at, (at += weight[i]!));
  }
  return { big, pool };
}

/** [precision_macro, recall_macro, f1_macro, f1_micro, ...recall per class] of one model. */
function flatten(t: Tally, classes: readonly number[]): number[] {
  const m = t.metrics(classes);
  return [m.precision_macro, m.recall_macro, m.f1_macro, m.f1_micro, ...m.recall];
}

/** One resample into the two tallies: the chain over the big cells, then what is left drawn from the pool. */
function drawInto(cells: Cells, n: number, rng: Random, pick: UniformBelow | null, base: Tally, head: Tally): void {
  base.reset();
  head.reset();
  let remaining = n;
  let remainingWeight = n;
  for (let i = 0; i < cells.big && remaining > 0; i++) {
    const w = cells.weight[i]!;
    const x = w >= remainingWeight ? remaining : sampleBinomial(remaining, w / remainingWeight, rng);
    remaining -= x;
    remainingWeight -= w;
    if (x === 0) continue;
    const l = cells.label[i]!;
    base.add(l, cells.base[i]!, x);
    head.add(l, cells.head[i]!, x);
  }
  if (pick) drawPool(cells.pool, remaining, pick, base, head);
}

/**
 * `count` examples drawn uniformly from the pool, straight into the tallies. The hot loop of the macro bootstrap:
 * the index is drawn inline (Lemire's multiply-shift with rejection, see UniformBelow) from a buffer of uint32s.
 */
function drawPool(pool: Uint32Array, count: number, pick: UniformBelow, base: Tally, head: Tally): void {
  const { buffer, size, threshold } = pick;
  const [tpB, predB, actual, tpH, predH, actualH] = [
    base.tp,
    base.predicted,
    base.actual,
    head.tp,
    head.predicted,
    head.actual,
  ];
  let at = pick.at;
  for (let j = 0; j < count; j++) {
    let q = 0;
    for (;;) {
      if (at === buffer.length) at = pick.refill();
      const m = buffer[at++]! * size;
      q = Math.floor(m / 4294967296);
      if (m - q * 4294967296 >= threshold) break;
    }
    const packed = pool[q]!;
    const l = (packed >>> (2 * PACK_BITS)) & PACK_MASK;
    actual[l]!++;
    actualH[l]!++;
    predB[(packed >>> PACK_BITS) & PACK_MASK]!++;
    predH[packed & PACK_MASK]!++;
    tpB[l]! += (packed >>> 30) & 1;
    tpH[l]! += packed >>> 31;
  }
  pick.at = at;
  base.n += count;
  head.n += count;
}

/** Whether base and head predict alike on every example: then every resample's delta is exactly 0. */
export function predictAlike(table: JointCounts): boolean {
  const k = table.labels.length;
  for (let i = 0; i < table.counts.length; i++) {
    if (table.counts[i]! > 0 && Math.floor(i / k) % k !== i % k) return false;
  }
  return true;
}

/** One resample of the table into the two tallies per call (what each bootstrap iteration scores). */
export function createResampler(table: JointCounts, rng: Random): (base: Tally, head: Tally) => void {
  const cells = canonicalCells(table, classRanks(table.labels));
  const pick = cells.pool.length > 0 ? new UniformBelow(rng, cells.pool.length) : null;
  return (base, head) => drawInto(cells, table.n, rng, pick, base, head);
}

export function macroBootstrap(table: JointCounts, iterations: number, rng: Random): MacroDeltas[] {
  const k = table.labels.length;
  const rank = classRanks(table.labels);
  const classes = evaluatedClasses(table).sort((x, y) => rank[x]! - rank[y]!);
  const cells = canonicalCells(table, rank);
  const base = new Tally(k);
  const head = new Tally(k);
  for (let i = 0; i < cells.weight.length; i++) {
    base.add(cells.label[i]!, cells.base[i]!, cells.weight[i]!);
    head.add(cells.label[i]!, cells.head[i]!, cells.weight[i]!);
  }
  const names: PairedMetricName[] = [
    'precision_macro',
    'recall_macro',
    'f1_macro',
    'f1_micro',
    ...classes.map((c) => `recall[${table.labels[c]}]` as const),
  ];
  const observed = { base: flatten(base, classes), head: flatten(head, classes) };
  const deltas = names.map(() => new Float64Array(iterations));
  if (!predictAlike(table)) {
    const resample = createResampler(table, rng);
    for (let it = 0; it < iterations; it++) {
      resample(base, head);
      const mb = flatten(base, classes);
      const mh = flatten(head, classes);
      for (let j = 0; j < names.length; j++) deltas[j]![it] = mh[j]! - mb[j]!;
    }
  }
  return names.map((name, j) => ({ name, base: observed.base[j]!, head: observed.head[j]!, deltas: deltas[j]! }));
}
