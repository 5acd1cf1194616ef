/**
 * Parametric learning-curve families, written on the "loss" orientation (values that decrease with data:
 * error rate, or 1 - accuracy, or -metric) and on scaled sizes x = n / n_ref (n_ref: largest fitted size).
 *
 *   pow3  e(x) = a + b x^(-c)                                   params [a, b, c]
 *   log2  e(x) = a - b ln x                                     params [a, b]
 *   exp3  e(x) = a + b exp(-c x)                                params [a, b, c]
 *   mmf4  e(x) = (a b + c x^d) / (b + x^d)                      params [a, b, c, d] (b fitted as ln b)
 *   wbl4  e(x) = c + b exp(-a x^d)                              params [a, b, c, d] (a fitted as ln a)
 *
 * Parameters are boxed to meaningful ranges: asymptotes between the floor (0 for proportions) and the best
 * observed value, non-negative amplitudes, exponents in (0, 4].
 */
import { solveLinear } from './lm.js';
import type { CurveFamilyName } from '../kernel/curve-types.js';

export interface FitContext {
  x: readonly number[];
  y: readonly number[];
  w: readonly number[];
  ymin: number;
  ymax: number;
  /** Lowest admissible asymptote (0 for proportions). */
  floor: number;
  /** Highest admissible value (1 for proportions). */
  ceil: number;
}

export interface Family {
  name: CurveFamilyName;
  k: number;
  f: (x: number, p: readonly number[]) => number;
  /** The partial derivatives of f at x with respect to p, written into g (the fitter's Jacobian). */
  grad: (x: number, p: readonly number[], g: Float64Array) => void;
  bounds: (ctx: FitContext) => { lo: number[]; hi: number[] };
  starts: (ctx: FitContext) => number[][];
  /** Internal parameters -> reported parameters (standard parametrisation). */
  report: (p: readonly number[]) => number[];
}

export const FAMILY_NAMES: CurveFamilyName[] = ['pow3', 'log2', 'exp3', 'mmf4', 'wbl4'];

/** Weighted least squares of y on two basis columns; returns [coef1, coef2] or null. */
function ls2(ctx: FitContext, g1: (x: number) => number, g2: (x: number) => number): [number, number] | null {
  let s11 = 0,
    s12 = 0,
    s22 = 0,
    t1 = 0,
    t2 = 0;
  for (let i = 0; i < ctx.x.length; i++) {
    const x = ctx.x[i]!,
      w = ctx.w[i]!,
      y = ctx.y[i]!;
    const u = g1(x),
      v = g2(x);
    s11 += w * u * u;
    s12 += w * u * v;
    s22 += w * v * v;
    t1 += w * u * y;
    t2 += w * v * y;
  }
  const z = solveLinear(
    [
      [s11, s12],
      [s12, s22],
    ],
    [t1, t2],
  );
  return z ? [z[0]!, z[1]!] : null;
}

function lnRange(ctx: FitContext): [number, number] {
  let lo = Infinity,
    hi = -Infinity;
  for (const x of ctx.x) {
    lo = Math.min(lo, Math.log(x));
    hi = Math.max(hi, Math.log(x));
  }
  return [lo, hi];
}

const span = (ctx: FitContext) => Math.max(ctx.ceil - ctx.floor, 1e-12);

export const pow3: Family = {
  name: 'pow3',
  k: 3,
  f: (x, p) => p[0]! + p[1]! * Math.pow(x, -p[2]!),
  grad: (x, p, g) => {
    const t = Math.pow(x, -p[2]!);
    g[0] = 1;
    g[1] = t;
    g[2] = -p[1]! * t * Math.log(x);
  },
  bounds: (ctx) => ({ lo: [ctx.floor, 0, 0.01], hi: [ctx.ymin, 2 * span(ctx), 3] }),
  starts: (ctx) => {
    const out: number[][] = [];
    for (const c of [0.1, 0.25, 0.5, 1, 2]) {
      const z = ls2(
        ctx,
        () => 1,
        (x) => Math.pow(x, -c),
      );
      if (z) out.push([z[0], z[1], c]);
      out.push([ctx.floor + 0.5 * (ctx.ymin - ctx.floor), 0.5 * (ctx.ymax - ctx.ymin) + 1e-9, c]);
    }
    return out;
  },
  report: (p) => p.slice(),
};

