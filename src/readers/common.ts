/**
 * What every reader shares: flattening nested metric files, refusing non-finite values, applying the config's
 * `metrics_map` (other tools' names -> mlgate's) and building a `LoadedReport` whose positions point back into
 * the tool's own file, so findings and annotations land on the line the value came from.
 */
import { clipName, InputError } from '../kernel/errors.js';
import { UNDERFLOW_MESSAGE, underflowsToZero } from '../kernel/number-text.js';
import type { LoadedReport, Report } from '../kernel/report-types.js';
import { pointerOf } from '../kernel/safe-parse.js';
import { metricNameProblem } from '../kernel/metric-name.js';

export type ReaderName =
  'mlgate' | 'dvc' | 'dvc-show' | 'mlflow' | 'wandb' | 'hf' | 'lightning' | 'keras' | 'csv' | 'json' | 'sklearn-curve';

/** A metric as read from a tool's file, before renaming. `line`/`column` locate it in `file` when known. */
export interface RawMetric {
  name: string;
  value: number;
  line?: number;
  column?: number;
}

/** What a reader produced before it becomes a report. */
export interface ReaderOutput {
  reader: ReaderName;
  /** The file that positions refer to (a run directory for MLflow). */
  file: string;
  metrics: RawMetric[];
  /** A model name the tool itself knows (an MLflow param or run name); the config's name wins over it. */
  model_hint?: string;
  /** Where `model_hint` came from, for a message refusing it (default: the run's model param or tag). */
  model_hint_from?: string;
  extra?: Partial<Pick<Report, 'eval' | 'cost' | 'data' | 'learning_curve'>>;
}

/** A report has to stay readable: more metrics than this is a tool dump, not a headline set. */
export const MAX_METRICS = 500;

/**
 * Leaves of a nested mapping joined with `sep` (DVC and W&B both show nested keys as `a.b`). A tool's NaN or
 * infinity (Python's json writes a bare `NaN`, which YAML reads as text; dvclive writes `"nan"`) is kept as a
 * non-finite value: the pipeline shows it as diverged and judges it as the worst value, unless metrics_map drops it.
 */
export function flattenNumbers(
  value: unknown,
  positions: Map<string, { line: number; column: number }>,
  opts: { sep: string; skip?: (key: string, value: unknown) => boolean } = { sep: '.' },
): RawMetric[] {
  const out: RawMetric[] = [];
  const walk = (v: unknown, names: string[], path: string[]) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        if (opts.skip?.(k, child)) continue;
        walk(child, [...names, k], [...path, k]);
      }
      return;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' && NON_FINITE.test(v.trim()) ? nonFinite(v) : null;
    if (n === null) return; // Strings, booleans, lists and null are not metrics (DVC ignores them too).
    const pos = positions.get(pointerOf(path));
    out.push({ name: names.join(opts.sep), value: n, ...(pos ? { line: pos.line, column: pos.column } : {}) });
  };
  walk(value, [], []);
  return out;
}

export const NON_FINITE = /^[-+]?(nan|inf|infinity)$/i;

/** `nan`, `-inf`, `Infinity` as the number they stand for. */
function nonFinite(s: string): number {
  const t = s.trim().toLowerCase();
  return t.endsWith('nan') ? NaN : t.startsWith('-') ? -Infinity : Infinity;
}

const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** A number written as text by a tool where only a finite one makes sense (a step, a size, a timestamp). */
export function parseNumberText(raw: string, where: { file: string; line?: number; field?: string }): number {
  const s = raw.trim();
  if (NON_FINITE.test(s)) {
    throw new InputError('NaN and infinite values are not accepted here; write a finite number', where);
  }
  if (!DECIMAL.test(s)) {
    throw new InputError(`expected a number, found ${s === '' ? 'an empty value' : 'text'}`, where);
  }
  const n = Number(s);
  if (underflowsToZero(s, n)) throw new InputError(UNDERFLOW_MESSAGE, where);
  return n;
}

/** A metric's value written as text by a tool (CSV cell, MLflow metric line): `nan`/`inf` are a diverged value. */
export function parseMetricText(raw: string, where: { file: string; line?: number; field?: string }): number {
  return NON_FINITE.test(raw.trim()) ? nonFinite(raw) : parseNumberText(raw, where);
}

/** True for a cell that holds a number (finite or a tool's nan/inf). */
export function isNumberCell(cell: string): boolean {
  return DECIMAL.test(cell) || NON_FINITE.test(cell);
}

/** Whole numbers only: scikit-learn's `test_size` may be a fraction, and only a count is a size. */
function intValue(raw: string | undefined): number | undefined {
  const t = raw?.trim();
  return t && /^\d{1,15}$/.test(t) ? Number(t) : undefined;
}

/**
 * What a run's params or config say about the evaluation (MLflow params, W&B config.yaml): `eval_size`,
 * `test_size` or `n_test` fill `eval.size`; `train_size` or `n_train` fill `data.train_size`; `eval_dataset` or
 * `dataset` fill `eval.dataset`; `model`, `model_name` or `mlgate.model` name the model.
 */
export function paramFacts(params: Record<string, string>): Pick<ReaderOutput, 'extra' | 'model_hint'> {
  const first = (names: string[]) => names.map((n) => params[n]).find((v) => v !== undefined && v.trim() !== '');
  const extra: NonNullable<ReaderOutput['extra']> = {};
  const size = ['eval_size', 'test_size', 'n_test'].map((n) => intValue(params[n])).find((v) => v !== undefined);
  const dataset = first(['eval_dataset', 'dataset']);
  if (size !== undefined || dataset)
    extra.eval = {
      ...(size !== undefined ? { size } : {}),
      ...(dataset ? { dataset: dataset.trim().slice(0, 200) } : {}),
    };
  const train = ['train_size', 'n_train'].map((n) => intValue(params[n])).find((v) => v !== undefined);
  if (train !== undefined) extra.data = { train_size: train };
  const model = first(['model', 'model_name', 'mlgate.model'])?.trim().slice(0, 100);
  return { extra, ...(model ? { model_hint: model } : {}) };
}

