/** Split prefixes and the canonical names of the metrics with a paired test (accuracy, error rate, F1 family). */
// The names tools give the same quantities: Hugging Face's `eval_accuracy`, Keras' `val_accuracy`, `acc`, `top1`.
/** The evaluation-split prefixes tools put before a metric's name (val_accuracy, eval_f1_macro). */
export const SPLIT_WORDS = 'val|valid|validation|test|eval|holdout|dev';
const SPLIT_PREFIX = new RegExp(`^(${SPLIT_WORDS})_`);

/** A name's split prefix (`val_`), or '' without one. */
export function splitOf(name: string): string {
  return SPLIT_PREFIX.exec(name.toLowerCase())?.[0] ?? '';
}
/** Whether per-example predictions give this metric a paired test (McNemar or the paired bootstrap). */
export function hasPairedTest(name: string): boolean {
  const c = canonicalName(name);
  return (
    ['accuracy', 'error_rate', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_micro'].includes(c) ||
    /^recall\[.+\]$/.test(c)
  );
}

export function canonicalName(name: string): string {
  const bare = name.toLowerCase().replace(SPLIT_PREFIX, '');
  if (/^(acc|accuracy|top_?1|top_?1_acc(uracy)?)$/.test(bare)) return 'accuracy';
  if (/^(error_rate|err_rate|misclassification_rate|zero_one_loss|top_?1_(error|err|error_rate))$/.test(bare))
    return 'error_rate';
  const macro = /^macro_(f1|precision|recall)$/.exec(bare);
  if (macro) return `${macro[1]}_macro`;
  return bare === name.toLowerCase() ? name : bare;
}
