/**
 * The one result model. Every renderer (PR comment, job summary, JSON, terminal) reads this and nothing else.
 * Field names are snake_case because `--format json` prints this object as-is: it is a public contract,
 * described by schemas/result.schema.json and docs/result.md.
 */
import type { Direction, Severity } from './config-types.js';
import type { CurveAnalysis, CurveComparison } from './curve-types.js';

export type Verdict = 'pass' | 'warn' | 'fail';

/** `models[].learning_curve` in the JSON result: the PR's analysis, plus the base's and the comparison. */
export type LearningCurveResult = CurveAnalysis & { base: CurveAnalysis | null; comparison: CurveComparison | null };

/** What happened to a metric between base and PR, independent of policy. */
export type Change = 'improved' | 'regressed' | 'unchanged' | 'within_noise' | 'new' | 'removed';

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
  direction: Direction;
  /** The metric is a fraction in [0, 1]: deltas are shown in percentage points. */
  fraction: boolean;
  change: Change;
  status: Verdict;
  /** Why this status (null when it simply passes). */
  reason: string | null;
  /** Significance (issue 4); null when not computed. */
  interval: [number, number] | null;
  p_value: number | null;
  p_adjusted: number | null;
  significant: boolean | null;
  min_detectable_effect: number | null;
  test: string | null;
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
}

export interface GateResult {
  schema_version: 1;
  verdict: Verdict;
  /** The main reason, one line. */
  reason: string;
  base: { sha: string | null; source: 'git' | 'api' | 'file' | 'none' };
  head: { sha: string | null };
  models: ModelResult[];
  notes: string[];
}
