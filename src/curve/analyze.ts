/**
 * analyzeCurve: fit the families and select the model (models.ts), find the point of diminishing returns and
 * price it with the curve's own cost column (recommend.ts), put an interval on the gain of a doubling
 * (interval.ts), say how far all of it can be trusted (trust.ts), and write the one-line conclusion.
 */
import { FAMILIES, FAMILY_NAMES } from './families.js';
import type { Orientation } from './fit.js';
import { formatCost, formatDelta, formatDeltas, formatFactor, formatPct, formatSize, formatValue } from './format.js';
import { bootstrapGains, competitiveGains, gainInterval } from './interval.js';
import { fitCurveModels, isValidPoint } from './models.js';
import { costAt, findRecommendedSize, fitCostModel, gainPerDoubling } from './recommend.js';
import { trustReasons } from './trust.js';
import type { CurveAnalysis, CurveFamilyFit, CurveOptions, CurvePoint } from '../kernel/curve-types.js';

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
export { costAt, findRecommendedSize, fitCostModel, gainPerDoubling } from './recommend.js';
export { mulberry32 } from './interval.js';
export { MAX_EXTRAPOLATION } from './trust.js';

/** The point of diminishing returns is searched up to this multiple of the largest measured (or current) size. */
export const RECOMMEND_SEARCH = 64;

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