export const log2: Family = {
  name: 'log2',
  k: 2,
  f: (x, p) => p[0]! - p[1]! * Math.log(x),
  grad: (x, _p, g) => {
    g[0] = 1;
    g[1] = -Math.log(x);
  },
  bounds: (ctx) => ({ lo: [ctx.floor - span(ctx), 0], hi: [ctx.ceil, 2 * span(ctx)] }),
  starts: (ctx) => {
    const z = ls2(
      ctx,
      () => 1,
      (x) => -Math.log(x),
    );
    return z ? [[z[0], z[1]]] : [[ctx.ymin, 0]];
  },
  report: (p) => p.slice(),
};

export const exp3: Family = {
  name: 'exp3',
  k: 3,
  f: (x, p) => p[0]! + p[1]! * Math.exp(-p[2]! * x),
  grad: (x, p, g) => {
    const e = Math.exp(-p[2]! * x);
    g[0] = 1;
    g[1] = e;
    g[2] = -p[1]! * x * e;
  },
  bounds: (ctx) => ({ lo: [ctx.floor, 0, 1e-3], hi: [ctx.ymin, 1e6 * span(ctx), 1e4] }),
  starts: (ctx) => {
    const out: number[][] = [];
    for (const c of [0.5, 2, 8, 32, 128, 512]) {
      const z = ls2(
        ctx,
        () => 1,
        (x) => Math.exp(-c * x),
      );
      if (z) out.push([z[0], z[1], c]);
    }
    return out;
  },
  report: (p) => p.slice(),
};

/** mmf4 on internal params [a, beta, c, d], b = exp(beta). */
export const mmf4: Family = {
  name: 'mmf4',
  k: 4,
  f: (x, p) => p[2]! + (p[0]! - p[2]!) / (1 + Math.exp(p[3]! * Math.log(x) - p[1]!)),
  grad: (x, p, g) => {
    const lx = Math.log(x);
    const s = 1 / (1 + Math.exp(p[3]! * lx - p[1]!));
    const ds = (p[0]! - p[2]!) * s * (1 - s);
    g[0] = s;
    g[1] = ds;
    g[2] = 1 - s;
    g[3] = -ds * lx;
  },
  bounds: (ctx) => ({ lo: [ctx.ymin, -60, ctx.floor, 0.05], hi: [ctx.ceil, 60, ctx.ymin, 4] }),
  starts: (ctx) => {
    const out: number[][] = [];
    const [l0, l1] = lnRange(ctx);
    for (const d of [0.5, 1, 2]) {
      for (const m of [l0, (l0 + l1) / 2, l1, l1 + 1.5]) {
        const beta = d * m;
        const s = (x: number) => 1 / (1 + Math.exp(d * Math.log(x) - beta));
        const z = ls2(
          ctx,
          (x) => s(x),
          (x) => 1 - s(x),
        ); // [a, c]
        if (z) out.push([z[0], beta, z[1], d]);
      }
    }
    return out;
  },
  report: (p) => [p[0]!, Math.exp(p[1]!), p[2]!, p[3]!],
};

/** wbl4 on internal params [alpha, b, c, d], a = exp(alpha). */
export const wbl4: Family = {
  name: 'wbl4',
  k: 4,
  f: (x, p) => p[2]! + p[1]! * Math.exp(-Math.exp(p[0]! + p[3]! * Math.log(x))),
  grad: (x, p, g) => {
    const lx = Math.log(x);
    const v = Math.exp(p[0]! + p[3]! * lx);
    const e = Math.exp(-v);
    g[0] = -p[1]! * e * v;
    g[1] = e;
    g[2] = 1;
    g[3] = -p[1]! * e * v * lx;
  },
  bounds: (ctx) => ({ lo: [-40, 0, ctx.floor, 0.05], hi: [40, 2 * span(ctx), ctx.ymin, 4] }),
  starts: (ctx) => {
    const out: number[][] = [];
    const [l0, l1] = lnRange(ctx);
    for (const d of [0.3, 0.7, 1.5]) {
      for (const m of [l0, (l0 + l1) / 2, l1, l1 + 1.5]) {
        const alpha = -d * m;
        const z = ls2(
          ctx,
          (x) => Math.exp(-Math.exp(alpha + d * Math.log(x))),
          () => 1,
        ); // [b, c]
        if (z) out.push([alpha, z[0], z[1], d]);
      }
    }
    return out;
  },
  report: (p) => [Math.exp(p[0]!), p[1]!, p[2]!, p[3]!],
};

export const FAMILIES: Record<CurveFamilyName, Family> = { pow3, log2, exp3, mmf4, wbl4 };
