/**
 * How far a fitted learning curve can be trusted: every check that fails adds a reason, and any reason makes
 * the analysis "not reliable" (the measured points are still shown).
 */
import type { Orientation } from './fit.js';
import { formatDelta, formatSize, formatValue } from './format.js';
import type { CurveModels } from './models.js';
import type { CurvePoint } from '../kernel/curve-types.js';

/** Largest extrapolation (relative to the largest measured size) trusted for conclusions. */
export const MAX_EXTRAPOLATION = 4;

/** Noise (standard deviation) of a point's value when known: its std, or the binomial sd of a proportion. */
export function pointNoise(p: CurvePoint, o: Orientation): number | null {
  let v: number | null = null;
  if (p.std !== undefined && p.std > 0) v = p.std;
  if (o.proportion && o.eval_size && o.eval_size > 0) {
    const q = Math.min(1 - 1 / o.eval_size, Math.max(1 / o.eval_size, p.value));
    v = Math.max(v ?? 0, Math.sqrt((q * (1 - q)) / o.eval_size));
  }
  return v;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export interface TrustInput {
  models: CurveModels;
  o: Orientation;
  /** gain_per_doubling threshold (metric units) */
  thr: number;
  /** predicted gain of doubling the current size */
  gain: number;
  /** gains under the competitive families (see interval.ts) */
  competitive: readonly number[];
  current: number;
  /** null: more data still pays at the end of the search (RECOMMEND_SEARCH × the largest size); undefined: no search (last value). */
  recommended: number | null | undefined;
}

/** The reasons not to trust the fit (empty when it can be trusted). */
export function trustReasons(t: TrustInput): string[] {
  const { models, o, thr } = t;
  const points = models.points;
  const predict = models.predict!;
  const nMax = points[points.length - 1]!.train_size;
  const fmtV = (v: number) => formatValue(v, o.proportion);
  const fmtD = (d: number, signed = true) => formatDelta(d, o.proportion, signed);
  const reasons: string[] = [];
  const noise = points.map((p) => pointNoise(p, o));
  const noiseKnown = noise.every((s) => s !== null);
  const range = Math.max(...points.map((p) => p.value)) - Math.min(...points.map((p) => p.value));

  // Non-monotone: a drop in the top three doublings larger than noise (or than the threshold).
  const worse = (a: CurvePoint, b: CurvePoint) => (o.direction === 'higher' ? a.value - b.value : b.value - a.value);
  let worst: { a: CurvePoint; b: CurvePoint; d: number; tol: number } | null = null;
  const top = points.filter((p) => p.train_size >= nMax / 8);
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = top[i]!,
        b = top[j]!;
      if (b.train_size === a.train_size) continue;
      const si = noise[points.indexOf(a)],
        sj = noise[points.indexOf(b)];
      const tol = noiseKnown ? Math.max(2.5 * Math.hypot(si!, sj!), thr / 2) : Math.max(thr, 0.1 * range);
      const d = worse(a, b);
      if (d > tol && (!worst || d - tol > worst.d - worst.tol)) worst = { a, b, d, tol };
    }
  }
  if (worst) {
    reasons.push(
      `non-monotone: ${fmtV(worst.a.value)} at ${formatSize(worst.a.train_size)} but ${fmtV(worst.b.value)} at ${formatSize(worst.b.train_size)}`,
    );
  }
  // Noisy: residuals of the selected fit well above the known noise, or large relative to the range.
  const fitted = models.fitted;
  const resid = fitted.map((p) => p.value - predict(p.train_size));
  const rmse = Math.sqrt(mean(resid.map((r) => r * r)));
  const noisy = noiseKnown
    ? Math.sqrt(mean(resid.map((r, i) => (r / noise[points.indexOf(fitted[i]!)]!) ** 2))) > 3 && rmse > thr / 2
    : rmse > Math.max(thr / 2, 0.2 * range);
  if (noisy && !worst) reasons.push(`noisy: the fit misses the points by ${fmtD(rmse, false)} on average`);
  // Models disagree about the next doubling.
  if (t.competitive.length >= 2) {
    const lo = Math.min(...t.competitive),
      hi = Math.max(...t.competitive);
    if (hi - lo > Math.max(2 * thr, 0.5 * Math.abs(t.gain))) {
      reasons.push(`fitted models disagree: doubling the data is predicted to add between ${fmtD(lo)} and ${fmtD(hi)}`);
    }
  }
  // Held-out extrapolation worse than predicting the last value by a margin.
  const best = models.selected ? models.holdout.get(models.selected) : undefined;
  if (best !== undefined && models.lastValueHoldout !== null && best > thr && best > 2 * models.lastValueHoldout) {
    reasons.push(
      `held-out points are predicted worse (${fmtD(best, false)}) than by the last observed value (${fmtD(models.lastValueHoldout, false)})`,
    );
  }
  // The last observed value beat the fitted model on the nested quarter split (models.ts) and is the model:
  // honest as a prediction, but it says nothing about the gain of more data.
  if (models.lastValueSelected && models.quarterHoldout) {
    const q = models.quarterHoldout;
    reasons.push(
      `the last observed value predicted the held-out points (fitted up to a quarter of the largest size) better (${fmtD(q.lastValue, false)}) than the fitted curve (${fmtD(q.model, false)})`,
    );
  }
  // Extrapolation.
  if (t.current > MAX_EXTRAPOLATION * nMax) {
    reasons.push(
      `the training size ${formatSize(t.current)} is more than ${MAX_EXTRAPOLATION}\u00d7 the largest measured size ${formatSize(nMax)}`,
    );
  } else if (t.recommended === null || (t.recommended !== undefined && t.recommended > MAX_EXTRAPOLATION * nMax)) {
    // Not found within the search is further out still than a point beyond 4x: the same extrapolation, the same
    // verdict. The next doubling is a near extrapolation, so its predicted gain is still worth reading.
    const where = t.recommended === null ? 'lies beyond the searched sizes, far' : `(~${formatSize(t.recommended)}) is`;
    reasons.push(
      `the point of diminishing returns ${where} more than ${MAX_EXTRAPOLATION}\u00d7 the largest measured size ${formatSize(nMax)}; the next doubling is predicted to gain ${fmtD(t.gain)}`,
    );
  }
  return reasons;
}
