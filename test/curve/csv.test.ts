import { describe, expect, it } from 'vitest';
import { parseCurveCsv, parseCurveCsvDetailed } from '../../src/readers/curve-csv.js';
import { InputError } from '../../src/kernel/errors.js';
import { readFixture } from './helpers.js';

function err(text: string, metric = 'accuracy'): InputError {
  try {
    parseCurveCsv(text, 'curve.csv', metric);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseCurveCsv', () => {
  it('reads the CRLF example with a cost column in CPU-hours', () => {
    const r = parseCurveCsvDetailed(readFixture('issue-example.csv'), 'issue-example.csv', 'accuracy');
    expect(r.cost_unit).toBe('CPU-h');
    expect(r.points).toHaveLength(5);
    expect(r.points[0]).toEqual({ train_size: 125000, value: 0.871, cost: 0.09 });
  });

  it('accepts header names in any case and order, std, seconds, BOM, comments, blank lines, quotes', () => {
    const text =
      '\uFEFF# from sklearn\nAccuracy;Train_Size;accuracy_std;train_cpu_seconds\n\n"0.9";100;0.01;36\n0.95;200;;72\n';
    const r = parseCurveCsvDetailed(text, 'c.csv', 'accuracy');
    expect(r.cost_unit).toBe('CPU-h');
    expect(r.points).toEqual([
      { train_size: 100, value: 0.9, std: 0.01, cost: 0.01 },
      { train_size: 200, value: 0.95, cost: 0.02 },
    ]);
  });

  it('names file and line of a bad row', () => {
    const e = err('train_size,accuracy\n100,0.9\n200,abc\n');
    expect(e.format()).toBe('curve.csv:3: accuracy: expected a finite number');
    expect(err('train_size,accuracy\r\n100,0.9\r\n-5,0.9\r\n').line).toBe(3);
    expect(err('train_size,accuracy\n100,0.9,7\n').format()).toBe('curve.csv:2: expected 2 fields, found 3');
    expect(err('train_size,accuracy,std\n100,0.9,-1\n').line).toBe(2);
  });

  it('names missing columns and empty files', () => {
    expect(err('size_of_data,accuracy\n1,2\n').message).toMatch(/no train_size column/);
    expect(err('train_size,f1\n1,0.2\n').message).toMatch(
      /no column for the metric "accuracy" \(found 2 columns: train_size, f1\)/,
    );
    expect(err('\n\n').message).toMatch(/empty learning-curve CSV/);
    expect(err('train_size,accuracy\n').line).toBe(1);
  });
});
