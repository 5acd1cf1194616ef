/**
 * How far a fitted learning curve can be trusted: every rule that fails adds a reason, and any reason makes the
 * analysis "not reliable" (the measured points are still shown). Each rule is linear in the points, or quadratic
 * in at most MAX_CURVE_POINTS of them (models.ts bounds the curve first).
 */
import { pointNoise, type Orientation } from './fit.js';
import { formatDelta, formatSize, formatValue } from './format.js';
import type { CurveModels } from './models.js';
import type { CurvePoint } from '../kernel/curve-types.js';

export { pointNoise } from './fit.js';

/** Largest extrapolation (relative to the largest measured size) trusted for conclusions. */
export const MAX_EXTRAPOLATION = 4;

export interface TrustInput {
  models: CurveModels;
  o: Orientation;
  /** gain_per_doubling threshold (metric units) */
  thr: number;
  current: number;
  /** The value two doublings on (4 × current) with its 80 % interval, metric units. */
  two: { train_size: number; value: number; interval: [number, number] } | null;
  /** Widest interval of `two` still trusted, in thresholds (CALIBRATION.max_width). */
  maxWidth: number;
}

interface Ctx extends TrustInput {
  points: CurvePoint[];
  noise: Array<number | null>;
  noiseKnown: boolean;
  range: number;
  fmtV: (v: number) => string;
  fmtD: (d: number, signed?: boolean) => string;
  /** in the better direction */
  better: (v: number) => number;
}

type Rule = (c: Ctx) => string | null;

/** The reasons not to trust the fit (empty when it can be trusted). */
export function trustReasons(t: TrustInput): string[] {
  const points = t.models.points;
  const noise = points.map((p) => pointNoise(p, t.o));
  let lo = Infinity,
    hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.value);
    hi = Math.max(hi, p.value);
  }
  const c: Ctx = {
    ...t,
    points,
    noise,
    noiseKnown: noise.every((s) => s !== null),
    range: hi - lo,
    fmtV: (v) => formatValue(v, t.o.proportion),
    fmtD: (d, signed = true) => formatDelta(d, t.o.proportion, signed),
    better: (v) => (t.o.direction === 'higher' ? v : -v),
  };
  const nonMono = nonMonotone(c);
  const rules: Rule[] = [
    () => nonMono,
    (x) => (nonMono ? null : noisy(x)),
    constantWindow,
    noLearning,
    heldOutWorse,
    lastValueWon,
    uncertain,
    tooFar,
  ];
  return rules.map((r) => r(c)).filter((r): r is string => r !== null);
}

/** A drop in the top three doublings larger than the noise (or than the threshold when the noise is unknown). */
function nonMonotone(c: Ctx): string | null {
  const nMax = c.points[c.points.length - 1]!.train_size;
  const top: number[] = [];
  c.points.forEach((p, i) => {
    if (p.train_size >= nMax / 8) top.push(i);
  });
  let worst: { a: number; b: number; excess: number } | null = null;
  for (let x = 0; x < top.length; x++) {
    for (let y = x + 1; y < top.length; y++) {
      const i = top[x]!,
        j = top[y]!;
      const tol = c.noiseKnown
        ? Math.max(2.5 * Math.hypot(c.noise[i]!, c.noise[j]!), c.thr / 2)
        : Math.max(c.thr, 0.1 * c.range);
      const excess = c.better(c.points[i]!.value) - c.better(c.points[j]!.value) - tol;
      if (excess > 0 && (!worst || excess > worst.excess)) worst = { a: i, b: j, excess };
    }
  }
  if (!worst) return null;
  const a = c.points[worst.a]!,
    b = c.points[worst.b]!;
  return `non-monotone: ${c.fmtV(a.value)} at ${formatSize(a.train_size)} but ${c.fmtV(b.value)} at ${formatSize(b.train_size)}`;
}

/** Residuals of the selected fit well above the known noise, or large relative to the range. */
function noisy(c: Ctx): string | null {
  const predict = c.models.predict!;
  const fitted = c.models.fitted;
  const first = c.points.length - fitted.length;
  let ss = 0,
    zz = 0;
  fitted.forEach((p, k) => {
    const r = p.value - predict(p.train_size);
    ss += r * r;
    if (c.noiseKnown) zz += (r / c.noise[first + k]!) ** 2;
  });
  const rmse = Math.sqrt(ss / fitted.length);
  const isNoisy = c.noiseKnown
    ? Math.sqrt(zz / fitted.length) > 3 && rmse > c.thr / 2
    : rmse > Math.max(c.thr / 2, 0.2 * c.range);
  return isNoisy ? `noisy: the fit misses the points by ${c.fmtD(rmse, false)} on average` : null;
}

/** How far a proportion is from its best value (0 error, 100 % accuracy); null for other metrics. */
function lossLeft(c: Ctx, v: number): number | null {
  if (!c.o.proportion) return null;
  return c.o.direction === 'higher' ? 1 - v : v;
}

