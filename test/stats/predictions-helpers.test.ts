// The allocation-free helpers behind the predictions reader: integer ids, the duplicate check, the join index and
// the label interner, each against a plain reference (strings, Set, Map).
import { describe, expect, it } from 'vitest';
import { ByteInterner } from '../../src/stats/byte-interner.js';
import { IdIndex } from '../../src/stats/id-index.js';
import { IdUniqueness, PREFIX_ROWS } from '../../src/stats/id-uniqueness.js';
import { integerId, integerIdBytes } from '../../src/stats/predictions-format.js';

const key = (id: string): [number, string] => {
  const n = integerId(id);
  return [n, n >= 0 ? '' : id];
};

describe('integerId', () => {
  it('reads canonical non-negative integers of up to 15 digits, from strings and from bytes alike', () => {
    const cases: [string, number][] = [
      ['0', 0],
      ['7', 7],
      ['10', 10],
      ['999999999999999', 999_999_999_999_999],
      ['', -1],
      ['01', -1],
      ['00', -1],
      ['-1', -1],
      ['+1', -1],
      ['1.0', -1],
      ['1e3', -1],
      [' 1', -1],
      ['1 ', -1],
      ['1000000000000000', -1],
      ['１', -1],
      ['x1', -1],
    ];
    for (const [text, expected] of cases) {
      expect(integerId(text), text).toBe(expected);
      const bytes = Buffer.from(`,${text},`);
      expect(integerIdBytes(bytes, 1, bytes.length - 1), text).toBe(expected);
      if (expected >= 0) expect(String(expected)).toBe(text); // one key per id text: the join stays a join on text
    }
  });
});

describe('IdUniqueness', () => {
  const check = (ids: string[]): { ordered: boolean; candidates: number } => {
    const u = new IdUniqueness();
    for (const id of ids) u.add(...key(id));
    return { ordered: u.ordered, candidates: u.findCandidates() };
  };

  it('needs no hashes for ids sorted numerically, as strings, or by (length, string)', () => {
    expect(check(['1', '2', '10', '11', '100'])).toEqual({ ordered: true, candidates: 0 });
    expect(check(['1', '10', '100', '11', '2'])).toEqual({ ordered: true, candidates: 0 }); // string order
    expect(check(['a', 'b', 'ba', 'c'])).toEqual({ ordered: true, candidates: 0 });
    expect(check(['01', '1', '1a', '2'])).toEqual({ ordered: true, candidates: 0 }); // mixed kinds, string order
    expect(check(['9', '99', '999999999999999'])).toEqual({ ordered: true, candidates: 0 });
  });

  it('agrees with string comparison on the order of integer ids', () => {
    const ids = [
      '0',
      '1',
      '2',
      '9',
      '10',
      '19',
      '20',
      '99',
      '100',
      '101',
      '123456789012345',
      '999999999999999',
      '12',
      '1234',
    ];
    for (const a of ids) {
      for (const b of ids) {
        const u = new IdUniqueness();
        u.add(...key(a));
        u.add(...key(b));
        const byString = a < b || a.length < b.length || (a.length === b.length && a < b);
        expect(u.ordered, `${a} then ${b}`).toBe(byString);
      }
    }
  });

  it('finds duplicates in unsorted ids, integer and string', () => {
    expect(check(['3', '1', '2'])).toEqual({ ordered: false, candidates: 0 });
    expect(check(['3', '1', '3'])).toEqual({ ordered: false, candidates: 1 });
    expect(check(['b', 'a', 'b', '7', '7'])).toEqual({ ordered: false, candidates: 2 });
    const u = new IdUniqueness();
    for (const id of ['x', '5', 'x']) u.add(...key(id));
    u.findCandidates();
    expect([u.isCandidate(...key('x')), u.isCandidate(...key('5')), u.isCandidate(...key('y'))]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('asks for the ids it did not keep when the order breaks after the kept prefix', () => {
    const ids = Array.from({ length: PREFIX_ROWS + 10 }, (_, i) => String(i));
    ids.push('5', String(PREFIX_ROWS + 3)); // out of order at PREFIX_ROWS + 10; both duplicate earlier ids
    const u = new IdUniqueness();
    for (const id of ids) u.add(...key(id));
    expect(u.missing).toEqual({ from: PREFIX_ROWS, to: PREFIX_ROWS + 10 });
    for (let i = PREFIX_ROWS; i < PREFIX_ROWS + 10; i++) u.addMissing(...key(ids[i]!));
    expect(u.findCandidates()).toBe(2);
    const early = new IdUniqueness();
    for (const id of ['1', '2', '1']) early.add(...key(id));
    expect(early.missing).toBeUndefined();
  });
});

describe('IdIndex', () => {
  it('maps integer and string ids to slots like a Map, across growth', () => {
    const index = new IdIndex();
    const reference = new Map<string, number>();
    const ids: string[] = [];
    for (let i = 0; i < 5000; i++)
      ids.push(String(i * 7919), `id-${i}`, String(2 ** 40 + i), String(999_999_999_999_999 - i));
    ids.forEach((id, slot) => {
      expect(index.get(...key(id))).toBe(-1);
      index.set(...key(id), slot);
      reference.set(id, slot);
    });
    expect(index.size).toBe(reference.size);
    for (const [id, slot] of reference) expect(index.get(...key(id))).toBe(slot);
    for (const absent of ['1', 'id-5000', '01', String(2 ** 40 + 5000), 'ID-1'])
      expect(index.get(...key(absent)), absent).toBe(-1);
    expect([index.stringAt(1), index.stringAt(0)]).toEqual(['id-0', undefined]);
  });
});

describe('ByteInterner', () => {
  it('maps byte strings to the class of their text, resolving each new one once', () => {
    const classes = new Map<string, number>();
    const resolved: string[] = [];
    const interner = new ByteInterner((text) => {
      resolved.push(text);
      if (text === 'refused') return -1;
      if (!classes.has(text)) classes.set(text, classes.size);
      return classes.get(text)!;
    });
    const at = (s: string | Buffer): number => {
      const b = Buffer.concat([Buffer.from('x,'), Buffer.isBuffer(s) ? s : Buffer.from(s), Buffer.from(',y')]);
      return interner.lookup(b, 2, b.length - 2);
    };
    expect([at('cat'), at('dog'), at('cat'), at('猫'), at('ca'), at('猫')]).toEqual([0, 1, 0, 2, 3, 2]);
    expect([at('refused'), at('refused')]).toEqual([-1, -1]); // refusals are not cached
    // Two invalid byte sequences decode to the same text, hence the same class.
    expect(at(Buffer.from([0xff]))).toBe(at(Buffer.from([0xfe])));
    for (let i = 0; i < 2000; i++) expect(at(`class-${i}`)).toBe(classes.get(`class-${i}`));
    for (let i = 0; i < 2000; i++) expect(at(`class-${i}`)).toBe(classes.get(`class-${i}`));
    expect(resolved.filter((t) => t === 'cat')).toHaveLength(1);
    expect(resolved.filter((t) => t === 'refused')).toHaveLength(2);
    expect(resolved.filter((t) => t === 'class-1999')).toHaveLength(1);
  });
});
