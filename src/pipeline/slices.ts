/**
 * Per-slice metrics (`eval.slices`), base vs PR: a good average can hide a group that got much worse, so every
 * metric of every slice is compared like a headline metric, under the rule of its metric's name. A slice's `size`
 * is its number of examples, not a metric: with it, proportions (accuracy, error rate) get their test.
 */
import type { EvalBlock } from '../kernel/report-types.js';

/** The key of a slice that holds its example count. */
export const SLICE_SIZE_KEY = 'size';

export interface SliceRow {
  /** `accuracy [region=EU]`: the row's name in the table, findings and JSON. */
  name: string;
  metric: string;
  slice: string;
  base: number | null;
  head: number | null;
  /** The slice's examples on each side, when the reports give them. */
  sizes: { base?: number; head?: number };
}

export function sliceRowName(metric: string, slice: string): string {
  return `${metric} [${slice}]`;
}

/**
 * One row per (slice, metric) of the PR's report, then those only the base has (removed). Own keys only: slice
 * and metric names are untrusted text.
 */
export function sliceRows(base: EvalBlock | undefined, head: EvalBlock | undefined): SliceRow[] {
  const b = base?.slices ?? {},
    h = head?.slices ?? {};
  const own = <T>(o: Record<string, T>, k: string): T | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);
  const slices = [...Object.keys(h), ...Object.keys(b).filter((s) => !Object.hasOwn(h, s))];
  const rows: SliceRow[] = [];
  for (const slice of slices) {
    const hs = own(h, slice) ?? {},
      bs = own(b, slice) ?? {};
    const metrics = [...Object.keys(hs), ...Object.keys(bs).filter((m) => !Object.hasOwn(hs, m))].filter(
      (m) => m !== SLICE_SIZE_KEY,
    );
    const sizes: SliceRow['sizes'] = {};
    const bSize = own(bs, SLICE_SIZE_KEY),
      hSize = own(hs, SLICE_SIZE_KEY);
    if (bSize !== undefined) sizes.base = bSize;
    if (hSize !== undefined) sizes.head = hSize;
    for (const metric of metrics) {
      rows.push({
        name: sliceRowName(metric, slice),
        metric,
        slice,
        base: own(bs, metric) ?? null,
        head: own(hs, metric) ?? null,
        sizes,
      });
    }
  }
  return rows;
}

/**
 * Slices whose size both reports give, and differently: the same eval set cut into other groups (a slice redefined,
 * or its rows moved), so its rows compare different examples (eval.changed).
 */
export function sliceSizeChanges(
  base: EvalBlock | undefined,
  head: EvalBlock | undefined,
): Array<{ slice: string; base: number; head: number }> {
  const changed = new Map<string, { slice: string; base: number; head: number }>();
  for (const { slice, sizes } of sliceRows(base, head)) {
    if (sizes.base !== undefined && sizes.head !== undefined && sizes.base !== sizes.head)
      changed.set(slice, { slice, base: sizes.base, head: sizes.head });
  }
  return [...changed.values()];
}
