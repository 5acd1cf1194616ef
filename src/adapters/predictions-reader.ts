/**
 * Streams two per-example prediction files (base and head) and joins them on `id` into the joint count table
 * (label × base prediction × head prediction), the only input the significance tests need.
 *
 * Formats: CSV with a header naming id,label,prediction (optional score and other columns ignored; RFC 4180 quoting,
 * CRLF, BOM) or JSON Lines ({"id":..,"label":..,"prediction":..}); chosen by extension (.jsonl/.ndjson) or by a
 * leading '{'.
 *
 * Memory: files are read in 1 MiB chunks and never held whole.
 * - Lockstep join (fast path): while both files list the same ids in the same order, rows are paired as they stream:
 *   O(chunk) memory plus 8 bytes per row for the duplicate check (nothing at all if ids are sorted).
 * - Hash join (fallback): from the first row where the ids differ, the rest of the base file is held in a Map
 *   (~100-150 bytes per row) and the rest of head is looked up in it. Bounded by maxHashJoinRows (default 2M rows,
 *   ~300 MB); above it the user is told to write both files in the same id order.
 * The label of a row is taken from the base file; a different label for the same id in head is an error.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../core/errors.js';
import type { JointCounts } from '../stats/joint-counts.js';
import { IdUniqueness } from '../stats/id-uniqueness.js';
import { DEFAULT_MAX_CLASSES, JointTableBuilder } from '../stats/joint-table-builder.js';
import { CsvLayout, parseJsonlRecord, quoteCount, sanitizeSnippet } from '../stats/predictions-format.js';
import type { PredictionRow } from '../stats/predictions-format.js';

export interface ReadPredictionsOptions {
  /** Largest accepted file, default 4 GiB. */
  maxBytes?: number;
  /** Most rows per file, default 50M. */
  maxRows?: number;
  /** Most distinct label/prediction values, default 100 (the table has k³ cells). */
  maxClasses?: number;
  /** Most base rows held in memory when the ids are not in the same order, default 2M. */
  maxHashJoinRows?: number;
}

export type JoinMethod = 'lockstep' | 'hash';

const CHUNK_BYTES = 1 << 20;
const MAX_RECORD_CHARS = 64 * 1024;

/** One file as a pull-based stream of parsed rows, in batches of one chunk. */
class RowSource {
  ids: string[] = [];
  labels: number[] = [];
  predictions: number[] = [];
  lines: number[] = [];
  count = 0;
  rows = 0;
  private fh: FileHandle | undefined;
  private readonly decoder = new StringDecoder('utf8');
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  /** Partial physical line carried over to the next chunk. */
  private carry = '';
  /** A CSV record whose quoted field spans physical lines, and the line it started on (0: none). */
  private multi = '';
  private multiStart = 0;
  private line = 0;
  private bytes = 0;
  private eof = false;
  private layout: CsvLayout | undefined;
  private jsonl: boolean | undefined;

  constructor(
    readonly file: string,
    private readonly table: JointTableBuilder,
    private readonly opts: Required<ReadPredictionsOptions>,
  ) {}

  async open(): Promise<void> {
    try {
      this.fh = await open(this.file, 'r');
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'error';
      throw new InputError(`cannot open predictions file (${code}); check eval.predictions in the report`, { file: this.file });
    }
    const size = (await this.fh.stat()).size;
    if (size > this.opts.maxBytes) {
      throw new InputError(`predictions file is ${size} bytes, more than the limit of ${this.opts.maxBytes}`, { file: this.file });
    }
    this.jsonl = /\.(jsonl|ndjson)$/i.test(this.file) ? true : /\.csv$/i.test(this.file) ? false : undefined;
  }

  async close(): Promise<void> {
    await this.fh?.close();
    this.fh = undefined;
  }

  /** Reads the next chunk's rows into the batch arrays; false at end of file with no rows. */
  async next(): Promise<boolean> {
    this.count = 0;
    while (this.count === 0 && !this.eof) {
      const { bytesRead } = await this.fh!.read(this.buffer, 0, CHUNK_BYTES, null);
      this.bytes += bytesRead;
      if (this.bytes > this.opts.maxBytes) throw new InputError(`predictions file grew beyond ${this.opts.maxBytes} bytes`, { file: this.file });
      if (bytesRead === 0) {
        this.eof = true;
        const rest = this.carry + this.decoder.end();
        this.carry = '';
        if (rest.length > 0) this.physicalLine(rest);
        if (this.multiStart !== 0) {
          throw new InputError('unterminated quoted field at end of file; close every opening quote', { file: this.file, line: this.multiStart });
        }
      } else {
        this.split(this.carry + this.decoder.write(this.buffer.subarray(0, bytesRead)));
      }
    }
    return this.count > 0;
  }

