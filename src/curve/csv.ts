/**
 * Learning-curve points from CSV text (the shape a scikit-learn learning-curve run is easily saved to):
 * columns `train_size`, the metric, optional `std` (or `<metric>_std`) and an optional cost column
 * (`train_cpu_hours`, `train_gpu_hours`, `train_cpu_seconds`, `train_gpu_seconds` or `cost`).
 * Comma, semicolon or tab separated; CRLF; a BOM; blank lines and `#` comment lines are skipped.
 */
import { clipName, InputError } from '../kernel/errors.js';
import type { CurvePoint } from '../kernel/curve-types.js';
import { splitCsv } from '../kernel/csv-row.js';
import { describeColumns } from '../kernel/quote.js';

export interface CurveCsv {
  points: CurvePoint[];
  /** Unit of the cost column ('CPU-h', 'GPU-h' or 'cost'); null without one. Seconds are converted to hours. */
  cost_unit: string | null;
}

const SIZE_COLUMNS = ['train_size', 'train_sizes', 'n_train', 'size', 'n'];
const COST_COLUMNS: Array<[string, string, number]> = [
  ['train_cpu_hours', 'CPU-h', 1],
  ['train_gpu_hours', 'GPU-h', 1],
  ['train_cpu_seconds', 'CPU-h', 1 / 3600],
  ['train_gpu_seconds', 'GPU-h', 1 / 3600],
  ['cost', 'cost', 1],
];

function parseNumber(s: string): number {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return NaN;
  return Number(s);
}

export function parseCurveCsvDetailed(text: string, file: string, metric: string): CurveCsv {
  const table = splitCsv(text, file, 'empty learning-curve CSV (expected a header row with train_size and the metric)');
  const header = table.header.map((c) => c.toLowerCase());
  const find = (names: string[]) => {
    for (const n of names) {
      const i = header.indexOf(n.toLowerCase());
      if (i >= 0) return i;
    }
    return -1;
  };
  const at = { file, line: table.headerLine };
  const iSize = find(SIZE_COLUMNS);
  if (iSize < 0) throw new InputError(`no train_size column (found ${describeColumns(header)})`, at);
  const m = metric.toLowerCase();
  const iMetric = find([m]);
  if (iMetric < 0)
    throw new InputError(`no column for the metric "${clipName(metric)}" (found ${describeColumns(header)})`, at);
  const iStd = find([`${m}_std`, `std_${m}`, 'std']);
  let iCost = -1,
    costUnit: string | null = null,
    costScale = 1;
  for (const [name, unit, scale] of COST_COLUMNS) {
    const i = header.indexOf(name);
    if (i >= 0) {
      iCost = i;
      costUnit = unit;
      costScale = scale;
      break;
    }
  }
  const points: CurvePoint[] = [];
  for (const { cells, line } of table.rows) {
    const where = { file, line };
    const size = parseNumber(cells[iSize]!);
    if (!(size > 0) || !Number.isFinite(size))
      throw new InputError('expected a positive number', { ...where, field: 'train_size' });
    const value = parseNumber(cells[iMetric]!);
    if (!Number.isFinite(value))
      throw new InputError('expected a finite number', { ...where, field: clipName(header[iMetric]!) });
    const p: CurvePoint = { train_size: size, value };
    if (iStd >= 0 && cells[iStd] !== '') {
      const s = parseNumber(cells[iStd]!);
      if (!(s >= 0)) throw new InputError('expected a non-negative number', { ...where, field: 'std' });
      p.std = s;
    }
    if (iCost >= 0 && cells[iCost] !== '') {
      const c = parseNumber(cells[iCost]!);
      if (!(c >= 0))
        throw new InputError('expected a non-negative number', { ...where, field: clipName(header[iCost]!) });
      p.cost = c * costScale;
    }
    points.push(p);
  }
  if (points.length === 0) throw new InputError('the learning-curve CSV has a header but no rows', at);
  return { points, cost_unit: costUnit };
}

export function parseCurveCsv(text: string, file: string, metric: string): CurvePoint[] {
  return parseCurveCsvDetailed(text, file, metric).points;
}
