/**
 * Streams two per-example prediction files (base and head) and joins them on `id` into the joint count table
 * (label × base prediction × head prediction), the only input the significance tests need.
 *
 * Formats: CSV with a header naming id,label,prediction (optional score and other columns ignored; RFC 4180 quoting,
 * CRLF, BOM) or JSON Lines ({"id":..,"label":..,"prediction":..}); chosen by extension (.jsonl/.ndjson) or by a
 * leading '{'. Reading and parsing: predictions/row-source.ts.
 *
 * Memory: files are read in 1 MiB chunks and never held whole.
 * - Lockstep join (fast path, this module): while both files list the same ids in the same order, rows are paired
 *   as they stream: O(chunk) memory; the duplicate check stores nothing for sorted ids and 8 bytes per row otherwise.
 * - Hash join (fallback, predictions/hash-join.ts): from the first row where the ids differ, the rest of base is
 *   held in memory and the rest of head is looked up in it; bounded by maxHashJoinRows (default 2M rows).
 * The label of a row is taken from the base file; a different label for the same id in head is an error.
 */
import { InputError } from '../kernel/errors.js';
import type { JointCounts } from '../stats/joint-counts.js';
import { IdUniqueness } from '../stats/id-uniqueness.js';
import { DEFAULT_MAX_CLASSES, JointTableBuilder } from '../stats/joint-table-builder.js';
import { coverageError, duplicateId, hashJoin, labelConflict } from './predictions/hash-join.js';
import type { Coverage, Cursor } from './predictions/hash-join.js';
import { RowSource } from './predictions/row-source.js';
import type { SourceLimits } from './predictions/row-source.js';

export interface ReadPredictionsOptions {
  /** Largest accepted file, default 4 GiB. */
  maxBytes?: number;
  /** Most rows per file, default 50M. */
  maxRows?: number;
  /** Most distinct label/prediction values, default 100 (the table has k³ cells). */
  maxClasses?: number;
  /** Most base rows held in memory when the ids are not in the same order, default 2M. */
  maxHashJoinRows?: number;
  /** How errors name the files (default: the paths), e.g. the path in the repository rather than a temp copy. */
  labels?: { base?: string; head?: string };
}

export type JoinMethod = 'lockstep' | 'hash';

interface Settings extends SourceLimits {
  maxHashJoinRows: number;
}

function withDefaults(opts: ReadPredictionsOptions): Settings {
  return {
    maxBytes: opts.maxBytes ?? 4 * 1024 ** 3,
    maxRows: opts.maxRows ?? 50_000_000,
    maxClasses: opts.maxClasses ?? DEFAULT_MAX_CLASSES,
    maxHashJoinRows: opts.maxHashJoinRows ?? 2_000_000,
  };
}

/** Calls fn for every row of a file, with its index among the file's rows (a fresh pass, for the duplicate check). */
async function eachRow(
  path: string,
  label: string,
  limits: SourceLimits,
  fn: (src: RowSource, i: number, row: number) => boolean | void,
): Promise<void> {
  const src = new RowSource(path, label, new JointTableBuilder(limits.maxClasses), limits);
  await src.open();
  try {
    let row = 0;
    while (await src.next()) {
      for (let i = 0; i < src.count; i++, row++) if (fn(src, i, row) === false) return;
    }
  } finally {
    await src.close();
  }
}

/**
 * Proves a file's ids unique, given its ids fed to `ids` during the join. Sorted ids need nothing; otherwise the
 * hash candidates from IdUniqueness are confirmed by another pass over the file, which reports the real duplicate
 * with both lines.
 */
async function checkIdsUnique(src: RowSource, ids: IdUniqueness, limits: SourceLimits): Promise<void> {
  if (ids.ordered) return;
  const missing = ids.missing;
  if (missing) {
    // The order broke late: feed the ids whose hashes were not kept while the file still looked sorted.
    await eachRow(src.path, src.label, limits, (s, i, row) => {
      if (row >= missing.to) return false;
      if (row >= missing.from) ids.addMissing(s.idNum[i]!, s.idNum[i]! >= 0 ? '' : s.idStr[i]!);
    });
  }
  if (ids.findCandidates() === 0) return;
  const firstLine = new Map<number | string, number>();
  await eachRow(src.path, src.label, limits, (s, i) => {
    const num = s.idNum[i]!;
    const str = num >= 0 ? '' : s.idStr[i]!;
    if (!ids.isCandidate(num, str)) return;
    const key = num >= 0 ? num : str;
    const seen = firstLine.get(key);
    if (seen !== undefined) throw duplicateId(s, s.idText(i), s.lines[i]!, seen);
    firstLine.set(key, s.lines[i]!);
  });
}

