/**
 * Hugging Face `Trainer` output directories (followed: transformers 4.3x `trainer_pt_utils.save_metrics` and
 * `TrainerState.save_to_json`): `all_results.json` (train and eval results merged), `eval_results.json`,
 * `train_results.json`, each `json.dump(metrics, indent=4, sort_keys=True)`, and `trainer_state.json`, whose
 * `log_history` is one entry per logging or evaluation step. `eval_samples` is the evaluation set's size and
 * `train_samples` the training set's; in `log_history` each key's last logged value is the result.
 */
import { InputError } from '../kernel/errors.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { flattenNumbers, type RawMetric, type ReaderOutput } from './common.js';
import { finish, singleFileReader } from './reader.js';

/** The files of an output directory, best first: the merged results, the eval results, the state's log. */
export const HF_FILES = ['all_results.json', 'eval_results.json', 'trainer_state.json'] as const;

const SIZES: Record<string, 'eval' | 'data'> = { eval_samples: 'eval', train_samples: 'data' };

export function parseHfFile(text: string, file: string): ReaderOutput {
  const doc = parseYamlOrJson(text, file, { nonFinite: 'number' });
  const root = doc.value;
  if (root === null || typeof root !== 'object' || Array.isArray(root))
    throw new InputError('expected the JSON object the Trainer writes', { file, line: 1, column: 1 });
  const base = file
    .replace(/ \(base\)$/, '')
    .split('/')
    .pop();
  const all =
    base === 'trainer_state.json'
      ? lastLogged(root as Record<string, unknown>, doc.positions, file)
      : flattenNumbers(root, doc.positions);
  const extra: NonNullable<ReaderOutput['extra']> = {};
  const metrics: RawMetric[] = [];
  for (const m of all) {
    const block = SIZES[m.name];
    if (block && Number.isInteger(m.value) && m.value > 0) {
      if (block === 'eval') extra.eval = { size: m.value };
      else extra.data = { train_size: m.value };
    } else metrics.push(m);
  }
  return { reader: 'hf', file, metrics, extra };
}

/** Each key's last numeric value over `log_history` (training and evaluation entries are separate). */
function lastLogged(
  state: Record<string, unknown>,
  positions: Map<string, { line: number; column: number }>,
  file: string,
): RawMetric[] {
  const history = state.log_history;
  if (!Array.isArray(history))
    throw new InputError('has no log_history list: is this the trainer_state.json of a Trainer run?', {
      file,
      field: 'log_history',
    });
  const last = new Map<string, RawMetric>();
  history.forEach((entry, i) => {
    const rekeyed = new Map<string, { line: number; column: number }>();
    const prefix = `/log_history/${i}`;
    for (const [k, v] of positions) if (k.startsWith(prefix + '/')) rekeyed.set(k.slice(prefix.length), v);
    for (const m of flattenNumbers(entry, rekeyed)) last.set(m.name, m);
  });
  return [...last.values()];
}

export const hfReader = singleFileReader('hf', (text, label, naming) => finish(parseHfFile(text, label), naming));
