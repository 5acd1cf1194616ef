/**
 * The one learning-curve CSV parser (used by `compare`'s readers, `mlgate curve` and the `learning_curve.file`
 * enricher). It reads mlgate's own layout and the three ways a scikit-learn `learning_curve` run is usually
 * saved (followed: scikit-learn 1.2–1.6 `learning_curve`, which returns `train_sizes_abs`, `train_scores` and
 * `test_scores` with one column per CV fold):
 * - means and standard deviations (`train_sizes,…,test_scores_mean,test_scores_std`, pandas `index=False`);
 * - one column per fold: named (`test_score_fold0`, `split0_test_score`) or, from
 *   `pd.DataFrame(test_scores, index=train_sizes).to_csv()`, an unnamed index column and columns `0`…`k`;
 * - `np.savetxt(…, header="train_sizes,test_mean,test_std")`, whose header is a `# ` comment line.
 * Per-fold scores become their mean and numpy's default (ddof=0) standard deviation, which is what
 * `test_scores.std(axis=1)` in scikit-learn's examples gives. Optional cost column; comma, semicolon or tab.
 */
import { clipName, InputError } from '../kernel/errors.js';
import type { CurvePoint } from '../kernel/curve-types.js';
import { splitCsv, type CsvTable } from '../kernel/csv-row.js';
import { describeColumns } from '../kernel/quote.js';
import { UNDERFLOW_MESSAGE, underflowsToZero } from '../kernel/number-text.js';

export interface CurveCsv {
  points: CurvePoint[];
  /** Unit of the cost column ('CPU-h', 'GPU-h' or 'cost'); null without one. Seconds are converted to hours. */
  cost_unit: string | null;
  /** The line of each point in the file. */
  lines: number[];
}

