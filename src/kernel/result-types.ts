/**
 * The one result model. Every renderer (PR comment, job summary, JSON, terminal) reads this and nothing else.
 * Field names are snake_case because `--format json` prints this object as-is: it is a public contract,
 * described by schemas/result.schema.json and docs/result.md.
 */
import type { Direction, Severity } from './config-types.js';
import type { CurveAnalysis, CurveComparison } from './curve-types.js';
import type { BaselineFrom, BaselineProvenance } from './provenance.js';

export type Verdict = 'pass' | 'warn' | 'fail';

/** `models[].learning_curve` in the JSON result: the PR's analysis, plus the base's and the comparison. */
export type LearningCurveResult = CurveAnalysis & { base: CurveAnalysis | null; comparison: CurveComparison | null };

/** What happened to a metric between base and PR, independent of policy. */
export type Change = 'improved' | 'regressed' | 'unchanged' | 'within_noise' | 'new' | 'removed' | 'changed';

/** The tolerance a metric was judged with (docs/result.md). */
export interface ToleranceApplied {
  /** Allowed worsening in metric units (fractions: a fraction, 0.005 for 0.5 pp); null when none. */
  abs: number | null;
  /** Allowed worsening in percent of |base|; null when none. */
  pct: number | null;
  /** The config key it is (`max_drop`, `max_increase_pct`), given or by default. */
  rule: string;
  /** config: the config's line; registry: the kind's default; default: mlgate's 5 % for a name it cannot place. */
  source: 'config' | 'registry' | 'default';
  /** The zero-config rule of a fraction: any significant worsening fails. */
  noise: boolean;
}

export interface Location {
  file: string;
  line?: number;
  column?: number;
}

export interface MetricResult {
  name: string;
  /** A per-slice row (eval.slices): the slice, with `name` = `<metric> [<slice>]`. */
  slice?: string;
  base: number | null;
  head: number | null;
  /** head − base, in metric units. */
  delta: number | null;
  /** Relative change in percent of |base|; null when base is 0 or missing. */
  delta_pct: number | null;
  /** 'none': bookkeeping (step, epoch, learning rate), shown and never gated. */
  direction: Direction | 'none';
  /** The metric is a fraction in [0, 1]: deltas are shown in percentage points. */
  fraction: boolean;
  /** The registry kind (docs/report.md#metric-names-and-directions); null when the registry cannot place the name. */
  kind?: string | null;
  /** Where the direction came from: the config, the registry, or assumed (higher) for a name nobody placed. */
  direction_source?: 'config' | 'registry' | 'assumed';
  /** How the values were written: a fraction, a fraction in percent (judged as fraction), a slip between the two, own units. */
  scale?: 'fraction' | 'percent' | 'mixed' | 'value';
  /** The unit the name ends in (`ms`, `MB`), null without one. */
  unit?: string | null;
  /** false: shown only (bookkeeping, `gate: false`). */
  gated?: boolean;
  /** The tolerance applied; null when the metric is not gated. */
  tolerance?: ToleranceApplied | null;
  change: Change;
  status: Verdict;
  /** Why this status (null when it simply passes). */
  reason: string | null;
  /** Significance (docs/statistics.md); null when not computed. */
  interval: [number, number] | null;
  p_value: number | null;
  p_adjusted: number | null;
  significant: boolean | null;
  min_detectable_effect: number | null;
  /**
   * What min_detectable_effect is stated for: the configured power, and the two-sided level a single real change
   * must reach after Holm across the `tested` metrics of its family (alpha / tested; alpha when tested alone).
   */
  power?: { power: number; alpha: number; tested: number };
  test: string | null;
  /** McNemar only: the exact conditional p-value, beside the mid-p (`p_value`) that is gated on. */
  p_value_exact?: number;
  /** A tool wrote NaN or infinity on that side (a diverged run): its value is null here, shown as "NaN (diverged)". */
  diverged?: 'head' | 'base' | 'both';
  location?: Location;
}

export interface Finding {
  /** Which rule: `metric.max_drop`, `metric.min`, `baseline.missing`, `cost.max_cost_increase_pct`, `checklist.<id>` … */
  rule: string;
  severity: Severity;
  message: string;
  location?: Location;
}

export interface CostSide {
  cpu_hours: number | null;
  gpu_hours: number | null;
  amount: number | null;
}

export interface CostResult {
  currency: string;
  base: CostSide | null;
  head: CostSide;
  delta: number | null;
  delta_pct: number | null;
  /** Cost per point (pp for fractions) of the headline metric gained (negative delta: saved per point lost). */
  per_point: number | null;
  headline_metric: string | null;
  /** value_per_point × points gained − Δcost, when value_per_point is configured. */
  net_value: number | null;
  inference_ms_per_1k: { base: number | null; head: number | null } | null;
  /** Inference price per 1,000 predictions, base → PR (report field `cost.price_per_1k_predictions`). */
  price_per_1k_predictions: { base: number | null; head: number | null } | null;
  /** Serving cost per month (price per 1,000 predictions × business_case.predictions_per_month), base → PR. */
  serving_per_month?: { base: number | null; head: number | null } | null;
  /** business_case.value_per_month − cost_per_month − serving per month, base → PR (in `currency`). */
  net_value_per_month?: { base: number | null; head: number | null } | null;
}

export type ChecklistStatus = 'pass' | 'fail' | 'warn' | 'waived' | 'off' | 'not_checked';

export interface ChecklistItemResult {
  id: string;
  title: string;
  status: ChecklistStatus;
  severity: 'required' | 'recommended' | 'off';
  evidence: string | null;
  fix: string | null;
  waiver?: { by: string; reason: string; comment_url?: string };
  location?: Location;
}

export interface ModelResult {
  name: string;
  verdict: Verdict;
  /** Reasons for a warn/fail verdict, most important first. */
  reasons: string[];
  baseline: 'present' | 'missing' | 'carried_forward';
  report_path: string | null;
  reader: string;
  metrics: MetricResult[];
  findings: Finding[];
  notes: string[];
  eval: { dataset: string | null; size: number | null; base_size: number | null };
  cost: CostResult | null;
  /** The learning-curve analysis of the PR (with the base's and their comparison); see src/kernel/curve-types.ts. */
  learning_curve: LearningCurveResult | null;
  checklist: ChecklistItemResult[] | null;
  /** The checklist is not on for this model (no `lifecycle:`, no `checklist:` config): what is already evidenced. */
  checklist_off?: { evidenced: string[]; total: number };
}

export interface GateResult {
  schema_version: 1;
  verdict: Verdict;
  /** The main reason, one line. */
  reason: string;
  /**
   * `sha`: the commit compared with (the PR's base); `source`: where its reports were read; `provenance`: which
   * baseline that was and how far behind the base it is (absent in results of older versions).
   */
  base: { sha: string | null; source: BaselineFrom; provenance?: BaselineProvenance };
  head: { sha: string | null };
  models: ModelResult[];
  notes: string[];
}
