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

// Letters of other scripts drawn like Latin ones (Unicode's confusables, the common part), and invisible marks.
const LOOKALIKE: Record<string, string> = Object.fromEntries(
  [...'аеорсухіјѕԁһԛԝαεικνορτυχ'].map((c, i) => [c, 'aeopcyxijsdhqwaeikvoptux'[i]!]),
);
const INVISIBLE = /\u034f|\u17b4|\u17b5|[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/** How a slice name looks: NFKC, lower case, lookalike letters as Latin, invisible marks dropped. */
function looks(name: string): string {
  return [...name.normalize('NFKC').toLowerCase().replace(INVISIBLE, '')].map((c) => LOOKALIKE[c] ?? c).join('');
}

/**
 * The base slice each PR slice is compared with: its own name, else the one base-only slice that looks the same
 * (`еu` in Cyrillic for `eu`), so a respelled slice is judged rather than "removed" beside a "new" one.
 */
function baseSliceOf(b: Record<string, unknown>, h: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const baseOnly = Object.keys(b).filter((s) => !Object.hasOwn(h, s));
  for (const slice of Object.keys(h)) {
    if (Object.hasOwn(b, slice)) out.set(slice, slice);
    else {
      const same = baseOnly.filter((s) => looks(s) === looks(slice));
      if (same.length === 1) out.set(slice, same[0]!);
    }
  }
  return out;
}

/**
 * One row per (slice, metric) of the PR's report, then those only the base has (removed). Own keys only: slice
 * and metric names are untrusted text.
 */
export function sliceRows(base: EvalBlock | undefined, head: EvalBlock | undefined): SliceRow[] {
  const b = base?.slices ?? {},
    h = head?.slices ?? {};
  const own = <T>(o: Record<string, T>, k: string): T | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);
  const pairs = baseSliceOf(b, h);
  const paired = new Set(pairs.values());
  const slices = [...Object.keys(h), ...Object.keys(b).filter((s) => !Object.hasOwn(h, s) && !paired.has(s))];
  const rows: SliceRow[] = [];
  for (const slice of slices) {
    const at = Object.hasOwn(h, slice) ? (pairs.get(slice) ?? null) : slice;
    const hs = own(h, slice) ?? {},
      bs = (at === null ? undefined : own(b, at)) ?? {};
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
