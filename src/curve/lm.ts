/**
 * A small bounded Levenberg–Marquardt least-squares fitter (deterministic; k <= ~5 parameters).
 * Minimises sum_i w_i (f(x_i; p) - y_i)^2 subject to lo <= p <= hi (steps are projected onto the box).
 * The buffers of one run are allocated once: a curve analysis runs about forty fits, and allocating per
 * iteration made garbage collection a third of its time. The model's values (and, with batch, its Jacobian) at
 * the accepted parameters are kept from the try that evaluated them, so an iteration evaluates the model once per
 * try, not once more for the residuals and again for the Jacobian (the same numbers: f is pure).
 */
import type { BatchEval } from './families-batch.js';

export interface LmProblem {
  x: readonly number[];
  y: readonly number[];
  w: readonly number[];
  f: (x: number, p: readonly number[]) => number;
  /** Analytic partial derivatives of f (optional: forward differences without). */
  grad?: (x: number, p: readonly number[], g: Float64Array) => void;
  /** f and the scaled Jacobian at every point in one call (optional; the same numbers as f and grad). */
  batch?: BatchEval;
  lo: readonly number[];
  hi: readonly number[];
}

export interface LmResult {
  params: number[];
  /** Weighted sum of squared residuals. */
  cost: number;
  iterations: number;
}

export function clampParams(p: readonly number[], lo: readonly number[], hi: readonly number[]): number[] {
  return p.map((v, i) => Math.min(hi[i] ?? Infinity, Math.max(lo[i] ?? -Infinity, v)));
}

export function weightedCost(prob: LmProblem, p: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < prob.x.length; i++) {
    const r = prob.f(prob.x[i]!, p) - prob.y[i]!;
    s += prob.w[i]! * r * r;
  }
  return Number.isFinite(s) ? s : Infinity;
}

/** weightedCost, keeping f(x_i; p) in t.f and, when the problem has batch, the scaled Jacobian in t.J. */
function costKeeping(prob: LmProblem, p: readonly number[], t: Trial, sw: Float64Array): number {
  const { x, y, w, f, batch } = prob;
  const fv = t.f;
  if (batch) batch(x, p, sw, fv, t.J);
  else for (let i = 0; i < x.length; i++) fv[i] = f(x[i]!, p);
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const r = fv[i]! - y[i]!;
    s += w[i]! * r * r;
  }
  return Number.isFinite(s) ? s : Infinity;
}

function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i]!)) return false;
  return true;
}

/** Solves the k x k system A z = b by Gaussian elimination with partial pivoting; null if singular. */
export function solveLinear(A: number[][], b: number[]): number[] | null {
  const k = b.length;
  const M = new Float64Array(k * (k + 1));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) M[i * (k + 1) + j] = A[i]![j]!;
    M[i * (k + 1) + k] = b[i]!;
  }
  const z = new Array<number>(k).fill(0);
  return eliminate(M, k, z) ? z : null;
}

/** In-place elimination on the augmented k x (k+1) matrix M (row-major); writes the solution to z. */
function eliminate(M: Float64Array, k: number, z: number[]): boolean {
  const w = k + 1;
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r * w + c]!) > Math.abs(M[piv * w + c]!)) piv = r;
    if (!(Math.abs(M[piv * w + c]!) > 1e-300)) return false;
    if (piv !== c) {
      for (let j = 0; j <= k; j++) {
        const t = M[c * w + j]!;
        M[c * w + j] = M[piv * w + j]!;
        M[piv * w + j] = t;
      }
    }
    for (let r = c + 1; r < k; r++) {
      const fct = M[r * w + c]! / M[c * w + c]!;
      if (fct === 0) continue;
      for (let j = c; j <= k; j++) M[r * w + j]! -= fct * M[c * w + j]!;
    }
  }
  for (let r = k - 1; r >= 0; r--) {
    let s = M[r * w + k]!;
    for (let j = r + 1; j < k; j++) s -= M[r * w + j]! * z[j]!;
    z[r] = s / M[r * w + r]!;
  }
  return z.every(Number.isFinite);
}

/** Scaled residuals sw_i (f(x_i; p) - y_i) into r. */
function residuals(prob: LmProblem, sw: Float64Array, p: readonly number[], r: Float64Array): void {
  for (let i = 0; i < r.length; i++) r[i] = sw[i]! * (prob.f(prob.x[i]!, p) - prob.y[i]!);
}

/** The model at one parameter vector: f at each point, and the scaled Jacobian (column-major) when known. */
interface Trial {
  f: Float64Array;
  J: Float64Array;
}

interface Normal {
  JtJ: Float64Array;
  Jtr: Float64Array;
  r: Float64Array;
  col: Float64Array;
  q: number[];
  /** augmented system of the damped step, and its solution */
  M: Float64Array;
  delta: number[];
  /** one point's partial derivatives */
  g: Float64Array;
  /** the model at the accepted parameters, and at those of the current try */
  at: Trial;
  next: Trial;
}

/**
 * The Jacobian at p (kept from the try with batch, analytic with grad, else forward differences) and the normal
 * equations; s.at holds the model at p. JtJ is symmetric: each pair is summed once.
 */
function normalEquations(prob: LmProblem, sw: Float64Array, p: number[], s: Normal): boolean {
  const k = p.length,
    n = s.r.length;
  const { r, JtJ } = s;
  const { f: fp, J } = s.at;
  for (let i = 0; i < n; i++) r[i] = sw[i]! * (fp[i]! - prob.y[i]!);
  if (!prob.batch) {
    if (prob.grad) analyticJacobian(prob, prob.grad, sw, p, s);
    else differenceJacobian(prob, sw, p, s);
  }
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let v = 0;
      for (let i = 0; i < n; i++) v += J[a * n + i]! * J[b * n + i]!;
      JtJ[a * k + b] = v;
      JtJ[b * k + a] = v;
    }
    let g = 0;
    for (let i = 0; i < n; i++) g += J[a * n + i]! * r[i]!;
    s.Jtr[a] = g;
  }
  return allFinite(JtJ) && allFinite(s.Jtr);
}

