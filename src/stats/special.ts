/**
 * Special functions for exact binomial probabilities in log space.
 *
 * The binomial pmf uses Loader's (2000) saddle-point form, log C(n,x) p^x q^(n-x) =
 *   stirlerr(n) − stirlerr(x) − stirlerr(n−x) − bd0(x, np) − bd0(n−x, nq) − ½·log(2π x (n−x)/n),
 * which avoids the catastrophic cancellation of lgamma(n+1) − lgamma(x+1) − lgamma(n−x+1) for large n
 * (at n = 10⁷ the lgamma terms are ~1.5·10⁸, so naive subtraction loses 8 digits).
 * Reference: C. Loader, "Fast and Accurate Computation of Binomial Probabilities" (2000); also R's dbinom.
 */

const LOG_2PI = 1.8378770664093453;
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** log Γ(x) for x > 0 (Lanczos, g = 7; relative error ~1e-15). */
export function logGamma(x: number): number {
  if (!(x > 0)) {
    if (x === 0) return Infinity;
    // Reflection for negative non-integers; not needed by mlgate but keeps the function total.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** stirlerr(n) = log(n!) − log(√(2πn)·(n/e)ⁿ): the error of Stirling's formula. */
export function stirlerr(n: number): number {
  if (n <= 15) {
    if (n === 0) return 0; // never used: binomialLogPmf handles x = 0 and x = n before calling stirlerr
    return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - 0.5 * LOG_2PI;
  }
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** bd0(x, m) = x·log(x/m) + m − x, computed without cancellation when x ≈ m. */
export function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/** log P(X = x) for X ~ Binomial(n, p); x and n non-negative integers. */
export function binomialLogPmf(x: number, n: number, p: number): number {
  if (x < 0 || x > n) return -Infinity;
  const q = 1 - p;
  if (p === 0) return x === 0 ? 0 : -Infinity;
  if (q === 0) return x === n ? 0 : -Infinity;
  if (x === 0) return n * Math.log1p(-p);
  if (x === n) return n * Math.log(p);
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LOG_2PI + Math.log(x) + Math.log1p(-x / n);
  return lc - 0.5 * lf;
}

/**
 * Σ_{i=0..k} P(X=i) / P(X=k) for k at or below the mean: the lower tail as a multiple of the pmf at k.
 * Terms shrink geometrically going down from k, so the loop stops after O(√n) terms at worst.
 */
export function binomialLowerTailRatio(k: number, n: number, p: number): number {
  const odds = (1 - p) / p;
  let term = 1;
  let sum = 1;
  for (let i = k; i >= 1; i--) {
    term *= (i / (n - i + 1)) * odds;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

/** log P(X ≤ k) for X ~ Binomial(n, p), accurate in relative terms far into the lower tail. */
export function binomialLogCdf(k: number, n: number, p: number): number {
  if (k < 0) return -Infinity;
  if (k >= n) return 0;
  if (k <= n * p) return binomialLogPmf(k, n, p) + Math.log(binomialLowerTailRatio(k, n, p));
  // Upper tail P(X ≥ k+1) = lower tail of n − X at n − k − 1.
  const upper = binomialLogPmf(n - k - 1, n, 1 - p) + Math.log(binomialLowerTailRatio(n - k - 1, n, 1 - p));
  return Math.log1p(-Math.exp(upper));
}