const SIZE = /^(train_sizes?(_abs)?|n_train|n_samples|size|n)$/;
const MEAN = /^(test|val|validation|cv)(_scores?)?_mean$|^(test|val|validation|cv)_scores?$|^mean_test_score$/;
const STD = /^(test|val|validation|cv)(_scores?)?_std$|^std_test_score$/;
const FOLD = /^(test_scores?_fold_?\d+|split\d+_test_score|test_scores?_\d+|fold_?\d+|\d+)$/;
const COST_COLUMNS: Array<[string, string, number]> = [
  ['train_cpu_hours', 'CPU-h', 1],
  ['train_gpu_hours', 'GPU-h', 1],
  ['train_cpu_seconds', 'CPU-h', 1 / 3600],
  ['train_gpu_seconds', 'GPU-h', 1 / 3600],
  ['cost', 'cost', 1],
];
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** np.savetxt's header is a comment line (`# a,b`): it is the header when the next line is all numbers. */
function uncommentHeader(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const h = lines.findIndex((l) => l.trim() !== '');
  if (h < 0 || !/^#\s*\S/.test(lines[h]!)) return text;
  const next = lines.slice(h + 1).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const cells = next?.split(/[,;\t]/).map((c) => c.trim());
  if (!cells?.every((c) => NUMBER.test(c))) return text;
  lines[h] = lines[h]!.replace(/^#\s*/, '');
  return lines.join('\n');
}

/** Which columns hold what; -1 where absent. */
interface Columns {
  size: number;
  value: number;
  std: number;
  folds: number[];
  cost: number;
  costUnit: string | null;
  costScale: number;
}

function findColumns(t: CsvTable, file: string, metric: string | undefined): Columns {
  const header = t.header.map((c) => c.toLowerCase());
  const at = { file, line: t.headerLine };
  const first = (test: (c: string) => boolean) => header.findIndex(test);
  // pandas writes the index column with an empty name: the train sizes of `index=train_sizes`.
  const size = header[0] === '' ? 0 : first((c) => SIZE.test(c));
  if (size < 0) throw new InputError(`no train_size column (found ${describeColumns(header)})`, at);
  const m = metric?.toLowerCase();
  const named = m === undefined ? -1 : header.indexOf(m);
  const value = named >= 0 ? named : first((c) => MEAN.test(c));
  const folds = value >= 0 ? [] : header.map((c, i) => (i !== size && FOLD.test(c) ? i : -1)).filter((i) => i >= 0);
  if (value < 0 && folds.length === 0) {
    const what =
      metric === undefined
        ? 'no test_scores_mean column and no per-fold score columns'
        : `no column for the metric "${clipName(metric)}"`;
    throw new InputError(`${what} (found ${describeColumns(header)})`, at);
  }
  const stdNames = [...(m ? [`${m}_std`, `std_${m}`] : []), 'std'];
  const std =
    value < 0
      ? -1
      : Math.max(
          first((c) => stdNames.includes(c)),
          named >= 0 ? -1 : first((c) => STD.test(c)),
        );
  const [costName, costUnit, costScale] = COST_COLUMNS.find(([n]) => header.includes(n)) ?? [null, null, 1];
  return { size, value, std, folds, cost: costName ? header.indexOf(costName) : -1, costUnit, costScale };
}

function cellNumber(t: CsvTable, cells: string[], i: number, where: { file: string; line: number }): number {
  const s = cells[i]!;
  const n = NUMBER.test(s) ? Number(s) : NaN;
  if (!Number.isFinite(n)) {
    const why = /^[-+]?(nan|inf)/i.test(s)
      ? " (a NaN score is a fit that failed: see learning_curve's error_score)"
      : '';
    throw new InputError(`expected a finite number${why}`, {
      ...where,
      field: clipName(t.header[i]!.toLowerCase() || 'index'),
    });
  }
  if (underflowsToZero(s, n)) throw new InputError(UNDERFLOW_MESSAGE, { ...where, field: clipName(t.header[i]!) });
  return n;
}

function pointOf(t: CsvTable, c: Columns, cells: string[], where: { file: string; line: number }): CurvePoint {
  const raw = cells[c.size]!;
  const size = NUMBER.test(raw) ? Number(raw) : NaN;
  if (!(size > 0) || !Number.isFinite(size))
    throw new InputError('expected a positive number', { ...where, field: 'train_size' });
  let p: CurvePoint;
  if (c.value >= 0) {
    p = { train_size: size, value: cellNumber(t, cells, c.value, where) };
    if (c.std >= 0 && cells[c.std] !== '') {
      const s = cellNumber(t, cells, c.std, where);
      if (!(s >= 0)) throw new InputError('expected a non-negative number', { ...where, field: 'std' });
      p.std = s;
    }
  } else {
    const xs = c.folds.map((i) => cellNumber(t, cells, i, where));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    p = { train_size: size, value: mean, std: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) };
  }
  if (c.cost >= 0 && cells[c.cost] !== '') {
    const cost = cellNumber(t, cells, c.cost, where);
    if (!(cost >= 0))
      throw new InputError('expected a non-negative number', { ...where, field: clipName(t.header[c.cost]!) });
    p.cost = cost * c.costScale;
  }
  return p;
}

/** The points of a curve CSV. `metric` names the value column; without it (or absent) scikit-learn's are used. */
export function parseCurveCsvDetailed(text: string, file: string, metric?: string): CurveCsv {
  const t = splitCsv(
    uncommentHeader(text),
    file,
    'empty learning-curve CSV (expected a header row with train_size and the metric)',
  );
  const c = findColumns(t, file, metric);
  const points = t.rows.map(({ cells, line }) => pointOf(t, c, cells, { file, line }));
  if (points.length === 0)
    throw new InputError('the learning-curve CSV has a header but no rows', { file, line: t.headerLine });
  return { points, cost_unit: c.costUnit, lines: t.rows.map((r) => r.line) };
}

export function parseCurveCsv(text: string, file: string, metric?: string): CurvePoint[] {
  return parseCurveCsvDetailed(text, file, metric).points;
}

/** True when a CSV is a learning curve (a size column and scores), so `reports: eval/*.csv` needs no prefix. */
export function looksLikeCurveCsv(text: string, file: string): boolean {
  try {
    findColumns(splitCsv(uncommentHeader(text), file), file, undefined);
    return true;
  } catch {
    return false;
  }
}
