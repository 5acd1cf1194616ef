/**
 * Diminishing returns and price: the gain of a doubling under a fitted curve, the size beyond which it falls
 * below the threshold, and the cost of a size from the curve's own cost column.
 */
import { linearRegression } from 'simple-statistics';

/** The point of diminishing returns is searched up to this multiple of the largest measured (or current) size. */
export const RECOMMEND_SEARCH = 64;

/** Gain (in the better direction, metric units) of doubling n under a prediction function. */
export function gainPerDoubling(predict: (n: number) => number, n: number, direction: 'higher' | 'lower'): number {
  const d = predict(2 * n) - predict(n);
  return direction === 'higher' ? d : -d;
}

/**
 * The size beyond which every doubling buys less than `threshold`, searched from nLo to nHi:
 * nLo when the gain is already below it there, null when it is still above it at nHi.
 * Scans a log grid first (the gain need not be monotone for every family), then bisects the last crossing.
 */
export function findRecommendedSize(
  predict: (n: number) => number,
  direction: 'higher' | 'lower',
  threshold: number,
  nLo: number,
  nHi: number,
): number | null {
  const steps = Math.max(2, Math.ceil(Math.log2(nHi / nLo) * 16));
  const at = (i: number) => nLo * Math.pow(nHi / nLo, i / steps);
  let lastAbove = -1;
  for (let i = 0; i <= steps; i++) if (gainPerDoubling(predict, at(i), direction) >= threshold) lastAbove = i;
  if (lastAbove === -1) return nLo;
  if (lastAbove === steps) return null;
  let lo = Math.log(at(lastAbove)),
    hi = Math.log(at(lastAbove + 1));
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (gainPerDoubling(predict, Math.exp(mid), direction) >= threshold) lo = mid;
    else hi = mid;
  }
  return Math.exp(hi);
}

export interface CostModel {
  intercept: number;
  slope: number;
}

/** Cost = exp(intercept) * n^slope fitted by least squares on log-log (points with positive cost). */
export function fitCostModel(points: ReadonlyArray<{ train_size: number; cost?: number }>): CostModel | null {
  const pts = points.filter((p) => p.cost !== undefined && p.cost > 0);
  if (pts.length === 0) return null;
  const xy = pts.map((p): [number, number] => [Math.log(p.train_size), Math.log(p.cost!)]);
  // One point, or all at one size: no slope can be fitted; assume cost proportional to size.
  if (xy.every(([x]) => Math.abs(x - xy[0]![0]) < 1e-12)) {
    const my = xy.reduce((a, [, y]) => a + y, 0) / xy.length;
    return { intercept: my - xy[0]![0], slope: 1 };
  }
  const { m, b } = linearRegression(xy);
  return { intercept: b, slope: m };
}

export function costAt(model: CostModel, n: number): number {
  return Math.exp(model.intercept + model.slope * Math.log(n));
}

/** What the 80 % interval of the gain of the next two doublings says against twice the threshold. */
export type TwoDoublingsCall = 'below' | 'above' | 'uncertain';

/** The value two doublings on (4 × current) with its 80 % interval, the gain interval from now, and the call. */
export interface TwoDoublings {
  train_size: number;
  value: number;
  interval: [number, number];
  /** the interval as gains from the fitted value at the current size, better direction, ascending */
  gain: [number, number];
  call: TwoDoublingsCall;
}

/**
 * "The next two doublings gain less than 2 × threshold" only when the whole 80 % interval of that gain is below
 * it, "more" only when the whole interval is above it, else "uncertain": the point prediction alone called it
 * right 79 % of the time on LCDB, which is no claim to print without a hedge (docs/learning-curves.md).
 */
export function twoDoublingsCall(gain: readonly [number, number], threshold: number): TwoDoublingsCall {
  if (gain[1] < 2 * threshold) return 'below';
  if (gain[0] > 2 * threshold) return 'above';
  return 'uncertain';
}