function analyticJacobian(
  prob: LmProblem,
  grad: NonNullable<LmProblem['grad']>,
  sw: Float64Array,
  p: number[],
  s: Normal,
): void {
  const k = p.length,
    n = s.r.length;
  for (let i = 0; i < n; i++) {
    grad(prob.x[i]!, p, s.g);
    for (let j = 0; j < k; j++) s.at.J[j * n + i] = sw[i]! * s.g[j]!;
  }
}

/** Forward differences, stepping away from an active upper bound. */
function differenceJacobian(prob: LmProblem, sw: Float64Array, p: number[], s: Normal): void {
  const k = p.length,
    n = s.r.length;
  for (let j = 0; j < k; j++) {
    let h = 1e-6 * Math.max(1, Math.abs(p[j]!));
    if (p[j]! + h > prob.hi[j]!) h = -h;
    for (let t = 0; t < k; t++) s.q[t] = p[t]!;
    s.q[j] = p[j]! + h;
    residuals(prob, sw, s.q, s.col);
    for (let i = 0; i < n; i++) s.at.J[j * n + i] = (s.col[i]! - s.r[i]!) / h;
  }
}

/**
 * Scratch space of one run, reused by later runs of the same shape (an analysis fits a few shapes many times, and
 * allocating typed arrays per run was a fifth of its time in garbage collection). Every buffer is written before
 * it is read in a run, and runs do not nest, so nothing carries over.
 */
const scratch = new Map<number, Normal>();

function buffers(k: number, n: number): Normal {
  const key = k * 65536 + n;
  let s = scratch.get(key);
  if (!s) {
    s = newBuffers(k, n);
    scratch.set(key, s);
  }
  return s;
}

function newBuffers(k: number, n: number): Normal {
  return {
    JtJ: new Float64Array(k * k),
    Jtr: new Float64Array(k),
    r: new Float64Array(n),
    col: new Float64Array(n),
    q: new Array<number>(k).fill(0),
    M: new Float64Array(k * (k + 1)),
    delta: new Array<number>(k).fill(0),
    g: new Float64Array(k),
    at: { f: new Float64Array(n), J: new Float64Array(k * n) },
    next: { f: new Float64Array(n), J: new Float64Array(k * n) },
  };
}

interface State {
  p: number[];
  cost: number;
  lambda: number;
}

/**
 * One damped step from the normal equations in s: up to 12 tries of a growing damping. Updates st and returns
 * 'improved', 'converged' (improved by less than 1e-10 relative) or 'stuck'.
 */
function dampedStep(
  prob: LmProblem,
  s: Normal,
  sw: Float64Array,
  st: State,
  frozen: boolean[],
): 'improved' | 'converged' | 'stuck' {
  const k = st.p.length;
  const { M, delta } = s;
  for (let tries = 0; tries < 12; tries++) {
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        const v = s.JtJ[a * k + b]!;
        M[a * (k + 1) + b] =
          frozen[a] || frozen[b] ? (a === b ? 1 : 0) : a === b ? v + st.lambda * Math.max(v, 1e-12) : v;
      }
      M[a * (k + 1) + k] = frozen[a] ? 0 : -s.Jtr[a]!;
    }
    if (!eliminate(M, k, delta)) {
      st.lambda *= 10;
      continue;
    }
    const q = st.p.slice();
    for (let j = 0; j < k; j++)
      q[j] = Math.min(prob.hi[j] ?? Infinity, Math.max(prob.lo[j] ?? -Infinity, st.p[j]! + delta[j]!));
    const c = costKeeping(prob, q, s.next, sw);
    if (c < st.cost) {
      const rel = (st.cost - c) / Math.max(st.cost, 1e-300);
      st.p = q;
      st.cost = c;
      [s.at, s.next] = [s.next, s.at];
      st.lambda = Math.max(st.lambda / 3, 1e-12);
      return rel < 1e-10 ? 'converged' : 'improved';
    }
    st.lambda *= 4;
  }
  return 'stuck';
}

export function levenbergMarquardt(prob: LmProblem, start: readonly number[], maxIter = 200): LmResult {
  const k = start.length;
  const p0 = clampParams(start, prob.lo, prob.hi);
  const s = buffers(k, prob.x.length);
  const sw = Float64Array.from(prob.w, (w) => Math.sqrt(w));
  const st: State = { p: p0, cost: costKeeping(prob, p0, s.at, sw), lambda: 1e-3 };
  const frozen = new Array<boolean>(k).fill(false);
  let it = 0;
  for (; it < maxIter && Number.isFinite(st.cost); it++) {
    if (!normalEquations(prob, sw, st.p, s)) break;
    // A parameter on a bound that the gradient pushes outward stays there this iteration: projecting a step that
    // includes it only crawls along the bound (150 iterations of tiny gains).
    for (let j = 0; j < k; j++)
      frozen[j] = (st.p[j]! <= prob.lo[j]! && s.Jtr[j]! > 0) || (st.p[j]! >= prob.hi[j]! && s.Jtr[j]! < 0);
    const step = dampedStep(prob, s, sw, st, frozen);
    if (step === 'converged') return { params: st.p, cost: st.cost, iterations: it + 1 };
    if (step === 'stuck') break;
  }
  return { params: st.p, cost: st.cost, iterations: it };
}
