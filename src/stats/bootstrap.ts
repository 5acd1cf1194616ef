/**
 * Paired bootstrap of metric deltas (head − base) on the joint count table (Efron & Tibshirani 1993).
 *
 * Resampling n examples with replacement is the same as drawing the k³ cell counts from Multinomial(n, counts/n);
 * we draw that directly (exact conditional binomials, see sampling.ts), so one iteration costs O(non-zero cells),
 * independent of n. Base and head are resampled together (the same examples), which keeps the pairing.
 * Interval: percentile interval of the bootstrap deltas (linear interpolation, numpy's default).
 * p_value: two-sided bootstrap p-value 2·min(#(δ* ≤ 0)+1, #(δ* ≥ 0)+1)/(B+1), capped at 1: the smallest α at which
 * the percentile interval would exclude 0; its resolution is 1/(B+1), so it is approximate below ~10/B.
 * Reproducible: the same table, seed and iteration count give identical results everywhere.
 */
import type { ClassificationMetrics, JointCounts, PairedMetricName } from './joint-counts.js';
import { Tally, evaluatedClasses, validateJointCounts } from './joint-counts.js';
import { createRandom } from './prng.js';
import { sampleMultinomial } from './sampling.js';
import { checkConfidence } from './wilson.js';

export interface BootstrapOptions {
  /** Default 2000. */
  iterations?: number;
  /** Default 20240611 (any fixed integer; stated so reports are reproducible). */
  seed?: number;
  /** Default 0.95. */
  confidence?: number;
}

export interface BootstrapMetric {
  base: number;
  head: number;
  /** head − base on the full table. */
  delta: number;
  /** Percentile interval of the delta. */
  interval: [number, number];
  p_value: number;
}

export type PairedBootstrapResult = Record<PairedMetricName, BootstrapMetric>;

export const DEFAULT_BOOTSTRAP_SEED = 20240611;
export const MAX_BOOTSTRAP_ITERATIONS = 100_000;

/** Linear-interpolation quantile of a sorted array (numpy's default method). */
export function sortedQuantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (pos - lo) * (sorted[hi]! - sorted[lo]!);
}

function flatten(m: ClassificationMetrics): number[] {
  return [m.accuracy, m.precision_macro, m.recall_macro, m.f1_macro, m.f1_micro, ...m.recall];
}

export function pairedBootstrap(table: JointCounts, opts: BootstrapOptions = {}): PairedBootstrapResult {
  validateJointCounts(table);
  const iterations = opts.iterations ?? 2000;
  const seed = opts.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const confidence = opts.confidence ?? 0.95;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_BOOTSTRAP_ITERATIONS) {
    throw new RangeError(
      `bootstrap iterations must be an integer in [1, ${MAX_BOOTSTRAP_ITERATIONS}], got ${iterations}`,
    );
  }
  checkConfidence(confidence);
  if (table.n === 0) throw new RangeError('bootstrap: the joint count table is empty');

  const k = table.labels.length;
  const classes = evaluatedClasses(table);
  const names: string[] = [
    'accuracy',
    'precision_macro',
    'recall_macro',
    'f1_macro',
    'f1_micro',
    ...classes.map((c) => `recall[${table.labels[c]}]`),
  ];

  // Non-zero cells, largest first: the binomial chain then exhausts n early and skips the long tail of cells.
  const cells: { l: number; b: number; h: number; w: number }[] = [];
  for (let l = 0; l < k; l++) {
    for (let b = 0; b < k; b++) {
      for (let h = 0; h < k; h++) {
        const w = table.counts[(l * k + b) * k + h]!;
        if (w > 0) cells.push({ l, b, h, w });
      }
    }
  }
  cells.sort((x, y) => y.w - x.w);
  const weights = Float64Array.from(cells, (c) => c.w);
  const drawn = new Float64Array(cells.length);
  const base = new Tally(k);
  const head = new Tally(k);

  const fill = (counts: ArrayLike<number>): [number[], number[]] => {
    base.reset();
    head.reset();
    for (let i = 0; i < cells.length; i++) {
      const x = counts[i]!;
      if (x === 0) continue;
      const cell = cells[i]!;
      base.add(cell.l, cell.b, x);
      head.add(cell.l, cell.h, x);
    }
    return [flatten(base.metrics(classes)), flatten(head.metrics(classes))];
  };

  const [observedBase, observedHead] = fill(weights);
  const deltas = names.map(() => new Float64Array(iterations));
  const rng = createRandom(seed);
  for (let it = 0; it < iterations; it++) {
    sampleMultinomial(table.n, weights, drawn, rng);
    const [mb, mh] = fill(drawn);
    for (let j = 0; j < names.length; j++) deltas[j]![it] = mh[j]! - mb[j]!;
  }

  const tail = (1 - confidence) / 2;
  const result: Record<string, BootstrapMetric> = {};
  names.forEach((name, j) => {
    const d = deltas[j]!;
    let atOrBelow = 0;
    let atOrAbove = 0;
    for (let i = 0; i < d.length; i++) {
      if (d[i]! <= 0) atOrBelow++;
      if (d[i]! >= 0) atOrAbove++;
    }
    d.sort();
    const b0 = observedBase[j]!;
    const h0 = observedHead[j]!;
    result[name] = {
      base: b0,
      head: h0,
      delta: h0 - b0,
      interval: [sortedQuantile(d, tail), sortedQuantile(d, 1 - tail)],
      p_value: Math.min(1, (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (iterations + 1)),
    };
  });
  return result as PairedBootstrapResult;
}
