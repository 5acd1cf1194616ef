/**
 * One predictions file as a pull-based stream of parsed rows, in batches of one 1 MiB chunk.
 *
 * Rows are kept in reusable typed arrays, not objects: an id is a number when it is a canonical integer (idNum ≥ 0)
 * and a string otherwise (idNum = -1, idStr); label and prediction are class indices of the shared table.
 * Fast path: an unquoted CSV row is scanned as bytes — commas found in the buffer, an integer id parsed from its
 * digits, label and prediction mapped to class indices by their bytes (ByteInterner) — so it allocates nothing.
 * Anything else (the header, JSON Lines, quotes, blank or malformed lines, over-long fields) is decoded and goes
 * through the string parsers of src/stats/predictions-format.ts, which also produce every error message.
 * Errors name the file by `label` (as the user knows it), not by the path that was opened.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { InputError } from '../../kernel/errors.js';
import { ByteInterner, FNV_OFFSET, FNV_PRIME } from '../../stats/byte-interner.js';
import type { JointTableBuilder } from '../../stats/joint-table-builder.js';
import {
  CsvLayout,
  integerId,
  integerIdBytes,
  MAX_FIELD_CHARS,
  parseJsonlRecord,
  quoteCount,
} from '../../stats/predictions-format.js';
import { quoteToken } from '../../kernel/quote.js';
import type { PredictionRow } from '../../stats/predictions-format.js';

export interface SourceLimits {
  maxBytes: number;
  maxRows: number;
  maxClasses: number;
}

const CHUNK_BYTES = 1 << 20;
const MAX_RECORD_CHARS = 64 * 1024;
/** A line of more than MAX_RECORD_CHARS characters is refused; in UTF-8 that is at most 3 bytes per character. */
const MAX_CARRY_BYTES = 3 * MAX_RECORD_CHARS + 4;
const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

