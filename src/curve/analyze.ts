/**
 * analyzeCurve: fit the families, pick one per curve by held-out extrapolation, find the point of diminishing
 * returns, price it with the curve's own cost column, and say how far all of it can be trusted.
 */
import { FAMILIES, FAMILY_NAMES } from './families.js';
import { fitFamily, pointWeights, refitFrom, type FittedModel, type Orientation } from './fit.js';
import { formatCost, formatDelta, formatFactor, formatPct, formatSize, formatValue } from './format.js';
import type { CurveAnalysis, CurveFamilyFit, CurveFamilyName, CurveOptions, CurvePoint } from './types.js';

export const DEFAULT_CURVE_OPTIONS: CurveOptions = {
  direction: 'higher',
  proportion: true,
  min_points: 4,
  gain_per_doubling: 0.005,
};

/** Largest extrapolation (relative to the largest measured size) trusted for conclusions. */
export const MAX_EXTRAPOLATION = 4;

/** Deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Valid points sorted by size (ties keep input order). */
export function cleanPoints(points: readonly CurvePoint[]): CurvePoint[] {
  return points
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => Number.isFinite(p.train_size) && p.train_size > 0 && Number.isFinite(p.value))
    .sort((a, b) => a.p.train_size - b.p.train_size || a.i - b.i)
    .map(({ p }) => {
      const q: CurvePoint = { train_size: p.train_size, value: p.value };
      if (p.std !== undefined && Number.isFinite(p.std)) q.std = p.std;
      if (p.cost !== undefined && Number.isFinite(p.cost)) q.cost = p.cost;
      return q;
    });
}

/**
 * Held-out split for model selection: leave out the points above half the largest size (one doubling of
 * extrapolation, as in use), keeping at least 3 points to fit; else leave out the last point only.
 */
export function holdoutSplit(points: readonly CurvePoint[]): { train: CurvePoint[]; test: CurvePoint[] } | null {
  if (points.length < 3) return null;
  const nMax = points[points.length - 1]!.train_size;
  let train = points.filter((p) => p.train_size <= nMax / 2);
  if (train.length < 3) train = points.slice(0, points.length - 1);
  const test = points.slice(train.length);
  if (test.length === 0 || new Set(train.map((p) => p.train_size)).size < 2) return null;
  return { train, test };
}

/**
 * Fit window: the shape of a learning curve at tiny sizes says little about its tail, so dense curves are
 * fitted on their last FIT_WINDOW_DOUBLINGS doublings (when at least FIT_WINDOW_MIN_POINTS points lie there).
 */
export const FIT_WINDOW_DOUBLINGS = 3;
export const FIT_WINDOW_MIN_POINTS = 6;

export function fitWindow(points: readonly CurvePoint[]): CurvePoint[] {
  if (points.length === 0) return [];
  const top = points[points.length - 1]!.train_size;
  const inWindow = points.filter((p) => p.train_size >= top / 2 ** FIT_WINDOW_DOUBLINGS);
  return inWindow.length >= FIT_WINDOW_MIN_POINTS ? inWindow : points.slice();
}

/** Number of best families (by held-out error) whose median prediction is the selected model. */
export const ENSEMBLE_SIZE = 3;

export interface CurveModels {
  /** all valid points, sorted */
  points: CurvePoint[];
  /** the points the families were fitted on (fit window) */
  fitted: CurvePoint[];
  fits: Map<CurveFamilyName, FittedModel>;
  holdout: Map<CurveFamilyName, number>;
  /** held-out mean absolute error of "predict the last observed value" */
  lastValueHoldout: number | null;
  /** Best family by held-out error (or the first that could be fitted). */
  selected: CurveFamilyName | null;
  /** Families whose pointwise median is the selected model (best ENSEMBLE_SIZE by held-out error, best first). */
  members: CurveFamilyName[];
  /** Prediction of the selected model (median of the members). */
  predict: ((n: number) => number) | null;
}

export function medianOf(values: number[]): number {
  const v = values.slice().sort((a, b) => a - b);
  const k = v.length;
  return k % 2 ? v[(k - 1) / 2]! : (v[k / 2 - 1]! + v[k / 2]!) / 2;
}

export function medianPredictor(fs: ReadonlyArray<(n: number) => number>): (n: number) => number {
  if (fs.length === 1) return fs[0]!;
  return (n) => medianOf(fs.map((f) => f(n)));
}

/**
 * Fits every family on the fit window and on its held-out split; ranks the families by held-out error
 * (extrapolation to the left-out largest points), and selects the median of the best three.
 */
