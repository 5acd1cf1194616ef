/**
 * McNemar's test for paired proportions (McNemar 1947), exact conditional form and the mid-p variant.
 *
 * Only the discordant pairs carry information: b = rows base got right and head got wrong, c = rows base got wrong and
 * head got right. Under H0 (same accuracy) b ~ Binomial(b + c, ½). The exact two-sided p-value is
 * min(1, 2·P(X ≤ min(b, c))), matching statsmodels' `mcnemar(table, exact=True)`. The mid-p value
 * 2·P(X ≤ m) − P(X = m) is less conservative and keeps the nominal level closely (Fagerland, Lydersen & Laake 2013),
 * so mlgate gates on it. Tails are summed in log space: b = 5,000 vs c = 5,600 gives p ≈ 5e-9, where normal
 * approximations with a 0.001 table floor would say "p < 0.001" and nothing more.
 */
import { binomialLogPmf, binomialLowerTailRatio } from './special.js';

export interface McNemarResult {
  /** Exact conditional two-sided p-value (binomial on the discordant pairs). */
  exact_p: number;
  /** Mid-p value (Fagerland et al. 2013): exact_p minus the probability of the observed table. */
  mid_p: number;
  /** min(b, c), the statistic statsmodels reports for the exact test. */
  statistic: number;
  /** Natural log of exact_p, finite where exact_p underflows to 0. */
  log_exact_p: number;
  b: number;
  c: number;
}

function assertCount(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`mcnemar: ${name} must be a non-negative integer, got ${v}`);
}

export function mcnemar(b: number, c: number): McNemarResult {
  assertCount('b', b);
  assertCount('c', c);
  const n = b + c;
  const m = Math.min(b, c);
  if (n === 0 || b === c) return { exact_p: 1, mid_p: 1, statistic: m, log_exact_p: 0, b, c };
  const logPmf = binomialLogPmf(m, n, 0.5);
  const ratio = binomialLowerTailRatio(m, n, 0.5); // P(X ≤ m) / P(X = m)
  const logExact = Math.min(0, Math.LN2 + logPmf + Math.log(ratio));
  // 2·P(X ≤ m) − P(X = m) = P(X = m)·(2·ratio − 1); ratio ≥ 1 so this stays positive.
  const mid = Math.min(1, Math.exp(logPmf) * (2 * ratio - 1));
  return { exact_p: Math.exp(logExact), mid_p: mid, statistic: m, log_exact_p: logExact, b, c };
}
