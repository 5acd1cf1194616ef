/**
 * What a metric name means: which direction is better, whether it is a fraction (shown in pp) or a proportion
 * of the eval set (statistics apply), and the effective rule after merging defaults with the per-metric entry.
 */
import type { Config, Direction, MetricRule, Severity } from './config-types.js';

// Matched against the name's words (split on non-letters), so `val_loss`, `latency_p95_ms`, `rmse` all match.
const LOWER_IS_BETTER = /(^|[^a-z])(loss|error|err|rmse|mse|mae|mape|latency|cost|time|duration|size|memory|mem|perplexity|ppl|wer|cer|fpr|fnr|brier|logloss|nll)([^a-z]|$)/i;
const FRACTION = /(^|[^a-z])(acc|accuracy|precision|recall|f1|f2|fbeta|auc|roc_auc|pr_auc|ap|map|iou|dice|specificity|sensitivity|tpr|tnr|fpr|fnr|error_rate|err_rate|top1|top5|top_1|top_5|hit_rate|coverage|r2|balanced_accuracy|mcc|kappa|wer|cer)([^a-z0-9]|$)/i;
// Proportions of the whole eval set, so eval.size is their denominator. Precision and recall are proportions of
// a subset (predicted or actual positives) whose size the report does not give: testing them against eval.size
// would overstate significance, so they get tests only from per-example predictions (paired bootstrap).
const PROPORTION = /(^|[^a-z])(acc|accuracy|error_rate|err_rate|top1|top5|top_1|top_5|hit_rate|misclassification_rate|zero_one_loss)([^a-z0-9]|$)/i;

export function inferDirection(name: string): Direction {
  if (/error_rate|err_rate/i.test(name)) return 'lower';
  return LOWER_IS_BETTER.test(name) ? 'lower' : 'higher';
}

function inRange(values: Array<number | null>): boolean {
  return values.every((v) => v === null || (v >= 0 && v <= 1));
}

export interface EffectiveRule {
  direction: Direction;
  severity: Severity;
  min?: number;
  max?: number;
  /** Allowed worsening, absolute (metric units). */
  tolerance_abs?: number;
  /** Allowed worsening, percent of |base|. */
  tolerance_pct?: number;
  /** Where the tolerance came from, to name the rule in messages. */
  tolerance_key: string;
  required: boolean;
  gate: boolean;
  fraction: boolean;
  proportion: boolean;
  /**
   * A fraction-named metric (accuracy, f1 …) that is in [0, 1] on one side and in (1, 100] on the other: one
   * report writes 0.91, the other 91. Compared as numbers that is a 100x "change"; it is a unit error.
   */
  scale_mismatch: boolean;
}

/** Zero-config tolerances: any significant drop of a fraction metric; 5 % worsening of anything else. */
export const DEFAULT_FRACTION_MAX_DROP = 0;
export const DEFAULT_OTHER_MAX_CHANGE_PCT = 5;

export function effectiveRule(name: string, config: Config, base: number | null, head: number | null): EffectiveRule {
  const own = config.metrics[name] ?? {};
  const merged: MetricRule = { ...config.defaults, ...own };
  const direction = own.direction ?? inferDirection(name);
  const fraction = FRACTION.test(name) && inRange([base, head]);
  const proportion = merged.proportion ?? (PROPORTION.test(name) && inRange([base, head]));
  const higher = direction === 'higher';
  // Per-metric keys win over defaults; the defaults may carry both sides, so pick the one for this direction.
  const absKey = higher ? 'max_drop' : 'max_increase';
  const pctKey = higher ? 'max_drop_pct' : 'max_increase_pct';
  let tolerance_abs = merged[absKey];
  let tolerance_pct = merged[pctKey];
  let tolerance_key = tolerance_abs !== undefined ? absKey : pctKey;
  if (tolerance_abs === undefined && tolerance_pct === undefined) {
    if (fraction) tolerance_abs = DEFAULT_FRACTION_MAX_DROP;
    else tolerance_pct = DEFAULT_OTHER_MAX_CHANGE_PCT;
    tolerance_key = `${fraction ? absKey : pctKey} (default)`;
  }
  return {
    direction,
    severity: merged.severity ?? 'fail',
    min: merged.min,
    max: merged.max,
    tolerance_abs,
    tolerance_pct,
    tolerance_key,
    required: merged.required ?? config.required_metrics.includes(name),
    gate: merged.gate ?? true,
    fraction,
    proportion,
    scale_mismatch: FRACTION.test(name) && base !== null && head !== null && inRange([base]) !== inRange([head]) && Math.min(base, head) >= 0 && Math.max(base, head) <= 100,
  };
}