export function fitCurveModels(pointsIn: readonly CurvePoint[], o: Orientation, names: readonly CurveFamilyName[] = FAMILY_NAMES): CurveModels {
  const points = cleanPoints(pointsIn);
  const fitted = fitWindow(points);
  const fits = new Map<CurveFamilyName, FittedModel>();
  const holdout = new Map<CurveFamilyName, number>();
  const distinct = new Set(fitted.map((p) => p.train_size)).size;
  if (distinct >= 2) {
    for (const name of names) {
      if (FAMILIES[name].k > fitted.length) continue;
      const m = fitFamily(name, fitted, o);
      if (m) fits.set(name, m);
    }
  }
  let lastValueHoldout: number | null = null;
  const split = holdoutSplit(fitted);
  if (split) {
    const last = split.train[split.train.length - 1]!.value;
    lastValueHoldout = mean(split.test.map((p) => Math.abs(p.value - last)));
    for (const name of names) {
      if (!fits.has(name) || FAMILIES[name].k > split.train.length) continue;
      const m = fitFamily(name, split.train, o);
      if (!m) continue;
      const err = mean(split.test.map((p) => Math.abs(m.predict(p.train_size) - p.value)));
      if (Number.isFinite(err)) holdout.set(name, err);
    }
  }
  // Rank by held-out error; ties keep the order of `names`.
  const ranked = names.filter((n) => holdout.has(n)).sort((a, b) => holdout.get(a)! - holdout.get(b)! || names.indexOf(a) - names.indexOf(b));
  let members: CurveFamilyName[] = ranked.slice(0, ENSEMBLE_SIZE);
  if (members.length === 0) {
    const first = names.find((n) => fits.has(n));
    members = first ? [first] : [];
  }
  const selected = members[0] ?? null;
  const predict = members.length ? medianPredictor(members.map((n) => fits.get(n)!.predict)) : null;
  return { points, fitted, fits, holdout, lastValueHoldout, selected, members, predict };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Gain (in the better direction, metric units) of doubling n under a prediction function. */
export function gainPerDoubling(predict: (n: number) => number, n: number, direction: 'higher' | 'lower'): number {
  const d = predict(2 * n) - predict(n);
  return direction === 'higher' ? d : -d;
}

/**
 * The size beyond which every doubling buys less than `threshold`, searched from nLo to nHi:
 * nLo when the gain is already below it there, null when it is still above it at nHi.
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
  let lo = Math.log(at(lastAbove)), hi = Math.log(at(lastAbove + 1));
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (gainPerDoubling(predict, Math.exp(mid), direction) >= threshold) lo = mid;
    else hi = mid;
  }
  return Math.exp(hi);
}

function roundSize(n: number): number {
  return n >= 100 ? Number(n.toPrecision(3)) : Math.round(n);
}

function round(x: number, digits = 6): number {
  return Number(x.toPrecision(digits));
}

/** Noise (standard deviation) of a point's value when known: its std, or the binomial sd of a proportion. */
function pointNoise(p: CurvePoint, o: Orientation): number | null {
  let v: number | null = null;
  if (p.std !== undefined && p.std > 0) v = p.std;
  if (o.proportion && o.eval_size && o.eval_size > 0) {
    const q = Math.min(1 - 1 / o.eval_size, Math.max(1 / o.eval_size, p.value));
    v = Math.max(v ?? 0, Math.sqrt((q * (1 - q)) / o.eval_size));
  }
  return v;
}

/** Cost = exp(intercept) * n^slope fitted by least squares on log-log (points with positive cost). */
export function fitCostModel(points: readonly CurvePoint[]): { intercept: number; slope: number } | null {
  const pts = points.filter((p) => p.cost !== undefined && p.cost > 0);
  if (pts.length === 0) return null;
  const lx = pts.map((p) => Math.log(p.train_size));
  const ly = pts.map((p) => Math.log(p.cost!));
  const mx = mean(lx), my = mean(ly);
  let sxx = 0, sxy = 0;
  for (let i = 0; i < pts.length; i++) { sxx += (lx[i]! - mx) ** 2; sxy += (lx[i]! - mx) * (ly[i]! - my); }
  // One point, or all at one size: assume cost proportional to size.
  const slope = sxx > 1e-12 ? sxy / sxx : 1;
  return { intercept: my - slope * mx, slope };
}

export function costAt(model: { intercept: number; slope: number }, n: number): number {
  return Math.exp(model.intercept + model.slope * Math.log(n));
}

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

  if (points.length < opts.min_points) reasons.push(`only ${points.length} point${points.length === 1 ? '' : 's'} (at least ${opts.min_points} needed)`);
  const dropped = pointsIn.length - points.length;

  const sel = models.predict && models.selected ? models.fits.get(models.selected)! : null;
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
    family: sel ? (models.members.length > 1 ? `median(${models.members.join(', ')})` : sel.family) : points.length ? 'last_value' : null,
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

  if (!sel) {
    if (reasons.length === 0) reasons.push(points.length ? 'no family could be fitted (the points need at least two distinct sizes)' : 'no valid points');
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
  const rec = findRecommendedSize(predict, opts.direction, thr, nFit, 64 * Math.max(nMax, current));
  const recommended = rec === null ? null : roundSize(rec);
  base.recommended_size = recommended;
  base.oversize_factor = recommended === null ? null : round(current / recommended, 3);
  const gain = gainPerDoubling(predict, current, opts.direction);

  // Interval for the gain per doubling: residual bootstrap of the selected model (every member refitted),
  // widened by the spread of the competitive families (model uncertainty).
  const B = opts.bootstrap_samples ?? 40;
  const samples: number[] = [];
  const fp = fittedPts;
  if (B > 0 && fp.length >= 3) {
    const w = pointWeights(fp, o);
    const fitted = fp.map((p) => predict(p.train_size));
    const std = fp.map((p, i) => (p.value - fitted[i]!) * Math.sqrt(w[i]!));
    const k = Math.max(...models.members.map((m) => FAMILIES[m].k));
    const infl = Math.sqrt(fp.length / Math.max(1, fp.length - k));
    const rnd = mulberry32(0x5eed ^ fp.length);
    const sizes = fp.map((p) => p.train_size);
    const memberFits = models.members.map((m) => models.fits.get(m)!);
    for (let b = 0; b < B; b++) {
      const vals = fp.map((_, i) => fitted[i]! + (infl * std[Math.floor(rnd() * fp.length)]!) / Math.sqrt(w[i]!));
      const fs = memberFits.map((m) => refitFrom(m, sizes, vals, w));
      if (fs.every((f) => f !== null)) {
        const g = gainPerDoubling(medianPredictor(fs as Array<(n: number) => number>), current, opts.direction);
        if (Number.isFinite(g)) samples.push(g);
      }
    }
  }
  const best = models.holdout.get(sel.family);
  const competitive: number[] = [];
  for (const [name, m] of models.fits) {
    const e = models.holdout.get(name);
    if (best === undefined || e === undefined) continue;
    if (e <= Math.max(2 * best, best + thr / 2)) competitive.push(gainPerDoubling(m.predict, current, opts.direction));
  }
  let interval: [number, number] | null = null;
  if (samples.length >= 10 || competitive.length >= 2) {
    samples.sort((a, b) => a - b);
    let lo = samples.length >= 10 ? quantile(samples, 0.1) : gain;
    let hi = samples.length >= 10 ? quantile(samples, 0.9) : gain;
    for (const g of competitive) { lo = Math.min(lo, g); hi = Math.max(hi, g); }
    interval = [round(Math.min(lo, gain)), round(Math.max(hi, gain))];
  }
  base.predicted_gain_per_doubling = { value: round(gain), interval };

  // Savings of training at the recommended size instead of the current one.
  if (recommended !== null && current > recommended) {
    const costNow = costModel ? costAt(costModel, current) : null;
    const costRec = costModel ? costAt(costModel, recommended) : null;
    base.projected_savings = {
      cost: costNow !== null && costRec !== null ? round(costNow - costRec, 4) : null,
      cost_pct: costNow !== null && costRec !== null ? round((costNow - costRec) / costNow, 3) : null,
      metric_delta: round(predict(recommended) - predict(current)),
    };
  }

  // --- How far can it be trusted? ---
  const noise = points.map((p) => pointNoise(p, o));
  const noiseKnown = noise.every((s) => s !== null);
  const range = Math.max(...points.map((p) => p.value)) - Math.min(...points.map((p) => p.value));
  // Non-monotone: a drop in the top three doublings larger than noise (or than the threshold).
  const worse = (a: CurvePoint, b: CurvePoint) => (opts.direction === 'higher' ? a.value - b.value : b.value - a.value);
  let worst: { a: CurvePoint; b: CurvePoint; d: number; tol: number } | null = null;
  const top = points.filter((p) => p.train_size >= nMax / 8);
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = top[i]!, b = top[j]!;
      if (b.train_size === a.train_size) continue;
      const si = noise[points.indexOf(a)], sj = noise[points.indexOf(b)];
      const tol = noiseKnown ? Math.max(2.5 * Math.hypot(si!, sj!), thr / 2) : Math.max(thr, 0.1 * range);
      const d = worse(a, b);
      if (d > tol && (!worst || d - tol > worst.d - worst.tol)) worst = { a, b, d, tol };
    }
  }
  if (worst) {
    reasons.push(`non-monotone: ${fmtV(worst.a.value)} at ${formatSize(worst.a.train_size)} but ${fmtV(worst.b.value)} at ${formatSize(worst.b.train_size)}`);
  }
  // Noisy: residuals of the selected fit well above the known noise, or large relative to the range.
  const resid = fittedPts.map((p) => p.value - predict(p.train_size));
  const rmse = Math.sqrt(mean(resid.map((r) => r * r)));
  const noisy = noiseKnown
    ? Math.sqrt(mean(resid.map((r, i) => (r / noise[points.indexOf(fittedPts[i]!)]!) ** 2))) > 3 && rmse > thr / 2
    : rmse > Math.max(thr / 2, 0.2 * range);
  if (noisy && !worst) reasons.push(`noisy: the fit misses the points by ${fmtD(rmse, false)} on average`);
  // Models disagree about the next doubling.
  if (competitive.length >= 2) {
    const lo = Math.min(...competitive), hi = Math.max(...competitive);
    if (hi - lo > Math.max(2 * thr, 0.5 * Math.abs(gain))) {
      reasons.push(`fitted models disagree: doubling the data is predicted to add between ${fmtD(lo)} and ${fmtD(hi)}`);
    }
  }
  // Held-out extrapolation worse than predicting the last value by a margin.
  if (best !== undefined && models.lastValueHoldout !== null && best > thr && best > 2 * models.lastValueHoldout) {
    reasons.push(`held-out points are predicted worse (${fmtD(best, false)}) than by the last observed value (${fmtD(models.lastValueHoldout, false)})`);
  }
  // Extrapolation.
  if (current > MAX_EXTRAPOLATION * nMax) {
    reasons.push(`the training size ${formatSize(current)} is more than ${MAX_EXTRAPOLATION}\u00d7 the largest measured size ${formatSize(nMax)}`);
  } else if (recommended !== null && recommended > MAX_EXTRAPOLATION * nMax) {
    reasons.push(`the point of diminishing returns (~${formatSize(recommended)}) is more than ${MAX_EXTRAPOLATION}\u00d7 the largest measured size ${formatSize(nMax)}`);
  }

  base.reliable = reasons.length === 0;
  base.reason = base.reliable ? null : reasons.join('; ');
  base.oversize_exceeded =
    base.reliable && opts.max_oversize !== undefined && base.oversize_factor !== null && base.oversize_factor > opts.max_oversize;

  // --- Conclusion ---
  const thrText = fmtD(thr, false);
  const iv = interval ? ` (80 % interval ${fmtD(interval[0])} to ${fmtD(interval[1])})` : '';
  const doubling =
    opts.direction === 'higher'
      ? `doubling the data is predicted to add ${fmtD(gain)}${iv}`
      : `doubling the data is predicted to change the metric by ${fmtD(-gain)}${iv ? ` (80 % interval ${fmtD(-interval![1])} to ${fmtD(-interval![0])})` : ''}`;
  let text: string;
  if (!base.reliable) {
    text = `learning curve not reliable: ${base.reason}; ${measured}`;
  } else if (recommended !== null && current > recommended * 1.05) {
    const s = base.projected_savings!;
    const priced =
      s.cost !== null
        ? `${formatCost(s.cost, costUnit)} (${formatPct(s.cost_pct!)}) could be saved for a predicted ${fmtD(s.metric_delta!)}`
        : `training on ~${formatSize(recommended)} is predicted to change the metric by ${fmtD(s.metric_delta!)}`;
    text =
      `data beyond ~${formatSize(recommended)} examples buys < ${thrText} per doubling; ` +
      `this model trains on ${formatSize(current)} (${formatFactor(base.oversize_factor!)}): ${priced}`;
  } else if (recommended !== null) {
    text = `this model trains on ${formatSize(current)}, at or below the ~${formatSize(recommended)} examples beyond which data buys < ${thrText} per doubling; ${doubling}`;
  } else {
    text = `more data still pays: ${doubling}, above the ${thrText} threshold`;
  }
  if (base.reliable && recommended !== null && current > recommended * 1.05) text += `; ${doubling}`;
  if (dropped > 0) text += ` (${dropped} invalid point${dropped === 1 ? '' : 's'} ignored)`;
  base.conclusion = text;
  return base;
}
