/** Small CSV splitting shared by the CSV readers: comma, semicolon or tab; quoted fields; `#` comment lines. */
import { InputError } from '../core/errors.js';
import { splitCsvRow } from '../core/csv-row.js';

export interface CsvTable {
  header: string[];
  /** Data rows with their 1-based line numbers. */
  rows: Array<{ cells: string[]; line: number }>;
  headerLine: number;
}

const MAX_ROWS = 100_000;

export function splitCsv(text: string, file: string): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let h = 0;
  while (h < lines.length && (lines[h]!.trim() === '' || lines[h]!.trim().startsWith('#'))) h++;
  if (h >= lines.length) throw new InputError('the CSV file has no header row', { file });
  const first = lines[h]!;
  const delim = first.includes(',') ? ',' : first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
  const header = splitCsvRow(first, delim);
  const rows: CsvTable['rows'] = [];
  for (let i = h + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const cells = splitCsvRow(raw, delim);
    if (cells.length !== header.length) throw new InputError(`expected ${header.length} fields, found ${cells.length}`, { file, line: i + 1 });
    rows.push({ cells, line: i + 1 });
    if (rows.length > MAX_ROWS) throw new InputError(`more than ${MAX_ROWS} rows`, { file });
  }
  return { header, rows, headerLine: h + 1 };
}

