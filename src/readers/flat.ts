/**
 * Flat metrics a script wrote itself: a JSON/YAML mapping of names to numbers (nested keys joined with dots,
 * like DVC), or a CSV either of `name,value` rows or of one column per metric (the last row is the result,
 * so an appended per-epoch log works as-is).
 */
import { InputError } from '../kernel/errors.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { flattenNumbers, NON_FINITE, parseNumberText, type RawMetric, type ReaderOutput } from './common.js';
import { splitCsv } from '../kernel/csv-row.js';
import { finish, singleFileReader } from './reader.js';
import { looksLikeSklearnCurve, parseSklearnCurveCsv } from './sklearn-curve.js';

export function parseFlatJson(text: string, file: string): ReaderOutput {
  const doc = parseYamlOrJson(text, file);
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new InputError('expected a mapping of metric names to numbers', { file, line: 1, column: 1 });
  }
  return { reader: 'json', file, metrics: flattenNumbers(doc.value, file, doc.positions, { sep: '.' }) };
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
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
        value: parseNumberText(row.cells[1]!, { file, line: row.line, field: name }),
        line: row.line,
        column: 1,
      });
    }
    return { reader: 'csv', file, metrics };
  }
  const last = t.rows[t.rows.length - 1];
  if (!last) throw new InputError('the CSV has a header but no rows', { file, line: t.headerLine });
  t.header.forEach((name, i) => {
    const cell = last.cells[i]!;
    // Non-numeric columns (a run id, a date) are labels, not metrics.
    if (cell === '' || !(NUMBER.test(cell) || NON_FINITE.test(cell))) return;
    metrics.push({
      name,
      value: parseNumberText(cell, { file, line: last.line, field: name }),
      line: last.line,
      column: 1,
    });
  });
  return { reader: 'csv', file, metrics };
}

export const jsonReader = singleFileReader('json', (text, label, naming) => finish(parseFlatJson(text, label), naming));

/** A learning-curve CSV is recognised by its columns, so `reports: eval/*.csv` needs no prefix. */
export const csvReader = singleFileReader('csv', (text, label, naming) =>
  finish(
    looksLikeSklearnCurve(splitCsv(text, label).header)
      ? parseSklearnCurveCsv(text, label)
      : parseMetricsCsv(text, label),
    naming,
  ),
);
