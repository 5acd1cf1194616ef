/**
 * The paired bootstrap of the macro metrics (precision_macro, recall_macro, f1_macro, f1_micro, recall[class]): each
 * resample draws every non-zero cell of the label × base × head table (a chain of O(1) conditional binomials, so a
 * resample costs O(non-zero cells), whatever n) and computes both models' metrics from the per-class tallies.
 * Cells are visited largest first, ties broken by the class names: the draws do not depend on the order in which the
 * classes first appeared in the files, so reordering the rows changes nothing.
 */
import type { JointCounts, PairedMetricName } from './joint-counts.js';
import { evaluatedClasses, Tally } from './joint-counts.js';
import type { Random } from './prng.js';
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
}

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
  return {
    label: Int32Array.from(found, (c) => c.l),
    base: Int32Array.from(found, (c) => c.b),
    head: Int32Array.from(found, (c) => c.h),
    weight: Float64Array.from(found, (c) => c.w),
  };
}

/** [precision_macro, recall_macro, f1_macro, f1_micro, ...recall per class] of one model. */
function flatten(t: Tally, classes: readonly number[]): number[] {
  const m = t.metrics(classes);
  return [m.precision_macro, m.recall_macro, m.f1_macro, m.f1_micro, ...m.recall];
}

/** One resample into the two tallies: the multinomial chain over the cells. */
function drawInto(cells: Cells, n: number, rng: Random, base: Tally, head: Tally): void {
  base.reset();
  head.reset();
  let remaining = n;
  let remainingWeight = n;
  for (let i = 0; i < cells.weight.length && remaining > 0; i++) {
    const w = cells.weight[i]!;
    const x = w >= remainingWeight ? remaining : sampleBinomial(remaining, w / remainingWeight, rng);
    remaining -= x;
    remainingWeight -= w;
    if (x === 0) continue;
    const l = cells.label[i]!;
    base.add(l, cells.base[i]!, x);
    head.add(l, cells.head[i]!, x);
  }
}

/** Whether base and head predict alike on every example: then every resample's delta is exactly 0. */
export function predictAlike(table: JointCounts): boolean {
  const k = table.labels.length;
  for (let i = 0; i < table.counts.length; i++) {
    if (table.counts[i]! > 0 && Math.floor(i / k) % k !== i % k) return false;
  }
  return true;
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
    for (let it = 0; it < iterations; it++) {
      drawInto(cells, table.n, rng, base, head);
      const mb = flatten(base, classes);
      const mh = flatten(head, classes);
      for (let j = 0; j < names.length; j++) deltas[j]![it] = mh[j]! - mb[j]!;
    }
  }
  return names.map((name, j) => ({ name, base: observed.base[j]!, head: observed.head[j]!, deltas: deltas[j]! }));
}
