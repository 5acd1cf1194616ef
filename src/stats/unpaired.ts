/**
 * Comparison of two proportions when only the metric values and evaluation sizes are known (no per-example data).
 *
 * p-value: pooled two-proportion z-test (statsmodels `proportions_ztest`, default pooled variance).
 * Interval of the delta head − base: Newcombe's hybrid score interval (Newcombe 1998, method 10) built from the two
 * Wilson intervals; it keeps coverage near the bounds, unlike the Wald interval
 * (statsmodels `confint_proportions_2indep(..., method="newcomb")`).
 * Labelled "approximate": it treats base and head as independent samples, but they are usually the same examples,
 * so the test is conservative (the shared variance of the paired design is ignored) and the z-test is asymptotic.
 */
import { fisherExactTwoSided, smallExpectedCounts } from './fisher.js';
import { normalSf } from './normal.js';
import { checkConfidence, wilsonInterval } from './wilson.js';

export const UNPAIRED_TEST = 'two_proportion_z (approximate)';
export const UNPAIRED_SMALL_TEST = 'fisher_exact (approximate)';

export interface UnpairedResult {
  p_value: number;
  /** Interval of head − base. */
  interval: [number, number];
  delta: number;
  test: typeof UNPAIRED_TEST | typeof UNPAIRED_SMALL_TEST;
}

function checkProportion(name: string, p: number, n: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`${name}: proportion must be in [0, 1], got ${p}`);
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`${name}: n must be positive, got ${n}`);
}

export function unpairedProportionTest(
  pBase: number,
  nBase: number,
  pHead: number,
  nHead: number,
  confidence = 0.95,
): UnpairedResult {
  checkProportion('base', pBase, nBase);
  checkProportion('head', pHead, nHead);
  checkConfidence(confidence);
  const delta = pHead - pBase;
  const pooled = (pBase * nBase + pHead * nHead) / (nBase + nHead);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nBase + 1 / nHead));
  // se = 0 only when both are 0 or both are 1: identical, nothing to test.
  const small = se > 0 && smallExpectedCounts(pBase, nBase, pHead, nHead);
  const pValue =
    se === 0
      ? 1
      : small
        ? fisherExactTwoSided(Math.round(pBase * nBase), nBase, Math.round(pHead * nHead), nHead)
        : Math.min(1, 2 * normalSf(Math.abs(delta) / se));
  const [lh, uh] = wilsonInterval(pHead * nHead, nHead, confidence);
  const [lb, ub] = wilsonInterval(pBase * nBase, nBase, confidence);
  const lo = delta - Math.sqrt((pHead - lh) ** 2 + (ub - pBase) ** 2);
  const hi = delta + Math.sqrt((uh - pHead) ** 2 + (pBase - lb) ** 2);
  return { p_value: pValue, interval: [lo, hi], delta, test: small ? UNPAIRED_SMALL_TEST : UNPAIRED_TEST };
}
