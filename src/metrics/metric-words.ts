/**
 * What a metric's name says: which direction is better, whether it is a fraction (shown in pp), and whether it is
 * a proportion of the whole eval set (testable from eval.size). Names are judged by their words (split on
 * anything but letters), and only by the part before `_at_` / `@` / `_per_`: in `recall_at_fpr_1`,
 * `latency_at_recall_90` or `cost_per_accuracy_point` the first part is what is measured, the rest a condition or
 * a unit.
 */
import type { Direction } from '../kernel/config-types.js';
import { SPLIT_WORDS } from './splits.js';

const word = (list: string) => new RegExp(`(^|[^a-z])(${list})([^a-z]|$)`, 'i');
// Short words need a digit-free edge too: `p99_ms` and `fp_per_hour` are lower-is-better, `fp16_accuracy` is not.
const shortWord = (list: string) => new RegExp(`(^|[^a-z0-9])(${list})([^a-z0-9]|$)`, 'i');

// A quantity that is worse when larger, whatever else the name says (`top1_error`, `accuracy_loss`, `time_to_accuracy`).
const STRONG_LOWER = word(
  'loss|error|errors|err|rmse|mse|mae|mape|smape|rmsle|msle|nrmse|nmse|mase|crps|latency|duration|time_to|perplexity|ppl|wer|cer|ter|brier|logloss|nll|cross_entropy|misclassification|misses|fid|kid|lpips|bpb|bpc|fdr|far|frr|ttft|tpot|itl|runtime|distance|divergence|deviance|davies_bouldin|stderr|std|gap|difference|diff|disparity',
);
// Quality scores: higher is better.
const HIGHER = word(
  'acc|accuracy|precision|recall|f1|f2|fbeta|auc|ap|map|iou|dice|specificity|sensitivity|tpr|tnr|top1|top5|hit|coverage|r2|mcc|kappa|mrr|reciprocal|ndcg|ssim|psnr|bleu|rouge|meteor|chrf|em|exact_match|throughput|correlation|spearman|pearson|win_rate|pass',
);
// Worse when larger, unless the name is a quality score of it (`hallucination_detection_auc`, `ms_marco_mrr`,
// `bias_detection_f1`): these words also name benchmarks, datasets and tasks.
const WEAK_LOWER = word(
  'cost|time|size|memory|mem|fpr|fnr|miss|false|hallucination|hallucinations|toxicity|bias|failure|failures|violation|violations|seconds|sec|minutes|hours|wall|energy|joules|watts|kwh|usd|dollars|price|co2|emissions|flops|params|parameters|bits|attack|timeout|timeouts|crash|crashes|rank',
);
const WEAK_LOWER_SHORT = shortWord('ms|ns|us|fp|fn|ece|eer');

const FRACTION = word(
  'acc|accuracy|precision|recall|f1|f2|fbeta|auc|roc_auc|pr_auc|ap|map|iou|dice|specificity|sensitivity|tpr|tnr|fpr|fnr|error_rate|err_rate|misclassification_rate|top1|top5|top_1|top_5|hit_rate|coverage|r2|balanced_accuracy|mcc|kappa|wer|cer',
);
// Units and quantities that are not fractions even next to a fraction word (`time_to_accuracy_min`).
const NOT_FRACTION = word(
  'latency|duration|time|cost|size|memory|mem|seconds|sec|min|minutes|hours|steps|epochs|tokens|count|loss|stderr|std',
);
const NOT_FRACTION_SHORT = shortWord('ms|s|h');
// Fractions that may legitimately exceed 1 (a word error rate of 1.2): no percent or unit-slip inference for them.
const UNBOUNDED = word('wer|cer|r2|mcc|kappa');

// Proportions of the whole eval set, so eval.size is their denominator: the whole name must be one of these
// (with a split prefix such as val_ or test_). A name with a qualifier after it (accuracy_region_eu,
// accuracy_class3) is a proportion of a subset whose size the report does not give, and balanced accuracy is a
// mean of per-class recalls: testing those against eval.size would overstate significance. Precision and recall
// are proportions of a subset (predicted or actual positives) too: they get tests only from per-example
// predictions (paired bootstrap).
const PROPORTION = new RegExp(
  `^((${SPLIT_WORDS})_)?(acc|accuracy|error_rate|err_rate|misclassification_rate|zero_one_loss|hit_rate|top_?\\d+|top_?\\d+_(acc|accuracy|error|err|error_rate))$`,
);

// A bare error named by itself (LCDB's `val_error`, XGBoost's `error` / `merror`) is the classification error
// rate: a fraction when its values are in [0, 1]; never read as percent (an `error` of 3.2 may be a regression's).
const BARE_ERROR = new RegExp(`^((${SPLIT_WORDS})_)?(error|err|merror)$`);

const snake = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
/** The measured part of a name: before `_at_`, `@` or `_per_` (`cost_per_hit` measures cost). */
const measured = (name: string) => name.split(/_at_|@|-at-|\.at\.|_per_|-per-/i)[0]!;

export function inferDirection(name: string): Direction {
  // scikit-learn's scorers negate losses so that higher is better: neg_log_loss, neg_mean_squared_error.
  // Also as cross_validate and cv_results_ write them: test_neg_log_loss, mean_test_neg_mean_absolute_error.
  // (Not std_test_neg_…: a spread across folds is not negated, and lower is better.)
  // Only a negated loss flips: neg_recall (recall on the negative class) stays higher-is-better.
  const neg = /^(mean_|split\d+_)?((test|train|val|valid|validation|eval)_)?neg_/i.exec(name);
  if (neg && inferDirection(name.slice(neg[0].length)) === 'lower') return 'higher';
  const m = measured(name);
  if (STRONG_LOWER.test(m)) return 'lower';
  if (HIGHER.test(m)) return 'higher';
  return WEAK_LOWER.test(m) || WEAK_LOWER_SHORT.test(m) ? 'lower' : 'higher';
}

/** A fraction-named metric: a rate or score in [0, 1] (or written in percent), not a time or size beside one. */
export function isFractionName(name: string): boolean {
  const m = measured(name);
  return (FRACTION.test(m) && !NOT_FRACTION.test(m) && !NOT_FRACTION_SHORT.test(m)) || BARE_ERROR.test(snake(name));
}

/** A fraction that may exceed 1 (WER, CER, R², MCC, kappa): no percent inference. */
export function isUnboundedFraction(name: string): boolean {
  return UNBOUNDED.test(measured(name)) || BARE_ERROR.test(snake(name));
}

/** A proportion of the whole eval set: eval.size is its denominator. */
export function isWholeSetProportion(name: string): boolean {
  return PROPORTION.test(snake(name)) || BARE_ERROR.test(snake(name));
}