  private split(text: string): void {
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
      this.physicalLine(text.slice(start, nl));
      start = nl + 1;
    }
    this.carry = text.slice(start);
    if (this.carry.length > MAX_RECORD_CHARS) {
      throw new InputError(`line longer than ${MAX_RECORD_CHARS} characters (or not a text file)`, { file: this.file, line: this.line + 1 });
    }
  }

  private physicalLine(physical: string): void {
    this.line++;
    if (this.multiStart !== 0) {
      // Inside a quoted CSV field spanning lines: collect until the quotes balance.
      this.multi += `\n${physical}`;
      if (quoteCount(this.multi) % 2 === 0) {
        const at = this.multiStart;
        this.multiStart = 0;
        this.record(this.multi, at);
        this.multi = '';
      } else if (this.multi.length > MAX_RECORD_CHARS) {
        throw new InputError(`unterminated quoted field (record longer than ${MAX_RECORD_CHARS} characters)`, { file: this.file, line: this.multiStart });
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
      row = parseJsonlRecord(this.file, text, line);
    } else if (this.layout === undefined) {
      this.layout = new CsvLayout(this.file, text, line);
      return;
    } else {
      row = this.layout.parse(text, line);
    }
    if (++this.rows > this.opts.maxRows) {
      throw new InputError(`more than ${this.opts.maxRows} rows; raise the limit or evaluate on a sample`, { file: this.file, line });
    }
    const label = this.table.classIndex(row.label);
    const prediction = this.table.classIndex(row.prediction);
    if (label < 0 || prediction < 0) {
      throw new InputError(
        `more than ${this.opts.maxClasses} distinct labels and predictions (at ${sanitizeSnippet(label < 0 ? row.label : row.prediction)}); ` +
          'significance from predictions is for classification; for regression report the metric with eval.size only',
        { file: this.file, line },
      );
    }
    const i = this.count++;
    this.ids[i] = row.id;
    this.labels[i] = label;
    this.predictions[i] = prediction;
    this.lines[i] = line;
  }
}

function withDefaults(opts: ReadPredictionsOptions): Required<ReadPredictionsOptions> {
  return {
    maxBytes: opts.maxBytes ?? 4 * 1024 ** 3,
    maxRows: opts.maxRows ?? 50_000_000,
    maxClasses: opts.maxClasses ?? DEFAULT_MAX_CLASSES,
    maxHashJoinRows: opts.maxHashJoinRows ?? 2_000_000,
  };
}

function labelConflict(head: RowSource, id: string, line: number, baseLabel: string, headLabel: string): InputError {
  return new InputError(
    `id ${sanitizeSnippet(id)} has label ${sanitizeSnippet(headLabel)} here but ${sanitizeSnippet(baseLabel)} in the base predictions; ` +
      'both models must be evaluated on the same examples with the same labels',
    { file: head.file, line, field: 'label' },
  );
}

/** Second pass over the base file to turn duplicate-hash candidates into a real duplicate with both lines. */
async function confirmDuplicates(file: string, ids: IdUniqueness, opts: Required<ReadPredictionsOptions>): Promise<void> {
  const src = new RowSource(file, new JointTableBuilder(opts.maxClasses), opts);
  await src.open();
  const firstLine = new Map<string, number>();
  try {
    while (await src.next()) {
      for (let i = 0; i < src.count; i++) {
        const id = src.ids[i]!;
        if (!ids.isCandidate(id)) continue;
        const seen = firstLine.get(id);
        if (seen !== undefined) {
          throw new InputError(`duplicate id ${sanitizeSnippet(id)} (first on line ${seen}); each example must appear once`, { file, line: src.lines[i]!, field: 'id' });
        }
        firstLine.set(id, src.lines[i]!);
      }
    }
  } finally {
    await src.close();
  }
}

/**
 * Reads base and head predictions and returns their joint count table.
 * Errors (InputError, with file:line): unreadable/oversized files, bad rows, duplicate ids, ids present in only
 * one file (with counts and a few examples), a label that differs between the files, too many classes.
 */
