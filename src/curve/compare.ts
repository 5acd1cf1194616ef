/**
 * Base vs PR learning curves: values at equal sizes (sample efficiency), dominance, and what the PR's change
 * of data.train_size bought (Δmetric per Δcost).
 */
import { costAt } from './analyze.js';
import { formatCost, formatDelta, formatSize } from './format.js';
import type { CurveAnalysis, CurveComparison, CurveComparisonPoint } from '../kernel/curve-types.js';

export interface CompareOptions {
  /** Differences at or below this (metric units) count as equal. Default: the head's gain-per-doubling threshold. */
  tolerance?: number;
}

function interpLog(xs: readonly number[], ys: readonly number[], n: number): number {
  if (n <= xs[0]!) return ys[0]!;
  for (let i = 1; i < xs.length; i++) {
    if (n <= xs[i]!) {
      const t = Math.log(n / xs[i - 1]!) / Math.log(xs[i]! / xs[i - 1]!);
      return ys[i - 1]! + (Number.isFinite(t) ? t : 1) * (ys[i]! - ys[i - 1]!);
    }
  }
  return ys[ys.length - 1]!;
}

/** Measured value at size n (interpolated on log size between measured points); null outside the measured range. */
export function measuredValueAt(a: CurveAnalysis, n: number): number | null {
  const pts = a.points;
  if (pts.length === 0 || n < pts[0]!.train_size || n > pts[pts.length - 1]!.train_size) return null;
  return interpLog(
    pts.map((p) => p.train_size),
    pts.map((p) => p.value),
    n,
  );
}

/**
 * The curve as one series of (size, value): the measured points, then the fitted grid beyond the largest of them.
 * Searching it for a value finds the measured size that reached it first, not the start of the fit window.
 */
function measuredThenFitted(a: CurveAnalysis): Array<{ train_size: number; value: number }> {
  const pts = a.points.map((p) => ({ train_size: p.train_size, value: p.value }));
  const top = pts.length ? pts[pts.length - 1]!.train_size : 0;
  return [...pts, ...a.curve.filter((c) => c.train_size > top)];
}

/** Value of an analysed curve at size n: measured (interpolated on log size) inside the measured range, else fitted. */
export function curveValueAt(a: CurveAnalysis, n: number): number | null {
  return measuredValueAt(a, n) ?? fittedValueAt(a, n);
}

/** Value on the fitted curve (interpolated on its grid); null outside the grid. */
export function fittedValueAt(a: CurveAnalysis, n: number): number | null {
  const c = a.curve;
  if (c.length >= 2 && n >= c[0]!.train_size && n <= c[c.length - 1]!.train_size) {
    return interpLog(
      c.map((p) => p.train_size),
      c.map((p) => p.value),
      n,
    );
  }
  return null;
}
type Better = (d: number) => number;

/** Base and PR values at every measured size both curves cover. */
function pointsAtEqualSizes(base: CurveAnalysis, head: CurveAnalysis): CurveComparisonPoint[] {
  const at: CurveComparisonPoint[] = [];
  if (!base.points.length || !head.points.length) return at;
  const lo = Math.max(base.points[0]!.train_size, head.points[0]!.train_size);
  const hi = Math.min(base.points[base.points.length - 1]!.train_size, head.points[head.points.length - 1]!.train_size);
  const sizes = [...new Set([...base.points, ...head.points].map((p) => p.train_size))]
    .filter((n) => n >= lo && n <= hi)
    .sort((a, b) => a - b);
  for (const n of sizes) {
    const b = curveValueAt(base, n),
      h = curveValueAt(head, n);
    if (b === null || h === null) continue;
    at.push({ train_size: n, base: round(b), head: round(h), delta: round(h - b) });
  }
  return at;
}

function dominanceOf(imps: readonly number[], tol: number): CurveComparison['dominance'] {
  if (!imps.length) return 'unknown';
  if (imps.every((d) => Math.abs(d) <= tol)) return 'equal';
  if (imps.every((d) => d >= -tol)) return 'head';
  if (imps.every((d) => d <= tol)) return 'base';
  return 'crossing';
}

interface SampleEfficiency {
  ratio: number | null;
  reachedAtFirst: boolean;
}

// Sample efficiency: size the PR's curve needs to reach the base's value at the base's training size. Searched on
// the PR's measured points first, its fit beyond them; reached at its smallest size, that size is an upper bound.
function sampleEfficiency(base: CurveAnalysis, head: CurveAnalysis, better: Better): SampleEfficiency {
  const target = fittedValueAt(base, base.current_size) ?? curveValueAt(base, base.current_size);
  const series = measuredThenFitted(head);
  if (target === null || series.length < 2) return { ratio: null, reachedAtFirst: false };
  const ok = (v: number) => better(v - target) >= 0;
  if (ok(series[0]!.value)) return { ratio: round(series[0]!.train_size / base.current_size, 3), reachedAtFirst: true };
  for (let i = 1; i < series.length; i++) {
    if (!ok(series[i]!.value)) continue;
    const a = series[i - 1]!,
      b = series[i]!;
    const t = (target - a.value) / (b.value - a.value);
    const n = a.train_size * Math.pow(b.train_size / a.train_size, Math.min(1, Math.max(0, t)));
    return { ratio: round(n / base.current_size, 3), reachedAtFirst: false };
  }
  return { ratio: null, reachedAtFirst: false };
}

