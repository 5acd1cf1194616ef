import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJointCounts } from '../../src/adapters/predictions-reader.js';
import { InputError } from '../../src/core/errors.js';
import { summarizeJointCounts } from '../../src/stats/joint-counts.js';
import { predictionsFixture } from './reference.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-preds-'));
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
    const t = await readJointCounts(predictionsFixture('Satellite__logreg.preds.csv'), predictionsFixture('Satellite__hist_gbdt.preds.csv'));
    expect(t.rows).toBe(1609);
    expect(t.join).toBe('lockstep');
    expect(t.labels).toHaveLength(6);
  });

  it('joins on id when the order differs, with the same result', async () => {
    const head = 'id,label,prediction\n4,cat,dog\n3,dog,dog\n2,dog,dog\n1,cat,cat\n';
    const shuffled = await readJointCounts(file(BASE), file(head));
    const ordered = await readJointCounts(file(BASE), file('id,label,prediction\n1,cat,cat\n2,dog,dog\n3,dog,dog\n4,cat,dog\n'));
    expect(shuffled.join).toBe('hash');
    expect(ordered.join).toBe('lockstep');
    expect(Array.from(shuffled.counts)).toEqual(Array.from(ordered.counts));
    const s = summarizeJointCounts(shuffled);
    expect([s.b, s.c]).toEqual([1, 1]); // id 4 got worse, id 2 got better
  });

  it('reads CRLF, a BOM, quoted fields with commas and newlines, extra columns, and JSONL', async () => {
    const csv = '\ufeffscore,id,prediction,label\r\n0.9,1,"a, b",x\r\n0.2,"2","multi\nline",y\r\n';
    const jsonl = '{"id":1,"label":"x","prediction":"a, b"}\n\n{"id":"2","label":"y","prediction":"multi\\nline","score":0.3}\n';
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
    const e2 = await inputError(readJointCounts(file(BASE), file('id,label,prediction\n2,dog,dog\n1,cat,cat\n2,dog,dog\n3,dog,dog\n4,cat,cat\n')));
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
    expect((await inputError(readJointCounts(file('id,truth,prediction\n1,a,a\n'), file(BASE)))).message).toMatch(/header must name the columns id,label,prediction/);
    expect((await inputError(readJointCounts(file('id,label,prediction\n1,,a\n'), file(BASE)))).field).toBe('label');
    const bad = await inputError(readJointCounts(file('{"id":1,"label":"a","prediction":"a"}\n{"id":2,\n', 'jsonl'), file(BASE)));
    expect([bad.line, bad.message.startsWith('not valid JSON')]).toEqual([2, true]);
    const obj = await inputError(readJointCounts(file('{"id":1,"label":{"x":1},"prediction":"a"}\n', 'jsonl'), file(BASE)));
    expect(obj.format()).toMatch(/:1: label: label must be a string or a finite number, got a object/);
  });

  it('rejects a label that differs between base and head', async () => {
    const e = await inputError(readJointCounts(file(BASE), file('id,label,prediction\n1,dog,cat\n2,dog,cat\n3,dog,dog\n4,cat,cat\n')));
    expect(e.message).toMatch(/id "1" has label "dog" here but "cat" in the base/);
    expect(e.line).toBe(2);
  });

  it('enforces the size, row, class and hash-join limits', async () => {
    expect((await inputError(readJointCounts(file(BASE), file(BASE), { maxBytes: 20 }))).message).toMatch(/more than the limit of 20/);
    expect((await inputError(readJointCounts(file(BASE), file(BASE), { maxRows: 3 }))).line).toBe(5);
    expect((await inputError(readJointCounts(file(BASE), file(BASE), { maxClasses: 1 }))).message).toMatch(/more than 1 distinct labels/);
    const reversed = 'id,label,prediction\n4,cat,cat\n3,dog,dog\n2,dog,cat\n1,cat,cat\n';
    expect((await inputError(readJointCounts(file(BASE), file(reversed), { maxHashJoinRows: 2 }))).message).toMatch(/same id order/);
  });

  it('rejects missing files and files with only a header', async () => {
    expect((await inputError(readJointCounts(join(dir, 'nope.csv'), file(BASE)))).message).toMatch(/cannot open predictions file \(ENOENT\)/);
    const h = 'id,label,prediction\n';
    expect((await inputError(readJointCounts(file(h), file(h)))).message).toMatch(/no prediction rows/);
  });

  it('streams rows across chunk boundaries (a 60k-row file with a multi-line quoted field)', async () => {
    const rows = ['id,label,prediction'];
    for (let i = 0; i < 60_000; i++) rows.push(i === 31_000 ? `${i},"long\nlabel",b` : `${i},${i % 3 === 0 ? 'a' : 'b'},${i % 5 === 0 ? 'a' : 'b'}`);
    const p = file(`${rows.join('\n')}\n`);
    const t = await readJointCounts(p, p);
    expect(t.rows).toBe(60_000);
    expect(t.labels).toContain('long\nlabel');
  });
});
