/**
 * Significance in the pipeline (docs/statistics.md): for every metric that has a base and a PR value, which test applies (McNemar or the
 * paired bootstrap with predictions; the approximate two-proportion test from eval.size alone), then Holm's
 * adjustment across the gated metrics of the model. compare.ts applies the gate semantics to the result.
 */
import {
  adjustHolm,
  pairedSummaryFor,
  significanceForMetric,
  type PairedAnalysis,
  type SignificanceInput,
  type SignificanceResult,
} from '../stats/index.js';
import { complementOf } from '../metrics/paired-names.js';
import { pairRounding } from './eval-checks.js';
import type { Significance } from './compare.js';
import type { Config } from '../kernel/config-types.js';
import type { EffectiveRule } from '../metrics/metric-rules.js';

export interface SignificanceRequest {
  name: string;
  base: number | null;
  head: number | null;
  rule: EffectiveRule;
  /** A slice's own example counts (eval.slices.<slice>.size): they replace the eval set's for this row. */
  sizes?: { base?: number; head?: number };
  /**
   * The Holm family: the model's metrics form one; the slices of one metric another (`slice:accuracy`), so that
   * forty unchanged slices do not dilute the headline metrics' test.
   */
  family?: string;
  /** The predictions files do not describe this metric's reported change: no paired test for it. */
  unpaired?: boolean;
  /** The values as written in the reports and their scale (0.01 for percent), for the rounding allowance. */
  reported?: { base: number | null; head: number | null };
  scale?: number;
}

const NONE: SignificanceResult = {
  interval: null,
  p_value: null,
  significant: null,
  min_detectable_effect: null,
  test: null,
  approximate: false,
};

interface Opts {
  config: Config;
  eval_size: number | undefined;
  base_eval_size?: number | undefined;
  paired: PairedAnalysis | undefined;
}

export function significanceFor(requests: SignificanceRequest[], opts: Opts): Significance[] {
  const { alpha } = opts.config.significance;
  const inputs = requests.map((r) => inputOf(r, opts));
  const raw = inputs.map((i) => (i ? significanceForMetric(i) : NONE));
  // Holm runs over the gated metrics only, per family: a metric shown but never gated must not dilute the others.
  const out: Significance[] = raw.map((r) => ({ ...strip(r), p_adjusted: null }));
  const { families, complements } = holmFamilies(requests, raw);
  // Holm's m counts the metrics of a family that have a test.
  const testedIn = (idx: readonly number[]) => idx.filter((i) => raw[i]!.p_value !== null).length;
  for (const idx of families.values()) {
    const adjusted = adjustHolm(
      idx.map((i) => raw[i]!),
      alpha,
    );
    idx.forEach((i, j) => {
      const a = adjusted[j]!;
      out[i] = { ...strip(a), p_adjusted: a.p_adjusted, ...powerAt(inputs[i]!, testedIn(idx), opts.config) };
    });
  }
  for (const [i, accuracy] of complements) {
    const p = out[accuracy]!.p_adjusted!;
    const family = [...families.values()].find((idx) => idx.includes(accuracy)) ?? [accuracy];
    out[i] = {
      ...strip(raw[i]!),
      p_adjusted: p,
      significant: p < alpha,
      ...powerAt(inputs[i]!, testedIn(family), opts.config),
    };
  }
  return out;
}

/** The test's input for one row; null when a side has no value. Paired data beats eval.size alone. */
function inputOf(r: SignificanceRequest, opts: Opts): SignificanceInput | null {
  if (r.base === null || r.head === null) return null;
  const { alpha, power } = opts.config.significance;
  const paired = opts.paired && !r.unpaired ? pairedSummaryFor(r.name, opts.paired) : undefined;
  // Values written with few digits: the test from eval.size alone allows for their rounding (paired data is exact).
  const r1 = !paired && r.reported && r.scale !== undefined ? pairRounding(r.reported, r.scale) : 0;
  const rounding = r1 > 0 ? { base: r1, head: r1 } : undefined;
  return {
    metric: r.name,
    proportion: r.rule.proportion,
    base: r.base,
    head: r.head,
    ...sizesOf(r, opts),
    ...(paired ? { paired } : {}),
    ...(rounding ? { rounding } : {}),
    alpha,
    power,
  };
}

