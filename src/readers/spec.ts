/**
 * Where a report comes from. A `reports:` entry (or the action's `report` input) is a path or glob, optionally
 * prefixed with the reader: `dvc:dvc.yaml`, `dvc-show:dvc-metrics.json`, `mlflow:mlruns/1/*`,
 * `wandb:wandb/latest-run/files/wandb-summary.json`, `hf:outputs`, `lightning:lightning_logs/version_0/metrics.csv`,
 * `keras:training.log`, `json:eval/metrics.json`, `csv:eval/metrics.csv`,
 * `sklearn-curve:eval/learning_curve.csv`, `mlgate:models/x/mlgate.yaml`. Without a prefix the reader is
 * chosen by the file's name (see `detectReader`). `models.<name>.report` names the model a source belongs to.
 * `mlflow-server:<experiment>` names a tracking server's runs instead of files (read by the `mlflow` reader).
 */
import { InputError } from '../kernel/errors.js';
import { globProblem } from '../kernel/glob.js';
import { splitSpec } from '../kernel/spec-syntax.js';
import type { ReaderName } from './common.js';
import { HF_FILES } from './hf.js';
import { LIGHTNING_VERSION_DIR } from './lightning.js';

const HF_NAMES: readonly string[] = HF_FILES;

export const READERS: readonly ReaderName[] = [
  'mlgate',
  'dvc',
  'dvc-show',
  'mlflow',
  'wandb',
  'hf',
  'lightning',
  'keras',
  'csv',
  'json',
  'sklearn-curve',
];

export interface ReportSource {
  /** null: chosen per file by `detectReader`. */
  reader: ReaderName | null;
  /** Workspace-relative path or glob (for MLflow: of run directories). */
  pattern: string;
  /** From `models.<name>.report`: the model's name, whatever the files say. */
  model?: string;
  /** `mlflow-server:…`: runs of the tracking server in MLFLOW_TRACKING_URI, not files (`pattern` is the spec). */
  server?: ServerSpec;
}

/** `mlflow-server:<experiment>[?run_name=<name>&tag.<key>=<value>…]`: which runs of the server count. */
export interface ServerSpec {
  experiment: string;
  run_name?: string;
  tags?: Record<string, string>;
}

export const SERVER_PREFIX = 'mlflow-server';

function parseServerSpec(rest: string, field: string): ServerSpec {
  const q = rest.indexOf('?');
  const experiment = (q < 0 ? rest : rest.slice(0, q)).trim();
  if (experiment === '' || experiment.length > 500)
    throw new InputError("mlflow-server: needs the experiment's name (mlflow-server:<experiment>)", { field });
  const out: ServerSpec = { experiment };
  for (const [key, value] of new URLSearchParams(q < 0 ? '' : rest.slice(q + 1))) {
    if (key === 'run_name') out.run_name = value;
    else if (key.startsWith('tag.') && key.length > 4) out.tags = { ...out.tags, [key.slice(4)]: value };
    else
      throw new InputError(
        `mlflow-server: unknown filter "${key.slice(0, 40)}"; use run_name=<name> or tag.<key>=<value> after a "?"`,
        { field },
      );
  }
  return out;
}

export function parseSourceSpec(spec: string, field = 'reports'): ReportSource {
  const { prefix, path } = splitSpec(spec);
  if (prefix === SERVER_PREFIX) return { reader: 'mlflow', pattern: spec.trim(), server: parseServerSpec(path, field) };
  const problem = globProblem(path, { negation: false });
  if (problem !== null) throw new InputError(`the pattern "${spec.slice(0, 80)}" ${problem}`, { field });
  if (prefix === null) return { reader: null, pattern: path };
  const reader = prefix as ReaderName;
  if (!READERS.includes(reader)) {
    throw new InputError(
      `unknown reader "${prefix.slice(0, 20)}"; use one of ${READERS.join(', ')} followed by a colon and a path (or ${SERVER_PREFIX}:<experiment>)`,
      { field },
    );
  }
  return { reader, pattern: path };
}

/** The reader for a file found by an unprefixed pattern. Only unambiguous names are detected. */
export function detectReader(file: string): ReaderName {
  const base = file.split('/').pop() ?? file;
  if (base === 'dvc.yaml') return 'dvc';
  if (base === 'wandb-summary.json') return 'wandb';
  if (base === 'mlflow.db') return 'mlflow';
  if (HF_NAMES.includes(base)) return 'hf';
  if (base === 'training.log') return 'keras';
  const parent = file.split('/').slice(-2, -1)[0];
  if (base === 'metrics.csv' && parent !== undefined && LIGHTNING_VERSION_DIR.test(parent)) return 'lightning';
  if (base.toLowerCase().endsWith('.csv')) return 'csv';
  return 'mlgate';
}

/** Every source of a run: the patterns, then the models' own `report` entries (named by their model). */
export function collectSources(
  patterns: readonly string[],
  models: Record<string, { report?: string }>,
): ReportSource[] {
  const out = patterns.map((p) => parseSourceSpec(p));
  for (const [name, m] of Object.entries(models)) {
    if (!m.report) continue;
    const src = { ...parseSourceSpec(m.report, `models.${name}.report`), model: name };
    // The same spec listed in `reports` too: keep one, with the name.
    const dup = out.findIndex((s) => s.pattern === src.pattern && (s.reader === src.reader || s.reader === null));
    if (dup >= 0) out.splice(dup, 1);
    out.push(src);
  }
  return out;
}

/** Names a tool gives its own files: at the repository root they name no model. */
const TOOL_STEMS = new Set([
  'dvc',
  'wandb-summary',
  'mlflow',
  'all_results',
  'eval_results',
  'trainer_state',
  'training',
]);

/**
 * A model name when neither the config nor the file gives one: the nearest directory that is not the tool's
 * own (`files`, `run-…`, `latest-run`, `wandb`, `mlruns`, experiment ids), else the file's stem.
 */
export function defaultModelName(file: string): string {
  const parts = file.split('/');
  const stem = (parts.pop() ?? 'model').replace(/\.[^.]+$/, '');
  const dir = modelDirName(file);
  if (dir !== null) return dir;
  if (parts.includes('lightning_logs')) return 'lightning_logs';
  return TOOL_STEMS.has(stem) ? 'model' : stem;
}

const TOOL_DIR =
  /^(files|wandb|latest-run|(offline-)?run-\d{8}_\d{6}-\w+|mlruns|lightning_logs|version_\d+|checkpoint-\d+|metrics|eval|evaluation|reports?|results?|outputs?|\d+|[0-9a-f]{32})$/;

/** The nearest directory of `file` that is not a tool's own (`models/churn/mlruns/1/…` → churn), else null. */
export function modelDirName(file: string): string | null {
  const parts = file.split('/').slice(0, -1);
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== '' && !TOOL_DIR.test(parts[i]!)) return parts[i]!;
  return null;
}
