/** The metric table: metric | base | PR | Δ | Δ% | significance | status, numbers formatted for people. */
import { formatDelta, formatPct, formatValue } from '../kernel/format.js';
import type { MetricResult } from '../kernel/result-types.js';
import { escapeMarkdownInline } from '../kernel/escape.js';
import { VERDICT_ICON } from './icons.js';

const CHANGE_WORD: Record<MetricResult['change'], string> = {
  improved: 'improved',
  regressed: 'regressed',
  unchanged: 'unchanged',
  within_noise: 'within noise',
  new: 'new',
  removed: 'removed',
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

function pValue(p: number): string {
  return p < 1e-4 ? 'p<0.0001' : `p=${p.toPrecision(2)}`;
}

/** One side's value: a number, "NaN (diverged)" where the tool wrote NaN or infinity, else `none`. */
export function sideValue(m: MetricResult, side: 'base' | 'head', none: string): string {
  if (m.diverged === side || m.diverged === 'both') return 'NaN (diverged)';
  const v = m[side];
  return v === null ? none : formatValue(v, m.fraction);
}

export function metricRow(m: MetricResult, withSignificance: boolean): string {
  const cells = [
    escapeMarkdownInline(m.name, 60),
    sideValue(m, 'base', '—'),
    sideValue(m, 'head', '—'),
    m.delta === null ? '—' : formatDelta(m.delta, m.fraction),
    m.delta_pct === null ? '—' : formatPct(m.delta_pct),
  ];
  if (withSignificance) cells.push(significanceCell(m) || '—');
  cells.push(`${VERDICT_ICON[m.status]} ${changeWord(m)}`);
  return `| ${cells.join(' | ')} |`;
}

export function metricTable(metrics: MetricResult[]): string[] {
  const withSig = metrics.some((m) => m.test !== null || m.min_detectable_effect !== null);
  const header = withSig
    ? ['| Metric | Base | PR | Δ | Δ% | Noise | Status |', '|---|--:|--:|--:|--:|---|---|']
    : ['| Metric | Base | PR | Δ | Δ% | Status |', '|---|--:|--:|--:|--:|---|'];
  return [...header, ...metrics.map((m) => metricRow(m, withSig))];
}
