/**
 * Markdown (PR comment / job summary) and terminal renderings of a learning-curve analysis.
 * Every string of the analysis can come from an untrusted file: the metric name and cost unit directly, the
 * conclusions and reasons because they quote them, and in publish/aggregate mode all of them, family included,
 * are read from a result JSON another workflow wrote. Each goes through escapeMarkdownInline exactly once (twice
 * would show `&amp;#126;`), escapeMermaidString inside the chart, escapeLog in the terminal.
 */
import { escapeLog, escapeMarkdownInline } from '../kernel/escape.js';
import { curveValueAt, fittedValueAt, measuredValueAt } from './compare.js';
import { formatCost, formatDelta, formatSize, formatValue } from './format.js';
import type { CurveAnalysis, CurveComparison } from '../kernel/curve-types.js';

/** Text for a Mermaid quoted string: no quotes, brackets or newlines, which would end the token. */
export function escapeMermaidString(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/["`[\]{}<>;#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Conclusions quote metric names and cost units (each up to 200 characters) around our own sentences. */
const PROSE_MAX = 1000;

function prose(s: string): string {
  return escapeMarkdownInline(s, PROSE_MAX);
}

/** The conclusion under a heading that already says "learning curve": "not reliable: …", not "… learning curve not reliable: …". */
export function curveConclusion(conclusion: string): string {
  return conclusion.replace(/^learning curve (?=not reliable)/, '');
}

const MAX_CATEGORIES = 12;

/**
 * The categories are drawn equally spaced, so they must be log-spaced for the axis to be the log axis the title
 * says: the measured sizes when there are few and they are (steps in log size within 2.5x of each other: a last
 * step to the full set is often shorter), else a log grid over their range.
 */
export function chartSizes(curves: CurveAnalysis[]): number[] {
  const all = [...new Set(curves.flatMap((c) => c.points.map((p) => p.train_size)))].sort((a, b) => a - b);
  if (all.length === 0) return [];
  let sizes = all;
  const steps = all.slice(1).map((n, i) => Math.log(n / all[i]!));
  const even = steps.length === 0 || Math.max(...steps) <= 2.5 * Math.min(...steps);
  if (all.length > MAX_CATEGORIES || !even) {
    const lo = all[0]!,
      hi = all[all.length - 1]!,
      k = MAX_CATEGORIES - 1;
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

/**
 * Whether the fitted curve is worth drawing: with fewer than 4 points a family with as many parameters as
 * points only interpolates them (the analysis calls such a curve not reliable anyway).
 */
function showsFit(a: CurveAnalysis): boolean {
  return a.curve.length > 0 && a.points.length >= 4;
}

/**
 * Chart values: percentages with one decimal (two below 10 %, where a tenth of a point is a large share of an
 * error rate; the table keeps one), other metrics with 4 significant digits: 88.3, not 88.3198.
 */
function num(v: number, percent: boolean): string {
  return String(Number(percent ? v.toFixed(Math.abs(v) < 10 && v !== 0 ? 2 : 1) : v.toPrecision(4)));
}

/** Axis bounds rounded outward to half a power of ten of the range: 88.5 --> 92, not 88.6398 --> 91.7624. */
export function niceBounds(lo: number, hi: number): [number, number] {
  const range = hi - lo;
  if (!(range > 0)) return [lo, hi];
  const step = 10 ** Math.floor(Math.log10(range)) / 2;
  const round = (x: number) => Number(x.toPrecision(12));
  return [round(Math.floor(lo / step) * step), round(Math.ceil(hi / step) * step)];
}

interface ChartData {
  sizes: number[];
  series: Array<{ name: string; values: number[] }>;
  /** Base series left out because they do not reach over the PR's measured sizes (named in the note). */
  dropped: string[];
}

/**
 * The chart's categories and series. The categories span the PR's measured sizes (the chart is about the PR and
 * its training size); the base is drawn against them. xychart-beta has no gaps, so a series must have a value at
 * every category: a measured series inside its measured sizes, a fitted one on its fitted grid (measured values
 * below it). A base series that does not reach over the PR's sizes is left out and named.
 */
function chartData(head: CurveAnalysis, base?: CurveAnalysis): ChartData | null {
  const sizes = chartSizes([head]);
  if (sizes.length < 2) return null;
  const pr = base ? 'PR ' : '';
  // A measured series stays inside its measured sizes (no fitted value drawn as "measured").
  const defs: Array<{ name: string; f: (n: number) => number | null }> = [
    { name: `${pr}measured`, f: (n) => measuredValueAt(head, n) },
  ];
  if (showsFit(head)) defs.push({ name: `${pr}fitted`, f: (n) => fittedValueAt(head, n) ?? curveValueAt(head, n) });
  if (base) {
    defs.push({ name: 'base measured', f: (n) => measuredValueAt(base, n) });
    if (showsFit(base)) defs.push({ name: 'base fitted', f: (n) => fittedValueAt(base, n) ?? curveValueAt(base, n) });
  }
  const ok = (v: number | null): v is number => v !== null && Number.isFinite(v);
  const scale = head.proportion ? 100 : 1;
  const drawn = defs.map((d) => ({ name: d.name, raw: sizes.map(d.f) }));
  const series = drawn
    .filter((s) => s.raw.every(ok))
    .map((s) => ({ name: s.name, values: (s.raw as number[]).map((v) => v * scale) }));
  const dropped = drawn.filter((s) => !s.raw.every(ok)).map((s) => s.name);
  return series.length ? { sizes, series, dropped } : null;
}

/**
 * Mermaid xychart-beta: categorical x-axis at log-spaced sizes; series for the PR (measured, fitted) and the
 * base (measured, fitted). Every series has one value per category: measured values are interpolated on log
 * size between measured points and taken from the fit outside the measured range.
 */
export function renderCurveMermaid(head: CurveAnalysis, base?: CurveAnalysis): string | null {
  return renderChart(head, chartData(head, base));
}

function renderChart(head: CurveAnalysis, data: ChartData | null): string | null {
  if (!data) return null;
  const { sizes, series } = data;
  if (series.length === 0) return null;
  const all = series.flatMap((s) => s.values);
  let lo = Math.min(...all),
    hi = Math.max(...all);
  const pad = Math.max((hi - lo) * 0.1, Math.abs(hi) * 1e-3, 1e-6);
  lo -= pad;
  hi += pad;
  [lo, hi] = niceBounds(lo, hi);
  if (head.proportion) {
    lo = Math.max(0, lo);
    hi = Math.min(100, hi);
  }
  const metric = escapeMermaidString(head.metric) || 'metric';
  const lines = [
    'xychart-beta',
    `  title "${metric} vs training size (log scale)"`,
    `  x-axis "training examples" [${sizes.map((n) => `"${formatSize(n)}"`).join(', ')}]`,
    `  y-axis "${metric}${head.proportion ? ' (%)' : ''}" ${lo} --> ${hi}`,
    ...series.map((s) => `  line "${s.name}" [${s.values.map((v) => num(v, head.proportion)).join(', ')}]`),
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

/** The legend note: exactly the series drawn, in order, and which base series could not be drawn over the PR's sizes. */
function seriesNote(data: ChartData, base?: CurveAnalysis): string {
  const names = data.series.map((s, i) => `${i + 1}. ${s.name}`).join(', ');
  const range = (a: CurveAnalysis) =>
    `${formatSize(a.points[0]!.train_size)}\u2013${formatSize(a.points[a.points.length - 1]!.train_size)}`;
  const left =
    data.dropped.length && base?.points.length
      ? ` Not drawn: ${data.dropped.join(', ')} (the base is measured at ${range(base)}, the chart spans the PR’s sizes).`
      : '';
  return `Series in order: ${names}.${left}`;
}

export function renderCurveMarkdown(head: CurveAnalysis, base?: CurveAnalysis, cmp?: CurveComparison): string {
  const metric = escapeMarkdownInline(head.metric);
  const out: string[] = [];
  out.push(`**Learning curve (${metric})**: ${prose(curveConclusion(head.conclusion))}`);
  if (cmp) out.push('', `**Against the base**: ${prose(cmp.conclusion)}`);
  const data = chartData(head, base);
  const chart = renderChart(head, data);
  if (chart && data) {
    out.push('', '```mermaid', chart, '```');
    const fitNote = data.series.some((s) => s.name.endsWith('fitted'))
      ? 'measured values are interpolated between measured sizes; fitted series show measured values below the fitted range'
      : 'values are interpolated between measured sizes';
    out.push('', `<sub>${seriesNote(data, base)} Log-spaced sizes; ${fitNote}.</sub>`);
  }
  // Compact table of the points.
  const fv = (v: number) => formatValue(v, head.proportion);
  const hasCost = head.points.some((p) => p.cost !== undefined);
  const cost = costColumn(head);
  const hasStd = head.points.some((p) => p.std !== undefined);
  const pr = base ? 'PR ' : '';
  const fitted = showsFit(head);
  const header = [
    'training size',
    `${pr}${metric}`,
    ...(fitted ? [`${pr}fitted`] : []),
    ...(base ? [`base ${metric}`] : []),
    ...(hasStd ? ['std'] : []),
    ...(hasCost ? [`cost (${escapeMarkdownInline(cost.unit)})`] : []),
  ];
  out.push('', `| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const i of compactPoints(head)) {
    const p = head.points[i]!;
    const b = base ? curveValueAt(base, p.train_size) : null;
    const inBase =
      base &&
      base.points.length &&
      p.train_size >= base.points[0]!.train_size &&
      p.train_size <= base.points[base.points.length - 1]!.train_size;
    const f = fitted ? fittedValueAt(head, p.train_size) : null;
    const row = [
      formatSize(p.train_size) + (p.train_size === head.current_size ? ' (current)' : ''),
      fv(p.value),
      ...(fitted ? [f === null ? '' : fv(f)] : []),
      ...(base ? [b !== null && inBase ? fv(b) : ''] : []),
      ...(hasStd ? [p.std === undefined ? '' : fv(p.std)] : []),
      ...(hasCost ? [p.cost === undefined ? '' : cost.format(p.cost)] : []),
    ];
    out.push(`| ${row.join(' | ')} |`);
  }
  const model = head.family && showsFit(head) ? `model: ${escapeMarkdownInline(head.family)}` : 'no model fitted';
  const rec = head.recommended_size !== null ? `; recommended size ~${formatSize(head.recommended_size)}` : '';
  out.push(
    '',
    `<sub>${model}${rec}; threshold ${formatValueDelta(head)} per doubling${head.reliable ? '' : `; not reliable: ${prose(head.reason ?? '')}`}</sub>`,
  );
  return out.join('\n');
}

/**
 * One unit for a whole cost column: seconds when every cost is under 0.05 h (as formatCost would show each), so a
 * column does not switch between CPU-s and CPU-h from row to row, nor print 0.000003 h.
 */
function costColumn(a: CurveAnalysis): { unit: string; format: (c: number) => string } {
  const costs = a.points.map((p) => p.cost).filter((c): c is number => c !== undefined);
  const seconds = /-h$/.test(a.cost_unit) && costs.length > 0 && costs.every((c) => Math.abs(c) < 0.05);
  const unit = seconds ? a.cost_unit.replace(/-h$/, '-s') : a.cost_unit;
  return { unit, format: (c) => formatCost(seconds ? c * 3600 : c, 'x').replace(/ x$/, '') };
}

function formatValueDelta(a: CurveAnalysis): string {
  return a.proportion
    ? `${Number((a.gain_per_doubling_threshold * 100).toPrecision(3))} pp`
    : String(a.gain_per_doubling_threshold);
}

export function renderCurveText(head: CurveAnalysis, base?: CurveAnalysis, cmp?: CurveComparison): string {
  const fv = (v: number) => formatValue(v, head.proportion);
  // Terminal lines: a name or unit from the file must not start a line of its own (a `::warning` workflow command).
  const cost = costColumn(head);
  const metric = escapeLog(head.metric, 60),
    unit = escapeLog(cost.unit, 20);
  const out: string[] = [];
  out.push(`learning curve (${metric}): ${escapeLog(curveConclusion(head.conclusion), PROSE_MAX)}`);
  if (cmp) out.push(`against the base: ${escapeLog(cmp.conclusion, PROSE_MAX)}`);
  const rows: string[][] = [['size', metric, 'fitted', ...(base ? ['base'] : []), `cost (${unit})`]];
  for (const p of head.points) {
    const f = showsFit(head) ? fittedValueAt(head, p.train_size) : null;
    const b = base ? curveValueAt(base, p.train_size) : null;
    rows.push([
      formatSize(p.train_size),
      fv(p.value),
      f === null ? '-' : fv(f),
      ...(base ? [b === null ? '-' : fv(b)] : []),
      p.cost === undefined ? '-' : cost.format(p.cost),
    ]);
  }
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => r[j]!.length)));
  for (const r of rows)
    out.push('  ' + r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '));
  const fam = head.families
    .map(
      (f) =>
        `${escapeLog(f.name, 20)} ${f.holdout_error === null ? '-' : formatDelta(f.holdout_error, head.proportion, false)}`,
    )
    .join(', ');
  if (fam && showsFit(head))
    out.push(
      `  model: ${escapeLog(head.family ?? '', 60)}; held-out error: ${fam}; last value ${head.last_value_holdout_error === null ? '-' : formatDelta(head.last_value_holdout_error, head.proportion, false)}`,
    );
  return out.join('\n');
}
