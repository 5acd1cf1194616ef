// Predictions files and numbers that parse "fine" but would be read wrongly: invalid UTF-8 (distinct bad bytes
// decode to the same U+FFFD), repeated JSON keys (JSON.parse keeps the last), numbers that underflow to 0, and a
// repeated row (a duplicate, not an id "only in head").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJointCounts } from '../../src/adapters/predictions-reader.js';
import { InputError } from '../../src/kernel/errors.js';
import { parseYamlOrJson } from '../../src/kernel/safe-parse.js';
import { parseNumberText } from '../../src/readers/common.js';
import { tempDir } from './helpers.js';

const dir = tempDir('mlgate-hostile-preds-');
let serial = 0;
function file(content: string | Uint8Array, ext = 'csv'): string {
  const p = path.join(dir, `f${serial++}.${ext}`);
  writeFileSync(p, content);
  return p;
}
async function refusal(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}
const rows = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('');

describe('invalid UTF-8 in predictions is refused, with the line', () => {
  // 100 rows whose label is the byte 0xFF and prediction 0xFE: different bytes, both decoded to U+FFFD.
  const bad = (label: number, pred: number) =>
    Buffer.concat([
      Buffer.from('id,label,prediction\n'),
      ...Array.from({ length: 100 }, (_, i) =>
        Buffer.concat([Buffer.from(`${i},`), Buffer.from([label]), Buffer.from(','), Buffer.from([pred, 10])]),
      ),
    ]);
  const good = file(`id,label,prediction\n${rows(100, (i) => `${i},a,b\n`)}`);

  it('on the fast path, the string path (quoted) and the last line without a newline', async () => {
    const e = await refusal(readJointCounts(good, file(bad(0xff, 0xfe))));
    expect([e.line, e.message]).toEqual([2, 'the line is not valid UTF-8 text; save the file as UTF-8']);
    const quoted = Buffer.concat([
      Buffer.from('id,label,prediction\n1,"a",b\n2,"'),
      Buffer.from([0xc3]),
      Buffer.from('",b\n'),
    ]);
    expect((await refusal(readJointCounts(file(quoted), good))).line).toBe(3);
    const last = Buffer.concat([Buffer.from('id,label,prediction\n1,a,b\n2,a,'), Buffer.from([0xe2, 0x82])]);
    expect((await refusal(readJointCounts(file(last), good))).line).toBe(3);
  });

  it('in JSON Lines, and an overlong encoding of "a" too', async () => {
    const jsonl = Buffer.concat([
      Buffer.from('{"id":1,"label":"a","prediction":"'),
      Buffer.from([0xc1, 0xa1]),
      Buffer.from('"}\n'),
    ]);
    expect((await refusal(readJointCounts(file(jsonl, 'jsonl'), good))).line).toBe(1);
  });
});

describe('JSON Lines predictions refuse a repeated key, as reports do', () => {
  const base = file('{"id":1,"label":"cat","prediction":"cat"}\n{"id":2,"label":"dog","prediction":"dog"}\n', 'jsonl');
  it('also when the repeat is written with an escape', async () => {
    for (const line of [
      '{"id":2,"label":"dog","prediction":"cat","prediction":"dog"}',
      '{"id":2,"label":"dog","prediction":"cat","predictio\\u006e":"dog"}',
      '{"id":2,"label":"dog","prediction":"dog","meta":{"k":1,"k":2}}',
    ]) {
      const head = file(`{"id":1,"label":"cat","prediction":"cat"}\n${line}\n`, 'jsonl');
      const e = await refusal(readJointCounts(base, head));
      expect(e.line).toBe(2);
      expect(e.message).toMatch(/appears twice in this object/);
    }
  });
});

describe('1e-400 is refused like 1e400 wherever a number is required', () => {
  it('in a JSON Lines id, label or prediction', async () => {
    const base = file('{"id":1,"label":0,"prediction":0}\n', 'jsonl');
    const e = await refusal(readJointCounts(base, file('{"id":1,"label":0,"prediction":1e-400}\n', 'jsonl')));
    expect([e.field, e.line]).toEqual(['prediction', 1]);
    expect(e.message).toMatch(/too close to 0 to be represented/);
    // 0.0e-5 is 0, written oddly: still 0.
    const zero = await readJointCounts(base, file('{"id":1,"label":0,"prediction":0.0e-5}\n', 'jsonl'));
    expect(zero.n).toBe(1);
  });

  it('in a report or config (YAML or JSON) and in a metrics CSV or MLflow value', () => {
    for (const [text, name] of [
      ['version: 1\nmodel: m\nmetrics:\n  accuracy: 1e-400\n', 'r.yaml'],
      ['{"version":1,"model":"m","metrics":{"accuracy":-1E-400}}', 'r.json'],
    ] as const) {
      expect(() => parseYamlOrJson(text, name)).toThrow(/too close to 0 to be represented/);
    }
    expect(parseYamlOrJson('a: 0.000e-999\n', 'c.yaml').value).toEqual({ a: 0 });
    expect(() => parseNumberText('1e-400', { file: 'm.csv', line: 2, field: 'acc' })).toThrow(/too close to 0/);
    expect(parseNumberText('5e-300', { file: 'm.csv' })).toBe(5e-300);
  });
});

describe('a repeated prediction row is a duplicate id, not an id "only in head"', () => {
  const base = file(`id,label,prediction\n${rows(6, (i) => `${i + 1},a,a\n`)}`);
  it('in head (an extra row, or one replacing another) and in base', async () => {
    for (const [b, h, dupFile] of [
      [base, file('id,label,prediction\n1,a,a\n2,a,a\n3,a,a\n3,a,a\n4,a,a\n5,a,a\n6,a,a\n'), 'head'],
      [base, file('id,label,prediction\n1,a,a\n2,a,a\n3,a,a\n3,a,a\n5,a,a\n6,a,a\n'), 'head'],
      [file('id,label,prediction\n1,a,a\n2,a,a\n2,a,a\n3,a,a\n4,a,a\n5,a,a\n6,a,a\n'), base, 'base'],
    ] as const) {
      const e = await refusal(readJointCounts(b, h, { labels: { base: 'base.csv', head: 'head.csv' } }));
      expect(e.message, dupFile).toMatch(/^duplicate id "[23]" \(first on line [34]\)/);
      expect(e.file).toBe(`${dupFile}.csv`);
    }
  });
});

describe('learning-curve CSV numbers', () => {
  it('refuses a value that underflows to 0, like the other readers', async () => {
    const { parseCurveCsv } = await import('../../src/readers/curve-csv.js');
    expect(() => parseCurveCsv('train_size,accuracy\n100,0.8\n200,1e-400\n', 'curve.csv', 'accuracy')).toThrow(
      /too close to 0/,
    );
    expect(parseCurveCsv('train_size,accuracy\n100,0.8\n200,0.85\n', 'curve.csv', 'accuracy')).toHaveLength(2);
  });
});
