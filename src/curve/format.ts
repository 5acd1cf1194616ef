/**
 * Number formatting for the learning-curve texts. Sizes reuse src/kernel/format.ts; values and deltas keep their
 * own style ("91.0 %", "+0.3 pp", adaptive decimals for sub-pp gains of a doubling), which the shared
 * formatPercent/formatPp (fixed decimals, "±0 pp") do not give.
 */
import { formatSize as coreFormatSize } from '../kernel/format.js';

const MINUS = '\u2212';

function sig(x: number, digits: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x === 0 ? 0 : x);
  const s = Number(x.toPrecision(digits));
  return String(s);
}

/**
 * 950, 12.5k, 480k, 2M, 1.25M, 3B: the shared formatSize, after rounding to 3 significant digits so that
 * 999,950 reads "1M" rather than crossing the k/M boundary mid-rounding.
 */
export function formatSize(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return coreFormatSize(Number(n.toPrecision(3)));
}

function withSign(s: string, x: number, signed: boolean): string {
  if (x < 0) return `${MINUS}${s.replace(/^-/, '')}`;
  return signed && x > 0 ? `+${s}` : s;
}

/** A difference in metric units: "+0.3 pp" for proportions, "+0.012" otherwise. */
export function formatDelta(d: number, proportion: boolean, signed = true): string {
  if (proportion) {
    const pp = d * 100;
    const a = Math.abs(pp);
    const s = a >= 10 ? pp.toFixed(0) : a >= 0.095 ? pp.toFixed(1) : a >= 0.0095 ? pp.toFixed(2) : pp.toFixed(3);
    const r = Number(s) === 0 ? '0' : s;
    return `${withSign(r, Number(r), signed)} pp`;
  }
  return withSign(sig(d, 2), Number(sig(d, 2)), signed);
}

/**
 * Signed deltas shown together (an estimate and its interval) with one number of decimals: one more than the
 * largest of them needs alone, so that a small bound is not rounded to a different precision than the estimate.
 */
export function formatDeltas(ds: readonly number[], proportion: boolean): string[] {
  if (!proportion) return ds.map((d) => formatDelta(d, false));
  const top = Math.max(...ds.map((d) => Math.abs(d * 100)));
  const decimals = top >= 10 ? 0 : top >= 1 ? 1 : 2;
  return ds.map((d) => {
    const v = Number((d * 100).toFixed(decimals)); // -0.001 rounds to -0: shown as 0, unsigned
    return `${withSign(Math.abs(v).toFixed(decimals), v, true)} pp`;
  });
}

/** A value of the metric: "91.0 %" for proportions, 4 significant digits otherwise. */
export function formatValue(v: number, proportion: boolean): string {
  if (proportion) return `${(v * 100).toFixed(1)} %`;
  return withSign(sig(v, 4), v, false);
}

export function formatCost(c: number, unit: string): string {
  if (/-h$/.test(unit) && Math.abs(c) < 0.05 && c !== 0) return formatCost(c * 3600, unit.replace(/-h$/, '-s'));
  const a = Math.abs(c);
  const s = a >= 100 ? c.toFixed(0) : a >= 0.95 ? c.toFixed(1) : a >= 0.0095 ? c.toFixed(2) : sig(c, 1);
  return `${withSign(s, c, false)} ${unit}`;
}

export function formatFactor(f: number): string {
  return `${f >= 10 ? f.toFixed(0) : f.toFixed(1)}\u00d7`;
}

export function formatPct(p: number): string {
  const r = Math.round(p * 100);
  return `${withSign(String(r), r, false)} %`;
}