export async function readJointCounts(
  basePath: string,
  headPath: string,
  options: ReadPredictionsOptions = {},
): Promise<JointCounts & { rows: number; join: JoinMethod }> {
  const opts = withDefaults(options);
  const table = new JointTableBuilder(opts.maxClasses);
  const base = new RowSource(basePath, table, opts);
  const head = new RowSource(headPath, table, opts);
  const baseIds = new IdUniqueness();
  let join: JoinMethod = 'lockstep';
  try {
    await base.open();
    await head.open();
    let bi = 0;
    let hi = 0;
    let baseDone = false;
    let headDone = false;
    // Lockstep: pair rows while the ids agree.
    for (;;) {
      if (bi >= base.count) {
        baseDone = !(await base.next());
        bi = 0;
      }
      if (hi >= head.count) {
        headDone = !(await head.next());
        hi = 0;
      }
      if (baseDone || headDone) break;
      const m = Math.min(base.count - bi, head.count - hi);
      let j = 0;
      for (; j < m; j++) {
        const id = base.ids[bi + j]!;
        if (id !== head.ids[hi + j]) break;
        const label = base.labels[bi + j]!;
        if (label !== head.labels[hi + j]) {
          throw labelConflict(head, id, head.lines[hi + j]!, table.className(label), table.className(head.labels[hi + j]!));
        }
        baseIds.add(id);
        table.add(label, base.predictions[bi + j]!, head.predictions[hi + j]!);
      }
      bi += j;
      hi += j;
      if (j < m) break; // ids differ from here on
    }

    if (!(baseDone && headDone)) {
      join = 'hash';
      await hashJoin(base, bi, baseDone, head, hi, headDone, table, baseIds, opts);
    }
  } finally {
    await base.close();
    await head.close();
  }
  if (table.n === 0) {
    throw new InputError('no prediction rows in the base and head files (only a header, or empty files)', { file: basePath });
  }
  if (baseIds.findCandidates() > 0) await confirmDuplicates(basePath, baseIds, opts);
  return { ...table.build(), rows: table.n, join };
}

/** The rest of base into a Map, then the rest of head looked up in it (see the module comment for the bound). */
async function hashJoin(
  base: RowSource, bi: number, baseDone: boolean,
  head: RowSource, hi: number, headDone: boolean,
  table: JointTableBuilder, baseIds: IdUniqueness, opts: Required<ReadPredictionsOptions>,
): Promise<void> {
  const firstBaseLine = bi < base.count ? base.lines[bi]! : undefined;
  const firstHeadLine = hi < head.count ? head.lines[hi]! : undefined;
  const slots = new Map<string, number>();
  const label: number[] = [];
  const pred: number[] = [];
  const line: number[] = [];
  const matchedAt: number[] = []; // head line that matched the slot, 0 if none yet
  for (let done = baseDone; !done; done = !(await base.next())) {
    for (let i = bi; i < base.count; i++) {
      const id = base.ids[i]!;
      const seen = slots.get(id);
      if (seen !== undefined) {
        throw new InputError(`duplicate id ${sanitizeSnippet(id)} (first on line ${line[seen]}); each example must appear once`, { file: base.file, line: base.lines[i]!, field: 'id' });
      }
      if (slots.size >= opts.maxHashJoinRows) {
        throw new InputError(
          `base and head list their ids in a different order (first difference at base line ${firstBaseLine ?? 'end'}, head line ${firstHeadLine ?? 'end'}), ` +
            `and more than ${opts.maxHashJoinRows} rows would have to be held in memory to join them; write both files in the same id order (e.g. sort both by id)`,
          { file: head.file },
        );
      }
      baseIds.add(id);
      slots.set(id, label.length);
      label.push(base.labels[i]!);
      pred.push(base.predictions[i]!);
      line.push(base.lines[i]!);
      matchedAt.push(0);
    }
    bi = 0;
  }
  let onlyHead = 0;
  const onlyHeadExamples: string[] = [];
  for (let done = headDone; !done; done = !(await head.next())) {
    for (let i = hi; i < head.count; i++) {
      const id = head.ids[i]!;
      const slot = slots.get(id);
      if (slot === undefined) {
        onlyHead++;
        if (onlyHeadExamples.length < 3) onlyHeadExamples.push(id);
        continue;
      }
      if (matchedAt[slot] !== 0) {
        throw new InputError(`duplicate id ${sanitizeSnippet(id)} (first on line ${matchedAt[slot]}); each example must appear once`, { file: head.file, line: head.lines[i]!, field: 'id' });
      }
      matchedAt[slot] = head.lines[i]!;
      if (label[slot] !== head.labels[i]) {
        throw labelConflict(head, id, head.lines[i]!, table.className(label[slot]!), table.className(head.labels[i]!));
      }
      table.add(label[slot]!, pred[slot]!, head.predictions[i]!);
    }
    hi = 0;
  }
  let onlyBase = 0;
  const onlyBaseExamples: string[] = [];
  for (const [id, slot] of slots) {
    if (matchedAt[slot] !== 0) continue;
    onlyBase++;
    if (onlyBaseExamples.length < 3) onlyBaseExamples.push(id);
  }
  if (onlyBase > 0 || onlyHead > 0) {
    const list = (ids: string[]): string => (ids.length ? ` (e.g. ${ids.map(sanitizeSnippet).join(', ')})` : '');
    throw new InputError(
      `base and head predictions cover different examples: ${onlyBase} id(s) only in base${list(onlyBaseExamples)}, ` +
        `${onlyHead} only in head${list(onlyHeadExamples)}; evaluate both models on the same set with the same ids`,
      { file: head.file, field: 'id' },
    );
  }
}
