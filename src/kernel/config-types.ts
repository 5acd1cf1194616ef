/**
 * The team's policy, read from `.github/mlgate.yml` (optional). Names mirror the file; see docs/config.md and
 * schemas/config.schema.json. `resolveConfig` fills every default, so the core never sees an undefined policy.
 */

export type Direction = 'higher' | 'lower';
export type Severity = 'fail' | 'warn';
export type ChecklistLevel = 'required' | 'recommended' | 'off';

export interface MetricRule {
  direction?: Direction;
  /** Absolute bounds on the PR's value. */
  min?: number;
  max?: number;
  /** Allowed worsening of a higher-is-better metric: absolute (metric units) and relative (percent of base). */
  max_drop?: number;
  max_drop_pct?: number;
  /** The mirror for lower-is-better metrics. */
  max_increase?: number;
  max_increase_pct?: number;
  severity?: Severity;
  /** The metric must be present in the PR's report. */
  required?: boolean;
  /** Treat as a proportion of the eval set (Wilson intervals, McNemar); inferred from the name when absent. */
  proportion?: boolean;
  /** false: show the metric but never gate on it. */
  gate?: boolean;
}

export interface CustomChecklistItem {
  id: string;
  title: string;
  why?: string;
  level?: ChecklistLevel;
  /** Exactly one rule. */
  file_exists?: string;
  report_field?: string;
  pr_checkbox?: boolean;
}

export interface Config {
  version: 1;
  /** Report paths or globs, relative to the workspace. */
  reports: string[];
  baseline: {
    /** Verdict when a model has no baseline report (the PR adds it, or the base lacks the file). */
    when_missing: 'pass' | 'warn' | 'fail';
    /**
     * Verdict when the base has a report the PR no longer has (deleted, or no longer written by the job):
     * default fail, so deleting a report cannot take a model out of the gate. Retiring a model: set warn or
     * pass on the base first (the policy is read from the base).
     */
    when_removed: 'pass' | 'warn' | 'fail';
    /**
     * Verdict when the PR's eval set is not the base's (`eval.dataset` or `eval.size` differ): default fail, so an
     * easier or smaller eval set cannot pass a regression off as an improvement or as noise.
     */
    when_eval_changed: 'pass' | 'warn' | 'fail';
    /** Commits a recorded baseline may be behind the PR's base before it counts as stale (docs/baselines.md). */
    max_behind: number;
    /** The most a delta finding weighs against a stale baseline: default warn (the base moved under it). */
    when_stale: 'pass' | 'warn' | 'fail';
  };
  /** Rules applied to every metric, overridden per metric by `metrics`. */
  defaults: MetricRule;
  metrics: Record<string, MetricRule>;
  /**
   * What a change of a metric the registry cannot place does (`metrics.unknown` in the file): its direction is
   * assumed higher-is-better, and the change warns (default), fails, or passes with the note only.
   */
  unknown_metrics: 'warn' | 'fail' | 'pass';
  required_metrics: string[];
  /**
   * Names from other tools -> mlgate names (e.g. `val/acc: accuracy`). A target `eval.size`, `data.train_size`
   * or `cost.<field>` fills that report block instead; `null` drops the value (docs/readers.md).
   */
  metrics_map: Record<string, string | null>;
  significance: {
    require_significance: boolean;
    alpha: number;
    power: number;
    bootstrap_iterations: number;
    seed: number;
  };
  cost: {
    currency: string;
    /** `inference_hour`: price of an hour of serving compute, for `inference_ms_per_1k` without a price per 1k. */
    prices: { cpu_hour: number; gpu_hour: number; inference_hour?: number };
    value_per_point?: number;
    /** The metric whose points price the change; default: the learning curve's metric, else the first metric. */
    headline_metric?: string;
    max_cost_increase_pct?: number;
    max_cost_per_point?: number;
    /** Allowed rise of the serving cost per 1,000 predictions (price, else milliseconds), percent of the base's. */
    max_inference_increase_pct?: number;
    severity: Severity;
  };
  /** A PR whose `data.version` differs from the base's: `data.changed`, shown next to the metric deltas. */
  data: { when_changed: 'pass' | 'warn' | 'fail' };
  learning_curve: {
    min_points: number;
    /**
     * Threshold of diminishing returns per doubling, metric units. Unset: 0.005 (0.5 pp) for a fraction, 0.5 % of
     * the value at the largest measured size for anything else (an RMSE in dollars, a log loss).
     */
    gain_per_doubling?: number;
    max_oversize?: number;
    severity: Severity;
  };
  checklist: {
    items: Record<string, ChecklistLevel>;
    custom: CustomChecklistItem[];
    /** Globs: a PR touching one of them changes a model (checklist applies). Empty: every PR. */
    model_paths: string[];
    /** Sections are alternatives separated by `|` ("Limitations|Ethical considerations"); each needs min_words. */
    documentation: { required_sections: string[]; min_words: number };
    independent_review: { approvals: number; reviewers: string[]; team?: string };
    waivers: { allow_author: boolean; team?: string };
    expiry_warning_days: number;
    /** Days an expiry may lie beyond trained_at + cadence ("expiry beyond the cadence" past that). */
    expiry_grace_days: number;
    /** An expired model that the PR does not touch: warn (pointing to the inventory issue) or fail. */
    expired_untouched: Severity;
    /** Training-time drift (mean beyond alert_sigma·σ of the base's bounds) and removed bounds. */
    monitoring: { severity: Severity };
    /** Largest gap between slices of a fraction metric, and its growth against the base, in percentage points. */
    fairness: { max_gap: number; max_gap_increase: number };
    operating_point: { min_precision?: number; min_recall?: number };
  };
  /** Per-model paths for carry-forward (a PR touching none of them reuses the baseline's figures). */
  models: Record<string, { paths?: string[]; report?: string }>;
}