// What the change of data.train_size bought, read on the PR's own curve (value and cost at the base's size and
// at the PR's): the rest of the difference is the PR's other changes; one curve's cost column keeps units alike.
function trainSizeChange(base: CurveAnalysis, head: CurveAnalysis): NonNullable<CurveComparison['train_size_change']> {
  const valueOnHead = (n: number) => fittedValueAt(head, n) ?? curveValueAt(head, n);
  const hv = valueOnHead(head.current_size);
  const bv = valueOnHead(base.current_size);
  const hc = head.cost_model ? costAt(head.cost_model, head.current_size) : null;
  const bc = head.cost_model ? costAt(head.cost_model, base.current_size) : null;
  const metric_delta = hv !== null && bv !== null ? round(hv - bv) : null;
  const cost_delta = hc !== null && bc !== null ? round(hc - bc, 4) : null;
  const perCost = metric_delta !== null && cost_delta !== null && Math.abs(cost_delta) > 1e-12;
  return {
    base_size: base.current_size,
    head_size: head.current_size,
    metric_delta,
    cost_delta,
    metric_per_cost: perCost ? round(metric_delta / cost_delta, 4) : null,
  };
}

const DOMINANCE_TEXT: Record<string, string> = {
  head: 'the PR curve is at least as good at every size',
  base: 'the base curve is at least as good at every size',
  equal: 'the curves agree within the tolerance',
};

type Clause = (c: CurveComparison, base: CurveAnalysis, head: CurveAnalysis, eff: SampleEfficiency) => string | null;

const differentMetrics: Clause = (_c, base, head) =>
  base.metric !== head.metric ? `the curves measure different metrics (${base.metric} vs ${head.metric})` : null;

const equalSizes: Clause = (c, _base, head) => {
  const at = c.at_equal_sizes;
  if (!at.length || c.mean_improvement === null) return 'the curves have no measured sizes in common';
  const range = `${formatSize(at[0]!.train_size)}\u2013${formatSize(at[at.length - 1]!.train_size)}`;
  const dom = DOMINANCE_TEXT[c.dominance] ?? 'the curves cross';
  const mean = head.direction === 'higher' ? c.mean_improvement : -c.mean_improvement;
  return `at equal sizes (${range}) the PR is ${formatDelta(mean, head.proportion)} on average; ${dom}`;
};

const reachesBase: Clause = (c, base, _head, eff) => {
  if (eff.ratio === null || c.dominance === 'equal') return null;
  const n = formatSize(eff.ratio * base.current_size);
  const how = eff.reachedAtFirst ? `${n} examples or fewer (its smallest size)` : `${n} examples`;
  return `the PR reaches the base’s value at ${formatSize(base.current_size)} with ${how}`;
};

const dataBought: Clause = (c, base, head) => {
  const change = c.train_size_change!;
  const { metric_delta, cost_delta } = change;
  if (base.current_size === head.current_size || metric_delta === null) return null;
  const fmtD = (d: number) => formatDelta(d, head.proportion);
  let s = `on the PR’s curve, training data ${formatSize(base.current_size)} \u2192 ${formatSize(head.current_size)} buys ${fmtD(metric_delta)}`;
  if (cost_delta === null) return s;
  const unit = head.cost_unit;
  s += ` for ${cost_delta >= 0 ? '+' : ''}${formatCost(cost_delta, unit)}`;
  if (change.metric_per_cost !== null && cost_delta > 0) s += ` (${fmtD(change.metric_per_cost)} per ${unit})`;
  return s;
};

const CLAUSES: readonly Clause[] = [differentMetrics, equalSizes, reachesBase, dataBought];

export function compareCurves(base: CurveAnalysis, head: CurveAnalysis, opts: CompareOptions = {}): CurveComparison {
  const tol = opts.tolerance ?? head.gain_per_doubling_threshold;
  const better: Better = (d) => (head.direction === 'higher' ? d : -d);
  const at = pointsAtEqualSizes(base, head);
  const imps = at.map((p) => better(p.delta));
  const eff = sampleEfficiency(base, head, better);
  const comparison: CurveComparison = {
    metric: head.metric,
    at_equal_sizes: at,
    mean_improvement: imps.length ? round(imps.reduce((a, b) => a + b, 0) / imps.length) : null,
    dominance: dominanceOf(imps, tol),
    size_ratio_for_equal_value: eff.ratio,
    train_size_change: trainSizeChange(base, head),
    conclusion: '',
  };
  const parts = CLAUSES.map((clause) => clause(comparison, base, head, eff)).filter((s): s is string => s !== null);
  comparison.conclusion = parts.join('; ');
  return comparison;
}

function round(x: number, digits = 6): number {
  return Number(x.toPrecision(digits));
}
