/**
 * Holm's step-down adjustment (Holm 1979): controls the family-wise error rate across the gated metrics of a model
 * without assuming independence. Adjusted p_(i) = max_{j ≤ i} min(1, (m − j + 1)·p_(j)) over the ascending order;
 * matches statsmodels' `multipletests(p, method="holm")`. Ties keep their input order (the result is the same).
 */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holm: p-values must be in [0, 1], got ${p}`);
  }
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]! || a - b);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[idx]!));
    adjusted[idx] = running;
  });
  return adjusted;
}
