/**
 * Weights & Biases `wandb-summary.json` (followed: wandb SDK 0.16–0.19 run directories,
 * `wandb/run-<date>_<time>-<id>/files/wandb-summary.json`). The summary is the last logged value of each key.
 * Keys starting with `_` are W&B's own bookkeeping (`_runtime`, `_timestamp`, `_step`, `_wandb`); values with a
 * `_type` are media or tables (histograms, images), not metrics. Nested dicts are shown in the W&B UI as
 * `outer.inner`, so we flatten them with a dot; keys logged as `val/acc` keep their slash.
 */
import { InputError } from '../kernel/errors.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { flattenNumbers, type ReaderOutput } from './common.js';
import { finish, singleFileReader } from './reader.js';

export function parseWandbSummary(text: string, file: string): ReaderOutput {
  const doc = parseYamlOrJson(text, file);
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new InputError('expected the JSON object W&B writes to wandb-summary.json', { file, line: 1, column: 1 });
  }
  const metrics = flattenNumbers(doc.value, file, doc.positions, {
    sep: '.',
    skip: (key, value) => key.startsWith('_') || (value !== null && typeof value === 'object' && '_type' in value),
  });
  return { reader: 'wandb', file, metrics };
}

export const wandbReader = singleFileReader('wandb', (text, label, naming) =>
  finish(parseWandbSummary(text, label), naming),
);
