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
}

const NONE: SignificanceResult = {
  interval: null,
  p_value: null,
  significant: null,
  min_detectable_effect: null,
  test: null,
  approximate: false,
};

interface Context {
  alpha: number;
  powerOpts: { alpha: number; power: number };
  /** The MDE of two unpaired samples of the two eval sizes, for a proportion; else null. */
  unpairedMde: number | null;
}

/** Accuracy and error rate with predictions: McNemar mid-p, the bootstrap's interval, the paired MDE. */
function mcnemarResult(paired: PairedSummary, ctx: Context): SignificanceResult | null {
  if (!paired.mcnemar) return null;
  const p = paired.mcnemar.mid_p;
  const discordant = paired.discordant ?? paired.mcnemar.b + paired.mcnemar.c;
  return {
    interval: paired.bootstrap ? paired.bootstrap.interval : null,
    p_value: p,
    significant: p < ctx.alpha,
    min_detectable_effect: pairedMinDetectableEffect(discordant, paired.n, ctx.powerOpts),
    test: 'mcnemar_mid_p',
    approximate: false,
  };
}

function bootstrapResult(paired: PairedSummary, ctx: Context): SignificanceResult | null {
  if (!paired.bootstrap) return null;
  const p = paired.bootstrap.p_value;
  return {
    interval: paired.bootstrap.interval,
    p_value: p,
    significant: p < ctx.alpha,
    min_detectable_effect: ctx.unpairedMde,
    test: 'paired_bootstrap',
    approximate: false,
  };
}

/** A proportion with eval sizes only: the approximate two-proportion test. */
function unpairedResult(input: SignificanceInput, nBase: number, n: number, ctx: Context): SignificanceResult {
  const inRange = (v: number) => v >= 0 && v <= 1;
  if (!(inRange(input.base) && inRange(input.head))) return { ...NONE };
  const r = unpairedProportionTest(input.base, nBase, input.head, n, 1 - ctx.alpha);
  return {
    interval: r.interval,
    p_value: r.p_value,
    significant: r.p_value < ctx.alpha,
    min_detectable_effect: ctx.unpairedMde,
    test: r.test,
    approximate: true,
  };
}

export function significanceForMetric(input: SignificanceInput): SignificanceResult {
  const alpha = input.alpha ?? 0.05;
  const powerOpts = { alpha, power: input.power ?? 0.8 };
  const n = input.eval_size;
  const nBase = input.base_eval_size !== undefined && input.base_eval_size > 0 ? input.base_eval_size : n;
  // Two sizes: the MDE of two samples of n₁ and n₂ is that of two samples of their harmonic mean.
  const nEff = n !== undefined && nBase !== undefined ? 2 / (1 / n + 1 / nBase) : undefined;
  const unpairedMde =
    input.proportion && nEff !== undefined && nEff > 0 && input.base >= 0 && input.base <= 1
      ? minDetectableEffect(input.base, nEff, powerOpts)
      : null;
  const ctx: Context = { alpha, powerOpts, unpairedMde };
  const paired = input.paired && (mcnemarResult(input.paired, ctx) ?? bootstrapResult(input.paired, ctx));
  if (paired) return paired;
  if (input.proportion && n !== undefined && n > 0) return unpairedResult(input, nBase!, n, ctx);
  return { ...NONE };
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
