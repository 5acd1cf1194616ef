/**
 * Flat metrics a script wrote itself: a JSON/YAML mapping of names to numbers (nested keys joined with dots,
 * like DVC), or a CSV either of `name,value` rows or of one column per metric, one row per logged step: each
 * column's last value is the result, so an appended per-epoch log works as-is, and so does a sparse log whose
 * rows each fill only some columns (Lightning's CSVLogger, Keras' `NA`).
 */
import { InputError } from '../kernel/errors.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { flattenNumbers, isNumberCell, parseMetricText, type RawMetric, type ReaderOutput } from './common.js';
import { splitCsv, type CsvTable } from '../kernel/csv-row.js';
import { finish, singleFileReader } from './reader.js';
import { looksLikeCurveCsv } from './curve-csv.js';
import { parseSklearnCurveCsv } from './sklearn-curve.js';

export function parseFlatJson(text: string, file: string): ReaderOutput {
  const doc = parseYamlOrJson(text, file, { nonFinite: 'number' });
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new InputError('expected a mapping of metric names to numbers', { file, line: 1, column: 1 });
  }
  return { reader: 'json', file, metrics: flattenNumbers(doc.value, doc.positions, { sep: '.' }) };
}

const NAME_COLUMNS = ['metric', 'name', 'key'];
const VALUE_COLUMNS = ['value', 'score'];

export function parseMetricsCsv(text: string, file: string): ReaderOutput {
  const t = splitCsv(text, file);
  const lower = t.header.map((c) => c.toLowerCase());
  const metrics: RawMetric[] = [];
  if (lower.length === 2 && NAME_COLUMNS.includes(lower[0]!) && VALUE_COLUMNS.includes(lower[1]!)) {
    const seen = new Set<string>();
    for (const row of t.rows) {
      const name = row.cells[0]!;
      if (name === '') throw new InputError('empty metric name', { file, line: row.line });
      if (seen.has(name))
        throw new InputError(`metric "${name.slice(0, 60)}" appears twice; keep one row per metric`, {
          file,
          line: row.line,
        });
      seen.add(name);
      metrics.push({
        name,
        value: parseMetricText(row.cells[1]!, { file, line: row.line, field: name }),
        line: row.line,
        column: 1,
      });
    }
    return { reader: 'csv', file, metrics };
  }
  if (t.rows.length === 0) throw new InputError('the CSV has a header but no rows', { file, line: t.headerLine });
  metrics.push(...lastNumericCells(t, file));
  return { reader: 'csv', file, metrics };
}

export const jsonReader = singleFileReader('json', (text, label, naming) => finish(parseFlatJson(text, label), naming));

/** A learning-curve CSV is recognised by its columns, so `reports: eval/*.csv` needs no prefix. */
export const csvReader = singleFileReader('csv', (text, label, naming) =>
  finish(looksLikeCurveCsv(text, label) ? parseSklearnCurveCsv(text, label) : parseMetricsCsv(text, label), naming),
);

/** Cells a logger writes for "not logged at this row": empty (csv.DictWriter's restval), Keras' `NA`. */
const MISSING = new Set(['', 'NA']);

/**
 * One column per metric: each column's last logged cell, wherever its row (train and validation metrics land on
 * different rows of one log). A column whose last logged cell is text (a run id, a date) is a label, not a metric.
 */
export function lastNumericCells(t: CsvTable, file: string): RawMetric[] {
  const out: RawMetric[] = [];
  t.header.forEach((name, i) => {
    for (let r = t.rows.length - 1; r >= 0; r--) {
      const row = t.rows[r]!;
      const cell = row.cells[i]!;
      if (MISSING.has(cell)) continue;
      if (isNumberCell(cell))
        out.push({
          name,
          value: parseMetricText(cell, { file, line: row.line, field: name }),
          line: row.line,
          column: 1,
        });
      return;
    }
  });
  return out;
}
