/**
 * Fitting a family to curve points: orientation and scaling of the values, weights, several deterministic
 * starts refined by Levenberg–Marquardt.
 */
import { FAMILIES, type Family, type FitContext } from './families.js';
import { levenbergMarquardt, clampParams, weightedCost } from './lm.js';
import type { CurveFamilyName, CurvePoint } from '../kernel/curve-types.js';

export interface Orientation {
  direction: 'higher' | 'lower';
  proportion: boolean;
  eval_size?: number;
}

/** Values on the fitted scale: decreasing with data ("loss"), scaled to unit range for non-proportions. */
export interface Transform {
  toFit: (v: number) => number;
  fromFit: (e: number) => number;
  /** metric units per fitted unit */
  scale: number;
  floor: number;
  ceil: number;
}

export function makeTransform(values: readonly number[], o: Orientation): Transform {
  const sign = o.direction === 'higher' ? -1 : 1;
  if (o.proportion) {
    // loss in [0, 1]: error rate for accuracy-like metrics.
    const toFit = o.direction === 'higher' ? (v: number) => 1 - v : (v: number) => v;
    const fromFit = o.direction === 'higher' ? (e: number) => 1 - e : (e: number) => e;
    return { toFit, fromFit, scale: 1, floor: 0, ceil: 1 };
  }
  const losses = values.map((v) => sign * v);
  const off = Math.min(...losses);
  const sc = Math.max(...losses) - off || Math.max(Math.abs(off), 1) * 1e-3;
  // A lower-is-better metric measured non-negative (a log loss, an RMSE) cannot fall below 0: its asymptote is
  // bounded there, or a steep curve is extrapolated to a negative loss.
  const floor = sign > 0 && values.every((v) => v >= 0) ? Math.max(-20, -off / sc) : -20;
  return {
    toFit: (v) => (sign * v - off) / sc,
    fromFit: (e) => sign * (e * sc + off),
    scale: sc,
    floor,
    ceil: 21,
  };
}

/** Weights 1/variance from std (or binomial variance from eval_size), bounded to a 1:100 ratio, mean 1. */
export function pointWeights(points: readonly CurvePoint[], o: Orientation): number[] {
  const vars = points.map((p) => {
    let v = 0;
    if (p.std !== undefined && Number.isFinite(p.std) && p.std > 0) v = p.std * p.std;
    if (o.proportion && o.eval_size && o.eval_size > 0) {
      const m = o.eval_size;
      const q = Math.min(1 - 1 / m, Math.max(1 / m, p.value));
      v = Math.max(v, (q * (1 - q)) / m);
    }
    return v;
  });
  if (!vars.some((v) => v > 0)) return points.map(() => 1);
  const vmax = Math.max(...vars);
  const w = vars.map((v) => 1 / Math.max(v, vmax / 100));
  const mean = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((v) => v / mean);
}

export interface FittedModel {
  family: CurveFamilyName;
  /** internal parameters */
  p: number[];
  nRef: number;
  tf: Transform;
  /** weighted SSE on the fitted scale */
  cost: number;
  predict: (n: number) => number;
}

export function fitContext(x: number[], y: number[], w: number[], tf: Transform): FitContext {
  return { x, y, w, ymin: Math.min(...y), ymax: Math.max(...y), floor: tf.floor, ceil: tf.ceil };
}

function runFamily(fam: Family, ctx: FitContext): { p: number[]; cost: number } | null {
  const { lo, hi } = fam.bounds(ctx);
  const prob = { x: ctx.x, y: ctx.y, w: ctx.w, f: fam.f, lo, hi };
  const starts = fam
    .starts(ctx)
    .filter((s) => s.every(Number.isFinite))
    .map((s) => clampParams(s, lo, hi))
    .map((s, i) => ({ s, i, c: weightedCost(prob, s) }))
    .filter((s) => Number.isFinite(s.c))
    .sort((a, b) => a.c - b.c || a.i - b.i)
    .slice(0, 3);
  let best: { p: number[]; cost: number } | null = null;
  for (const st of starts) {
    const r = levenbergMarquardt(prob, st.s, 150);
    if (Number.isFinite(r.cost) && (!best || r.cost < best.cost - 1e-15)) best = { p: r.params, cost: r.cost };
  }
  return best;
}

export function fitFamily(
  name: CurveFamilyName,
  points: readonly CurvePoint[],
  o: Orientation,
  weights?: readonly number[],
): FittedModel | null {
  if (points.length < 2) return null;
  const fam = FAMILIES[name];
  const tf = makeTransform(
    points.map((p) => p.value),
    o,
  );
  const nRef = Math.max(...points.map((p) => p.train_size));
  const x = points.map((p) => p.train_size / nRef);
  const y = points.map((p) => tf.toFit(p.value));
  const w = weights ? weights.slice() : pointWeights(points, o);
  const r = runFamily(fam, fitContext(x, y, w, tf));
  if (!r) return null;
  return {
    family: name,
    p: r.p,
    nRef,
    tf,
    cost: r.cost,
    // No family may extrapolate past the floor (log2 has no asymptote): an error rate or a loss below 0.
    predict: (n: number) => tf.fromFit(Math.max(tf.floor, fam.f(n / nRef, r.p))),
  };
}

/** Refit a family from given internal parameters on new values (bootstrap). */
export function refitFrom(
  model: FittedModel,
  sizes: readonly number[],
  values: readonly number[],
  w: readonly number[],
): ((n: number) => number) | null {
  const fam = FAMILIES[model.family];
  const x = sizes.map((n) => n / model.nRef);
  const y = values.map((v) => model.tf.toFit(v));
  const ctx = fitContext(x, y, w as number[], model.tf);
  const { lo, hi } = fam.bounds(ctx);
  const r = levenbergMarquardt({ x, y, w, f: fam.f, lo, hi }, model.p, 80);
  if (!Number.isFinite(r.cost)) return null;
  return (n: number) => model.tf.fromFit(Math.max(model.tf.floor, fam.f(n / model.nRef, r.params)));
}
