/**
 * One call per gated metric: which test applies, its p-value, the interval of the delta and the minimum detectable
 * effect. The lead's judge applies the gate semantics (docs/statistics.md):
 * - a regression beyond tolerance fails only when significant (after Holm), unless `require_significance: false`;
 * - an improvement smaller than min_detectable_effect, or not significant, is reported "within noise";
 * - Holm's adjustment runs across the gated metrics of one model (adjustHolm).
 *
 * Test choice, best first:
 * 1. paired data, accuracy / error rate: McNemar mid-p; interval from the paired bootstrap; paired MDE.
 * 2. paired data, other bootstrap metrics: paired bootstrap p-value and percentile interval.
 * 3. proportion metric with eval_size only: two-proportion z-test + Newcombe interval, labelled approximate.
 * 4. otherwise (e.g. F1 without predictions, RMSE): nothing can be said; all fields null.
 */
import type { PairedSummary } from './paired.js';
import { minDetectableEffect, pairedMinDetectableEffect } from './power.js';
import { holm } from './holm.js';
import { unpairedProportionTest } from './unpaired.js';

export interface SignificanceInput {
  metric: string;
  /** True for accuracy, precision, recall, error rates: values that are a share of examples. */
  proportion: boolean;
  base: number;
  head: number;
  /** Examples in the PR's eval set. */
  eval_size?: number;
  /** Examples in the base's eval set, when the base's report gives it; else eval_size. */
  base_eval_size?: number;
  paired?: PairedSummary;
  /** Default 0.05. */
  alpha?: number;
  /** Power for the MDE, default 0.8. */
  power?: number;
  /**
   * Two-sided level the MDE is computed at, default alpha: after Holm, a single real change among m tested
   * metrics must reach alpha / m (significance-gate.ts).
   */
  mde_alpha?: number;
  /**
   * Rounding of the values as written (half a unit of each one's last decimal, metric units): the test without
   * per-example data is made on the least different values the written digits allow, and the MDE grows by it.
   */
  rounding?: { base: number; head: number };
}

export type TestName =
  'mcnemar_mid_p' | 'paired_bootstrap' | 'two_proportion_z (approximate)' | 'fisher_exact (approximate)';

export interface SignificanceResult {
  /** Interval of head − base. */
  interval: [number, number] | null;
  p_value: number | null;
  /** p_value < alpha before any adjustment; adjustHolm recomputes it from p_adjusted. */
  significant: boolean | null;
  min_detectable_effect: number | null;
  test: TestName | null;
  /** True when the test ignores the pairing of base and head (only eval_size known) or is asymptotic. */
  approximate: boolean;
  /** McNemar only: the exact conditional p-value (conservative), reported beside the mid-p that is gated on. */
  p_exact?: number;
}

const NONE: SignificanceResult = {
  interval: null,
  p_value: null,
  significant: null,
  min_detectable_effect: null,
  test: null,
  approximate: false,
};

export function significanceForMetric(input: SignificanceInput): SignificanceResult {
  const alpha = input.alpha ?? 0.05;
  const powerOpts = { alpha: input.mde_alpha ?? alpha, power: input.power ?? 0.8 };
  const { paired } = input;
  if (paired?.mcnemar) {
    const p = paired.mcnemar.mid_p;
    return {
      interval: paired.bootstrap ? paired.bootstrap.interval : null,
      p_value: p,
      significant: p < alpha,
      min_detectable_effect: pairedMinDetectableEffect(
        paired.discordant ?? paired.mcnemar.b + paired.mcnemar.c,
        paired.n,
        powerOpts,
      ),
      test: 'mcnemar_mid_p',
      approximate: false,
      p_exact: paired.mcnemar.exact_p,
    };
  }
  const mde = unpairedMde(input, powerOpts);
  if (paired?.bootstrap) {
    const p = paired.bootstrap.p_value;
    const result = { interval: paired.bootstrap.interval, p_value: p, significant: p < alpha };
    return { ...result, min_detectable_effect: mde, test: 'paired_bootstrap', approximate: false };
  }
  const n = input.eval_size;
  if (input.proportion && n !== undefined && n > 0) return unpairedResult(input, n, alpha, mde);
  return { ...NONE };
}

/** The MDE of two samples (each side's eval size; their harmonic mean when they differ), plus the rounding. */
function unpairedMde(input: SignificanceInput, powerOpts: { alpha: number; power: number }): number | null {
  const n = input.eval_size;
  const nBase = baseSize(input);
  // Two sizes: the MDE of two samples of n₁ and n₂ is that of two samples of their harmonic mean.
  const nEff = n !== undefined && nBase !== undefined ? 2 / (1 / n + 1 / nBase) : undefined;
  if (!(input.proportion && nEff !== undefined && nEff > 0 && input.base >= 0 && input.base <= 1)) return null;
  const allowance = input.rounding ? input.rounding.base + input.rounding.head : 0;
  return minDetectableEffect(input.base, nEff, powerOpts) + allowance;
}

function baseSize(input: SignificanceInput): number | undefined {
  return input.base_eval_size !== undefined && input.base_eval_size > 0 ? input.base_eval_size : input.eval_size;
}

/** From eval.size alone: the two-proportion test on the least different values the written digits allow. */
function unpairedResult(input: SignificanceInput, n: number, alpha: number, mde: number | null): SignificanceResult {
  if (!(input.base >= 0 && input.base <= 1 && input.head >= 0 && input.head <= 1)) return { ...NONE };
  const nBase = baseSize(input)!;
  const [b, h] = leastDifferent(input.base, input.head, input.rounding);
  const r = unpairedProportionTest(b, nBase, h, n, 1 - alpha);
  // The interval of the written change, widened by what rounding may hide on either side.
  const allowance = input.rounding ? input.rounding.base + input.rounding.head : 0;
  const iv = unpairedProportionTest(input.base, nBase, input.head, n, 1 - alpha).interval;
  return {
    interval: [iv[0] - allowance, iv[1] + allowance],
    p_value: r.p_value,
    significant: r.p_value < alpha,
    min_detectable_effect: mde,
    test: r.test,
    approximate: true,
  };
}

/**
 * The two values the written digits allow that differ least: each moved toward the other by its rounding, to one
 * common value when the roundings cover the difference (0.84 vs 0.83, each ±0.005: the same value, p = 1).
 */
export function leastDifferent(
  base: number,
  head: number,
  rounding: { base: number; head: number } | undefined,
): [number, number] {
  if (!rounding) return [base, head];
  const d = head - base;
  if (Math.abs(d) <= rounding.base + rounding.head) {
    const t = rounding.base / (rounding.base + rounding.head || 1);
    const v = base + d * t;
    return [v, v];
  }
  const s = Math.sign(d);
  return [base + s * rounding.base, head - s * rounding.head];
}

/**
 * Holm across the gated metrics of one model: adds p_adjusted and recomputes significant from it.
 * Metrics without a p-value keep p_adjusted = null and do not count in the family size.
 */
export function adjustHolm<T extends SignificanceResult>(
  results: readonly T[],
  alpha = 0.05,
): (T & { p_adjusted: number | null })[] {
  const idx: number[] = [];
  const ps: number[] = [];
  results.forEach((r, i) => {
    if (r.p_value !== null) {
      idx.push(i);
      ps.push(r.p_value);
    }
  });
  const adj = holm(ps);
  const out = results.map((r) => ({ ...r, p_adjusted: null as number | null }));
  idx.forEach((i, j) => {
    const o = out[i]!;
    o.p_adjusted = adj[j]!;
    o.significant = adj[j]! < alpha;
  });
  return out;
}
