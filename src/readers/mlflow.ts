/**
 * MLflow's file store (followed: MLflow 2.x `FileStore`): a run is `mlruns/<experiment_id>/<run_id>/` with
 * `meta.yaml`, `metrics/<name>` (one `timestamp value step` line per logged value, appended), `params/<name>`
 * (the value as the whole file) and `tags/<name>`. Names containing `/` are nested directories. We take each
 * metric's value at its highest step (the latest timestamp among equal steps; the last line among equal both).
 */
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { paramFacts, parseMetricText, parseNumberText, type RawMetric, type ReaderOutput } from './common.js';
import { chooseDbRuns } from './mlflow-db.js';
import { done, finish, need, type Fetched, type NamingOptions, type Reader, type Step } from './reader.js';
import { modelDirName } from './spec.js';

export interface MlflowMeta {
  run_id: string;
  run_name: string | null;
  experiment_id: string | null;
  /** Milliseconds since the epoch; orders runs when a glob matches several. */
  start_time: number;
  end_time: number | null;
  /** MLflow's RunStatus: 1 RUNNING, 2 SCHEDULED, 3 FINISHED, 4 FAILED, 5 KILLED. */
  status: number | null;
  lifecycle_stage: string | null;
}

export function parseMlflowMeta(text: string, file: string): MlflowMeta {
  const doc = parseYamlOrJson(text, file);
  const v = doc.value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw new InputError('expected MLflow run metadata (a YAML mapping)', { file, line: 1, column: 1 });
  const runId = v.run_id ?? v.run_uuid;
  if (typeof runId !== 'string' || runId === '') {
    throw new InputError('has no run_id: this is not a run directory (point at mlruns/<experiment>/<run>)', {
      file,
      field: 'run_id',
    });
  }
  const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);
  const num = (x: unknown) => (typeof x === 'number' ? x : null);
  return {
    run_id: runId,
    run_name: str(v.run_name),
    experiment_id: str(v.experiment_id) ?? (typeof v.experiment_id === 'number' ? String(v.experiment_id) : null),
    start_time: num(v.start_time) ?? 0,
    end_time: num(v.end_time),
    status: num(v.status),
    lifecycle_stage: str(v.lifecycle_stage),
  };
}

/** The value at the last step of one metric file. */
export function parseMlflowMetricFile(text: string, file: string, name: string): RawMetric {
  let best: { step: number; ts: number; value: number; line: number } | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const parts = line.split(/\s+/);
    const where = { file, line: i + 1, field: name };
    if (parts.length < 2 || parts.length > 3)
      throw new InputError('expected `timestamp value step` on each line (MLflow metric file)', where);
    const ts = parseNumberText(parts[0]!, where);
    const value = parseMetricText(parts[1]!, where);
    const step = parts[2] === undefined ? 0 : parseNumberText(parts[2], where);
    if (!best || step > best.step || (step === best.step && ts >= best.ts)) best = { step, ts, value, line: i + 1 };
  }
  if (!best) throw new InputError('metric file is empty', { file, field: name });
  return { name, value: best.value };
}

export interface MlflowRunFiles {
  /** Run directory (workspace-relative), used to name the source in messages. */
  dir: string;
  meta: MlflowMeta;
  /** Metric name (with `/` for nested files) -> file text. */
  metrics: Record<string, string>;
  /** The metrics at their last step, when the store already chose them (the SQLite store); else from `metrics`. */
  latest?: RawMetric[];
  params: Record<string, string>;
  tags: Record<string, string>;
  /** The experiment's name (its meta.yaml, or the experiments table): names the model when nothing else does. */
  experiment_name?: string | null;
}

/** Params that name the model, in the order we look for them. */
const MODEL_PARAMS = ['model', 'model_name', 'mlgate.model'];

export function readMlflowRun(run: MlflowRunFiles): ReaderOutput {
  if (isFailedRun(run.meta)) {
    throw new InputError(
      `MLflow run ${run.meta.run_id.slice(0, 32)} ${run.meta.status === 4 ? 'failed' : 'was killed'}; gate a finished run`,
      { file: `${run.dir}/meta.yaml`, field: 'status' },
    );
  }
  const metrics =
    run.latest ??
    Object.entries(run.metrics)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, text]) => parseMlflowMetricFile(text, `${run.dir}/metrics/${name}`, name));
  const hint = mlflowModelHint(run);
  // MLflow's autologging and most scripts log sizes as params; they feed the eval/data blocks when present.
  const { extra } = paramFacts(run.params);
  return { reader: 'mlflow', file: run.dir, metrics, ...(hint ? { model_hint: hint } : {}), extra };
}