/**
 * The MDE of a row tested in a Holm family of `tested` metrics, at the level a single real change must reach
 * there (alpha / tested: the first step of Holm's procedure), with the power and level it is stated for.
 */
function powerAt(input: SignificanceInput | null, tested: number, config: Config): Partial<Significance> {
  if (!input) return {};
  const { alpha, power } = config.significance;
  const mdeAlpha = alpha / Math.max(1, tested);
  const mde = significanceForMetric({ ...input, mde_alpha: mdeAlpha }).min_detectable_effect;
  if (mde === null) return {};
  return { min_detectable_effect: mde, power: { power, alpha: mdeAlpha, tested: Math.max(1, tested) } };
}

/**
 * Holm families by key (the model's metrics, or one metric's slices), and the error rates that are accuracy's
 * complement: one hypothesis, so the error rate stays out of the family and takes accuracy's adjusted p-value.
 * Only a true complement: the same split (val_accuracy is not test_error_rate's) and changes that cancel.
 */
function holmFamilies(
  requests: readonly SignificanceRequest[],
  raw: readonly SignificanceResult[],
): { families: Map<string, number[]>; complements: Array<[number, number]> } {
  const families = new Map<string, number[]>();
  const complements = complementPairs(requests, raw);
  const merged = new Set(complements.map(([i]) => i));
  requests.forEach((r, i) => {
    if (!r.rule.gate || merged.has(i)) return;
    const key = r.family ?? 'metrics';
    families.set(key, [...(families.get(key) ?? []), i]);
  });
  return { families, complements };
}

/**
 * A metric and its complement in one report are one hypothesis (error = 1 − accuracy, however either is named: the
 * registry's complement groups): the complement side is left out of the family and takes the other's adjusted
 * p-value. Only a true complement: the same split and qualifiers (val_accuracy is not test_error_rate's) and changes
 * that cancel.
 */
function complementPairs(
  requests: readonly SignificanceRequest[],
  raw: readonly SignificanceResult[],
): Array<[number, number]> {
  const tested = (i: number) => requests[i]!.rule.gate && requests[i]!.family === undefined && raw[i]!.p_value !== null;
  const sides = requests.map((r, i) => (tested(i) ? complementOf(r.name) : null));
  const pairs: Array<[number, number]> = [];
  sides.forEach((side, i) => {
    if (!side?.negative) return;
    const r = requests[i]!;
    const j = sides.findIndex(
      (o, a) =>
        o !== null &&
        !o.negative &&
        o.key === side.key &&
        Math.abs(r.head! - r.base! + (requests[a]!.head! - requests[a]!.base!)) <= 0.002,
    );
    if (j >= 0) pairs.push([i, j]);
  });
  return pairs;
}

/** Each side is tested with its own eval size (a PR cannot shrink the base's n by writing its own). */
function sizesOf(
  r: SignificanceRequest,
  opts: { eval_size: number | undefined; base_eval_size?: number | undefined },
): { eval_size?: number; base_eval_size?: number } {
  const head = r.sizes ? r.sizes.head : opts.eval_size;
  const base = r.sizes ? r.sizes.base : opts.base_eval_size;
  return {
    ...(head !== undefined ? { eval_size: head } : {}),
    ...(base !== undefined ? { base_eval_size: base } : {}),
  };
}

function strip(r: SignificanceResult): Omit<Significance, 'p_adjusted'> {
  return {
    interval: r.interval,
    p_value: r.p_value,
    significant: r.significant,
    min_detectable_effect: r.min_detectable_effect,
    test:
      r.test === null ? null : r.approximate && !r.test.includes('approximate') ? `${r.test} (approximate)` : r.test,
    ...(r.p_exact !== undefined ? { p_value_exact: r.p_exact } : {}),
  };
}