const BLOCK_FIELDS: Record<string, readonly string[]> = {
  eval: ['size'],
  cost: ['train_cpu_hours', 'train_gpu_hours', 'train_usd', 'inference_ms_per_1k', 'price_per_1k_predictions'],
  data: ['train_size'],
};

/** Where a metric goes after `metrics_map`: a block field (`eval.size`) or a metric name; null when dropped. */
interface Placement {
  target: string;
  /** `metrics.<name>` or `<block>.<field>`: two metrics landing on the same key collide. */
  key: string;
  block?: { name: string; field: string };
}

type Positions = Map<string, { line: number; column: number }>;

function placementOf(m: RawMetric, metricsMap: Record<string, string | null>): Placement | null {
  const target = Object.prototype.hasOwnProperty.call(metricsMap, m.name) ? metricsMap[m.name] : m.name;
  if (target === null || target === undefined) return null;
  const [block, field, ...rest] = target.split('.');
  const isBlock =
    block !== undefined && field !== undefined && rest.length === 0 && BLOCK_FIELDS[block]?.includes(field);
  return isBlock ? { target, key: target, block: { name: block, field } } : { target, key: `metrics.${target}` };
}

function lineOf(m: RawMetric): { line?: number; column?: number } {
  return m.line !== undefined ? { line: m.line, column: m.column } : {};
}

// Other tools' names were never held to the report schema: `toString` or `__proto__` as a CSV header, a name
// with markup or a line break. The name that becomes the metric's follows the same rule as in mlgate.yaml.
function checkMetricName(m: RawMetric, p: Placement, file: string): void {
  const problem = p.block ? null : metricNameProblem(p.target);
  if (problem === null) return;
  const renamed =
    p.target !== m.name
      ? ` (metrics_map renames "${shownName(m.name)}" to it)`
      : '; rename it with `metrics_map: {old: new}` or drop it with `{old: null}`';
  throw new InputError(`the metric name "${shownName(p.target)}" ${problem}${renamed}`, { file, ...lineOf(m) });
}

function checkCollision(m: RawMetric, p: Placement, origin: Map<string, string>, file: string): void {
  const previous = origin.get(p.key);
  if (previous === undefined) return;
  throw new InputError(
    `both "${clipName(previous, 60)}" and "${clipName(m.name, 60)}" become "${clipName(p.target, 60)}"; map only one of them in metrics_map`,
    { file, field: m.name, ...lineOf(m) },
  );
}

function place(report: Report, positions: Positions, m: RawMetric, p: Placement): void {
  if (p.block) {
    const { name, field } = p.block;
    const holder = ((report as unknown as Record<string, Record<string, number>>)[name] ??= {});
    holder[field] = m.value;
    if (m.line !== undefined) positions.set(`/${name}/${field}`, { line: m.line, column: m.column ?? 1 });
    return;
  }
  Object.defineProperty(report.metrics, p.target, {
    value: m.value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  if (m.line !== undefined) positions.set(pointerOf(['metrics', p.target]), { line: m.line, column: m.column ?? 1 });
}

/** The curve measures the same metric as the headline value: it follows the rename. */
function renameCurveMetric(report: Report, metricsMap: Record<string, string | null>): void {
  const curve = report.learning_curve;
  if (!curve || !Object.prototype.hasOwnProperty.call(metricsMap, curve.metric)) return;
  const to = metricsMap[curve.metric];
  if (typeof to !== 'string' || to === curve.metric) return;
  const from = curve.metric;
  curve.metric = to;
  curve.points = curve.points?.map(({ [from]: v, ...rest }) => (v === undefined ? rest : { ...rest, [to]: v }));
}

function checkMetricCount(report: Report, out: ReaderOutput): void {
  const count = Object.keys(report.metrics).length;
  if (count > MAX_METRICS) {
    throw new InputError(
      `${count} metrics found (the limit is ${MAX_METRICS}); drop bookkeeping values with \`metrics_map: {name: null}\` or write fewer metrics`,
      { file: out.file },
    );
  }
  if (count === 0 && !report.learning_curve) {
    throw new InputError(
      `no numeric metric found in this ${out.reader} file; check that the path points at the metrics the tool wrote`,
      { file: out.file },
    );
  }
}

/**
 * Applies `metrics_map` and builds the report. A map target `eval.size`, `cost.train_gpu_hours`, … moves the
 * value into that block instead of the metrics (so a W&B run can feed the cost line); `null` drops a metric.
 */
export function toLoadedReport(
  out: ReaderOutput,
  model: string,
  metricsMap: Record<string, string | null>,
): LoadedReport {
  const report: Report = { version: 1, model, metrics: {}, ...structuredClone(out.extra ?? {}) };
  const positions: Positions = new Map();
  const origin = new Map<string, string>();
  for (const m of out.metrics) {
    const p = placementOf(m, metricsMap);
    if (p === null) continue;
    checkMetricName(m, p, out.file);
    checkCollision(m, p, origin, out.file);
    origin.set(p.key, m.name);
    place(report, positions, m, p);
  }
  renameCurveMetric(report, metricsMap);
  checkMetricCount(report, out);
  return { report, source: { file: out.file, positions }, reader: out.reader };
}

/** A refused name in a message: clipped, and every character a name may not hold shown as `?` (no markup, no line break). */
function shownName(s: string): string {
  return clipName(s.replace(/[^A-Za-z0-9._/@:-]/g, '?'), 60);
}
