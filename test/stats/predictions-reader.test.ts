import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJointCounts } from '../../src/adapters/predictions-reader.js';
import { InputError } from '../../src/kernel/errors.js';
import { summarizeJointCounts } from '../../src/stats/joint-counts.js';
import { predictionsFixture } from './reference.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-preds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let serial = 0;
function file(content: string, ext = 'csv'): string {
  const p = join(dir, `f${serial++}.${ext}`);
  writeFileSync(p, content);
  return p;
}
async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

const BASE = 'id,label,prediction\n1,cat,cat\n2,dog,cat\n3,dog,dog\n4,cat,cat\n';

describe('readJointCounts', () => {
  it('joins real sklearn predictions in lockstep', async () => {
    const t = await readJointCounts(
      predictionsFixture('Satellite__logreg.preds.csv'),
      predictionsFixture('Satellite__hist_gbdt.preds.csv'),
    );
    expect(t.rows).toBe(1609);
    expect(t.join).toBe('lockstep');
    expect(t.labels).toHaveLength(6);
  });

  it('joins on id when the order differs, with the same result', async () => {
    const head = 'id,label,prediction\n4,cat,dog\n3,dog,dog\n2,dog,dog\n1,cat,cat\n';
    const shuffled = await readJointCounts(file(BASE), file(head));
    const ordered = await readJointCounts(
      file(BASE),
      file('id,label,prediction\n1,cat,cat\n2,dog,dog\n3,dog,dog\n4,cat,dog\n'),
    );
    expect(shuffled.join).toBe('hash');
    expect(ordered.join).toBe('lockstep');
    expect(Array.from(shuffled.counts)).toEqual(Array.from(ordered.counts));
    const s = summarizeJointCounts(shuffled);
    expect([s.b, s.c]).toEqual([1, 1]); // id 4 got worse, id 2 got better
  });

  it('reads CRLF, a BOM, quoted fields with commas and newlines, extra columns, and JSONL', async () => {
    const csv = '\ufeffscore,id,prediction,label\r\n0.9,1,"a, b",x\r\n0.2,"2","multi\nline",y\r\n';
    const jsonl =
      '{"id":1,"label":"x","prediction":"a, b"}\n\n{"id":"2","label":"y","prediction":"multi\\nline","score":0.3}\n';
    const t = await readJointCounts(file(csv), file(jsonl, 'jsonl'));
    expect(t.rows).toBe(2);
    expect(t.labels).toEqual(['x', 'a, b', 'y', 'multi\nline']);
    expect(t.join).toBe('lockstep');
  });

  it('reports ids present in only one file with counts and examples', async () => {
    const head = 'id,label,prediction\n1,cat,cat\n2,dog,cat\n9,dog,dog\n';
    const e = await inputError(readJointCounts(file(BASE), file(head)));
    expect(e.message).toMatch(/2 id\(s\) only in base \(e\.g\. "3", "4"\), 1 only in head \(e\.g\. "9"\)/);
  });

  it('rejects duplicate ids with file:line, in ordered and unordered files', async () => {
    const dup = 'id,label,prediction\n1,cat,cat\n2,dog,cat\n1,cat,cat\n';
    const p = file(dup);
    const e = await inputError(readJointCounts(p, file(dup)));
    expect(e.format()).toBe(`${p}:4: id: duplicate id "1" (first on line 2); each example must appear once`);
    const e2 = await inputError(
      readJointCounts(file(BASE), file('id,label,prediction\n2,dog,dog\n1,cat,cat\n2,dog,dog\n3,dog,dog\n4,cat,cat\n')),
    );
    expect(e2.message).toMatch(/duplicate id "2" \(first on line 2\)/);
    expect(e2.line).toBe(4);
  });

  it('rejects a bad row with file:line and a short sanitized snippet', async () => {
    const evil = `id,label,prediction\n1,cat,cat\n2,dog\u001b[31m${'x'.repeat(500)}\n`;
    const p = file(evil);
    const e = await inputError(readJointCounts(p, file(BASE)));
    expect(e.file).toBe(p);
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/expected 3 comma-separated fields/);
    expect(e.message).not.toContain('\u001b');
    expect(e.message.length).toBeLessThan(250);
  });

  it('rejects a missing header column, empty fields, bad JSON and non-scalar JSON values', async () => {
    expect((await inputError(readJointCounts(file('id,truth,prediction\n1,a,a\n'), file(BASE)))).message).toMatch(
      /header must name the columns id,label,prediction/,
    );
    expect((await inputError(readJointCounts(file('id,label,prediction\n1,,a\n'), file(BASE)))).field).toBe('label');
    const bad = await inputError(
      readJointCounts(file('{"id":1,"label":"a","prediction":"a"}\n{"id":2,\n', 'jsonl'), file(BASE)),
    );
    expect([bad.line, bad.message.startsWith('not valid JSON')]).toEqual([2, true]);
    const obj = await inputError(
      readJointCounts(file('{"id":1,"label":{"x":1},"prediction":"a"}\n', 'jsonl'), file(BASE)),
    );
    expect(obj.format()).toMatch(/:1: label: label must be a string or a finite number, got a object/);
  });

  it('rejects a label that differs between base and head', async () => {
    const e = await inputError(
      readJointCounts(file(BASE), file('id,label,prediction\n1,dog,cat\n2,dog,cat\n3,dog,dog\n4,cat,cat\n')),
    );
    expect(e.message).toMatch(/id "1" has label "dog" here but "cat" in the base/);
    expect(e.line).toBe(2);
  });

  it('enforces the size, row, class and hash-join limits', async () => {
    expect((await inputError(readJointCounts(file(BASE), file(BASE), { maxBytes: 20 }))).message).toMatch(
      /more than the limit of 20/,
    );
    expect((await inputError(readJointCounts(file(BASE), file(BASE), { maxRows: 3 }))).line).toBe(5);
    expect((await inputError(readJointCounts(file(BASE), file(BASE), { maxClasses: 1 }))).message).toMatch(
      /more than 1 distinct labels/,
    );
    const reversed = 'id,label,prediction\n4,cat,cat\n3,dog,dog\n2,dog,cat\n1,cat,cat\n';
    expect((await inputError(readJointCounts(file(BASE), file(reversed), { maxHashJoinRows: 2 }))).message).toMatch(
      /same id order/,
    );
  });

  it('rejects missing files and files with only a header', async () => {
    expect((await inputError(readJointCounts(join(dir, 'nope.csv'), file(BASE)))).message).toMatch(
      /cannot open predictions file \(ENOENT\)/,
    );
    const h = 'id,label,prediction\n';
    expect((await inputError(readJointCounts(file(h), file(h)))).message).toMatch(/no prediction rows/);
  });

  it('streams rows across chunk boundaries (a 60k-row file with a multi-line quoted field)', async () => {
    const rows = ['id,label,prediction'];
    for (let i = 0; i < 60_000; i++)
      rows.push(i === 31_000 ? `${i},"long\nlabel",b` : `${i},${i % 3 === 0 ? 'a' : 'b'},${i % 5 === 0 ? 'a' : 'b'}`);
    const p = file(`${rows.join('\n')}\n`);
    const t = await readJointCounts(p, p);
    expect(t.rows).toBe(60_000);
    expect(t.labels).toContain('long\nlabel');
  });

  it('names the files by their labels in errors, not by the paths read', async () => {
    const labels = { base: 'preds.csv (base)', head: 'models/a/preds.csv' };
    const bad = await inputError(
      readJointCounts(file('id,label,prediction\n1,cat,cat\n2,dog\n'), file(BASE), { labels }),
    );
    expect(bad.format()).toMatch(/^preds\.csv \(base\):3: expected 3 comma-separated fields/);
    const headBad = await inputError(readJointCounts(file(BASE), file('id,label,prediction\n1,,cat\n'), { labels }));
    expect(headBad.format()).toMatch(/^models\/a\/preds\.csv:2: label: empty label/);
    const missing = await inputError(readJointCounts(join(dir, 'gone.csv'), file(BASE), { labels }));
    expect(missing.file).toBe('preds.csv (base)');
    const cover = await inputError(
      readJointCounts(file(BASE), file('id,label,prediction\n4,cat,cat\n1,cat,cat\n'), { labels }),
    );
    expect([cover.file, cover.message]).toEqual([
      'models/a/preds.csv',
      expect.stringMatching(/2 id\(s\) only in base \(e\.g\. "2", "3"\), 0 only in head/),
    ]);
    const dup = 'id,label,prediction\n2,dog,cat\n1,cat,cat\n2,dog,cat\n';
    expect((await inputError(readJointCounts(file(dup), file(dup), { labels }))).format()).toBe(
      'preds.csv (base):4: id: duplicate id "2" (first on line 2); each example must appear once',
    );
    const conflict = await inputError(
      readJointCounts(file(BASE), file('id,label,prediction\n1,dog,cat\n'), { labels }),
    );
    expect([conflict.file, conflict.line]).toEqual(['models/a/preds.csv', 2]);
    const empty = 'id,label,prediction\n';
    expect((await inputError(readJointCounts(file(empty), file(empty), { labels }))).file).toBe('preds.csv (base)');
  });

  it('joins only ids with the same text: integer ids are numbers, "01", "1.0" and " 1" stay strings', async () => {
    const base = 'id,label,prediction\n1,a,a\n01,a,b\n1.0,b,b\n 1,b,a\n123456789012345,a,a\n1234567890123456,b,b\n';
    const head = 'id,label,prediction\n1234567890123456,b,a\n 1,b,b\n1.0,b,a\n01,a,a\n1,a,b\n123456789012345,a,b\n';
    const t = await readJointCounts(file(base), file(head));
    expect([t.join, t.rows]).toEqual(['hash', 6]);
    const s = summarizeJointCounts(t);
    expect([s.b, s.c]).toEqual([4, 2]); // worse: 1, 1.0, 123456789012345, 1234567890123456; better: 01, " 1"
    const e = await inputError(
      readJointCounts(file('id,label,prediction\n1,a,a\n2,a,a\n'), file('id,label,prediction\n1,a,a\n02,a,a\n')),
    );
    expect(e.message).toMatch(/1 id\(s\) only in base \(e\.g\. "2"\), 1 only in head \(e\.g\. "02"\)/);
    // The last row needs no final newline (CSV and JSONL).
    const noNewline = await readJointCounts(
      file('id,label,prediction\n1,a,a\n22,b,a'),
      file('{"id":22,"label":"b","prediction":"b"}\n{"id":1,"label":"a","prediction":"a"}', 'jsonl'),
    );
    expect([noNewline.rows, summarizeJointCounts(noNewline).c]).toEqual([2, 1]);
    const quotedLast = await readJointCounts(
      file('id,label,prediction\n1,a,a\n2,"b",a'),
      file('id,label,prediction\n1,a,a\n2,b,"a"'),
    );
    expect(quotedLast.labels).toEqual(['a', 'b']);
    // A JSON number id and the same digits in CSV are the same example.
    const jsonl = await readJointCounts(
      file('id,label,prediction\n10,a,a\n9,a,b\n'),
      file('{"id":9,"label":"a","prediction":"a"}\n{"id":"10","label":"a","prediction":"a"}\n', 'jsonl'),
    );
    expect(jsonl.rows).toBe(2);
  });

  it('reads non-ASCII values and fields longer in bytes than in characters like the string parser does', async () => {
    const e200 = 'é'.repeat(200); // 400 bytes, 200 characters: within the 256-character limit
    const t = await readJointCounts(
      file(`id,label,prediction\nμ-1,${e200},猫\nμ-2,猫,${e200}\n`),
      file(`id,label,prediction\nμ-2,猫,猫\nμ-1,${e200},猫\n`),
    );
    expect(t.labels).toEqual([e200, '猫']);
    expect(t.rows).toBe(2);
    const long = await inputError(readJointCounts(file(`id,label,prediction\n1,${'x'.repeat(257)},a\n`), file(BASE)));
    expect([long.line, long.field]).toEqual([2, 'label']);
    const line = await inputError(
      readJointCounts(file(`id,label,prediction\n1,a,a\n2,${'é'.repeat(70_000)},a`), file(BASE)),
    ); // no final newline
    expect([line.line, line.message]).toEqual([3, 'line longer than 65536 characters (or not a text file)']);
  });

  it('finds a duplicate after a long sorted prefix (ids whose hashes were not kept are re-read)', async () => {
    const rows = ['id,label,prediction'];
    for (let i = 0; i < 70_000; i++) rows.push(`${i},a,${i % 7 === 0 ? 'b' : 'a'}`);
    const sorted = `${rows.join('\n')}\n`;
    const dup = file(`${sorted}70001,a,a\n5,a,b\n`);
    const e = await inputError(readJointCounts(dup, dup));
    expect(e.format()).toBe(`${dup}:70003: id: duplicate id "5" (first on line 7); each example must appear once`);
    const late = file(`${sorted}70001,a,a\n70000,a,a\n`); // out of order at row 70,001 but no duplicate
    const t = await readJointCounts(late, late);
    expect([t.rows, t.join]).toEqual([70_002, 'lockstep']);
    const lexical = file(
      `id,label,prediction\n${['1', '10', '100', '11', '2', '20', '3'].map((id) => `${id},a,a`).join('\n')}\n`,
    );
    expect((await readJointCounts(lexical, lexical)).rows).toBe(7); // sorted as strings: no hashes needed
  });

  it('gives the same table as a naive in-memory join on random files (fast and fallback paths, both orders)', async () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const classes = ['a', 'b b', 'é', '"q"', 'c,d', '猫', 'l\nm'];
    const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    for (let round = 0; round < 6; round++) {
      const n = 3000 + rand(3000);
      const ids = Array.from({ length: n }, (_, i) =>
        round % 3 === 0 ? String(i * 3) : round % 3 === 1 ? `x${i}` : rand(2) ? String(i) : `0${i}`,
      );
      const label = ids.map(() => classes[rand(7)]!);
      const bp = ids.map(() => classes[rand(7)]!);
      const hp = ids.map(() => classes[rand(7)]!);
      // A padding column of random width makes the files 1.5-3 MiB, so rows straddle the 1 MiB chunk boundaries.
      const pad = ids.map(() => 'é'.repeat(rand(500)));
      const order = ids.map((_, i) => i);
      if (round % 2 === 1) order.sort(() => rand(3) - 1);
      const csv = (pred: string[], idx: number[], crlf: string): string =>
        round % 2 === 0
          ? `note,id,label,prediction${crlf}` +
            idx.map((i) => `${pad[i]},${quote(ids[i]!)},${quote(label[i]!)},${quote(pred[i]!)}${crlf}`).join('')
          : `id,label,prediction,note${crlf}` +
            idx.map((i) => `${quote(ids[i]!)},${quote(label[i]!)},${quote(pred[i]!)},${pad[i]}${crlf}`).join('');
      const t = await readJointCounts(
        file(
          csv(
            bp,
            ids.map((_, i) => i),
            '\n',
          ),
        ),
        file(csv(hp, order, round === 2 ? '\r\n' : '\n')),
      );
      const k = t.labels.length;
      const expected = new Float64Array(k * k * k);
      const at = (v: string): number => t.labels.indexOf(v);
      ids.forEach((_, i) => expected[(at(label[i]!) * k + at(bp[i]!)) * k + at(hp[i]!)]!++);
      expect(Array.from(t.counts)).toEqual(Array.from(expected));
      expect(t.rows).toBe(n);
    }
  });
});
