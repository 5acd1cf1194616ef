/**
 * analyzeCurve: fit the families and select the model (models.ts), find the point of diminishing returns and
 * price it with the curve's own cost column (recommend.ts), put predictive intervals on the next doubling and on
 * the value two doublings on (interval.ts), say how far all of it can be trusted (trust.ts), and write the
 * one-line conclusion (conclusion.ts).
 */
import { conclusionOf, type ConclusionInput } from './conclusion.js';
import { FAMILIES, FAMILY_NAMES } from './families.js';
import type { Orientation } from './fit.js';
import {
  CALIBRATION,
  factorsFor,
  gainsFrom,
  halfWidths,
  uncertaintyOf,
  valueInterval,
  type CurveCalibration,
} from './interval.js';
import { fitCurveModels, isValidPoint, type CurveModels } from './models.js';
import {
  costAt,
  findRecommendedSize,
  fitCostModel,
  gainPerDoubling,
  RECOMMEND_SEARCH,
  twoDoublingsCall,
  type TwoDoublings,
} from './recommend.js';
import { trustReasons } from './trust.js';
import type { CurveAnalysis, CurveFamilyFit, CurveFamilyName, CurveOptions } from '../kernel/curve-types.js';
import type { CurvePoint } from '../kernel/curve-types.js';

// Re-exported so that existing imports of analyze.js keep working after the split.
export {
  cleanPoints,
  isValidPoint,
  fitCurveModels,
  fitWindow,
  holdoutSplit,
  medianOf,
  medianPredictor,
  type CurveModels,
} from './models.js';
export { costAt, findRecommendedSize, fitCostModel, gainPerDoubling, RECOMMEND_SEARCH } from './recommend.js';
export { MAX_EXTRAPOLATION } from './trust.js';

export const DEFAULT_CURVE_OPTIONS: CurveOptions = {
  direction: 'higher',
  proportion: true,
  min_points: 4,
  gain_per_doubling: 0.005,
};

function roundSize(n: number): number {
  return n >= 100 ? Number(n.toPrecision(3)) : Math.round(n);
}