/** The model a run belongs to, when the run says so: a `model`/`model_name` param or an `mlgate.model` tag. */
export function mlflowModelHint(run: Pick<MlflowRunFiles, 'params' | 'tags'>): string | undefined {
  const v = MODEL_PARAMS.map((p) => run.params[p]?.trim()).find((x) => x) ?? run.tags['mlgate.model']?.trim();
  return v ? v.slice(0, 100) : undefined;
}

/** FAILED or KILLED: not a result to gate on (nor to compare with). */
export function isFailedRun(meta: MlflowMeta): boolean {
  return meta.status === 4 || meta.status === 5;
}

const MAX_RUN_FILES = 500;
const SUBDIRS = ['metrics', 'params', 'tags'] as const;
const LIMITS = { metrics: 5 * 1024 * 1024, params: 64 * 1024, tags: 64 * 1024 };

/**
 * The files of the run directory `dir`: meta.yaml, then the listings of metrics/, params/ and tags/ (names with
 * `/` are nested directories), then their files. `label` names the run's files in messages.
 */
export function mlflowRunFiles(dir: string, got: Fetched, label: (p: string) => string): Step<MlflowRunFiles | null> {
  const metaText = got.file(`${dir}/meta.yaml`);
  if (metaText === undefined) return need({ files: [`${dir}/meta.yaml`], maxBytes: 64 * 1024 });
  if (metaText === null) return done(null);
  const meta = parseMlflowMeta(metaText, label(`${dir}/meta.yaml`));
  // The experiment's meta.yaml, one directory up, has its name (absent when the run is not in a file store).
  const expMeta = `${path.posix.dirname(dir)}/meta.yaml`;
  const expText = got.file(expMeta);
  if (expText === undefined) return need({ files: [expMeta], maxBytes: 64 * 1024 });
  const names = SUBDIRS.map((sub) => got.dir(`${dir}/${sub}`));
  if (names.some((n) => n === undefined)) {
    const listing = { maxEntries: 4 * MAX_RUN_FILES, maxDepth: 8, regularOnly: true };
    return need({ dirs: SUBDIRS.map((sub) => `${dir}/${sub}`), listing });
  }
  if (names.reduce((n, l) => n + l!.length, 0) > MAX_RUN_FILES)
    throw new InputError(`the MLflow run has more than ${MAX_RUN_FILES} metric, param and tag files`, {
      file: label(dir),
    });
  const files: Record<string, Record<string, string>> = {};
  for (const [i, sub] of SUBDIRS.entries()) {
    const paths = names[i]!.map((n) => `${dir}/${sub}/${n}`);
    const missing = paths.filter((p) => got.file(p) === undefined);
    if (missing.length) return need({ files: missing, maxBytes: LIMITS[sub] });
    files[sub] = {};
    for (const [j, p] of paths.entries()) {
      const text = got.file(p);
      if (typeof text === 'string') files[sub][names[i]![j]!] = text;
    }
  }
  return done({
    dir: label(dir),
    meta,
    metrics: files.metrics!,
    params: files.params!,
    tags: files.tags!,
    experiment_name: expText === null ? null : experimentName(expText, label(expMeta)),
  });
}

/** The `name:` of an experiment's meta.yaml (file_store.py writes it with the id and artifact location). */
function experimentName(text: string, file: string): string | null {
  const v = parseYamlOrJson(text, file).value as Record<string, unknown> | null;
  const name = v !== null && typeof v === 'object' && !Array.isArray(v) ? v.name : null;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 100) : null;
}

/**
 * One run directory as a report (`mlflow:mlruns/1/<run>`), or the newest run of a SQLite store
 * (`mlflow:mlflow.db`); choosing among runs per model is the gatherer's.
 */
export const mlflowReader: Reader = {
  name: 'mlflow',
  read(entry, got, ctx) {
    if (isDatabase(entry)) {
      const db = got.db?.(entry);
      if (db === undefined) return need({ databases: [entry] });
      if (db === null) return done(null);
      const newest = chooseDbRuns(db, ctx.label(entry), () => 'newest', false).get('newest');
      if (!newest) throw new InputError('holds no MLflow run', { file: ctx.label(entry) });
      return done(finish(readMlflowRun(newest), byExperiment(entry, newest, ctx.naming)));
    }
    const run = mlflowRunFiles(entry, got, ctx.label);
    if ('need' in run) return run;
    return done(
      run.done === null
        ? null
        : finish(readMlflowRun(run.done), byExperiment(`${entry}/meta.yaml`, run.done, ctx.naming)),
    );
  },
};

/** Without a directory to name the model (a store at the repository's root), the experiment's name does. */
function byExperiment(file: string, run: MlflowRunFiles, naming: NamingOptions): NamingOptions {
  return modelDirName(file) === null && run.experiment_name ? { ...naming, fallback: run.experiment_name } : naming;
}

/** `mlflow.db`, `tracking.sqlite`: a SQLite store rather than a run directory. */
export const isDatabase = (p: string): boolean => /\.(db|sqlite3?)$/i.test(p);
