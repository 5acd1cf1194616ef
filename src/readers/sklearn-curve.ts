/**
 * A scikit-learn learning curve saved as CSV (the shapes and the parser: curve-csv.ts). The report's headline
 * metric (`score`) is the cross-validated score at the largest size, the points become the report's
 * `learning_curve`, and `data.train_size` is the largest size.
 */
import type { ReaderOutput } from './common.js';
import { parseCurveCsvDetailed } from './curve-csv.js';
import { finish, singleFileReader } from './reader.js';

export function parseSklearnCurveCsv(text: string, file: string, metric = 'score'): ReaderOutput {
  const { points, lines } = parseCurveCsvDetailed(text, file);
  const sorted = [...points].sort((a, b) => a.train_size - b.train_size);
  const last = sorted[sorted.length - 1]!;
  // The line of the largest size, so a finding on the score points at it.
  const line = lines[points.indexOf(last)]!;
  return {
    reader: 'sklearn-curve',
    file,
    metrics: [{ name: metric, value: last.value, line, column: 1 }],
    extra: {
      data: { train_size: last.train_size },
      learning_curve: {
        metric,
        points: sorted.map((p) => ({
          train_size: p.train_size,
          [metric]: p.value,
          ...(p.std !== undefined ? { std: p.std } : {}),
        })),
      },
    },
  };
}

export const sklearnCurveReader = singleFileReader('sklearn-curve', (text, label, naming) =>
  finish(parseSklearnCurveCsv(text, label), naming),
);