export function analyzeCurve(metric: string, pointsIn: readonly CurvePoint[], optsIn: CurveOptions): CurveAnalysis {
  const opts: CurveOptions = { ...DEFAULT_CURVE_OPTIONS, ...optsIn };
  const thr = opts.gain_per_doubling;
  const o: Orientation = { direction: opts.direction, proportion: opts.proportion };
  if (opts.eval_size !== undefined) o.eval_size = opts.eval_size;
  const names = opts.families ?? FAMILY_NAMES;
  const models = fitCurveModels(pointsIn, o, names);
  const points = models.points;
  const costUnit = opts.cost_unit ?? 'CPU-h';
  const nMin = points.length ? points[0]!.train_size : 0;
  const nMax = points.length ? points[points.length - 1]!.train_size : 0;
  const current = opts.current_size ?? nMax;
  const reasons: string[] = [];
  const fmtV = (v: number) => formatValue(v, opts.proportion);
  const fmtD = (d: number, signed = true) => formatDelta(d, opts.proportion, signed);

  const valid = pointsIn.filter(isValidPoint).length;
  const dropped = pointsIn.length - valid;
  // Repeats of a size were merged (cleanPoints): min_points counts sizes, since two sizes make no curve.
  const merged = valid - points.length;
  if (points.length < opts.min_points) {
    const what =
      merged > 0 ? `distinct size${points.length === 1 ? '' : 's'}` : `point${points.length === 1 ? '' : 's'}`;
    reasons.push(`only ${points.length} ${what} (at least ${opts.min_points} needed)`);
  }

  const sel = models.predict && models.selected ? models.fits.get(models.selected)! : null;
  // The last observed value won the nested quarter split (models.ts): it is the model, nothing is extrapolated.
  const lastValue = models.lastValueSelected && models.predict !== null;
  const fittedPts = models.fitted;
  const families: CurveFamilyFit[] = [];
  for (const name of names) {
    const m = models.fits.get(name);
    if (!m) continue;
    const rmse = Math.sqrt(mean(fittedPts.map((p) => (m.predict(p.train_size) - p.value) ** 2)));
    families.push({
      name,
      params: FAMILIES[name].report(m.p).map((v) => round(v)),
      holdout_error: models.holdout.has(name) ? round(models.holdout.get(name)!) : null,
      rmse: round(rmse),
    });
  }

  const costModel = fitCostModel(points);
  const base: CurveAnalysis = {
    metric,
    direction: opts.direction,
    proportion: opts.proportion,
    reliable: false,
    reason: null,
    family: sel
      ? models.members.length > 1
        ? `median(${models.members.join(', ')})`
        : sel.family
      : points.length
        ? 'last_value'
        : null,
    family_members: sel ? models.members.slice() : [],
    families,
    last_value_holdout_error: models.lastValueHoldout === null ? null : round(models.lastValueHoldout),
    current_size: current,
    recommended_size: null,
    oversize_factor: null,
    oversize_exceeded: false,
    gain_per_doubling_threshold: thr,
    predicted_gain_per_doubling: null,
    projected_savings: null,
    cost_unit: costUnit,
    cost_model: costModel ? { intercept: round(costModel.intercept), slope: round(costModel.slope) } : null,
    points,
    curve: [],
    conclusion: '',
  };

  const measured = points.length
    ? `measured ${fmtV(points[0]!.value)} at ${formatSize(nMin)}` +
      (points.length > 1 ? ` \u2192 ${fmtV(points[points.length - 1]!.value)} at ${formatSize(nMax)}` : '')
    : 'no valid points';

  if (!sel && !lastValue) {
    if (reasons.length === 0)
      reasons.push(
        points.length ? 'no family could be fitted (the points need at least two distinct sizes)' : 'no valid points',
      );
    base.reason = reasons.join('; ');
    base.conclusion = `learning curve not reliable: ${base.reason}; ${measured}`;
    return base;
  }

  const predict = models.predict!;
  // Fitted curve on a log grid (4 points per doubling, at most 60), from the start of the fit window.
  const nFit = fittedPts[0]!.train_size;
  const gridHi = Math.max(nMax, current) * 2;
  const gridN = Math.min(60, Math.max(8, Math.ceil(Math.log2(gridHi / nFit) * 4)));
  for (let i = 0; i <= gridN; i++) {
    const n = nFit * Math.pow(gridHi / nFit, i / gridN);
    base.curve.push({ train_size: roundSize(n), value: round(predict(n)) });
  }

  // Diminishing returns.
  // Too few points, or the last observed value as the model (flat): no point of diminishing returns to recommend.
  const tooFew = points.length < opts.min_points;
  const rec =
    lastValue || tooFew
      ? null
      : findRecommendedSize(predict, opts.direction, thr, nFit, RECOMMEND_SEARCH * Math.max(nMax, current));
  // Below the threshold already where the fit starts: the point is at or below that size, which is an upper bound.
  const atFitStart = rec !== null && rec <= nFit * 1.0001;
  const recommended = rec === null ? null : roundSize(rec);
  base.recommended_size = recommended;
  base.oversize_factor = recommended === null ? null : round(current / recommended, 3);
  const gain = gainPerDoubling(predict, current, opts.direction);

  // Interval for the gain per doubling (interval.ts).
  const samples = bootstrapGains(models, o, current, opts.bootstrap_samples ?? 40);
  const competitive = competitiveGains(models, o, current, thr);
  const iv0 = gainInterval(gain, samples, competitive);
  const interval: [number, number] | null = iv0 ? [round(iv0[0]), round(iv0[1])] : null;
  base.predicted_gain_per_doubling = { value: round(gain), interval };

  // Savings of training at the recommended size instead of the current one.
  if (recommended !== null && current > recommended) {
    // A cost column that does not grow with size is timing noise (tiny fits), not a price: nothing is saved.
    const pricing = costModel && costModel.slope > 0 ? costModel : null;
    const costNow = pricing ? costAt(pricing, current) : null;
    const costRec = pricing ? costAt(pricing, recommended) : null;
    base.projected_savings = {
      cost: costNow !== null && costRec !== null ? round(costNow - costRec, 4) : null,
      cost_pct: costNow !== null && costRec !== null ? round((costNow - costRec) / costNow, 3) : null,
      metric_delta: round(predict(recommended) - predict(current)),
    };
  }

  // --- How far can it be trusted? (trust.ts) ---
  // With too few points the fit only interpolates them: that is the reason, and the only one.
  if (!tooFew)
    reasons.push(
      ...trustReasons({ models, o, thr, gain, competitive, current, recommended: lastValue ? undefined : recommended }),
    );

  base.reliable = reasons.length === 0;
  base.reason = base.reliable ? null : reasons.join('; ');
  base.oversize_exceeded =
    base.reliable &&
    opts.max_oversize !== undefined &&
    base.oversize_factor !== null &&
    base.oversize_factor > opts.max_oversize;

  // --- Conclusion ---
  const thrText = fmtD(thr, false);
  // The estimate and its interval with the same decimals ("+0.12 pp (80 % interval +0.00 pp to +0.14 pp)").
  const sign = opts.direction === 'higher' ? 1 : -1;
  const [g, a, b] = [gain, ...(interval ? (sign > 0 ? interval : [interval[1], interval[0]]) : [])].map(
    (v) => sign * v,
  );
  const [gT, aT, bT] = formatDeltas([g!, ...(interval ? [a!, b!] : [])], opts.proportion);
  const iv = interval ? ` (80 % interval ${aT} to ${bT})` : '';
  const doubling =
    opts.direction === 'higher'
      ? `doubling the data is predicted to add ${gT}${iv}`
      : `doubling the data is predicted to change the metric by ${gT}${iv}`;
  let text: string;
  if (!base.reliable) {
    text = `learning curve not reliable: ${base.reason}; ${measured}`;
  } else if (recommended !== null && current > recommended * 1.05) {
    const s = base.projected_savings!;
    const priced =
      s.cost !== null
        ? `${formatCost(s.cost, costUnit)} (${formatPct(s.cost_pct!)}) could be saved for a predicted ${fmtD(s.metric_delta!)}`
        : `training on ~${formatSize(recommended)} is predicted to change the metric by ${fmtD(s.metric_delta!)}`;
    text = atFitStart
      ? `data beyond ${formatSize(recommended)} examples or fewer (the smallest size fitted) buys < ${thrText} per doubling; ` +
        `this model trains on ${formatSize(current)} (${formatFactor(base.oversize_factor!)} or more): ${priced}`
      : `data beyond ~${formatSize(recommended)} examples buys < ${thrText} per doubling; ` +
        `this model trains on ${formatSize(current)} (${formatFactor(base.oversize_factor!)}): ${priced}`;
  } else {
    // Reliable means a point was found within 4x the largest size (trust.ts), so recommended is set here.
    const where = current > recommended! ? 'about at' : 'at or below';
    text = `this model trains on ${formatSize(current)}, ${where} the ~${formatSize(recommended!)} examples beyond which data buys < ${thrText} per doubling; ${doubling}`;
  }
  if (base.reliable && recommended !== null && current > recommended * 1.05) text += `; ${doubling}`;
  if (dropped > 0) text += ` (${dropped} invalid point${dropped === 1 ? '' : 's'} ignored)`;
  if (merged > 0) text += ` (${merged} repeated size${merged === 1 ? '' : 's'} averaged)`;
  base.conclusion = text;
  return base;
}
