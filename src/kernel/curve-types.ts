/**
 * Types of the learning-curve analysis. The result types are JSON-facing (they become
 * `models[].learning_curve` in the JSON result), hence snake_case field names.
 */

/** One measured point of a learning curve: the same model trained on a subset of `train_size` examples. */
export interface CurvePoint {
  train_size: number;
  value: number;
  /** Spread of `value` over repeats (or its standard error); used to weight the fit. */
  std?: number;
  /** Training cost at that size (CPU-hours unless `CurveOptions.cost_unit` says otherwise). */
  cost?: number;
}

export type CurveFamilyName = 'pow3' | 'log2' | 'exp3' | 'mmf4' | 'wbl4';

export interface CurveOptions {
  /** Direction of the metric the points measure (accuracy: higher; error/loss: lower). */
  direction: 'higher' | 'lower';
  /** The metric is a proportion in [0,1]: differences are shown in pp and eval-size weighting applies. */
  proportion: boolean;
  /** Number of evaluation examples; weights the points by their binomial variance (proportions only). */
  eval_size?: number;
  /** Fewer points give "not reliable". Default 4. */
  min_points: number;
  /** Threshold on the gain per doubling of data, in metric units. Default 0.005 (0.5 pp). */
  gain_per_doubling: number;
  /** Flag when the current size exceeds the recommended size by more than this factor (e.g. 2). */
  max_oversize?: number;
  /** `data.train_size` of the report; defaults to the largest measured size. */
  current_size?: number;
  /** Unit of `CurvePoint.cost`. Default 'CPU-h'. */
  cost_unit?: string;
  /** Families to fit (default: all of FAMILY_NAMES). */
  families?: CurveFamilyName[];
}

export interface CurveFamilyFit {
  name: string;
  /** Fitted parameters, in the family's own parametrisation on sizes scaled to n / n_max (see families.ts). */
  params: number[];
  /** Mean absolute error on the held-out largest points when fitted without them (metric units). */
  holdout_error: number | null;
  /** Root-mean-square residual of the fit on all points (metric units). */
  rmse: number;
}

export interface CurveAnalysis {
  metric: string;
  direction: 'higher' | 'lower';
  proportion: boolean;
  reliable: boolean;
  /** Why the analysis is not reliable (null when it is). */
  reason: string | null;
  /**
   * The selected model: one family ('pow3', ...) or the pointwise median of the best three by held-out error,
   * written 'median(mmf4, pow3, wbl4)'; 'last_value' when no family could be fitted or when the last observed
   * value won the nested held-out split (dense curves; then not reliable). For dense curves 'pow3' is the mean
   * of pow3 fitted on three windows; `families[]` reports the fit on the standard window.
   */
  family: string | null;
  /** Families whose pointwise median is the selected model (best three by held-out error). */
  family_members: string[];
  families: CurveFamilyFit[];
  /** Held-out error of the "predict the last observed value" baseline (metric units). */
  last_value_holdout_error: number | null;
  current_size: number;
  /** Size beyond which a doubling of data is predicted to buy less than `gain_per_doubling`. */
  recommended_size: number | null;
  /**
   * 'measured' when the recommended size lies inside the measured sizes (the conclusion then quotes measured
   * values), 'extrapolated' when beyond the largest; null without a recommendation.
   */
  recommendation_basis: 'measured' | 'extrapolated' | null;
  /** current_size / recommended_size. */
  oversize_factor: number | null;
  /** True when `max_oversize` is set and oversize_factor exceeds it (only when reliable). */
  oversize_exceeded: boolean;
  gain_per_doubling_threshold: number;
  /**
   * Predicted change of the metric (in its "better" direction, metric units) from doubling current_size, on the
   * fitted curve, with a predictive 80 % interval for the gain the next measurement will show (it includes that
   * measurement's noise).
   */
  predicted_gain_per_doubling: { value: number; interval: [number, number] | null } | null;
  /** The value predicted at 4 × current_size (metric units), with a predictive 80 % interval for its measurement. */
  predicted_two_doublings: { train_size: number; value: number; interval: [number, number] } | null;
  /** What training at the recommended size instead of current_size would save (cost) and lose (metric_delta, signed). */
  projected_savings: { cost: number | null; cost_pct: number | null; metric_delta: number | null } | null;
  cost_unit: string;
  /** Cost model fitted log-log on the points' cost: cost = exp(intercept) * n^slope. */
  cost_model: { intercept: number; slope: number } | null;
  points: CurvePoint[];
  /** Fitted curve sampled on a log grid (empty when nothing could be fitted). */
  curve: Array<{ train_size: number; value: number }>;
  /** One-line human conclusion. */
  conclusion: string;
}

export interface CurveComparisonPoint {
  train_size: number;
  base: number;
  head: number;
  /** head - base, in metric units (sign as the metric). */
  delta: number;
}

export interface CurveComparison {
  metric: string;
  /** Sizes both curves cover (measured range overlap), compared at the measured sizes inside it. */
  at_equal_sizes: CurveComparisonPoint[];
  /** Mean of the deltas in the better direction (positive: the PR is better), metric units. */
  mean_improvement: number | null;
  /** Which curve is at least as good at every compared size (beyond noise tolerance). */
  dominance: 'head' | 'base' | 'equal' | 'crossing' | 'unknown';
  /**
   * Sample efficiency: the size the PR needs to reach the base's value at base.current_size,
   * divided by base.current_size (< 1: the PR needs less data). Null when not reachable within the fits.
   */
  size_ratio_for_equal_value: number | null;
  /** What the PR's change of data.train_size bought. */
  train_size_change: {
    base_size: number;
    head_size: number;
    metric_delta: number | null;
    cost_delta: number | null;
    /** metric_delta / cost_delta (metric units per cost unit). */
    metric_per_cost: number | null;
  } | null;
  conclusion: string;
}
