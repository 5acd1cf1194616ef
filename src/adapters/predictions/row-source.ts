/**
 * One predictions file as a pull-based stream of parsed rows, in batches of one 1 MiB chunk.
 *
 * Rows are kept in reusable typed arrays, not objects: an id is a number when it is a canonical integer (idNum ≥ 0)
 * and a string otherwise (idNum = -1, idStr); label and prediction are class indices of the shared table.
 * Fast path (csv-fast.ts): an unquoted CSV row is scanned as bytes — commas found in the buffer, an integer id
 * parsed from its digits, label and prediction mapped to class indices by their bytes (ByteInterner) — so it
 * allocates nothing. Anything else (the header, JSON Lines, quotes, blank or malformed lines, over-long fields) is
 * decoded and goes through the string parsers of src/stats/predictions-format.ts, which also word every error.
 * Every byte is checked to be UTF-8 first: two different invalid sequences would decode to the same U+FFFD and
 * compare equal, counting a wrong prediction right.
 * Errors name the file by `label` (as the user knows it), not by the path that was opened.
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { InputError } from '../../kernel/errors.js';
import { ByteInterner } from '../../stats/byte-interner.js';
import type { JointTableBuilder } from '../../stats/joint-table-builder.js';
import { CsvLayout, integerId, integerIdBytes, parseJsonlRecord, quoteCount } from '../../stats/predictions-format.js';
import { quoteToken } from '../../kernel/quote.js';
import type { PredictionRow } from '../../stats/predictions-format.js';
import { FastRow, parseFastRow } from './csv-fast.js';

export interface SourceLimits {
  maxBytes: number;
  maxRows: number;
  maxClasses: number;
}

const CHUNK_BYTES = 1 << 20;
const MAX_RECORD_CHARS = 64 * 1024;
/** A line of more than MAX_RECORD_CHARS characters is refused; in UTF-8 that is at most 3 bytes per character. */
const MAX_CARRY_BYTES = 3 * MAX_RECORD_CHARS + 4;
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
  private readonly fast = new FastRow();
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
          this.checkUtf8(0, this.carryBytes);
          this.line++;
          this.physicalLine(this.buffer.toString('utf8', 0, this.carryBytes));
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
    const complete = view.lastIndexOf(LF) + 1;
    this.checkUtf8(0, complete);
    if (this.jsonl === true) this.jsonLines(view, complete);
    else this.csvLines(complete);
    const rest = end - complete;
    if (
      rest > MAX_RECORD_CHARS &&
      (rest > MAX_CARRY_BYTES - 4 || view.toString('utf8', complete).length > MAX_RECORD_CHARS)
    ) {
      throw new InputError(`line longer than ${MAX_RECORD_CHARS} characters (or not a text file)`, {
        file: this.label,
        line: this.line + 1,
      });
    }
    this.buffer.copyWithin(0, complete, end);
    this.carryBytes = rest;
  }

  /** Refuses bytes that are not UTF-8, naming the first line that holds one. */
  private checkUtf8(start: number, end: number): void {
    if (isUtf8(this.buffer.subarray(start, end))) return;
    let line = this.line;
    for (let from = start; from < end;) {
      const nl = this.buffer.indexOf(LF, from);
      const to = nl === -1 || nl >= end ? end : nl + 1;
      line++;
      if (!isUtf8(this.buffer.subarray(from, to))) {
        throw new InputError('the line is not valid UTF-8 text; save the file as UTF-8', { file: this.label, line });
      }
      from = to;
    }
  }

  /** JSON Lines always take the string path: the chunk's complete lines are decoded at once, not line by line. */
  private jsonLines(view: Buffer, complete: number): void {
    if (complete === 0) return;
    const text = view.toString('utf8', 0, complete - 1);
    for (let from = 0, nl = 0; from <= text.length; from = nl + 1) {
      nl = text.indexOf('\n', from);
      if (nl === -1) nl = text.length;
      this.line++;
      this.physicalLine(text.slice(from, nl));
    }
  }

  /** CSV lines: runs of plain rows through the fast path, any other line through the string path. */
  private csvLines(complete: number): void {
    const b = this.buffer;
    for (let start = 0; start < complete;) {
      if (this.multiStart === 0 && this.layout !== undefined && this.jsonl === false) {
        start = this.fastRows(start, complete);
        if (start >= complete) return;
      }
      const nl = b.indexOf(LF, start);
      this.line++;
      this.physicalLine(b.toString('utf8', start, nl));
      start = nl + 1;
    }
  }

  /** Plain CSV rows from buffer[start…]; returns where the first row the fast path cannot take starts (or limit). */
  private fastRows(start: number, limit: number): number {
    const b = this.buffer;
    const row = this.fast;
    const layout = this.layout!;
    for (; start < limit; start = row.next) {
      if (!parseFastRow(b, start, layout, row)) return start;
      this.line++;
      if (++this.rows > this.limits.maxRows) this.tooManyRows();
      const label = this.interner.lookupHashed(b, row.labelStart, row.labelEnd, row.labelHash);
      const prediction = this.interner.lookupHashed(b, row.predStart, row.predEnd, row.predHash);
      if (label < 0 || prediction < 0) {
        const [from, to] = label < 0 ? [row.labelStart, row.labelEnd] : [row.predStart, row.predEnd];
        this.tooManyClasses(b.toString('utf8', from, to));
      }
      const num = integerIdBytes(b, row.idStart, row.idEnd);
      this.push(num, num >= 0 ? '' : b.toString('utf8', row.idStart, row.idEnd), label, prediction);
    }
    return limit;
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
