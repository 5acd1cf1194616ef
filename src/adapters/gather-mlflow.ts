/**
 * MLflow file stores (`mlflow:mlruns/1/<run>` or a glob of run directories): the PR's newest run per model, its
 * baseline among the runs the base commit already had, and the models whose runs the PR deleted. Each run is
 * read by readers/mlflow.ts through sources/read.ts; what is chosen here is only which runs count.
 */
import path from 'node:path';
import { isGlob } from '../kernel/glob.js';
import { InputError } from '../kernel/errors.js';
import type { LoadedReport } from '../kernel/report-types.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import {
  chooseDbRuns,
  finish,
  isDatabase,
  isFailedRun,
  modelDirName,
  mlflowModelHint,
  mlflowRunFiles,
  readMlflowRun,
  type MlflowRunFiles,
  type NamingOptions,
  type ReportSource,
  done,
  need,
} from '../readers/index.js';
import { findOnSource, matchFiles } from '../sources/find.js';
import { fetchFor } from '../sources/read.js';
import type { Source } from '../sources/source.js';
import type { Sides } from './gather.js';

const MAX_RUNS = 200;
const MAX_BASE_CANDIDATES = 20;

/** A run as read, with its directory (workspace-relative, without the side's label). */
type Run = { dir: string; files: MlflowRunFiles };

/**
 * The model a run belongs to: the config's name, a `model` param or tag, the nearest directory that is not
 * MLflow's (`models/churn/mlruns/…`), else the experiment's name (a store at the repository's root).
 */
function modelOf(source: ReportSource, run: Run): string {
  return (
    source.model ??
    mlflowModelHint(run.files) ??
    modelDirName(`${run.dir}/meta.yaml`) ??
    run.files.experiment_name ??
    'model'
  );
}

/** Newest run first (ties: by directory name, so the order never depends on the listing's). */
function newestFirst(runs: Run[]): Run[] {
  return runs.sort((a, b) => b.files.meta.start_time - a.files.meta.start_time || (a.dir < b.dir ? 1 : -1));
}

const namingOf = (sides: Sides, name: string): NamingOptions => ({
  model: name,
  fallback: name,
  metrics_map: sides.config.metrics_map,
});

async function readRun(side: Source, dir: string, label: (p: string) => string): Promise<Run | null> {
  const files = await fetchFor(side, (got) => mlflowRunFiles(dir, got, label));
  return files === null ? null : { dir, files };
}

const atHead = (sides: Sides, dir: string) => readRun(sides.head, dir, (p) => p);
const atBase = (sides: Sides, dir: string) =>
  sides.base ? readRun(sides.base, dir, (p) => `${p} (base)`) : Promise.resolve(null);

function groupByModel(source: ReportSource, runs: Run[], keep: (run: Run, name: string) => boolean) {
  const byModel = new Map<string, Run[]>();
  for (const run of runs) {
    const name = modelOf(source, run);
    if (keep(run, name)) byModel.set(name, [...(byModel.get(name) ?? []), run]);
  }
  return byModel;
}

/**
 * Runs are grouped by model (the config's name, a `model` param, or the experiment's directory) and the newest
 * run of each model is the PR's; if that run failed, the gate says so rather than quietly using an older one. Its
 * baseline is the newest finished run of that model that already existed at the base commit (runs are
 * append-only in a committed mlruns).
 */
export async function gatherMlflow(sides: Sides, source: ReportSource): Promise<ModelInput[]> {
  if (isDatabase(source.pattern)) return gatherMlflowDb(sides, source);
  const pattern = source.pattern.replace(/\/+$/, '');
  const metas = await findOnSource(sides.head, [`${pattern}/meta.yaml`]);
  if (metas.length > MAX_RUNS)
    throw new InputError(`more than ${MAX_RUNS} MLflow runs match "${pattern.slice(0, 80)}"; narrow the glob`, {
      field: 'reports',
    });
  const runs: Run[] = [];
  for (const meta of metas) {
    const run = await atHead(sides, path.posix.dirname(meta));
    if (run) runs.push(run);
  }
  // Deleted runs (`mlflow gc` not yet run) are not results.
  const byModel = groupByModel(source, runs, (run) => run.files.meta.lifecycle_stage !== 'deleted');
  const out: ModelInput[] = [];
  for (const [name, list] of byModel) {
    const newest = newestFirst(list)[0]!;
    const head = finish(readMlflowRun(newest.files), namingOf(sides, name));
    const base = await baselineRun(sides, list);
    out.push({
      name,
      head,
      base: base ? finish(readMlflowRun(base.files), namingOf(sides, name)) : null,
      head_path: newest.dir,
      base_path: base?.dir ?? null,
    });
  }
  const inHead = new Set(metas.map((m) => path.posix.dirname(m)));
  out.push(...(await removedModels(sides, source, pattern, inHead, new Set(byModel.keys()))));
  return out;
}