function round(x: number, digits = 6): number {
  return Number(x.toPrecision(digits));
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function orientation(opts: CurveOptions): Orientation {
  const o: Orientation = { direction: opts.direction, proportion: opts.proportion };
  if (opts.eval_size !== undefined) o.eval_size = opts.eval_size;
  return o;
}

export function analyzeCurve(metric: string, pointsIn: readonly CurvePoint[], optsIn: CurveOptions): CurveAnalysis {
  const opts: CurveOptions = { ...DEFAULT_CURVE_OPTIONS, ...optsIn };
  const models = fitCurveModels(pointsIn, orientation(opts), opts.families ?? FAMILY_NAMES);
  return analyzeFitted(metric, pointsIn, models, opts);
}

/**
 * The analysis of curves already fitted (fitCurveModels on the same points and options): what analyzeCurve
 * returns. The benchmark fits once and analyses with the calibrations of its cross-validation folds.
 */
export function analyzeFitted(
  metric: string,
  pointsIn: readonly CurvePoint[],
  models: CurveModels,
  optsIn: CurveOptions,
  calibration: CurveCalibration = CALIBRATION,
): CurveAnalysis {
  const opts: CurveOptions = { ...DEFAULT_CURVE_OPTIONS, ...optsIn };
  const o = orientation(opts);
  const points = models.points;
  const nMax = points.length ? points[points.length - 1]!.train_size : 0;
  const current = opts.current_size ?? nMax;
  const valid = pointsIn.filter(isValidPoint).length;
  const counts = { dropped: pointsIn.length - valid, repeated: valid - models.distinctSizes };
  const binned = models.distinctSizes - points.length;
  const base = emptyAnalysis(metric, models, opts, current);
  const tooFew = points.length < opts.min_points;
  const reasons = tooFew ? [tooFewReason(points.length, counts.repeated > 0, opts.min_points)] : [];
  const input: ConclusionInput = { a: base, ...counts, binned, nFit: 0 };
  if (!models.predict) {
    if (reasons.length === 0)
      reasons.push(
        points.length ? 'no family could be fitted (the points need at least two distinct sizes)' : 'no valid points',
      );
    base.reason = reasons.join('; ');
    base.conclusion = conclusionOf(input);
    return base;
  }
  const nFit = models.fitted[0]!.train_size;
  base.curve = fittedGrid(models.predict, nFit, Math.max(nMax, current) * 2);
  const rec =
    models.lastValueSelected || tooFew
      ? null
      : findRecommendedSize(
          models.predict,
          opts.direction,
          opts.gain_per_doubling,
          nFit,
          RECOMMEND_SEARCH * Math.max(nMax, current),
        );
  setRecommendation(base, models.predict, rec === null ? null : roundSize(rec), current);
  const two = setIntervals(base, models, o, calibration);
  // With too few points the fit only interpolates them: that is the reason, and the only one.
  if (!tooFew) {
    const maxWidth = calibration.max_width;
    reasons.push(...trustReasons({ models, o, thr: opts.gain_per_doubling, current, two, maxWidth }));
  }
  base.reliable = reasons.length === 0;
  base.reason = base.reliable ? null : reasons.join('; ');
  base.oversize_exceeded =
    base.reliable &&
    opts.max_oversize !== undefined &&
    base.oversize_factor !== null &&
    base.oversize_factor > opts.max_oversize;
  base.conclusion = conclusionOf({ ...input, nFit, two });
  return base;
}

function tooFewReason(n: number, merged: boolean, min: number): string {
  const what = merged ? `distinct size${n === 1 ? '' : 's'}` : `point${n === 1 ? '' : 's'}`;
  return `only ${n} ${what} (at least ${min} needed)`;
}

/** The analysis with everything that does not need a model: points, families' fits, cost model. */
function emptyAnalysis(metric: string, models: CurveModels, opts: CurveOptions, current: number): CurveAnalysis {
  const costModel = fitCostModel(models.points);
  const sel = models.selected && models.predict ? models.selected : null;
  return {
    metric,
    direction: opts.direction,
    proportion: opts.proportion,
    reliable: false,
    reason: null,
    family: sel
      ? models.members.length > 1
        ? `median(${models.members.join(', ')})`
        : sel
      : models.points.length
        ? 'last_value'
        : null,
    family_members: sel ? models.members.slice() : [],
    families: familyFits(models, opts.families ?? FAMILY_NAMES),
    last_value_holdout_error: models.lastValueHoldout === null ? null : round(models.lastValueHoldout),
    current_size: current,
    recommended_size: null,
    recommendation_basis: null,
    oversize_factor: null,
    oversize_exceeded: false,
    gain_per_doubling_threshold: opts.gain_per_doubling,
    predicted_gain_per_doubling: null,
    predicted_two_doublings: null,
    projected_savings: null,
    cost_unit: opts.cost_unit ?? 'CPU-h',
    cost_model: costModel ? { intercept: round(costModel.intercept), slope: round(costModel.slope) } : null,
    points: models.points,
    curve: [],
    conclusion: '',
  };
}

function familyFits(models: CurveModels, names: readonly CurveFamilyName[]): CurveFamilyFit[] {
  const out: CurveFamilyFit[] = [];
  for (const name of names) {
    const m = models.fits.get(name);
    if (!m) continue;
    const rmse = Math.sqrt(mean(models.fitted.map((p) => (m.predict(p.train_size) - p.value) ** 2)));
    out.push({
      name,
      params: FAMILIES[name].report(m.p).map((v) => round(v)),
      holdout_error: models.holdout.has(name) ? round(models.holdout.get(name)!) : null,
      rmse: round(rmse),
    });
  }
  return out;
}

/** Fitted curve on a log grid (4 points per doubling, at most 60), from the start of the fit window. */
function fittedGrid(predict: (n: number) => number, nFit: number, hi: number): CurveAnalysis['curve'] {
  const n = Math.min(60, Math.max(8, Math.ceil(Math.log2(hi / nFit) * 4)));
  const out: CurveAnalysis['curve'] = [];
  for (let i = 0; i <= n; i++) {
    const size = nFit * Math.pow(hi / nFit, i / n);
    out.push({ train_size: roundSize(size), value: round(predict(size)) });
  }
  return out;
}

/** Recommended size, its basis (inside the measured sizes or beyond), oversize factor and savings. */
function setRecommendation(
  a: CurveAnalysis,
  predict: (n: number) => number,
  recommended: number | null,
  current: number,
): void {
  a.recommended_size = recommended;
  if (recommended === null) return;
  const nMax = a.points[a.points.length - 1]!.train_size;
  a.recommendation_basis = recommended <= nMax * 1.0001 ? 'measured' : 'extrapolated';
  a.oversize_factor = round(current / recommended, 3);
  if (current <= recommended) return;
  // A cost column that does not grow with size is timing noise (tiny fits), not a price: nothing is saved.
  const pricing = a.cost_model && a.cost_model.slope > 0 ? a.cost_model : null;
  const costNow = pricing ? costAt(pricing, current) : null;
  const costRec = pricing ? costAt(pricing, recommended) : null;
  a.projected_savings = {
    cost: costNow !== null && costRec !== null ? round(costNow - costRec, 4) : null,
    cost_pct: costNow !== null && costRec !== null ? round((costNow - costRec) / costNow, 3) : null,
    metric_delta: round(predict(recommended) - predict(current)),
  };
}

/**
 * The predictive intervals (interval.ts): of the gain of the next doubling, and of the value measured two doublings
 * on. Returns the latter, with its gain and what that says against twice the threshold, for the trust rules and
 * the conclusion.
 */
function setIntervals(a: CurveAnalysis, models: CurveModels, o: Orientation, cal: CurveCalibration): TwoDoublings {
  const current = a.current_size;
  const thr = a.gain_per_doubling_threshold;
  const predict = models.predict!;
  // A proportion's measurement stays inside [0, 1]: so do the intervals of its gain and of its value.
  const [lo, hi] = o.proportion ? [0, 1] : [-Infinity, Infinity];
  const now = predict(current);
  const [worst, best] = o.direction === 'higher' ? [now - lo, hi - now] : [hi - now, now - lo];
  const next = uncertaintyOf(models, o, current, thr, 1)!;
  const [below, above] = halfWidths(next, factorsFor(next, 'next', cal));
  const gain = gainPerDoubling(predict, current, o.direction);
  a.predicted_gain_per_doubling = {
    value: round(gain),
    interval: [round(Math.max(gain - below, -worst)), round(Math.min(gain + above, Math.max(best, gain)))],
  };
  const two = uncertaintyOf(models, o, current, thr, 2)!;
  const value = predict(4 * current);
  const [vLo, vHi] = valueInterval(two, factorsFor(two, 'two', cal), value, o);
  a.predicted_two_doublings = {
    train_size: roundSize(4 * current),
    value: round(value),
    interval: [round(vLo), round(vHi)],
  };
  const gains = gainsFrom([vLo, vHi], now, o);
  return { ...a.predicted_two_doublings, gain: gains, call: twoDoublingsCall(gains, thr) };
}
