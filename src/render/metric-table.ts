/** The metric table: metric | base | PR | Δ | Δ% | significance | allowed | status, numbers formatted for people. */
import { formatDelta, formatNumber, formatPct, formatValue } from '../kernel/format.js';
import type { MetricResult } from '../kernel/result-types.js';
import { escapeMarkdownInline } from '../kernel/escape.js';
import { metricIcon } from './icons.js';

const CHANGE_WORD: Record<MetricResult['change'], string> = {
  improved: 'improved',
  regressed: 'regressed',
  unchanged: 'unchanged',
  within_noise: 'within noise',
  new: 'new',
  removed: 'removed',
  changed: 'changed',
};

/** What happened to the metric, in the words every renderer uses (a passing regression is within tolerance). */
export function changeWord(m: MetricResult): string {
  return m.change === 'regressed' && m.status === 'pass' ? 'regressed, within tolerance' : CHANGE_WORD[m.change];
}

/** `+0.42 pp ±0.61 · n.s.` — the delta's interval half-width and whether it is significant. */
export function significanceCell(m: MetricResult): string {
  if (m.test === null && m.min_detectable_effect === null) return '';
  const parts: string[] = [];
  if (m.interval && m.delta !== null) {
    const half = (m.interval[1] - m.interval[0]) / 2;
    parts.push(`±${formatDelta(half, m.fraction).replace(/^[+±]/, '')}`);
  } else if (m.min_detectable_effect !== null) {
    parts.push(`MDE ${formatDelta(m.min_detectable_effect, m.fraction).replace(/^\+/, '')}`);
  }
  if (m.significant === true) parts.push(m.p_adjusted !== null ? pValue(m.p_adjusted) : 'significant');
  else if (m.significant === false) parts.push('n.s.');
  return parts.join(' · ');
}

const MINUS = '−';
const ARROW = { higher: '↑', lower: '↓', none: '·' } as const;

/** A tolerance in the row's units: "0.5 pp" for a fraction, "3 ms" for a latency. */
function amount(m: MetricResult, abs: number): string {
  if (m.fraction) return `${Number((abs * 100).toFixed(2))} pp`;
  return `${formatNumber(abs)}${m.unit ? ` ${m.unit}` : ''}`;
}

/**
 * The direction and the allowed change of a row: "↑ ≤ −0.5 pp", "↓ ≤ +5 %", "↑ no significant drop"; "(assumed)"
 * when nobody stated the direction; "not gated" for bookkeeping and `gate: false`. Empty for a result that predates
 * these fields.
 */
export function ruleCell(m: MetricResult): string {
  if (m.gated === false) return `${ARROW[m.direction]} not gated`;
  const arrow = `${ARROW[m.direction]}${m.direction_source === 'assumed' ? ' (assumed)' : ''}`;
  const t = m.tolerance;
  if (!t) return m.tolerance === null ? arrow : '';
  const sign = m.direction === 'lower' ? '+' : MINUS;
  const side = m.direction === 'lower' ? 'rise' : 'drop';
  if (t.noise) return `${arrow} no significant ${side}`;
  if (t.abs === 0 && t.pct === null) return `${arrow} no ${side}`;
  const parts = [
    ...(t.abs !== null ? [`${sign}${amount(m, t.abs)}`] : []),
    ...(t.pct !== null ? [`${sign}${formatNumber(t.pct)} %`] : []),
  ];
  return `${arrow} ≤ ${parts.join(', ')}`;
}

function pValue(p: number): string {
  return p < 1e-4 ? 'p<0.0001' : `p=${p.toPrecision(2)}`;
}

/** One side's value: a number, "NaN (diverged)" where the tool wrote NaN or infinity, else `none`. */
export function sideValue(m: MetricResult, side: 'base' | 'head', none: string): string {
  if (m.diverged === side || m.diverged === 'both') return 'NaN (diverged)';
  const v = m[side];
  return v === null ? none : formatValue(v, m.fraction);
}

/**
 * Why a row has no noise figure, in a word or two (the legend explains them): not gated, no eval size to test a
 * rate with, a metric that needs per-example predictions (F1, recall), or values with no known spread (latency).
 */
export function noNoiseReason(m: MetricResult, evalSize: number | null): string {
  if (m.gated === false) return 'not gated';
  if (m.base === null || m.head === null) return 'one side only';
  if (!m.fraction) return 'no spread known';
  return evalSize === null ? 'no eval size' : 'needs predictions';
}

/** The noise cell, or why there is none: one wording for the comment and the terminal (`dash` is each one's). */
export function noiseCell(m: MetricResult, evalSize: number | null, dash = '—'): string {
  return significanceCell(m) || `${dash} ${noNoiseReason(m, evalSize)}`;
}

export function metricRow(m: MetricResult, withSignificance: boolean, evalSize: number | null = null): string {
  const cells = [
    escapeMarkdownInline(m.name, 60),
    sideValue(m, 'base', '—'),
    sideValue(m, 'head', '—'),
    m.delta === null ? '—' : formatDelta(m.delta, m.fraction),
    m.delta_pct === null ? '—' : formatPct(m.delta_pct),
  ];
  if (withSignificance) cells.push(noiseCell(m, evalSize));
  // The unit comes from the result file, which a fork's workflow may have written: escaped like the name.
  cells.push(escapeMarkdownInline(ruleCell(m), 80) || '—');
  cells.push(`${metricIcon(m)} ${changeWord(m)}`);
  return `| ${cells.join(' | ')} |`;
}

/** The model's eval size (why a noise cell is empty) and whether its tables have a noise column. */
export interface TableContext {
  eval_size: number | null;
  noise?: boolean;
}

export function metricTable(metrics: MetricResult[], ctx: TableContext = { eval_size: null }): string[] {
  const evalSize = ctx.eval_size;
  const withSig = ctx.noise ?? metrics.some((m) => m.test !== null || m.min_detectable_effect !== null);
  const header = withSig
    ? ['| Metric | Base | PR | Δ | Δ% | Noise | Allowed | Status |', '|---|--:|--:|--:|--:|---|---|---|']
    : ['| Metric | Base | PR | Δ | Δ% | Allowed | Status |', '|---|--:|--:|--:|--:|---|---|'];
  return [...header, ...metrics.map((m) => metricRow(m, withSig, evalSize))];
}
