/**
 * Markdown (PR comment / job summary) and terminal renderings of a learning-curve analysis.
 * User-provided strings (metric names) go through escapeMarkdownInline / escapeMermaidString.
 */
// TODO(lead): switch to '../render/escape.js' once src/render/escape.ts exists.
import { escapeMarkdownInline, escapeMermaidString } from './escape.js';
import { curveValueAt, fittedValueAt } from './compare.js';
import { formatCost, formatSize, formatValue } from './format.js';
import type { CurveAnalysis, CurveComparison } from './types.js';

/** Our own prose (conclusions) contains no user input except numbers; keep it from opening HTML tags. */
function prose(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const MAX_CATEGORIES = 12;

/** Log-spaced chart sizes: the measured sizes when there are few, else a log grid over their range. */
export function chartSizes(curves: CurveAnalysis[]): number[] {
  const all = [...new Set(curves.flatMap((c) => c.points.map((p) => p.train_size)))].sort((a, b) => a - b);
  if (all.length === 0) return [];
  let sizes = all;
  if (all.length > MAX_CATEGORIES) {
    const lo = all[0]!, hi = all[all.length - 1]!, k = MAX_CATEGORIES - 1;
    sizes = Array.from({ length: k + 1 }, (_, i) => lo * Math.pow(hi / lo, i / k));
  }
  // One category per label.
  const seen = new Set<string>();
  return sizes.filter((n) => {
    const l = formatSize(n);
    if (seen.has(l)) return false;
    seen.add(l);
    return true;
  });
}

function num(v: number): string {
  return String(Number(v.toFixed(4)));
}

/**
 * Mermaid xychart-beta: categorical x-axis at log-spaced sizes; series for the PR (measured, fitted) and the
 * base (measured, fitted). Every series has one value per category: measured values are interpolated on log
 * size between measured points and taken from the fit outside the measured range.
 */
export function renderCurveMermaid(head: CurveAnalysis, base?: CurveAnalysis): string | null {
  const curves = base ? [head, base] : [head];
  const sizes = chartSizes(curves);
  if (sizes.length < 2) return null;
  const scale = head.proportion ? 100 : 1;
  const series: Array<{ name: string; values: number[] }> = [];
  const add = (name: string, f: (n: number) => number | null) => {
    const vals = sizes.map(f);
    if (vals.every((v): v is number => v !== null && Number.isFinite(v))) series.push({ name, values: vals.map((v) => v * scale) });
  };
  add('PR measured', (n) => curveValueAt(head, n));
  if (head.curve.length) add('PR fitted', (n) => fittedValueAt(head, n) ?? curveValueAt(head, n));
  if (base) {
    add('base measured', (n) => curveValueAt(base, n));
    if (base.curve.length) add('base fitted', (n) => fittedValueAt(base, n) ?? curveValueAt(base, n));
  }
  if (series.length === 0) return null;
  const all = series.flatMap((s) => s.values);
  let lo = Math.min(...all), hi = Math.max(...all);
  const pad = Math.max((hi - lo) * 0.1, Math.abs(hi) * 1e-3, 1e-6);
  lo -= pad; hi += pad;
  if (head.proportion) { lo = Math.max(0, lo); hi = Math.min(100, hi); }
  const metric = escapeMermaidString(head.metric) || 'metric';
  const lines = [
    'xychart-beta',
    `  title "${metric} vs training size (log scale)"`,
    `  x-axis "training examples" [${sizes.map((n) => `"${formatSize(n)}"`).join(', ')}]`,
    `  y-axis "${metric}${head.proportion ? ' (%)' : ''}" ${num(lo)} --> ${num(hi)}`,
    ...series.map((s) => `  line "${s.name}" [${s.values.map(num).join(', ')}]`),
  ];
  return lines.join('\n');
}

function compactPoints(a: CurveAnalysis, max = 12): number[] {
  const n = a.points.length;
  if (n <= max) return a.points.map((_, i) => i);
  const idx = new Set<number>();
  for (let i = 0; i < max; i++) idx.add(Math.round((i * (n - 1)) / (max - 1)));
  return [...idx].sort((x, y) => x - y);
}

function seriesNames(head: CurveAnalysis, base?: CurveAnalysis): string {
  const names = ['PR measured', ...(head.curve.length ? ['PR fitted'] : [])];
  if (base) names.push('base measured', ...(base.curve.length ? ['base fitted'] : []));
  return names.map((s, i) => `${i + 1}. ${s}`).join(', ');
}

export function renderCurveMarkdown(head: CurveAnalysis, base?: CurveAnalysis, cmp?: CurveComparison): string {
  const metric = escapeMarkdownInline(head.metric);
  const out: string[] = [];
  out.push(`**Learning curve (${metric})**: ${prose(head.conclusion)}`);
  if (cmp) out.push('', `**Against the base**: ${prose(cmp.conclusion)}`);
  const chart = renderCurveMermaid(head, base);
  if (chart) {
    out.push('', '```mermaid', chart, '```');
    out.push('', `<sub>Series in order: ${seriesNames(head, base)}. Log-spaced sizes; measured series are interpolated between measured sizes and use the fit outside them; fitted series show measured values below the fitted range.</sub>`);
  }
  // Compact table of the points.
  const fv = (v: number) => formatValue(v, head.proportion);
  const hasCost = head.points.some((p) => p.cost !== undefined);
  const hasStd = head.points.some((p) => p.std !== undefined);
  const header = ['training size', `PR ${metric}`, ...(head.curve.length ? ['PR fitted'] : []), ...(base ? [`base ${metric}`] : []), ...(hasStd ? ['std'] : []), ...(hasCost ? [`cost (${escapeMarkdownInline(head.cost_unit)})`] : [])];
  out.push('', `| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const i of compactPoints(head)) {
    const p = head.points[i]!;
    const b = base ? curveValueAt(base, p.train_size) : null;
    const inBase = base && base.points.length && p.train_size >= base.points[0]!.train_size && p.train_size <= base.points[base.points.length - 1]!.train_size;
    const f = head.curve.length ? fittedValueAt(head, p.train_size) : null;
    const row = [
      formatSize(p.train_size) + (p.train_size === head.current_size ? ' (current)' : ''),
      fv(p.value),
      ...(head.curve.length ? [f === null ? '' : fv(f)] : []),
      ...(base ? [b !== null && inBase ? fv(b) : ''] : []),
      ...(hasStd ? [p.std === undefined ? '' : fv(p.std)] : []),
      ...(hasCost ? [p.cost === undefined ? '' : formatCost(p.cost, '').trim()] : []),
    ];
    out.push(`| ${row.join(' | ')} |`);
  }
  const model = head.family ? `model: ${head.family}` : 'no model fitted';
  const rec = head.recommended_size !== null ? `; recommended size ~${formatSize(head.recommended_size)}` : '';
  out.push('', `<sub>${prose(model)}${rec}; threshold ${prose(formatValueDelta(head))} per doubling${head.reliable ? '' : `; not reliable: ${prose(escapeMarkdownInline(head.reason ?? ''))}`}</sub>`);
  return out.join('\n');
}

function formatValueDelta(a: CurveAnalysis): string {
  return a.proportion ? `${Number((a.gain_per_doubling_threshold * 100).toPrecision(3))} pp` : String(a.gain_per_doubling_threshold);
}

export function renderCurveText(head: CurveAnalysis, base?: CurveAnalysis, cmp?: CurveComparison): string {
  const fv = (v: number) => formatValue(v, head.proportion);
  const out: string[] = [];
  out.push(`learning curve (${head.metric}): ${head.conclusion}`);
  if (cmp) out.push(`against the base: ${cmp.conclusion}`);
  const rows: string[][] = [['size', head.metric, 'fitted', ...(base ? ['base'] : []), 'cost']];
  for (const p of head.points) {
    const f = head.curve.length ? fittedValueAt(head, p.train_size) : null;
    const b = base ? curveValueAt(base, p.train_size) : null;
    rows.push([
      formatSize(p.train_size),
      fv(p.value),
      f === null ? '-' : fv(f),
      ...(base ? [b === null ? '-' : fv(b)] : []),
      p.cost === undefined ? '-' : formatCost(p.cost, head.cost_unit),
    ]);
  }
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => r[j]!.length)));
  for (const r of rows) out.push('  ' + r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '));
  const fam = head.families
    .map((f) => `${f.name} ${f.holdout_error === null ? '-' : formatValue(f.holdout_error, head.proportion)}`)
    .join(', ');
  if (fam) out.push(`  model: ${head.family}; held-out error: ${fam}; last value ${head.last_value_holdout_error === null ? '-' : formatValue(head.last_value_holdout_error, head.proportion)}`);
  return out.join('\n');
}