/** The newest finished run of the model (newest first in `list`) that the base commit already had. */
async function baselineRun(sides: Sides, list: Run[]): Promise<Run | null> {
  for (const candidate of list.filter((r) => !isFailedRun(r.files.meta)).slice(0, MAX_BASE_CANDIDATES)) {
    const run = await atBase(sides, candidate.dir);
    if (run && !isFailedRun(run.files.meta)) return run;
  }
  return null;
}

/**
 * Models whose every run the PR deleted: the base commit's runs of this source that the working tree lacks,
 * grouped by model like the PR's; a model with none left in the PR is `removed` (its newest finished run at the
 * base is shown as its baseline). Without a listable base (no commit, no API), nothing can be said.
 */
async function removedModels(
  sides: Sides,
  source: ReportSource,
  pattern: string,
  inHead: ReadonlySet<string>,
  headModels: ReadonlySet<string>,
): Promise<ModelInput[]> {
  const listed = sides.base ? await matchFiles(sides.base, `${pattern}/meta.yaml`) : null;
  const gone = (listed ?? []).map((m) => path.posix.dirname(m)).filter((dir) => !inHead.has(dir));
  if (gone.length > MAX_RUNS)
    throw new InputError(
      `the PR removes more than ${MAX_RUNS} MLflow runs matching "${pattern.slice(0, 80)}"; narrow the glob`,
      { field: 'reports' },
    );
  const runs: Run[] = [];
  for (const dir of gone) {
    const run = await atBase(sides, dir);
    if (run) runs.push(run);
  }
  const usable = (run: Run, name: string) =>
    run.files.meta.lifecycle_stage !== 'deleted' && !isFailedRun(run.files.meta) && !headModels.has(name);
  return [...groupByModel(source, runs, usable)].map(([name, list]): ModelInput => {
    const newest = newestFirst(list)[0]!;
    const base: LoadedReport = finish(readMlflowRun(newest.files), namingOf(sides, name));
    return { name, head: null, base, head_path: null, base_path: newest.dir, removed: true };
  });
}

/**
 * A SQLite store (`mlflow:mlflow.db`): the PR's newest run per model, and the newest finished run of that model in
 * the database at the base commit (a store only grows, so those are the runs that existed then). A model with
 * runs only at the base is `removed`. Each side's database is read once, whole, through its Source's bounds.
 */
async function gatherMlflowDb(sides: Sides, source: ReportSource): Promise<ModelInput[]> {
  const file = source.pattern;
  if (isGlob(file))
    throw new InputError(`an MLflow database is one file: name it without a glob (${file.slice(0, 80)})`, {
      field: 'reports',
    });
  const modelOf = (run: { hint?: string; experiment_name: string | null }) =>
    source.model ?? run.hint ?? modelDirName(file) ?? run.experiment_name ?? 'model';
  const side = (s: Source, label: (p: string) => string, finishedOnly: boolean) =>
    fetchFor(s, (got) => {
      const db = got.db?.(file);
      if (db === undefined) return need({ databases: [file] });
      return done(db === null ? null : chooseDbRuns(db, label(file), modelOf, finishedOnly));
    });
  const head = await side(sides.head, (p) => p, false);
  if (head === null) return [];
  const base = sides.base ? await side(sides.base, (p) => `${p} (base)`, true) : null;
  const out: ModelInput[] = [...head].map(([name, run]) => {
    const b = base?.get(name);
    return {
      name,
      head: finish(readMlflowRun(run), namingOf(sides, name)),
      base: b ? finish(readMlflowRun(b), namingOf(sides, name)) : null,
      head_path: file,
      base_path: b ? file : null,
    };
  });
  for (const [name, run] of base ?? []) {
    if (head.has(name)) continue;
    out.push({
      name,
      head: null,
      base: finish(readMlflowRun(run), namingOf(sides, name)),
      head_path: null,
      base_path: file,
      removed: true,
    });
  }
  return out;
}