/**
 * Every point of the fit window has the same value (a model predicting one class does that) and that value is
 * not already about the best there is: a flat window says nothing about what more data buys.
 */
function constantWindow(c: Ctx): string | null {
  const w = c.models.fitted;
  if (w.length < 2) return null;
  const v = w[0]!.value;
  if (!w.every((p) => Math.abs(p.value - v) <= 1e-12 * Math.max(1, Math.abs(v)))) return null;
  const left = lossLeft(c, v);
  if (left !== null && left <= 2 * c.thr) return null;
  return `constant: ${c.fmtV(v)} at every size from ${formatSize(w[0]!.train_size)} to ${formatSize(w[w.length - 1]!.train_size)}; a model that has not started to learn looks the same, so nothing follows about more data`;
}

/** Least-squares trend of the value (better direction) on log2 size: total change over the range and its se. */
function trend(c: Ctx): { change: number; se: number; doublings: number } | null {
  const n = c.points.length;
  if (n < 3) return null;
  let sx = 0,
    sy = 0;
  const xs = c.points.map((p) => Math.log2(p.train_size));
  const ys = c.points.map((p) => c.better(p.value));
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const mx = sx / n,
    my = sy / n;
  let sxx = 0,
    sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i]! - my - slope * (xs[i]! - mx)) ** 2;
  const doublings = xs[n - 1]! - xs[0]!;
  return { change: slope * doublings, se: Math.sqrt(sse / (n - 2) / sxx) * doublings, doublings };
}

/**
 * No learning over the measured range (at chance, or a plateau reached before the smallest size: the two look
 * the same): the trend over at least two doublings is within the threshold or two standard errors, at a value
 * that is not already about the best there is. Such curves took off later, by tens of points, on LCDB.
 */
function noLearning(c: Ctx): string | null {
  const t = trend(c);
  if (!t || t.doublings < 2 || t.change > Math.max(c.thr, 2 * t.se)) return null;
  const first = c.points[0]!,
    last = c.points[c.points.length - 1]!;
  const left = lossLeft(c, last.value);
  if (left !== null && left <= 2 * c.thr) return null;
  if (constantWindow(c) !== null) return null;
  return `no learning measured: ${c.fmtV(first.value)} at ${formatSize(first.train_size)}, ${c.fmtV(last.value)} at ${formatSize(last.train_size)} (a trend of ${c.fmtD(t.change * (c.o.direction === 'higher' ? 1 : -1))} over ${Math.round(t.doublings)} doublings); a model at chance looks the same as one that stopped gaining before the smallest size`;
}

/** Held-out extrapolation worse than predicting the last value, by a margin. */
function heldOutWorse(c: Ctx): string | null {
  const m = c.models;
  const best = m.selected ? m.holdout.get(m.selected) : undefined;
  if (best === undefined || m.lastValueHoldout === null || !(best > c.thr && best > 2 * m.lastValueHoldout))
    return null;
  return `held-out points are predicted worse (${c.fmtD(best, false)}) than by the last observed value (${c.fmtD(m.lastValueHoldout, false)})`;
}

/**
 * The last observed value beat the fitted model on the nested quarter split (models.ts) and is the model:
 * honest as a prediction, but it says nothing about the gain of more data.
 */
function lastValueWon(c: Ctx): string | null {
  const q = c.models.quarterHoldout;
  if (!c.models.lastValueSelected || !q) return null;
  return `the last observed value predicted the held-out points (fitted up to a quarter of the largest size) better (${c.fmtD(q.lastValue, false)}) than the fitted curve (${c.fmtD(q.model, false)})`;
}

/** The value two doublings on is too uncertain for a conclusion: its 80 % interval is wider than maxWidth thresholds. */
function uncertain(c: Ctx): string | null {
  const t = c.two;
  if (!t || c.models.lastValueSelected) return null;
  const width = t.interval[1] - t.interval[0];
  if (width <= c.maxWidth * c.thr) return null;
  return `uncertain: at ${formatSize(t.train_size)} (two doublings on) the measured value is predicted at ${c.fmtV(t.value)} with an 80 % interval ${c.fmtV(t.interval[0])} to ${c.fmtV(t.interval[1])}, ${c.fmtD(width, false)} wide (more than ${Number(c.maxWidth.toPrecision(2))}× the ${c.fmtD(c.thr, false)} threshold)`;
}

/** The training size is further beyond the measured sizes than any conclusion is trusted. */
function tooFar(c: Ctx): string | null {
  const nMax = c.points[c.points.length - 1]!.train_size;
  if (c.current <= MAX_EXTRAPOLATION * nMax) return null;
  return `the training size ${formatSize(c.current)} is more than ${MAX_EXTRAPOLATION}\u00d7 the largest measured size ${formatSize(nMax)}`;
}