export class RowSource {
  /** The batch read by the last next(): `count` rows. */
  count = 0;
  idNum = new Float64Array(1 << 14);
  idStr: string[] = [];
  labels = new Int32Array(1 << 14);
  predictions = new Int32Array(1 << 14);
  lines = new Float64Array(1 << 14);
  /** Data rows read so far. */
  rows = 0;
  private fh: FileHandle | undefined;
  /** The partial line carried over from the last chunk sits at the start, then the next chunk is read after it. */
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES + MAX_CARRY_BYTES);
  private carryBytes = 0;
  /** Position of the next '"' in the buffer at or after the current line (-1: not searched yet this chunk). */
  private quoteAt = -1;
  /** A CSV record whose quoted field spans physical lines, and the line it started on (0: none). */
  private multi = '';
  private multiStart = 0;
  private line = 0;
  private bytes = 0;
  private eof = false;
  private layout: CsvLayout | undefined;
  private jsonl: boolean | undefined;
  private readonly interner: ByteInterner;

  constructor(
    readonly path: string,
    /** The file's name in errors. */
    readonly label: string,
    private readonly table: JointTableBuilder,
    private readonly limits: SourceLimits,
  ) {
    this.interner = new ByteInterner((text) => table.classIndex(text));
  }

  async open(): Promise<void> {
    try {
      this.fh = await open(this.path, 'r');
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'error';
      throw new InputError(`cannot open predictions file (${code}); check eval.predictions in the report`, {
        file: this.label,
      });
    }
    const size = (await this.fh.stat()).size;
    if (size > this.limits.maxBytes) {
      throw new InputError(`predictions file is ${size} bytes, more than the limit of ${this.limits.maxBytes}`, {
        file: this.label,
      });
    }
    this.jsonl = /\.(jsonl|ndjson)$/i.test(this.path) ? true : /\.csv$/i.test(this.path) ? false : undefined;
  }

  async close(): Promise<void> {
    await this.fh?.close();
    this.fh = undefined;
  }

  /** The id of batch row i as text (for messages). */
  idText(i: number): string {
    const n = this.idNum[i]!;
    return n >= 0 ? String(n) : this.idStr[i]!;
  }

  /** Reads the next chunk's rows into the batch arrays; false at end of file with no rows. */
  async next(): Promise<boolean> {
    this.count = 0;
    while (this.count === 0 && !this.eof) {
      const { bytesRead } = await this.fh!.read(this.buffer, this.carryBytes, CHUNK_BYTES, null);
      this.bytes += bytesRead;
      if (this.bytes > this.limits.maxBytes)
        throw new InputError(`predictions file grew beyond ${this.limits.maxBytes} bytes`, { file: this.label });
      if (bytesRead === 0) {
        this.eof = true;
        if (this.carryBytes > 0) {
          this.line++;
          this.quoteAt = -1;
          this.lineAt(0, this.carryBytes);
          this.carryBytes = 0;
        }
        if (this.multiStart !== 0) {
          throw new InputError('unterminated quoted field at end of file; close every opening quote', {
            file: this.label,
            line: this.multiStart,
          });
        }
      } else {
        this.scan(this.carryBytes + bytesRead);
      }
    }
    return this.count > 0;
  }

  /** Every complete line of buffer[0, end); the partial last line moves to the front for the next read. */
  private scan(end: number): void {
    const view = this.buffer.subarray(0, end);
    let start = 0;
    this.quoteAt = -1;
    if (this.jsonl === true) {
      // JSON Lines always take the string path: decode the chunk's complete lines at once, not line by line.
      start = view.lastIndexOf(LF) + 1;
      const text = view.toString('utf8', 0, Math.max(0, start - 1));
      for (let from = 0, nl = 0; start > 0 && from <= text.length; from = nl + 1) {
        nl = text.indexOf('\n', from);
        if (nl === -1) nl = text.length;
        this.line++;
        this.physicalLine(text.slice(from, nl));
      }
    }
    for (let nl = view.indexOf(LF, start); nl !== -1; nl = view.indexOf(LF, start)) {
      this.line++;
      this.lineAt(start, nl);
      start = nl + 1;
    }
    const rest = end - start;
    if (
      rest > MAX_RECORD_CHARS &&
      (rest > MAX_CARRY_BYTES - 4 || view.toString('utf8', start).length > MAX_RECORD_CHARS)
    ) {
      throw new InputError(`line longer than ${MAX_RECORD_CHARS} characters (or not a text file)`, {
        file: this.label,
        line: this.line + 1,
      });
    }
    this.buffer.copyWithin(0, start, end);
    this.carryBytes = rest;
  }

  /** The physical line buffer[start, end) (without its '\n'); this.line is its number. */
  private lineAt(start: number, end: number): void {
    if (this.multiStart === 0 && this.layout !== undefined && this.jsonl === false && this.fastRow(start, end)) return;
    this.physicalLine(this.buffer.toString('utf8', start, end));
  }

  /** An unquoted, well-formed CSV row straight from the bytes; false (nothing consumed) to use the string path. */
  private fastRow(start: number, lineEnd: number): boolean {
    const b = this.buffer;
    const { idCol, labelCol, predCol, width } = this.layout!;
    const end = lineEnd > start && b[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
    let field = 0;
    let from = start;
    let idStart = 0;
    let idEnd = 0;
    let labelStart = 0;
    let labelEnd = 0;
    let predStart = 0;
    let predEnd = 0;
    let labelHash = 0;
    let predHash = 0;
    // The next '"' in the buffer (found once, not per byte): a line that contains one takes the string path.
    if (this.quoteAt < start) this.quoteAt = b.indexOf(QUOTE, start) >>> 0; // -1 → 2^32 - 1: none
    if (this.quoteAt < lineEnd) return false;
    // One pass: split at commas and hash each field's bytes for the interner (FNV-1a, as ByteInterner.hash).
    let h = FNV_OFFSET;
    for (let i = start; i <= end; i++) {
      const c = i < end ? b[i]! : COMMA;
      if (c !== COMMA) {
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (field === idCol) {
        idStart = from;
        idEnd = i;
      } else if (field === labelCol) {
        labelStart = from;
        labelEnd = i;
        labelHash = h;
      } else if (field === predCol) {
        predStart = from;
        predEnd = i;
        predHash = h;
      }
      field++;
      from = i + 1;
      h = FNV_OFFSET;
    }
    if (field !== width || !fieldOk(idStart, idEnd) || !fieldOk(labelStart, labelEnd) || !fieldOk(predStart, predEnd))
      return false;
    if (++this.rows > this.limits.maxRows) this.tooManyRows();
    const label = this.interner.lookupHashed(b, labelStart, labelEnd, labelHash);
    const prediction = this.interner.lookupHashed(b, predStart, predEnd, predHash);
    if (label < 0 || prediction < 0) {
      this.tooManyClasses(
        label < 0 ? b.toString('utf8', labelStart, labelEnd) : b.toString('utf8', predStart, predEnd),
      );
    }
    const num = integerIdBytes(b, idStart, idEnd);
    this.push(num, num >= 0 ? '' : b.toString('utf8', idStart, idEnd), label, prediction);
    return true;
  }

  private physicalLine(physical: string): void {
    if (this.multiStart !== 0) {
      // Inside a quoted CSV field spanning lines: collect until the quotes balance.
      this.multi += `\n${physical}`;
      if (quoteCount(this.multi) % 2 === 0) {
        const at = this.multiStart;
        this.multiStart = 0;
        this.record(this.multi, at);
        this.multi = '';
      } else if (this.multi.length > MAX_RECORD_CHARS) {
        throw new InputError(`unterminated quoted field (record longer than ${MAX_RECORD_CHARS} characters)`, {
          file: this.label,
          line: this.multiStart,
        });
      }
      return;
    }
    if (this.jsonl !== true && physical.indexOf('"') !== -1 && quoteCount(physical) % 2 === 1) {
      this.multi = physical;
      this.multiStart = this.line;
      return;
    }
    this.record(physical, this.line);
  }

  private record(raw: string, line: number): void {
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim().length === 0) return;
    if (this.jsonl === undefined) this.jsonl = text.trimStart().startsWith('{');
    let row: PredictionRow;
    if (this.jsonl) {
      row = parseJsonlRecord(this.label, text, line);
    } else if (this.layout === undefined) {
      this.layout = new CsvLayout(this.label, text, line);
      return;
    } else {
      row = this.layout.parse(text, line);
    }
    if (++this.rows > this.limits.maxRows) this.tooManyRows(line);
    const label = this.table.classIndex(row.label);
    const prediction = this.table.classIndex(row.prediction);
    if (label < 0 || prediction < 0) this.tooManyClasses(label < 0 ? row.label : row.prediction, line);
    const num = integerId(row.id);
    this.push(num, num >= 0 ? '' : row.id, label, prediction, line);
  }

  private push(num: number, str: string, label: number, prediction: number, line = this.line): void {
    const i = this.count++;
    if (i === this.idNum.length) this.grow();
    this.idNum[i] = num;
    if (num < 0) this.idStr[i] = str;
    this.labels[i] = label;
    this.predictions[i] = prediction;
    this.lines[i] = line;
  }

  private grow(): void {
    const n = this.idNum.length * 2;
    const idNum = new Float64Array(n);
    idNum.set(this.idNum);
    const labels = new Int32Array(n);
    labels.set(this.labels);
    const predictions = new Int32Array(n);
    predictions.set(this.predictions);
    const lines = new Float64Array(n);
    lines.set(this.lines);
    [this.idNum, this.labels, this.predictions, this.lines] = [idNum, labels, predictions, lines];
  }

  private tooManyRows(line = this.line): never {
    throw new InputError(`more than ${this.limits.maxRows} rows; raise the limit or evaluate on a sample`, {
      file: this.label,
      line,
    });
  }

  private tooManyClasses(value: string, line = this.line): never {
    throw new InputError(
      `more than ${this.limits.maxClasses} distinct labels and predictions (at ${quoteToken(value)}); ` +
        'significance from predictions is for classification; for regression report the metric with eval.size only',
      { file: this.label, line },
    );
  }
}

/** A field the fast path can take as is: not empty, and short enough in bytes that it is short enough in characters. */
function fieldOk(start: number, end: number): boolean {
  return end > start && end - start <= MAX_FIELD_CHARS;
}
