/**
 * PyTorch Lightning's `CSVLogger` (followed: `lightning/fabric/loggers/csv_logs.py`, `_ExperimentWriter`, Lightning
 * 2.x): `<save_dir>/<name>/version_<N>/metrics.csv`, one row per `log_metrics` call with `step` added, written by
 * `csv.DictWriter` over the union of all keys, so a row leaves empty the metrics it did not log (training and
 * validation metrics land on different rows). Each metric is its last non-empty value; the model is the logger's
 * `name` (the directory above `version_<N>`), except the default `lightning_logs`, which names nothing.
 */
import { splitCsv } from '../kernel/csv-row.js';
import { InputError } from '../kernel/errors.js';
import type { ReaderOutput } from './common.js';
import { lastNumericCells } from './flat.js';
import { finish, singleFileReader } from './reader.js';

export const LIGHTNING_VERSION_DIR = /^version_\d+$/;

export function parseLightningCsv(text: string, file: string): ReaderOutput {
  const t = splitCsv(text, file);
  if (t.rows.length === 0) throw new InputError('the CSV has a header but no rows', { file, line: t.headerLine });
  const parts = file.replace(/ \(base\)$/, '').split('/');
  const name =
    parts.length >= 3 && LIGHTNING_VERSION_DIR.test(parts[parts.length - 2]!) ? parts[parts.length - 3] : undefined;
  const hint = name && name !== 'lightning_logs' ? { model_hint: name, model_hint_from: "the CSVLogger's name" } : {};
  return { reader: 'lightning', file, metrics: lastNumericCells(t, file), ...hint };
}

export const lightningReader = singleFileReader('lightning', (text, label, naming) =>
  finish(parseLightningCsv(text, label), naming),
);
