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

export function compareCurves(base: CurveAnalysis, head: CurveAnalysis, opts: CompareOptions = {}): CurveComparison {
  const tol = opts.tolerance ?? head.gain_per_doubling_threshold;
  const higher = head.direction === 'higher';
  const better = (d: number) => (higher ? d : -d);
  const fmtD = (d: number) => formatDelta(d, head.proportion);

  const at: CurveComparisonPoint[] = [];
  if (base.points.length && head.points.length) {
    const lo = Math.max(base.points[0]!.train_size, head.points[0]!.train_size);
    const hi = Math.min(
      base.points[base.points.length - 1]!.train_size,
      head.points[head.points.length - 1]!.train_size,
    );
    const sizes = [...new Set([...base.points, ...head.points].map((p) => p.train_size))]
      .filter((n) => n >= lo && n <= hi)
      .sort((a, b) => a - b);
    for (const n of sizes) {
      const b = curveValueAt(base, n),
        h = curveValueAt(head, n);
      if (b === null || h === null) continue;
      at.push({ train_size: n, base: round(b), head: round(h), delta: round(h - b) });
    }
  }
  const imps = at.map((p) => better(p.delta));
  const mean_improvement = imps.length ? round(imps.reduce((a, b) => a + b, 0) / imps.length) : null;
  let dominance: CurveComparison['dominance'] = 'unknown';
  if (imps.length) {
    if (imps.every((d) => Math.abs(d) <= tol)) dominance = 'equal';
    else if (imps.every((d) => d >= -tol)) dominance = 'head';
    else if (imps.every((d) => d <= tol)) dominance = 'base';
    else dominance = 'crossing';
  }

  // Sample efficiency: size the PR's curve needs to reach the base's value at the base's training size. Searched on
  // the PR's measured points first, its fit beyond them; reached at its smallest size, that size is an upper bound.
  let size_ratio_for_equal_value: number | null = null;
  let reachedAtFirst = false;
  const target = fittedValueAt(base, base.current_size) ?? curveValueAt(base, base.current_size);
  const series = measuredThenFitted(head);
  if (target !== null && series.length >= 2) {
    const ok = (v: number) => better(v - target) >= 0;
    if (ok(series[0]!.value)) {
      size_ratio_for_equal_value = round(series[0]!.train_size / base.current_size, 3);
      reachedAtFirst = true;
    } else {
      for (let i = 1; i < series.length; i++) {
        if (ok(series[i]!.value)) {
          const a = series[i - 1]!,
            b = series[i]!;
          const t = (target - a.value) / (b.value - a.value);
          const n = a.train_size * Math.pow(b.train_size / a.train_size, Math.min(1, Math.max(0, t)));
          size_ratio_for_equal_value = round(n / base.current_size, 3);
          break;
        }
      }
    }
  }

  // What the change of data.train_size bought, read on the PR's own curve (value and cost at the base's size and
  // at the PR's): the rest of the difference from the base is the PR's other changes, not its data. One curve's
  // cost column also keeps the units alike (the base may count GPU-h where the PR counts CPU-h).
  let train_size_change: CurveComparison['train_size_change'] = null;
  const valueOnHead = (n: number) => fittedValueAt(head, n) ?? curveValueAt(head, n);
  const hv = valueOnHead(head.current_size);
  const bv = valueOnHead(base.current_size);
  const hc = head.cost_model ? costAt(head.cost_model, head.current_size) : null;
  const bc = head.cost_model ? costAt(head.cost_model, base.current_size) : null;
  const metric_delta = hv !== null && bv !== null ? round(hv - bv) : null;
  const cost_delta = hc !== null && bc !== null ? round(hc - bc, 4) : null;
  train_size_change = {
    base_size: base.current_size,
    head_size: head.current_size,
    metric_delta,
    cost_delta,
    metric_per_cost:
      metric_delta !== null && cost_delta !== null && Math.abs(cost_delta) > 1e-12
        ? round(metric_delta / cost_delta, 4)
        : null,
  };

  // Conclusion.
  const parts: string[] = [];
  if (base.metric !== head.metric)
    parts.push(`the curves measure different metrics (${base.metric} vs ${head.metric})`);
  if (imps.length && mean_improvement !== null) {
    const range = `${formatSize(at[0]!.train_size)}\u2013${formatSize(at[at.length - 1]!.train_size)}`;
    const dom =
      dominance === 'head'
        ? 'the PR curve is at least as good at every size'
        : dominance === 'base'
          ? 'the base curve is at least as good at every size'
          : dominance === 'equal'
            ? 'the curves agree within the tolerance'
            : 'the curves cross';
    parts.push(
      `at equal sizes (${range}) the PR is ${fmtD(higher ? mean_improvement : -mean_improvement)} on average; ${dom}`,
    );
  } else {
    parts.push('the curves have no measured sizes in common');
  }
  if (size_ratio_for_equal_value !== null && dominance !== 'equal') {
    const n = formatSize(size_ratio_for_equal_value * base.current_size);
    parts.push(
      `the PR reaches the base’s value at ${formatSize(base.current_size)} with ${reachedAtFirst ? `${n} examples or fewer (its smallest size)` : `${n} examples`}`,
    );
  }
  if (base.current_size !== head.current_size && metric_delta !== null) {
    let s = `on the PR’s curve, training data ${formatSize(base.current_size)} \u2192 ${formatSize(head.current_size)} buys ${fmtD(metric_delta)}`;
    if (cost_delta !== null) {
      const unit = head.cost_unit;
      s += ` for ${cost_delta >= 0 ? '+' : ''}${formatCost(cost_delta, unit)}`;
      if (train_size_change.metric_per_cost !== null && cost_delta > 0)
        s += ` (${fmtD(train_size_change.metric_per_cost)} per ${unit})`;
    }
    parts.push(s);
  }
  return {
    metric: head.metric,
    at_equal_sizes: at,
    mean_improvement,
    dominance,
    size_ratio_for_equal_value,
    train_size_change,
    conclusion: parts.join('; '),
  };
}

function round(x: number, digits = 6): number {
  return Number(x.toPrecision(digits));
}
