/**
 * Calibration of the learning-curve intervals and of the "uncertain" rule (src/curve/interval.ts), its
 * cross-validation by dataset, and dataset-resampling intervals of every figure the bench prints.
 */
import type { Orientation } from '../src/curve/fit.js';
import {
  gainsFrom,
  halfWidths,
  valueInterval,
  type CurveCalibration,
  type Uncertainty,
} from '../src/curve/interval.js';
import { twoDoublingsCall, type TwoDoublingsCall } from '../src/curve/recommend.js';

/** One cut curve as the bench sees it (metric units; gains in the better direction). */
export interface Rec {
  dataset: string;
  dense: boolean;
  /** reliable by every rule but "uncertain" */
  hardOk: boolean;
  lastValueSelected: boolean;
  u1: Uncertainty;
  u2: Uncertainty;
  /** measured gain from the last fitted point to the point nearest twice its size */
  g2: number;
  /** measured value at the largest size (4x the cut), better direction, minus the predicted value there */
  d4: number;
  /** |predicted − measured| at the largest size, pp */
  e4: number;
  /** predicted and measured change from the last fitted point to the largest size, better direction */
  pg4: number;
  tg4: number;
  thr: number;
  o: Orientation;
  /** fitted value at the cut (the current size) and at 4× it */
  now: number;
  at4: number;
}

/** The p90 target of the 4x error of reliable curves that the "uncertain" width is chosen for (pp). */
export const P90_TARGET = 1.45;

export function pct(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q,
    lo = Math.floor(pos),
    hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

/** The factor a for one side such that `share` of the records fall beyond that side (bisection; monotone). */
function sideFactor(
  rs: readonly Rec[],
  side: 0 | 1,
  pick: (r: Rec) => { u: Uncertainty; outcome: number },
  share = 0.1,
): number {
  let lo = 0,
    hi = 50;
  const miss = (a: number) => {
    let m = 0;
    for (const r of rs) {
      const { u, outcome } = pick(r);
      const h = halfWidths(u, [a, a])[side];
      if (side === 0 ? outcome < u.gain - h : outcome > u.gain + h) m++;
    }
    return m / rs.length;
  };
  if (miss(0) <= share) return 0;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (miss(mid) > share) lo = mid;
    else hi = mid;
  }
  return Number(hi.toPrecision(2));
}

const next = (r: Rec) => ({ u: r.u1, outcome: r.g2 });
// The value two doublings on, as a gain from the fitted value at the current size.
const two = (r: Rec) => ({ u: r.u2, outcome: r.u2.gain + r.d4 });

export function widthTwo(r: Rec, a: readonly [number, number]): number {
  const [b, c] = halfWidths(r.u2, a);
  return b + c;
}

export function isReliable(r: Rec, c: CurveCalibration): boolean {
  const a = (r.dense ? c.dense : c.sparse).two;
  return r.hardOk && (r.lastValueSelected || widthTwo(r, a) <= c.max_width * r.thr);
}

/** The widest two-doubling interval (in thresholds) whose curves keep the 4x error's p90 at P90_TARGET. */
function maxWidth(rs: readonly Rec[], a: readonly [number, number]): number {
  const ok = rs.filter((r) => r.hardOk);
  const order = ok.map((r) => ({ w: widthTwo(r, a) / r.thr, e: r.e4 })).sort((x, y) => x.w - y.w);
  let best = 0;
  const errs: number[] = [];
  for (const { w, e } of order) {
    errs.push(e);
    if (errs.length >= 20 && pct(errs, 0.9) <= P90_TARGET) best = w;
  }
  return Number(best.toPrecision(2));
}

/** Everything fitted from LCDB curves: the factors of both horizons for dense and sparse curves, and the width. */
export function calibrate(dense: readonly Rec[], sparse: readonly Rec[]): CurveCalibration {
  const twoD: [number, number] = [sideFactor(dense.filter(hard), 0, two), sideFactor(dense.filter(hard), 1, two)];
  const twoS: [number, number] = [sideFactor(sparse.filter(hard), 0, two), sideFactor(sparse.filter(hard), 1, two)];
  const width = maxWidth(dense, twoD);
  const partial: CurveCalibration = {
    dense: { next: [0, 0], two: twoD },
    sparse: { next: [0, 0], two: twoS },
    max_width: width,
  };
  const relD = dense.filter((r) => isReliable(r, partial));
  const relS = sparse.filter((r) => isReliable(r, partial));
  partial.dense.next = [sideFactor(relD, 0, next), sideFactor(relD, 1, next)];
  partial.sparse.next = [sideFactor(relS, 0, next), sideFactor(relS, 1, next)];
  return partial;
}

const hard = (r: Rec) => r.hardOk && !r.lastValueSelected;

export function covered(r: Rec, c: CurveCalibration): boolean {
  const [b, a] = halfWidths(r.u1, (r.dense ? c.dense : c.sparse).next);
  return r.g2 >= r.u1.gain - b && r.g2 <= r.u1.gain + a;
}

/** What the comment says of the next two doublings' gain against 2 × thr, with the calibration c (analyze.ts). */
export function twoCall(r: Rec, c: CurveCalibration): TwoDoublingsCall {
  const iv = valueInterval(r.u2, (r.dense ? c.dense : c.sparse).two, r.at4, r.o);
  return twoDoublingsCall(gainsFrom(iv, r.now, r.o), r.thr);
}

/** 32-bit FNV-1a: the fold of a dataset, stable across runs and machines. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const FOLDS = 5;

/** Each record with the calibration fitted on the other folds' datasets (dense and sparse LCDB alike). */
export function crossValidated(dense: readonly Rec[], sparse: readonly Rec[]): Array<{ r: Rec; c: CurveCalibration }> {
  const out: Array<{ r: Rec; c: CurveCalibration }> = [];
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (r: Rec) => fnv1a(r.dataset) % FOLDS === k;
    const c = calibrate(
      dense.filter((r) => !inFold(r)),
      sparse.filter((r) => !inFold(r)),
    );
    for (const r of dense) if (inFold(r)) out.push({ r, c });
  }
  return out;
}

/** Deterministic PRNG for the dataset bootstrap. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 90 % interval of a statistic under resampling of datasets with replacement (the curves of one dataset are
 * not independent: one dataset's learners share its noise and its difficulty).
 */
export function datasetInterval<T extends { dataset: string }>(
  items: readonly T[],
  stat: (xs: readonly T[]) => number,
  B = 400,
): [number, number] {
  const by = new Map<string, T[]>();
  for (const it of items) by.set(it.dataset, [...(by.get(it.dataset) ?? []), it]);
  const keys = [...by.keys()].sort();
  const rnd = mulberry32(0x5eed);
  const vals: number[] = [];
  for (let b = 0; b < B; b++) {
    const pick: T[] = [];
    for (let i = 0; i < keys.length; i++) pick.push(...by.get(keys[Math.floor(rnd() * keys.length)]!)!);
    const v = stat(pick);
    if (Number.isFinite(v)) vals.push(v);
  }
  return [pct(vals, 0.05), pct(vals, 0.95)];
}
