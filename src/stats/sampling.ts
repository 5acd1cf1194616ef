/**
 * Exact binomial and multinomial sampling, used by the paired bootstrap on the joint count table.
 *
 * Binomial: inversion by a search outward from the mode (Kemp's "mode-centred" inversion). Outcomes are visited in
 * a fixed order m, m−1, m+1, m−2, …, and the pmf is updated by its ratio recurrence, so each draw costs O(σ) steps
 * and one log-pmf evaluation; exact up to floating-point rounding, no normal approximation even for n = 10⁷.
 * Multinomial: a chain of conditional binomials over the cells.
 */
import type { Random } from './prng.js';
import { binomialLogPmf } from './special.js';

export function sampleBinomial(n: number, p: number, rng: Random): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - sampleBinomial(n, 1 - p, rng);
  const q = 1 - p;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const fMode = Math.exp(binomialLogPmf(mode, n, p));
  let u = rng.next() - fMode;
  if (u <= 0) return mode;
  let lo = mode;
  let hi = mode;
  let fLo = fMode;
  let fHi = fMode;
  const odds = p / q;
  for (;;) {
    if (lo > 0 && fLo > 0) {
      fLo *= lo / (n - lo + 1) / odds;
      lo--;
      u -= fLo;
      if (u <= 0) return lo;
    }
    if (hi < n && fHi > 0) {
      fHi *= ((n - hi) / (hi + 1)) * odds;
      hi++;
      u -= fHi;
      if (u <= 0) return hi;
    }
    // Rounding left a sliver of u unclaimed after all mass was visited (or both tails underflowed): the mode.
    if ((lo === 0 || fLo === 0) && (hi === n || fHi === 0)) return mode;
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