/** The ids of a whole file, from a fresh pass (head's ids are not kept during the join). */
async function idsOf(src: RowSource, limits: SourceLimits): Promise<IdUniqueness> {
  const ids = new IdUniqueness();
  await eachRow(src.path, src.label, limits, (s, i) => ids.add(s.idNum[i]!, s.idNum[i]! >= 0 ? '' : s.idStr[i]!));
  return ids;
}

/** Pairs rows while both files list the same ids; returns the cursors where they first differ. */
async function lockstep(
  base: RowSource,
  head: RowSource,
  table: JointTableBuilder,
  baseIds: IdUniqueness,
): Promise<[Cursor, Cursor]> {
  let bi = 0;
  let hi = 0;
  let baseDone = false;
  let headDone = false;
  for (;;) {
    if (bi >= base.count) [baseDone, bi] = [!(await base.next()), 0];
    if (hi >= head.count) [headDone, hi] = [!(await head.next()), 0];
    if (baseDone || headDone) break;
    const j = pairRows(base, bi, head, hi, table, baseIds);
    const m = Math.min(base.count - bi, head.count - hi);
    bi += j;
    hi += j;
    if (j < m) break; // ids differ from here on
  }
  return [
    { source: base, at: bi, done: baseDone },
    { source: head, at: hi, done: headDone },
  ];
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
  const settings = withDefaults(options);
  const table = new JointTableBuilder(settings.maxClasses);
  const base = new RowSource(basePath, options.labels?.base ?? basePath, table, settings);
  const head = new RowSource(headPath, options.labels?.head ?? headPath, table, settings);
  const baseIds = new IdUniqueness();
  let join: JoinMethod = 'lockstep';
  let coverage: Coverage | undefined;
  try {
    await base.open();
    await head.open();
    const [baseAt, headAt] = await lockstep(base, head, table, baseIds);
    if (!(baseAt.done && headAt.done)) {
      join = 'hash';
      coverage = await hashJoin(baseAt, headAt, table, baseIds, settings.maxHashJoinRows);
    }
  } finally {
    await base.close();
    await head.close();
  }
  const unmatched = coverage !== undefined && coverage.onlyBase.count + coverage.onlyHead.count > 0;
  if (table.n === 0 && !unmatched) {
    throw new InputError('no prediction rows in the base and head files (only a header, or empty files)', {
      file: base.label,
    });
  }
  await checkIdsUnique(base, baseIds, settings);
  if (unmatched) {
    // A repeated row also leaves an id unmatched: it is reported as the duplicate it is.
    await checkIdsUnique(head, await idsOf(head, settings), settings);
    throw coverageError(coverage!, head);
  }
  return { ...table.build(), rows: table.n, join };
}

/** Pairs base rows bi… with head rows hi… while their ids agree; returns how many were paired. */
function pairRows(
  base: RowSource,
  bi: number,
  head: RowSource,
  hi: number,
  table: JointTableBuilder,
  baseIds: IdUniqueness,
): number {
  const m = Math.min(base.count - bi, head.count - hi);
  const baseNum = base.idNum;
  const headNum = head.idNum;
  const baseLabels = base.labels;
  const headLabels = head.labels;
  let j = 0;
  for (; j < m; j++) {
    const b = bi + j;
    const h = hi + j;
    const num = baseNum[b]!;
    if (num !== headNum[h]) break;
    const str = num >= 0 ? '' : base.idStr[b]!;
    if (num < 0 && str !== head.idStr[h]) break;
    const label = baseLabels[b]!;
    if (label !== headLabels[h]) {
      throw labelConflict(
        head,
        head.idText(h),
        head.lines[h]!,
        table.className(label),
        table.className(headLabels[h]!),
      );
    }
    baseIds.add(num, str);
    table.add(label, base.predictions[b]!, head.predictions[h]!);
  }
  return j;
}
