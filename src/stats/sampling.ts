/**
 * Exact binomial and multinomial sampling in O(1) per draw, used by the paired bootstrap on the joint count table.
 *
 * Binomial(n, p), p ≤ ½ (larger p by symmetry):
 * - mean np < 10: inversion, summing the pmf upward from 0 by its ratio recurrence (≈ np + 1 steps);
 * - otherwise BTRS, Hörmann's transformed rejection with squeeze ("The generation of binomial random variates",
 *   J. Statist. Comput. Simul. 46, 1993): two uniforms per try, ~1.2 tries per draw, and the pmf ratio (Stirling's
 *   formula with its tail) only outside the squeeze box, so the cost does not grow with n.
 * Both are exact up to floating-point rounding (no normal approximation, even for n = 10⁷).
 * Multinomial: a chain of conditional binomials over the cells.
 */
import type { Random } from './prng.js';

/** Below this mean, inversion is cheaper than BTRS (whose envelope needs np ≥ 10). */
const INVERSION_MAX_MEAN = 10;

export function sampleBinomial(n: number, p: number, rng: Random): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - sampleBinomial(n, 1 - p, rng);
  return n * p < INVERSION_MAX_MEAN ? binomialInversion(n, p, rng) : binomialBtrs(n, p, rng);
}

function binomialInversion(n: number, p: number, rng: Random): number {
  const s = p / (1 - p);
  const a = (n + 1) * s;
  const f0 = Math.exp(n * Math.log1p(-p));
  // Beyond np + 10σ + 10 lies less than 1e-15 of the mass: a u left there by rounding is drawn again.
  const bound = Math.min(n, Math.floor(n * p + 10 * Math.sqrt(n * p * (1 - p)) + 10));
  for (;;) {
    let u = rng.next();
    let f = f0;
    let x = 0;
    while (u > f && x <= bound) {
      u -= f;
      x++;
      f *= a / x - s;
    }
    if (x <= bound) return x;
  }
}

/** log k! − (Stirling's approximation (k + ½)·log(k + 1) − (k + 1) + ½·log 2π): a table to 9, its series above. */
const STIRLING_TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];
function stirlingTail(k: number): number {
  if (k <= 9) return STIRLING_TAIL[k]!;
  const kp1sq = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
}

/**
 * log(f(k) / f(m)) for the Binomial(n, p) pmf f, by Stirling's formula with the tail above (Hörmann 1993, step 3.4;
 * the form TensorFlow and JAX use): a few logs, no loop, absolute error below 1e-8 up to n = 10⁷ (rounding), far below what the acceptance test can see.
 */
export function binomialLogPmfRatio(k: number, m: number, n: number, p: number): number {
  const r = p / (1 - p);
  return (
    (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
    (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
    (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
    stirlingTail(m) +
    stirlingTail(n - m) -
    stirlingTail(k) -
    stirlingTail(n - k)
  );
}

function binomialBtrs(n: number, p: number, rng: Random): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const mode = Math.floor((n + 1) * p);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (!(k >= 0 && k <= n)) continue; // also NaN, when us = 0
    if (us >= 0.07 && v <= vr) return k;
    // Outside the squeeze: accept when v under the hat lies below f(k) / f(mode).
    if (Math.log((v * alpha) / (a / (us * us) + b)) <= binomialLogPmfRatio(k, mode, n, p)) return k;
  }
}

/**
 * Draws total items into cells with probabilities weights[i] / Σweights, writing into out. Weights are counts here;
 * integer weights keep the conditional probabilities exact in the chain.
 */
export function sampleMultinomial(total: number, weights: ArrayLike<number>, out: Float64Array, rng: Random): void {
  let remainingWeight = 0;
  for (let i = 0; i < weights.length; i++) remainingWeight += weights[i]!;
  let remaining = total;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (remaining === 0 || w === 0) {
      out[i] = 0;
      continue;
    }
    const x = w >= remainingWeight ? remaining : sampleBinomial(remaining, w / remainingWeight, rng);
    out[i] = x;
    remaining -= x;
    remainingWeight -= w;
  }
}
