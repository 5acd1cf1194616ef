/**
 * Hash join, the fallback of readJointCounts once base and head list their ids in a different order: the rest of
 * base is held in memory (IdIndex plus typed arrays: ≈ 60-90 bytes per row for integer ids, plus the id string
 * otherwise), then the rest of head is looked up in it. Bounded by maxHashJoinRows; above it the user is told to write both files in the same order.
 */
import { InputError } from '../../kernel/errors.js';
import { IdIndex } from '../../stats/id-index.js';
import type { IdUniqueness } from '../../stats/id-uniqueness.js';
import type { JointTableBuilder } from '../../stats/joint-table-builder.js';
import { quoteToken } from '../../kernel/quote.js';
import type { RowSource } from './row-source.js';

/** A source positioned at batch row `at` (done: at end of file). */
export interface Cursor {
  source: RowSource;
  at: number;
  done: boolean;
}

export function labelConflict(
  head: RowSource,
  id: string,
  line: number,
  baseLabel: string,
  headLabel: string,
): InputError {
  return new InputError(
    `id ${quoteToken(id)} has label ${quoteToken(headLabel)} here but ${quoteToken(baseLabel)} in the base predictions; ` +
      'both models must be evaluated on the same examples with the same labels',
    { file: head.label, line, field: 'label' },
  );
}

export function duplicateId(source: RowSource, id: string, line: number, firstLine: number): InputError {
  return new InputError(`duplicate id ${quoteToken(id)} (first on line ${firstLine}); each example must appear once`, {
    file: source.label,
    line,
    field: 'id',
  });
}

/** The base rows held for the join, by slot (the order they were read). */
class HeldRows {
  size = 0;
  id = new Float64Array(1 << 12); // integer id, or -1 (the string is kept by the IdIndex)
  label = new Int32Array(1 << 12);
  pred = new Int32Array(1 << 12);
  line = new Float64Array(1 << 12);
  matchedAt = new Float64Array(1 << 12); // head line that matched the slot, 0 if none yet

  add(id: number, label: number, pred: number, line: number): void {
    if (this.size === this.id.length) this.grow();
    const s = this.size++;
    this.id[s] = id;
    this.label[s] = label;
    this.pred[s] = pred;
    this.line[s] = line;
  }

  private grow(): void {
    const n = this.id.length * 2;
    const widen = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const next = make(n);
      next.set(a);
      return next;
    };
    this.id = widen(this.id, (k) => new Float64Array(k));
    this.label = widen(this.label, (k) => new Int32Array(k));
    this.pred = widen(this.pred, (k) => new Int32Array(k));
    this.line = widen(this.line, (k) => new Float64Array(k));
    this.matchedAt = widen(this.matchedAt, (k) => new Float64Array(k));
  }
}

/** Ids of one file the other lacks: how many, and up to three for the message. */
export interface Unmatched {
  count: number;
  examples: string[];
}

/** What the join found beyond the paired rows: ids in only one of the files (both empty when they match). */
export interface Coverage {
  onlyBase: Unmatched;
  onlyHead: Unmatched;
}

function tooManyHeld(max: number, head: RowSource, firstBaseLine?: number, firstHeadLine?: number): InputError {
  return new InputError(
    `base and head list their ids in a different order (first difference at base line ${firstBaseLine ?? 'end'}, head line ${firstHeadLine ?? 'end'}), ` +
      `and more than ${max} rows would have to be held in memory to join them; write both files in the same id order (e.g. sort both by id)`,
    { file: head.label },
  );
}

/** The rest of base, from the cursor, into the index and the held rows. */
async function holdBase(
  cursor: Cursor,
  head: Cursor,
  index: IdIndex,
  held: HeldRows,
  baseIds: IdUniqueness,
  max: number,
) {
  const base = cursor.source;
  const firstBaseLine = cursor.at < base.count ? base.lines[cursor.at]! : undefined;
  const firstHeadLine = head.at < head.source.count ? head.source.lines[head.at]! : undefined;
  let from = cursor.at;
  for (let done = cursor.done; !done; done = !(await base.next())) {
    for (let i = from; i < base.count; i++) {
      const num = base.idNum[i]!;
      const str = num >= 0 ? '' : base.idStr[i]!;
      const seen = index.get(num, str);
      if (seen >= 0) throw duplicateId(base, base.idText(i), base.lines[i]!, held.line[seen]!);
      if (held.size >= max) throw tooManyHeld(max, head.source, firstBaseLine, firstHeadLine);
      baseIds.add(num, str);
      index.set(num, str, held.size);
      held.add(num, base.labels[i]!, base.predictions[i]!, base.lines[i]!);
    }
    from = 0;
  }
}

/** The rest of head, looked up in the held base rows; returns the head ids base does not have. */
async function probeHead(cursor: Cursor, index: IdIndex, held: HeldRows, table: JointTableBuilder) {
  const head = cursor.source;
  const onlyHead: Unmatched = { count: 0, examples: [] };
  let from = cursor.at;
  for (let done = cursor.done; !done; done = !(await head.next())) {
    for (let i = from; i < head.count; i++) {
      const num = head.idNum[i]!;
      const slot = index.get(num, num >= 0 ? '' : head.idStr[i]!);
      if (slot < 0) {
        if (onlyHead.count++ < 3) onlyHead.examples.push(head.idText(i));
        continue;
      }
      if (held.matchedAt[slot] !== 0) throw duplicateId(head, head.idText(i), head.lines[i]!, held.matchedAt[slot]!);
      held.matchedAt[slot] = head.lines[i]!;
      const label = held.label[slot]!;
      if (label !== head.labels[i]) {
        const [was, is] = [table.className(label), table.className(head.labels[i]!)];
        throw labelConflict(head, head.idText(i), head.lines[i]!, was, is);
      }
      table.add(label, held.pred[slot]!, head.predictions[i]!);
    }
    from = 0;
  }
  return onlyHead;
}

/**
 * Joins the rest of both files (from the cursors) into the table. Throws on a duplicate among the rows it holds or
 * a label conflict; returns the ids found in only one file, for the caller to report after its duplicate checks (a
 * repeated row shows up as an unmatched id, but is a duplicate).
 */
export async function hashJoin(
  base: Cursor,
  head: Cursor,
  table: JointTableBuilder,
  baseIds: IdUniqueness,
  maxHashJoinRows: number,
): Promise<Coverage> {
  const index = new IdIndex();
  const held = new HeldRows();
  await holdBase(base, head, index, held, baseIds, maxHashJoinRows);
  const onlyHead = await probeHead(head, index, held, table);
  const onlyBase: Unmatched = { count: 0, examples: [] };
  for (let slot = 0; slot < held.size; slot++) {
    if (held.matchedAt[slot] !== 0) continue;
    if (onlyBase.count++ < 3) onlyBase.examples.push(index.stringAt(slot) ?? String(held.id[slot]));
  }
  return { onlyBase, onlyHead };
}

export function coverageError(coverage: Coverage, head: RowSource): InputError {
  const list = (u: Unmatched): string => (u.examples.length ? ` (e.g. ${u.examples.map(quoteToken).join(', ')})` : '');
  const { onlyBase, onlyHead } = coverage;
  return new InputError(
    `base and head predictions cover different examples: ${onlyBase.count} id(s) only in base${list(onlyBase)}, ` +
      `${onlyHead.count} only in head${list(onlyHead)}; evaluate both models on the same set with the same ids`,
    { file: head.label, field: 'id' },
  );
}
