/**
 * The joint count table of a paired evaluation: for k classes, counts[(label·k + base_pred)·k + head_pred] is the
 * number of examples with that true label, base prediction and head prediction. Every classification metric of base
 * and head, and every paired test, is a function of this table alone, so after one streaming pass over the
 * predictions nothing downstream depends on the row count.
 *
 * Metric conventions (sklearn's, with an explicit label set):
 * - classes = the classes that occur as a TRUE label in the table (sklearn `labels=`); predictions of other values
 *   count as wrong predictions but do not add a class to the macro averages.
 * - zero_division = 0: precision of a never-predicted class and recall of a class absent from a resample are 0.
 * - f1 per class = 2·tp / (2·tp + fp + fn); macro = unweighted mean over the classes;
 *   f1_micro = 2·Σtp / (Σpredicted-in-classes + n), which equals accuracy when every prediction is a known class.
 */

export interface JointCounts {
  /** Class names; index i is class i in the table. Includes values seen only as predictions. */
  labels: string[];
  /** k × k × k counts: label × base prediction × head prediction. */
  counts: Float64Array | number[];
  /** Total number of examples (sum of counts). */
  n: number;
}

export type PairedMetricName =
  'accuracy' | 'precision_macro' | 'recall_macro' | 'f1_macro' | 'f1_micro' | `recall[${string}]`;

/** Metrics of one model (base or head). */
export interface ClassificationMetrics {
  accuracy: number;
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
  f1_micro: number;
  /** Per evaluated class (see `classes`), in order. */
  recall: number[];
}

export function validateJointCounts(t: JointCounts): void {
  const k = t.labels.length;
  if (t.counts.length !== k * k * k)
    throw new RangeError(`joint counts: expected ${k}³ = ${k * k * k} cells, got ${t.counts.length}`);
  let sum = 0;
  for (let i = 0; i < t.counts.length; i++) {
    const v = t.counts[i]!;
    if (!(Number.isInteger(v) && v >= 0)) throw new RangeError(`joint counts: cell ${i} is not a non-negative integer`);
    sum += v;
  }
  if (sum !== t.n) throw new RangeError(`joint counts: cells sum to ${sum}, but n = ${t.n}`);
}

/** Indices of the classes that occur as a true label: the classes the macro averages run over. */
export function evaluatedClasses(t: JointCounts): number[] {
  const k = t.labels.length;
  const out: number[] = [];
  for (let l = 0; l < k; l++) {
    let s = 0;
    for (let j = l * k * k; j < (l + 1) * k * k; j++) s += t.counts[j]!;
    if (s > 0) out.push(l);
  }
  return out;
}

/** Per-class tallies of one model; reused across bootstrap iterations to avoid allocation. */
export class Tally {
  readonly tp: Float64Array;
  readonly predicted: Float64Array;
  readonly actual: Float64Array;
  n = 0;
  constructor(k: number) {
    this.tp = new Float64Array(k);
    this.predicted = new Float64Array(k);
    this.actual = new Float64Array(k);
  }
  reset(): void {
    this.tp.fill(0);
    this.predicted.fill(0);
    this.actual.fill(0);
    this.n = 0;
  }
  add(label: number, prediction: number, count: number): void {
    this.actual[label]! += count;
    this.predicted[prediction]! += count;
    if (label === prediction) this.tp[label]! += count;
    this.n += count;
  }
  /** Metrics over the given classes (see the module comment for the conventions). */
  metrics(classes: readonly number[]): ClassificationMetrics {
    let correct = 0;
    for (let i = 0; i < this.tp.length; i++) correct += this.tp[i]!;
    let pSum = 0;
    let rSum = 0;
    let fSum = 0;
    let predictedInClasses = 0;
    const recall: number[] = [];
    for (const c of classes) {
      const tp = this.tp[c]!;
      const pred = this.predicted[c]!;
      const act = this.actual[c]!;
      predictedInClasses += pred;
      const r = act > 0 ? tp / act : 0;
      pSum += pred > 0 ? tp / pred : 0;
      rSum += r;
      fSum += pred + act > 0 ? (2 * tp) / (pred + act) : 0;
      recall.push(r);
    }
    const m = classes.length;
    return {
      accuracy: this.n > 0 ? correct / this.n : 0,
      precision_macro: m > 0 ? pSum / m : 0,
      recall_macro: m > 0 ? rSum / m : 0,
      f1_macro: m > 0 ? fSum / m : 0,
      f1_micro: predictedInClasses + this.n > 0 ? (2 * correct) / (predictedInClasses + this.n) : 0,
      recall,
    };
  }
}

export interface JointSummary {
  base: ClassificationMetrics;
  head: ClassificationMetrics;
  classes: number[];
  /** Base right, head wrong. */
  b: number;
  /** Base wrong, head right. */
  c: number;
  /** Base and head predict alike on every example. */
  alike: boolean;
}

/**
 * Point metrics of base and head, the discordant counts for McNemar, and the evaluated classes, from one pass over
 * the non-zero cells (which also validates the table, as validateJointCounts does).
 */
export function summarizeJointCounts(t: JointCounts): JointSummary {
  const k = t.labels.length;
  if (t.counts.length !== k * k * k)
    throw new RangeError(`joint counts: expected ${k}³ = ${k * k * k} cells, got ${t.counts.length}`);
  const base = new Tally(k);
  const head = new Tally(k);
  let b = 0;
  let c = 0;
  let alike = true;
  for (let i = 0; i < t.counts.length; i++) {
    const x = t.counts[i]!;
    if (x === 0) continue;
    if (!(Number.isInteger(x) && x > 0)) throw new RangeError(`joint counts: cell ${i} is not a non-negative integer`);
    const l = Math.floor(i / (k * k));
    const bp = Math.floor(i / k) % k;
    const hp = i % k;
    base.add(l, bp, x);
    head.add(l, hp, x);
    if (bp === l && hp !== l) b += x;
    if (bp !== l && hp === l) c += x;
    if (bp !== hp) alike = false;
  }
  if (base.n !== t.n) throw new RangeError(`joint counts: cells sum to ${base.n}, but n = ${t.n}`);
  const classes: number[] = [];
  for (let l = 0; l < k; l++) if (base.actual[l]! > 0) classes.push(l);
  return { base: base.metrics(classes), head: head.metrics(classes), classes, b, c, alike };
}
