/**
 * Keras' `CSVLogger` callback (followed: `keras/src/callbacks/csv_logger.py`, Keras 3; tf.keras 2.x writes the
 * same): `training.log` by convention, header `epoch` then the logs' keys sorted, one row per epoch, `NA` for a
 * key an epoch did not log (validation every `validation_freq` epochs). Each metric is its last logged value.
 */
import { splitCsv } from '../kernel/csv-row.js';
import { InputError } from '../kernel/errors.js';
import type { ReaderOutput } from './common.js';
import { lastNumericCells } from './flat.js';
import { finish, singleFileReader } from './reader.js';

export function parseKerasLog(text: string, file: string): ReaderOutput {
  const t = splitCsv(text, file);
  if (t.header[0] !== 'epoch')
    throw new InputError("expected Keras CSVLogger's header, starting with `epoch`", { file, line: t.headerLine });
  if (t.rows.length === 0) throw new InputError('the log has a header but no epochs', { file, line: t.headerLine });
  return { reader: 'keras', file, metrics: lastNumericCells(t, file) };
}

export const kerasReader = singleFileReader('keras', (text, label, naming) =>
  finish(parseKerasLog(text, label), naming),
);
