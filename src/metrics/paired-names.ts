/**
 * The registry's answers for the statistics: which paired result a name reads (the bootstrap computes accuracy,
 * macro precision/recall/F1, micro F1 and per-class recall), and which metrics are one hypothesis (a metric and its
 * complement, however each is named).
 */
import { resolveMetric, type Resolution } from './resolve.js';

/** The paired bootstrap's metric names (stats/joint-counts.ts PairedMetricName). */
export type PairedKey = 'accuracy' | 'precision_macro' | 'recall_macro' | 'f1_macro' | 'f1_micro' | `recall[${string}]`;

const clean = (r: Resolution) => r.rest === '|||';

function averaged(r: Resolution): PairedKey | null {
  if (!clean(r) || r.bracket !== null) return null;
  const head = r.head.replace(/^f_1$/, 'f1');
  if (r.average === 'macro' && (head === 'f1' || head === 'precision' || head === 'recall')) return `${head}_macro`;
  if (r.average === 'micro' && head === 'f1') return 'f1_micro';
  return null;
}

/**
 * The paired result a metric reads: `flipped` for an error rate (1 − accuracy). Only the plain names: a qualifier
 * (`accuracy_region_eu`, `f1_macro_eu`) measures something the predictions files do not score.
 */
export function pairedMetricOf(name: string): { key: PairedKey; flipped: boolean } | null {
  const r = resolveMetric(name, { bookkeeping: false });
  const id = r.kind?.id;
  if ((id === 'accuracy' || id === 'error_rate' || id === 'error') && r.whole)
    return { key: 'accuracy', flipped: id !== 'accuracy' };
  if (id === 'recall' && r.bracket !== null && r.average === null && r.rest === `||${r.bracket}|`)
    return { key: `recall[${r.bracket}]`, flipped: false };
  const key = id === 'f_score' || id === 'precision' || id === 'recall' ? averaged(r) : null;
  return key ? { key, flipped: false } : null;
}

/** Whether per-example predictions give this metric a paired test (McNemar or the paired bootstrap). */
export function hasPairedTest(name: string): boolean {
  return pairedMetricOf(name) !== null;
}

/**
 * The hypothesis a metric tests: a metric and its complement share the key (accuracy and `val_error` of the same
 * split; top-5 accuracy and top-5 error), `negative` on the complement's side. null: a hypothesis of its own.
 */
export function complementOf(name: string): { key: string; negative: boolean } | null {
  const r = resolveMetric(name, { bookkeeping: false });
  const c = r.kind?.complement;
  if (!c) return null;
  return { key: [r.split, c.group, r.rest, r.average ?? '', r.k ?? ''].join('|'), negative: c.negative };
}
