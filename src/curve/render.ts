/**
 * Markdown (PR comment / job summary) and terminal renderings of a learning-curve analysis.
 * Every string of the analysis can come from an untrusted file: the metric name and cost unit directly, the
 * conclusions and reasons because they quote them, and in publish/aggregate mode all of them, family included,
 * are read from a result JSON another workflow wrote. Each goes through escapeMarkdownInline exactly once (twice
 * would show `&amp;#126;`), escapeMermaidString inside the chart, escapeLog in the terminal.
 */
import { escapeMarkdownInline } from '../kernel/escape.js';
import { curveValueAt, fittedValueAt, measuredValueAt } from './compare.js';
import { formatCost, formatSize, formatValue } from './format.js';
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
export const PROSE_MAX = 1000;

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
export function showsFit(a: CurveAnalysis): boolean {
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
  /** Fitted series left out because they draw the measured values exactly. */
  same: string[];
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
  return series.length ? { sizes, ...withoutDuplicates(series, head.proportion), dropped } : null;
}

/**
 * A fitted series that draws exactly the measured values (as the chart shows them) is one line drawn twice, the
 * second hiding the first: it is left out and the legend says the fit follows the measurements.
 */
function withoutDuplicates(series: ChartData['series'], percent: boolean): Pick<ChartData, 'series' | 'same'> {
  const shown = (v: number[]) => v.map((x) => num(x, percent)).join(',');
  const same: string[] = [];
  const kept = series.filter((s) => {
    const measured = series.find((m) => m.name === s.name.replace(/fitted$/, 'measured') && m !== s);
    const dup = s.name.endsWith('fitted') && measured !== undefined && shown(measured.values) === shown(s.values);
    if (dup) same.push(s.name);
    return !dup;
  });
  return { series: kept, same };
}

/**
 * Each series' colour, the same in every chart: ≥ 3:1 contrast on white and on GitHub's dark background
 * (#0d1117), so a line is visible in both themes (Mermaid's default palette starts with #ECECFF, invisible on
 * white). Named colours, not `#rrggbb`: a `#1…` next to text reads as an issue reference. The legend shows the
 * square of the nearest colour.
 */
const SERIES_STYLE: Record<string, { colour: string; square: string }> = {
  measured: { colour: 'royalblue', square: '🟦' },
  fitted: { colour: 'chocolate', square: '🟧' },
  'base measured': { colour: 'mediumvioletred', square: '🟪' },
  'base fitted': { colour: 'seagreen', square: '🟩' },
};

export function seriesStyle(name: string): { colour: string; square: string } {
  return SERIES_STYLE[name.replace(/^PR /, '')] ?? SERIES_STYLE.measured!;
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
  // The palette in the block's own config: GitHub draws the chart with its theme, and these colours on top.
  const palette = series.map((s) => seriesStyle(s.name).colour).join(', ');
  const lines = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
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

/** The legend: each series drawn with its colour, in order, and which series were left out and why. */
function seriesNote(data: ChartData, base?: CurveAnalysis): string {
  const names = data.series.map((s) => `${seriesStyle(s.name).square} ${s.name}`).join(' · ');
  const range = (a: CurveAnalysis) =>
    `${formatSize(a.points[0]!.train_size)}\u2013${formatSize(a.points[a.points.length - 1]!.train_size)}`;
  const same = data.same.length ? ` The ${data.same.join(' and ')} curve equals the measured values here.` : '';
  const left =
    data.dropped.length && base?.points.length
      ? ` Not drawn: ${data.dropped.join(', ')} (the base is measured at ${range(base)}, the chart spans the PR’s sizes).`
      : '';
  return `Lines: ${names}.${same}${left}`;
}

/** The chart, in the block's Mermaid fence, and its legend line. */
function chartLines(head: CurveAnalysis, base?: CurveAnalysis): string[] {
  const data = chartData(head, base);
  const chart = renderChart(head, data);
  if (!chart || !data) return [];
  const fitNote = data.series.some((s) => s.name.endsWith('fitted'))
    ? 'measured values are interpolated between measured sizes; fitted series show measured values below the fitted range'
    : 'values are interpolated between measured sizes';
  return ['', '```mermaid', chart, '```', '', `<sub>${seriesNote(data, base)} Log-spaced sizes; ${fitNote}.</sub>`];
}

/** Whether a size lies inside the base's measured range (the base column is empty outside it). */
function inBaseRange(base: CurveAnalysis | undefined, n: number): boolean {
  const pts = base?.points ?? [];
  return pts.length > 0 && n >= pts[0]!.train_size && n <= pts[pts.length - 1]!.train_size;
}

/** The compact table of the points: size, PR value, PR fit, base value, spread, cost (columns when known). */
function pointsTable(head: CurveAnalysis, base?: CurveAnalysis): string[] {
  const metric = escapeMarkdownInline(head.metric);
  const fv = (v: number) => formatValue(v, head.proportion);
  const cost = costColumn(head);
  const has = {
    cost: head.points.some((p) => p.cost !== undefined),
    std: head.points.some((p) => p.std !== undefined),
    fit: showsFit(head),
    base: base !== undefined,
  };
  const pr = has.base ? 'PR ' : '';
  const header = [
    'training size',
    `${pr}${metric}`,
    ...(has.fit ? [`${pr}fitted`] : []),
    ...(has.base ? [`base ${metric}`] : []),
    ...(has.std ? ['std'] : []),
    ...(has.cost ? [`cost (${escapeMarkdownInline(cost.unit)})`] : []),
  ];
  const rows = compactPoints(head).map((i) => {
    const p = head.points[i]!;
    const b = base && inBaseRange(base, p.train_size) ? curveValueAt(base, p.train_size) : null;
    const f = has.fit ? fittedValueAt(head, p.train_size) : null;
    const row = [
      formatSize(p.train_size) + (p.train_size === head.current_size ? ' (current)' : ''),
      fv(p.value),
      ...(has.fit ? [f === null ? '' : fv(f)] : []),
      ...(has.base ? [b === null ? '' : fv(b)] : []),
      ...(has.std ? [p.std === undefined ? '' : fv(p.std)] : []),
      ...(has.cost ? [p.cost === undefined ? '' : cost.format(p.cost)] : []),
    ];
    return `| ${row.join(' | ')} |`;
  });
  const rule = `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return ['', `| ${header.join(' | ')} |`, rule, ...rows];
}

export function renderCurveMarkdown(head: CurveAnalysis, base?: CurveAnalysis, cmp?: CurveComparison): string {
  const metric = escapeMarkdownInline(head.metric);
  const out: string[] = [`**Learning curve (${metric})**: ${prose(curveConclusion(head.conclusion))}`];
  if (cmp) out.push('', `**Against the base**: ${prose(cmp.conclusion)}`);
  out.push(...chartLines(head, base), ...pointsTable(head, base));
  const model = head.family && showsFit(head) ? `model: ${escapeMarkdownInline(head.family)}` : 'no model fitted';
  const rec = head.recommended_size !== null ? `; recommended size ~${formatSize(head.recommended_size)}` : '';
  const unreliable = head.reliable ? '' : `; not reliable: ${prose(head.reason ?? '')}`;
  out.push('', `<sub>${model}${rec}; threshold ${formatValueDelta(head)} per doubling${unreliable}</sub>`);
  return out.join('\n');
}

/**
 * One unit for a whole cost column: seconds when every cost is under 0.05 h (as formatCost would show each), so a
 * column does not switch between CPU-s and CPU-h from row to row, nor print 0.000003 h.
 */
export function costColumn(a: CurveAnalysis): { unit: string; format: (c: number) => string } {
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
