/**
 * A learning curve computed with scikit-learn (followed: scikit-learn 1.3–1.6 `learning_curve` and
 * `LearningCurveDisplay`), saved as CSV. `learning_curve` returns `train_sizes_abs`, `train_scores` and
 * `test_scores` (one column per CV fold); people save either the means and standard deviations
 * (`train_sizes,train_scores_mean,train_scores_std,test_scores_mean,test_scores_std`) or one column per fold
 * (`test_score_fold0`, …, or `split0_test_score` like `cross_validate`). The report's headline metric is the
 * cross-validated score at the largest size, and the points become the report's `learning_curve`.
 */
import { InputError } from '../kernel/errors.js';
import { parseNumberText, type ReaderOutput } from './common.js';
import { splitCsv } from '../kernel/csv-row.js';
import { finish, singleFileReader } from './reader.js';

const SIZE = /^(train_sizes?(_abs)?|n_train|n_samples|size)$/;
const MEAN = /^(test|val|validation|cv)_scores?(_mean)?$|^mean_test_score$/;
const STD = /^(test|val|validation|cv)_scores?_std$|^std_test_score$/;
const FOLD = /^(test_scores?_fold_?\d+|split\d+_test_score|test_scores?_\d+)$/;

/** True when a CSV header looks like a scikit-learn learning curve (used to pick this reader for `.csv`). */
export function looksLikeSklearnCurve(header: string[]): boolean {
  const lower = header.map((c) => c.toLowerCase());
  return lower.some((c) => SIZE.test(c)) && lower.some((c) => MEAN.test(c) || FOLD.test(c));
}

export function parseSklearnCurveCsv(text: string, file: string, metric = 'score'): ReaderOutput {
  const t = splitCsv(text, file);
  const lower = t.header.map((c) => c.toLowerCase());
  const iSize = lower.findIndex((c) => SIZE.test(c));
  const iMean = lower.findIndex((c) => MEAN.test(c));
  const iStd = lower.findIndex((c) => STD.test(c));
  const folds = lower.map((c, i) => (FOLD.test(c) ? i : -1)).filter((i) => i >= 0);
  const at = { file, line: t.headerLine };
  if (iSize < 0)
    throw new InputError('no train_sizes column; save `train_sizes_abs` from learning_curve as `train_sizes`', at);
  if (iMean < 0 && folds.length === 0)
    throw new InputError('no test_scores_mean column and no per-fold test score columns', at);
  const points: Array<Record<string, number>> = [];
  for (const row of t.rows) {
    const where = { file, line: row.line };
    const size = parseNumberText(row.cells[iSize]!, { ...where, field: t.header[iSize] });
    if (!(size > 0)) throw new InputError('train size must be positive', { ...where, field: t.header[iSize] });
    let value: number;
    let std: number | undefined;
    if (iMean >= 0) {
      value = parseNumberText(row.cells[iMean]!, { ...where, field: t.header[iMean] });
      if (iStd >= 0) std = parseNumberText(row.cells[iStd]!, { ...where, field: t.header[iStd] });
    } else {
      const xs = folds.map((i) => parseNumberText(row.cells[i]!, { ...where, field: t.header[i] }));
      value = xs.reduce((a, b) => a + b, 0) / xs.length;
      // numpy's default (ddof=0), which is what `test_scores.std(axis=1)` in scikit-learn's examples gives.
      std = Math.sqrt(xs.reduce((a, b) => a + (b - value) ** 2, 0) / xs.length);
    }
    points.push({ train_size: size, [metric]: value, ...(std !== undefined ? { std } : {}) });
  }
  if (points.length === 0) throw new InputError('the CSV has a header but no rows', at);
  points.sort((a, b) => a.train_size! - b.train_size!);
  const last = points[points.length - 1]!;
  const lastRow = t.rows.reduce((best, r) => (Number(r.cells[iSize]) >= Number(best.cells[iSize]) ? r : best));
  return {
    reader: 'sklearn-curve',
    file,
    metrics: [{ name: metric, value: last[metric]!, line: lastRow.line, column: 1 }],
    extra: { data: { train_size: last.train_size! }, learning_curve: { metric, points } },
  };
}

export const sklearnCurveReader = singleFileReader('sklearn-curve', (text, label, naming) =>
  finish(parseSklearnCurveCsv(text, label), naming),
);
