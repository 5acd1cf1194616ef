// Hostile learning-curve CSVs, through the CLI (a report's learning_curve.file) and the parser itself.
import { describe, expect, it } from 'vitest';
import { parseCurveCsvDetailed } from '../../src/readers/curve-csv.js';
import { InputError } from '../../src/kernel/errors.js';
import { CANARY, cli, expectCleanRefusal, report, workspace } from './helpers.js';

const HEADER = 'train_size,acc\n';
const CSV_CASES: Array<{ name: string; csv: string | Uint8Array; message: RegExp; line?: number }> = [
  {
    name: 'ragged row (too few fields)',
    csv: `${HEADER}100,0.5\n200\n`,
    message: /expected 2 fields, found 1/,
    line: 3,
  },
  {
    name: 'ragged row (too many fields)',
    csv: `${HEADER}100,0.5,${CANARY}\n`,
    message: /expected 2 fields, found 3/,
    line: 2,
  },
  { name: '0x10 as a size', csv: `${HEADER}0x10,0.5\n`, message: /train_size: expected a positive number/, line: 2 },
  { name: '1.5abc as a value', csv: `${HEADER}100,1.5abc\n`, message: /acc: expected a finite number/, line: 2 },
  { name: 'NaN value', csv: `${HEADER}100,NaN\n`, message: /acc: expected a finite number/, line: 2 },
  { name: '1e400 value', csv: `${HEADER}100,1e400\n`, message: /acc: expected a finite number/, line: 2 },
  { name: 'negative size', csv: `${HEADER}-5,0.5\n`, message: /train_size: expected a positive number/, line: 2 },
  { name: 'header only', csv: HEADER, message: /has a header but no rows/ },
  { name: 'empty', csv: '', message: /empty learning-curve CSV/ },
  { name: 'no metric column', csv: 'train_size,f1\n100,0.5\n', message: /no column for the metric "acc"/ },
  {
    name: 'UTF-16',
    csv: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}100,0.5\n`, 'utf16le')]),
    message: /UTF-16/,
  },
  {
    name: 'unterminated quote',
    csv: `${HEADER}"100,0.5\n`,
    message: /train_size: expected a positive number|expected 2 fields/,
  },
];

describe('hostile learning-curve CSVs are refused through mlgate compare', () => {
  it.each(CSV_CASES)('$name', async (c) => {
    const dir = workspace({
      'head.yaml': report('  acc: 0.9\n', 'learning_curve:\n  metric: acc\n  file: curve.csv\n'),
      'curve.csv': c.csv,
    });
    const run = await cli(dir, ['compare', '--head', 'head.yaml']);
    expectCleanRefusal(run, 'curve.csv', c.message);
    if (c.line) expect(run.stderr).toMatch(new RegExp(`^error: curve\\.csv:${c.line}: `));
  });
});

describe('CSV that looks odd but is valid is read correctly', () => {
  it('CRLF, a BOM, quoted cells, comments and blank lines', () => {
    const csv = '\ufeff# written by sklearn\r\ntrain_size,"acc",acc_std\r\n\r\n100,0.5,0.01\r\n"200",0.6,\r\n';
    expect(parseCurveCsvDetailed(csv, 'c.csv', 'acc').points).toEqual([
      { train_size: 100, value: 0.5, std: 0.01 },
      { train_size: 200, value: 0.6 },
    ]);
  });

  it('semicolon and tab separators', () => {
    expect(parseCurveCsvDetailed('train_size;acc\n100;0.5\n', 'c.csv', 'acc').points).toEqual([
      { train_size: 100, value: 0.5 },
    ]);
    expect(parseCurveCsvDetailed('train_size\tacc\n100\t0.5\n', 'c.csv', 'acc').points).toEqual([
      { train_size: 100, value: 0.5 },
    ]);
  });

  it('a 70k-character header is not quoted whole in the error', () => {
    expect(() => parseCurveCsvDetailed(`train_size,${'x'.repeat(70_000)}\n1,2\n`, 'c.csv', 'acc')).toThrow(InputError);
    try {
      parseCurveCsvDetailed(`train_size,${'x'.repeat(70_000)}\n1,2\n`, 'c.csv', 'acc');
    } catch (e) {
      expect((e as InputError).message.length).toBeLessThan(1000);
    }
  });

  it('a 70k-character cell is not quoted whole in the error', () => {
    expect(() => parseCurveCsvDetailed(`train_size,acc\n1,${'x'.repeat(70_000)}\n`, 'c.csv', 'acc')).toThrow(
      InputError,
    );
    try {
      parseCurveCsvDetailed(`train_size,acc\n1,${'x'.repeat(70_000)}\n`, 'c.csv', 'acc');
    } catch (e) {
      expect((e as InputError).message.length).toBeLessThan(1000);
    }
  });
});
