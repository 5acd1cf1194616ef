/**
 * Weights & Biases run directories (followed: wandb SDK 0.16–0.19, `wandb/run-<date>_<time>-<id>/files/`).
 * `wandb-summary.json` is the last logged value of each key (written with Python's json, so a diverged value is a
 * bare `NaN`). Keys starting with `_` are W&B's own bookkeeping (`_runtime`, `_timestamp`, `_step`, `_wandb`);
 * values with a `_type` are media or tables (histograms, images), not metrics. Nested dicts are shown in the W&B
 * UI as `outer.inner`, so we flatten them with a dot; keys logged as `val/acc` keep their slash. `config.yaml`
 * next to it holds `wandb.config` as `key: {value: …}` (older SDKs add `desc: null`); its evaluation facts
 * (`eval_size`, `train_size`, `dataset`, `model`, … as for MLflow params) fill the report's blocks.
 */
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { flattenNumbers, paramFacts, type ReaderOutput } from './common.js';
import { done, finish, need, type Reader } from './reader.js';

export function parseWandbSummary(text: string, file: string): ReaderOutput {
  const doc = parseYamlOrJson(text, file, { nonFinite: 'number' });
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new InputError('expected the JSON object W&B writes to wandb-summary.json', { file, line: 1, column: 1 });
  }
  const metrics = flattenNumbers(doc.value, doc.positions, {
    sep: '.',
    skip: (key, value) => key.startsWith('_') || (value !== null && typeof value === 'object' && '_type' in value),
  });
  return { reader: 'wandb', file, metrics };
}

/** `config.yaml`'s plain values (`key: {value: 0.01}`) as text, W&B's own keys left out. */
export function parseWandbConfig(text: string, file: string): Record<string, string> {
  const doc = parseYamlOrJson(text, file);
  const out: Record<string, string> = {};
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) return out;
  for (const [key, entry] of Object.entries(doc.value as Record<string, unknown>)) {
    if (key.startsWith('_') || key === 'wandb_version' || entry === null || typeof entry !== 'object') continue;
    const value = (entry as Record<string, unknown>).value;
    if (typeof value === 'string' || typeof value === 'number')
      Object.defineProperty(out, key, { value: String(value), enumerable: true });
  }
  return out;
}

/** The summary, then the run's config.yaml beside it (absent in older or offline runs: the summary alone). */
export const wandbReader: Reader = {
  name: 'wandb',
  read(entry, got, ctx) {
    const summary = got.file(entry);
    if (summary === undefined) return need({ files: [entry] });
    if (summary === null) return done(null);
    const configPath = path.posix.join(path.posix.dirname(entry), 'config.yaml');
    const config = got.file(configPath);
    if (config === undefined) return need({ files: [configPath] });
    const out = parseWandbSummary(summary, ctx.label(entry));
    if (config !== null) {
      const facts = paramFacts(parseWandbConfig(config, ctx.label(configPath)));
      out.extra = facts.extra;
      if (facts.model_hint)
        Object.assign(out, { model_hint: facts.model_hint, model_hint_from: "the W&B run's config" });
    }
    return done(finish(out, ctx.naming));
  },
};
