/**
 * A small bounded Levenberg–Marquardt least-squares fitter (deterministic; k <= ~5 parameters).
 * Minimises sum_i w_i (f(x_i; p) - y_i)^2 subject to lo <= p <= hi (steps are projected onto the box).
 */

export interface LmProblem {
  x: readonly number[];
  y: readonly number[];
  w: readonly number[];
  f: (x: number, p: readonly number[]) => number;
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

/** Solves the k x k system A z = b by Gaussian elimination with partial pivoting; null if singular. */
export function solveLinear(A: number[][], b: number[]): number[] | null {
  const k = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    if (!(Math.abs(M[piv]![c]!) > 1e-300)) return null;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = c + 1; r < k; r++) {
      const fct = M[r]![c]! / M[c]![c]!;
      if (fct === 0) continue;
      for (let j = c; j <= k; j++) M[r]![j]! -= fct * M[c]![j]!;
    }
  }
  const z = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let s = M[r]![k]!;
    for (let j = r + 1; j < k; j++) s -= M[r]![j]! * z[j]!;
    z[r] = s / M[r]![r]!;
  }
  return z.every(Number.isFinite) ? z : null;
}

export function levenbergMarquardt(prob: LmProblem, start: readonly number[], maxIter = 200): LmResult {
  const k = start.length;
  const n = prob.x.length;
  let p = clampParams(start, prob.lo, prob.hi);
  let cost = weightedCost(prob, p);
  let lambda = 1e-3;
  let it = 0;
  const sw = prob.w.map((w) => Math.sqrt(w));
  for (; it < maxIter && Number.isFinite(cost); it++) {
    // Residuals and forward-difference Jacobian (step away from an active upper bound).
    const r = new Array<number>(n);
    for (let i = 0; i < n; i++) r[i] = sw[i]! * (prob.f(prob.x[i]!, p) - prob.y[i]!);
    const J: number[][] = [];
    for (let j = 0; j < k; j++) {
      let h = 1e-6 * Math.max(1, Math.abs(p[j]!));
      if (p[j]! + h > prob.hi[j]!) h = -h;
      const q = p.slice();
      q[j] = p[j]! + h;
      const col = new Array<number>(n);
      for (let i = 0; i < n; i++) col[i] = (sw[i]! * (prob.f(prob.x[i]!, q) - prob.y[i]!) - r[i]!) / h;
      J.push(col);
    }
    const JtJ: number[][] = [];
    const Jtr: number[] = [];
    for (let a = 0; a < k; a++) {
      const row: number[] = [];
      for (let b = 0; b < k; b++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += J[a]![i]! * J[b]![i]!;
        row.push(s);
      }
      JtJ.push(row);
      let g = 0;
      for (let i = 0; i < n; i++) g += J[a]![i]! * r[i]!;
      Jtr.push(g);
    }
    if (!JtJ.every((row) => row.every(Number.isFinite)) || !Jtr.every(Number.isFinite)) break;
    let improved = false;
    for (let tries = 0; tries < 12; tries++) {
      const A = JtJ.map((row, a) => row.map((v, b) => (a === b ? v + lambda * Math.max(v, 1e-12) : v)));
      const delta = solveLinear(
        A,
        Jtr.map((g) => -g),
      );
      if (!delta) {
        lambda *= 10;
        continue;
      }
      const q = clampParams(
        p.map((v, j) => v + delta[j]!),
        prob.lo,
        prob.hi,
      );
      const c = weightedCost(prob, q);
      if (c < cost) {
        const rel = (cost - c) / Math.max(cost, 1e-300);
        p = q;
        cost = c;
        lambda = Math.max(lambda / 3, 1e-12);
        improved = true;
        if (rel < 1e-10) return { params: p, cost, iterations: it + 1 };
        break;
      }
      lambda *= 4;
    }
    if (!improved) break;
  }
  return { params: p, cost, iterations: it };
}
