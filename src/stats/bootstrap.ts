/**
 * Paired bootstrap of metric deltas (head − base) on the joint count table (Efron & Tibshirani 1993).
 *
 * Resampling n examples with replacement is the same as drawing the table's cell counts from Multinomial(n,
 * counts/n); we draw that directly with O(1) binomials (sampling.ts), so nothing depends on n. Base and head are
 * resampled together (the same examples), which keeps the pairing. Only what is asked for is resampled:
 * - accuracy (and so error rate) needs the 2×2 correct/incorrect table alone: the discordant counts (b, c) are two
 *   binomial draws per resample, and its delta is (c* − b*)/n;
 * - the macro metrics (precision_macro, recall_macro, f1_macro, f1_micro, recall[class]) need the whole
 *   label × base × head table (macro-bootstrap.ts), only when `macro` is set.
 * Interval: percentile interval of the bootstrap deltas (linear interpolation, numpy's default).
 * p_value: two-sided bootstrap p-value 2·min(#(δ* ≤ 0)+1, #(δ* ≥ 0)+1)/(B+1), capped at 1: the smallest α at which
 * the percentile interval would exclude 0; its resolution is 1/(B+1), so it is approximate below ~10/B.
 * Reproducible and independent of row order: the result depends on the table, the seed and the iteration count
 * only, and the cells are visited in an order fixed by the class names, not by where a class first appeared.
 */
import type { JointCounts, JointSummary, PairedMetricName } from './joint-counts.js';
import { summarizeJointCounts } from './joint-counts.js';
import { macroBootstrap } from './macro-bootstrap.js';
import { createRandom } from './prng.js';
import type { Random } from './prng.js';
import { sampleBinomial } from './sampling.js';
import { checkConfidence } from './wilson.js';

export interface BootstrapOptions {
  /** Default 2000. */
  iterations?: number;
  /** Default 20240611 (any fixed integer; stated so reports are reproducible). */
  seed?: number;
  /** Default 0.95. */
  confidence?: number;
  /** Also resample the macro metrics (the whole table); default true. Accuracy is always resampled. */
  macro?: boolean;
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

/** Accuracy always; the macro metrics when they were resampled (BootstrapOptions.macro). */
export type PairedBootstrapResult = { accuracy: BootstrapMetric } & Partial<Record<PairedMetricName, BootstrapMetric>>;

export const DEFAULT_BOOTSTRAP_SEED = 20240611;
export const MAX_BOOTSTRAP_ITERATIONS = 100_000;
/** The macro resampling draws from its own stream, so accuracy's interval is the same whether or not it runs. */
const MACRO_STREAM = 0x5bd1e995;

/** Linear-interpolation quantile of a sorted array (numpy's default method). */
export function sortedQuantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (pos - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Interval and p-value of the bootstrap deltas d (sorted in place) around the observed values. */
export function summarizeDeltas(d: Float64Array, base: number, head: number, confidence: number): BootstrapMetric {
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let i = 0; i < d.length; i++) {
    if (d[i]! <= 0) atOrBelow++;
    if (d[i]! >= 0) atOrAbove++;
  }
  d.sort();
  const tail = (1 - confidence) / 2;
  return {
    base,
    head,
    delta: head - base,
    interval: [sortedQuantile(d, tail), sortedQuantile(d, 1 - tail)],
    p_value: Math.min(1, (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (d.length + 1)),
  };
}

/** Deltas of accuracy from the 2×2 table: (b*, c*) ~ Multinomial(n; b/n, c/n, rest), as conditional binomials. */
export function accuracyDeltas(n: number, b: number, c: number, iterations: number, rng: Random): Float64Array {
  const out = new Float64Array(iterations);
  const pb = b / n;
  const pc = b < n ? c / (n - b) : 0;
  for (let it = 0; it < iterations; it++) {
    const bs = sampleBinomial(n, pb, rng);
    const cs = sampleBinomial(n - bs, pc, rng);
    out[it] = (cs - bs) / n;
  }
  return out;
}

function checkOptions(table: JointCounts, iterations: number, confidence: number): void {
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_BOOTSTRAP_ITERATIONS) {
    throw new RangeError(
      `bootstrap iterations must be an integer in [1, ${MAX_BOOTSTRAP_ITERATIONS}], got ${iterations}`,
    );
  }
  checkConfidence(confidence);
  if (table.n === 0) throw new RangeError('bootstrap: the joint count table is empty');
}

/** `summary`: summarizeJointCounts(table), when the caller has it already (it also validates the table). */
export function pairedBootstrap(
  table: JointCounts,
  opts: BootstrapOptions = {},
  summary?: JointSummary,
): PairedBootstrapResult {
  const iterations = opts.iterations ?? 2000;
  const seed = opts.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const confidence = opts.confidence ?? 0.95;
  const s = summary ?? summarizeJointCounts(table);
  checkOptions(table, iterations, confidence);
  const deltas = accuracyDeltas(table.n, s.b, s.c, iterations, createRandom(seed));
  const result: PairedBootstrapResult = {
    accuracy: summarizeDeltas(deltas, s.base.accuracy, s.head.accuracy, confidence),
  };
  if (opts.macro === false) return result;
  const macro = macroBootstrap(table, iterations, createRandom((seed ^ MACRO_STREAM) | 0));
  for (const m of macro) result[m.name] = summarizeDeltas(m.deltas, m.base, m.head, confidence);
  return result;
}
