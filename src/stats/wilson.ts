/**
 * Wilson score interval for a binomial proportion (Wilson 1927). Unlike the Wald interval it stays inside [0, 1] and
 * keeps close to nominal coverage at 0/n and n/n, which matter for near-perfect metrics. Matches statsmodels'
 * `proportion_confint(count, nobs, alpha, method="wilson")`.
 */
import { normalIsf } from './normal.js';

export function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
}

/** `successes` may be fractional (a proportion times n), as statsmodels allows. */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): [number, number] {
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`wilsonInterval: n must be a positive number, got ${n}`);
  if (!(successes >= 0 && successes <= n))
    throw new RangeError(`wilsonInterval: successes must be in [0, n], got ${successes}`);
  checkConfidence(confidence);
  const z = normalIsf((1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // Clamp only rounding noise (e.g. -1e-17 at 0/n); the formula itself never leaves [0, 1].
  return [Math.max(0, center - half), Math.min(1, center + half)];
}
