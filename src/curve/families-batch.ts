/**
 * The families' values and Jacobians over all points in one call, for the fitter's inner loop: one call per try
 * instead of one per point (the calls were most of a cold analysis's time), each a loop V8 compiles for one
 * family. Each value is written with the expression of the family's f in families.ts and each partial with that
 * of its grad, so the numbers are the same to the last bit (test/curve/families-batch.test.ts checks both).
 *
 * fv[i] = f(x_i; p); J[j * n + i] = sw_i * ∂f/∂p_j (x_i; p), n = x.length.
 */
import type { CurveFamilyName } from '../kernel/curve-types.js';

export type BatchEval = (
  x: readonly number[],
  p: readonly number[],
  sw: Float64Array,
  fv: Float64Array,
  J: Float64Array,
) => void;

function pow3(x: readonly number[], p: readonly number[], sw: Float64Array, fv: Float64Array, J: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!,
      s = sw[i]!;
    const t = Math.pow(xi, -p[2]!);
    fv[i] = p[0]! + p[1]! * t;
    J[i] = s * 1;
    J[n + i] = s * t;
    J[2 * n + i] = s * (-p[1]! * t * Math.log(xi));
  }
}

function log2(x: readonly number[], p: readonly number[], sw: Float64Array, fv: Float64Array, J: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const l = Math.log(x[i]!),
      s = sw[i]!;
    fv[i] = p[0]! - p[1]! * l;
    J[i] = s * 1;
    J[n + i] = s * -l;
  }
}

function exp3(x: readonly number[], p: readonly number[], sw: Float64Array, fv: Float64Array, J: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!,
      s = sw[i]!;
    const e = Math.exp(-p[2]! * xi);
    fv[i] = p[0]! + p[1]! * e;
    J[i] = s * 1;
    J[n + i] = s * e;
    J[2 * n + i] = s * (-p[1]! * xi * e);
  }
}

function mmf4(x: readonly number[], p: readonly number[], sw: Float64Array, fv: Float64Array, J: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const lx = Math.log(x[i]!),
      s = sw[i]!;
    const den = 1 + Math.exp(p[3]! * lx - p[1]!);
    const sg = 1 / den;
    const ds = (p[0]! - p[2]!) * sg * (1 - sg);
    fv[i] = p[2]! + (p[0]! - p[2]!) / den;
    J[i] = s * sg;
    J[n + i] = s * ds;
    J[2 * n + i] = s * (1 - sg);
    J[3 * n + i] = s * (-ds * lx);
  }
}

function wbl4(x: readonly number[], p: readonly number[], sw: Float64Array, fv: Float64Array, J: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    const lx = Math.log(x[i]!),
      s = sw[i]!;
    const v = Math.exp(p[0]! + p[3]! * lx);
    const e = Math.exp(-v);
    fv[i] = p[2]! + p[1]! * e;
    J[i] = s * (-p[1]! * e * v);
    J[n + i] = s * e;
    J[2 * n + i] = s * 1;
    J[3 * n + i] = s * (-p[1]! * e * v * lx);
  }
}

export const BATCH: Record<CurveFamilyName, BatchEval> = { pow3, log2, exp3, mmf4, wbl4 };
