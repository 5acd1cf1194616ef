/** Small CSV splitting shared by the CSV readers: comma, semicolon or tab; quoted fields; `#` comment lines. */
import { InputError } from './errors.js';

export interface CsvTable {
  header: string[];
  /** Data rows with their 1-based line numbers. */
  rows: Array<{ cells: string[]; line: number }>;
  headerLine: number;
}

const MAX_ROWS = 100_000;

/**
 * Header and data rows of a small CSV text (BOM, CRLF, blank and `#` lines skipped); the delimiter is the first of
 * comma, tab, semicolon in the header. `noHeader` is the message for a file without a header row.
 */
export function splitCsv(text: string, file: string, noHeader = 'the CSV file has no header row'): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let h = 0;
  while (h < lines.length && (lines[h]!.trim() === '' || lines[h]!.trim().startsWith('#'))) h++;
  if (h >= lines.length) throw new InputError(noHeader, { file });
  const first = lines[h]!;
  const delim = first.includes(',') ? ',' : first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
  const header = splitCsvRow(first, delim);
  const rows: CsvTable['rows'] = [];
  for (let i = h + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const cells = splitCsvRow(raw, delim);
    if (cells.length !== header.length)
      throw new InputError(`expected ${header.length} fields, found ${cells.length}`, { file, line: i + 1 });
    rows.push({ cells, line: i + 1 });
    if (rows.length > MAX_ROWS) throw new InputError(`more than ${MAX_ROWS} rows`, { file });
  }
  return { header, rows, headerLine: h + 1 };
}

/** One CSV record split into trimmed fields (RFC 4180 quotes, doubled quotes inside), for the small CSV readers. */
export function splitCsvRow(line: string, delim: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (ch === delim) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}
