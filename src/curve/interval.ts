/**
 * Predictive 80 % intervals: for the gain the next doubling will measure, and for the value measured two
 * doublings on. An interval on the fitted curve alone is too narrow (it held the measured gain 46 % of the time):
 * what the user measures next also carries that measurement's noise, and the curve's own course after the last
 * point, which no fit sees, grows with the gain still to come. So each side is
 *
 *   half = √((z₀.₉ · noise)² + (a · M)²),   M = √(gain² + spread² + floor²)
 *
 * with `noise` the standard deviation of the next measurement (the last point's std or binomial sd from
 * eval_size; without either, the fit's own residuals), `spread` the range of the gains that the families which
 * extrapolated about as well on held-out points predict, and `a` a pair of factors (below, above) fitted on LCDB
 * curves so that 10 % of measurements fall on each side, separately for dense and sparse curves (bench/curve.ts,
 * docs/learning-curves.md). The floor keeps every interval open: no curve is known to the last digit.
 */
import { pointNoise, type Orientation } from './fit.js';
import { isDense, type CurveModels } from './models.js';
import { gainPerDoubling } from './recommend.js';

/** z of the 90th percentile of the standard normal. */
const Z90 = 1.2815515655446004;

/** Floor of M, in the fitted scale's units (0.1 pp for proportions). */
export const INTERVAL_FLOOR = 0.001;

/** Factors [below, above] of M for one horizon: 1 doubling (the gain) and 2 doublings (the value at 4×). */
export interface HorizonCalibration {
  next: [number, number];
  two: [number, number];
}

export interface CurveCalibration {
  dense: HorizonCalibration;
  sparse: HorizonCalibration;
  /**
   * A curve whose 80 % interval of the value two doublings on is wider than this many gain_per_doubling
   * thresholds is "uncertain" (not reliable).
   */
  max_width: number;
}

/**
 * Fitted by `sh bench/curve.sh` on the LCDB 1.1 curves (dense: as measured; sparse: every fourth size, two per
 * doubling), cut at a quarter of their largest size; the bench prints the values it derives and their
 * cross-validated coverage (5 folds by dataset). Keep these equal to its "derived on all LCDB curves" line.
 */
export const CALIBRATION: CurveCalibration = {
  dense: { next: [0.11, 0.6], two: [0.28, 0.66] },
  sparse: { next: [0, 1.9], two: [0.51, 2] },
  max_width: 8.1,
};

/** The inputs of one predictive interval (metric units; gain in the metric's better direction). */
export interface Uncertainty {
  /** predicted gain over the horizon, on the fitted curve */
  gain: number;
  /** range of the competitive families' gains over the horizon (0 with fewer than two) */
  spread: number;
  /** standard deviation of the next measurement */
  noise: number;
  /** floor of M and of the noise */
  floor: number;
  dense: boolean;
}

/** Gain over `doublings` doublings of n in the better direction. */
export function gainOver(predict: (n: number) => number, n: number, o: Orientation, doublings: number): number {
  const d = predict(n * 2 ** doublings) - predict(n);
  return o.direction === 'higher' ? d : -d;
}

/**
 * Gains over `doublings` under every family whose held-out error is within 2x (or thr/2) of the selected one's.
 */
export function competitiveGains(
  models: CurveModels,
  o: Orientation,
  current: number,
  thr: number,
  doublings = 1,
): number[] {
  const best = models.selected ? models.holdout.get(models.selected) : undefined;
  const out: number[] = [];
  if (best === undefined) return out;
  for (const [name, m] of models.fits) {
    const e = models.holdout.get(name);
    if (e !== undefined && e <= Math.max(2 * best, best + thr / 2))
      out.push(
        doublings === 1 ? gainPerDoubling(m.predict, current, o.direction) : gainOver(m.predict, current, o, doublings),
      );
  }
  return out;
}

/** Metric units of one fitted unit: 1 for proportions, else the range of the fitted values. */
function unitScale(models: CurveModels, o: Orientation): number {
  if (o.proportion) return 1;
  let lo = Infinity,
    hi = -Infinity;
  for (const p of models.fitted) {
    lo = Math.min(lo, p.value);
    hi = Math.max(hi, p.value);
  }
  return hi - lo || Math.max(Math.abs(hi), 1) * 1e-3;
}

/** The next measurement's noise: the last point's, else the fit's root-mean-square residual; at least `floor`. */
function nextNoise(models: CurveModels, o: Orientation, floor: number): number {
  const last = models.points[models.points.length - 1];
  const known = last ? pointNoise(last, o) : null;
  if (known !== null) return Math.max(known, floor);
  const predict = models.predict;
  if (!predict || models.fitted.length === 0) return floor;
  let ss = 0;
  for (const p of models.fitted) ss += (p.value - predict(p.train_size)) ** 2;
  return Math.max(Math.sqrt(ss / models.fitted.length), floor);
}

/** What the interval of a horizon is made of (null without a model). */
export function uncertaintyOf(
  models: CurveModels,
  o: Orientation,
  current: number,
  thr: number,
  doublings: number,
): Uncertainty | null {
  if (!models.predict) return null;
  const floor = INTERVAL_FLOOR * unitScale(models, o);
  const gains = competitiveGains(models, o, current, thr, doublings);
  const spread = gains.length >= 2 ? Math.max(...gains) - Math.min(...gains) : 0;
  return {
    gain: gainOver(models.predict, current, o, doublings),
    spread,
    noise: nextNoise(models, o, floor),
    floor,
    dense: isDense(models.points),
  };
}

/** Half-widths [below, above] of the 80 % interval of a horizon, metric units, better direction. */
export function halfWidths(u: Uncertainty, a: readonly [number, number]): [number, number] {
  const m = Math.hypot(u.gain, u.spread, u.floor);
  const n = Z90 * u.noise;
  return [Math.hypot(n, a[0] * m), Math.hypot(n, a[1] * m)];
}

/** The calibration factors for a curve and horizon. */
export function factorsFor(u: Uncertainty, horizon: keyof HorizonCalibration, c = CALIBRATION): [number, number] {
  return (u.dense ? c.dense : c.sparse)[horizon];
}

/**
 * The 80 % interval of the value measured at `u`'s horizon around the fitted `value` there (metric units,
 * ascending), kept inside [0, 1] for a proportion.
 */
export function valueInterval(
  u: Uncertainty,
  a: readonly [number, number],
  value: number,
  o: Orientation,
): [number, number] {
  const [below, above] = halfWidths(u, a);
  // Half-widths are in the better direction: below is worse.
  const [vLo, vHi] = o.direction === 'higher' ? [value - below, value + above] : [value - above, value + below];
  return o.proportion ? [Math.max(vLo, 0), Math.min(vHi, 1)] : [vLo, vHi];
}

/** A value interval as gains from `now` in the better direction, ascending. */
export function gainsFrom(iv: readonly [number, number], now: number, o: Orientation): [number, number] {
  return o.direction === 'higher' ? [iv[0] - now, iv[1] - now] : [now - iv[1], now - iv[0]];
}
