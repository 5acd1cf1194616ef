/**
 * Pure parsing of per-example prediction rows (CSV with a header, or JSON Lines), one logical record at a time.
 * The streaming, the join and all I/O live in src/adapters/predictions-reader.ts and src/adapters/predictions/.
 *
 * Inputs come from pull requests (maybe forks): fields are bounded, errors name file:line, say what was expected and
 * how to fix it, and quote an id, a label or a column name only when it is a plain token (kernel/quote.ts).
 */
import { InputError } from '../kernel/errors.js';
import { scanJson } from '../kernel/json-scan.js';
import { UNDERFLOW_MESSAGE } from '../kernel/number-text.js';
import { describeColumns, quoteToken } from '../kernel/quote.js';

export const MAX_FIELD_CHARS = 256;

/** Longest id read as a number: 15 digits stay below 2^53, so every such id is an exact double. */
const MAX_INTEGER_ID_DIGITS = 15;

/**
 * An id in canonical non-negative integer form ("0", "17", not "017", "+1", "1.0" or " 1") as a number, else -1.
 * The join keys integer ids by number and all other ids by string: the two kinds never compare equal, and an id
 * string maps to the same key whatever file or format it came from, so the join is exactly a join on the text.
 */
export function integerId(text: string): number {
  const n = text.length;
  if (n === 0 || n > MAX_INTEGER_ID_DIGITS || (n > 1 && text.charCodeAt(0) === 48)) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** integerId of the bytes [start, end) of a buffer, without making a string. */
export function integerIdBytes(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n === 0 || n > MAX_INTEGER_ID_DIGITS || (n > 1 && bytes[start] === 48)) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i]! - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

export interface PredictionRow {
  id: string;
  label: string;
  prediction: string;
}

/** What a JSON value is, for a message that must not quote it. */
function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'a string' : `a ${typeof v}`;
}

/** Number of '"' in a line; an odd count means a quoted field continues on the next physical line. */
export function quoteCount(line: string): number {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
}

/** RFC 4180 record (quotes balanced; may contain embedded newlines). Returns null on a malformed quote. */
export function splitCsvRecord(record: string): string[] | null {
  if (record.indexOf('"') === -1) return record.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (record[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = record.indexOf('"', j);
        if (q === -1) return null;
        value += record.slice(j, q);
        if (record[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i === record.length) return fields;
      if (record[i] !== ',') return null; // text after a closing quote
      i++;
    } else {
      const comma = record.indexOf(',', i);
      const end = comma === -1 ? record.length : comma;
      const value = record.slice(i, end);
      if (value.indexOf('"') !== -1) return null; // a quote inside an unquoted field
      fields.push(value);
      if (comma === -1) return fields;
      i = comma + 1;
    }
  }
}

function checkField(file: string, line: number, field: string, value: string): void {
  if (value.length === 0) {
    throw new InputError(`empty ${field}; every row needs an id, a label and a prediction`, { file, line, field });
  }
  if (value.length > MAX_FIELD_CHARS) {
    throw new InputError(`${field} is ${value.length} characters long (at most ${MAX_FIELD_CHARS})`, {
      file,
      line,
      field,
    });
  }
}

/** Column positions from the CSV header; `score` (optional) and unknown columns are ignored. */
export class CsvLayout {
  readonly width: number;
  readonly idCol: number;
  readonly labelCol: number;
  readonly predCol: number;

  constructor(
    private readonly file: string,
    header: string,
    line: number,
  ) {
    const cells = splitCsvRecord(header);
    if (cells === null) {
      throw new InputError(
        'the header is not valid CSV (check its quotes); it must name the columns id,label,prediction (optionally score)',
        { file, line },
      );
    }
    const names = cells.map((h) => h.trim().toLowerCase());
    const find = (name: string): number => names.indexOf(name);
    this.idCol = find('id');
    this.labelCol = find('label');
    this.predCol = find('prediction');
    this.width = names.length;
    if (this.idCol < 0 || this.labelCol < 0 || this.predCol < 0) {
      throw new InputError(
        `the header must name the columns id,label,prediction (optionally score); found ${describeColumns(names)}. ` +
          'Write a header line such as "id,label,prediction" first.',
        { file, line },
      );
    }
  }

  parse(record: string, line: number): PredictionRow {
    const fields = splitCsvRecord(record);
    if (fields === null) {
      throw new InputError('malformed CSV quoting in this record; quote fields as "a ""quoted"" value"', {
        file: this.file,
        line,
      });
    }
    if (fields.length !== this.width) {
      throw new InputError(
        `expected ${this.width} comma-separated fields like the header, found ${fields.length}; ` +
          'quote values that contain commas',
        { file: this.file, line },
      );
    }
    const row = { id: fields[this.idCol]!, label: fields[this.labelCol]!, prediction: fields[this.predCol]! };
    checkField(this.file, line, 'id', row.id);
    checkField(this.file, line, 'label', row.label);
    checkField(this.file, line, 'prediction', row.prediction);
    return row;
  }
}

function scalar(file: string, line: number, field: string, v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  const got =
    v === undefined
      ? 'nothing'
      : v === null
        ? 'null'
        : Array.isArray(v)
          ? 'an array'
          : typeof v === 'number'
            ? String(v)
            : `a ${typeof v}`;
  throw new InputError(`${field} must be a string or a finite number, got ${got}`, { file, line, field });
}

/** What JSON.parse accepted but would read wrongly: a repeated key (the last wins), a number that reads as 0. */
function checkJsonlKeysAndNumbers(file: string, text: string, line: number): void {
  const scan = scanJson(text);
  if (scan.duplicateKey !== undefined) {
    throw new InputError(
      `the key ${quoteToken(scan.duplicateKey)} appears twice in this object (JSON.parse would keep the last); keep one`,
      { file, line },
    );
  }
  const field = scan.underflows.find((k) => k === 'id' || k === 'label' || k === 'prediction');
  if (field) throw new InputError(`${field}: ${UNDERFLOW_MESSAGE}`, { file, line, field });
}

/** One JSON Lines record: {"id": .., "label": .., "prediction": .., "score"?: ..}. */
export function parseJsonlRecord(file: string, text: string, line: number): PredictionRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(
      'not valid JSON; each line must be one object like {"id": 1, "label": "cat", "prediction": "dog"}',
      { file, line },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`expected a JSON object with id, label and prediction, got ${kindOf(value)}`, { file, line });
  }
  checkJsonlKeysAndNumbers(file, text, line);
  const o = value as Record<string, unknown>;
  const row = {
    id: scalar(file, line, 'id', o.id),
    label: scalar(file, line, 'label', o.label),
    prediction: scalar(file, line, 'prediction', o.prediction),
  };
  checkField(file, line, 'id', row.id);
  checkField(file, line, 'label', row.label);
  checkField(file, line, 'prediction', row.prediction);
  return row;
}
