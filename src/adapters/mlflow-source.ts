/**
 * MLflow file stores (`mlflow:mlruns/1/<run>` or a glob of run directories): the PR's newest run per model, its
 * baseline among the runs the base commit already had, and the models whose runs the PR deleted.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ModelInput } from '../pipeline/evaluate.js';
import { InputError } from '../kernel/errors.js';
import type { LoadedReport } from '../kernel/report-types.js';
import {
  defaultModelName,
  finish,
  isFailedRun,
  mlflowModelHint,
  parseMlflowMeta,
  readMlflowRun,
  type NamingOptions,
  type ReportSource,
} from '../readers/index.js';
import { readUntrustedText } from './files.js';
import { findReports } from './find-reports.js';
import type { SourceContext } from './readers.js';

const MAX_RUNS = 200;
const MAX_RUN_FILES = 500;
const MAX_BASE_CANDIDATES = 20;

type RunFiles = NonNullable<Awaited<ReturnType<typeof readRunFromWorkspace>>>;

/** The model a run belongs to: the config's name, a `model` param or tag, else the experiment's directory. */
function modelOf(source: ReportSource, run: RunFiles, dir: string): string {
  return source.model ?? mlflowModelHint(run) ?? defaultModelName(`${path.posix.dirname(dir)}/x`);
}

/** Newest run first (ties: by directory name, so the order never depends on the listing's). */
function newestFirst(runs: RunFiles[]): RunFiles[] {
  return runs.sort((a, b) => b.meta.start_time - a.meta.start_time || (a.dir < b.dir ? 1 : -1));
}

const namingOf = (ctx: SourceContext, name: string): NamingOptions => ({
  model: name,
  fallback: name,
  metrics_map: ctx.config.metrics_map,
});

/**
 * `mlflow:mlruns/1/<run>` or a glob of run directories. Runs are grouped by model (the config's name, a
 * `model` param, or the experiment's directory) and the newest run of each model is the PR's; if that run
 * failed, the gate says so rather than quietly using an older one. Its baseline is the newest finished run of
 * that model that already existed at the base commit (runs are append-only in a committed mlruns).
 */
export async function loadMlflow(ctx: SourceContext, source: ReportSource): Promise<ModelInput[]> {
  const pattern = source.pattern.replace(/\/+$/, '');
  const metas = await findReports(ctx.workspace, [`${pattern}/meta.yaml`]);
  if (metas.length > MAX_RUNS)
    throw new InputError(`more than ${MAX_RUNS} MLflow runs match "${pattern.slice(0, 80)}"; narrow the glob`, {
      field: 'reports',
    });
  const byModel = new Map<string, RunFiles[]>();
  for (const metaPath of metas) {
    const run = await readRunFromWorkspace(ctx, path.posix.dirname(metaPath));
    // Deleted runs (`mlflow gc` not yet run) are not results.
    if (!run || run.meta.lifecycle_stage === 'deleted') continue;
    const name = modelOf(source, run, run.dir);
    byModel.set(name, [...(byModel.get(name) ?? []), run]);
  }
  const out: ModelInput[] = [];
  for (const [name, list] of byModel) {
    const newest = newestFirst(list)[0]!;
    const head = finish(readMlflowRun(newest), namingOf(ctx, name));
    let base: LoadedReport | null = null;
    let basePath: string | null = null;
    for (const candidate of list.filter((r) => !isFailedRun(r.meta)).slice(0, MAX_BASE_CANDIDATES)) {
      const run = await readRunAtBase(ctx, candidate.dir);
      if (!run || isFailedRun(run.meta)) continue;
      base = finish(readMlflowRun(run), namingOf(ctx, name));
      basePath = candidate.dir;
      break;
    }
    out.push({ name, head, base, head_path: newest.dir, base_path: basePath });
  }
  out.push(
    ...(await removedModels(
      ctx,
      source,
      pattern,
      new Set(metas.map((m) => path.posix.dirname(m))),
      new Set(byModel.keys()),
    )),
  );
  return out;
}

/**
 * Models whose every run the PR deleted: the base commit's runs of this source that the working tree lacks,
 * grouped by model like the PR's; a model with none left in the PR is `removed` (its newest finished run at the
 * base is shown as its baseline). Without a listable base (no commit, no API), nothing can be said.
 */
async function removedModels(
  ctx: SourceContext,
  source: ReportSource,
  pattern: string,
  inHead: ReadonlySet<string>,
  headModels: ReadonlySet<string>,
): Promise<ModelInput[]> {
  const listed = ctx.baseline ? await ctx.baseline.list(`${pattern}/meta.yaml`) : null;
  const gone = (listed ?? []).map((m) => path.posix.dirname(m)).filter((dir) => !inHead.has(dir));
  if (gone.length > MAX_RUNS)
    throw new InputError(
      `the PR removes more than ${MAX_RUNS} MLflow runs matching "${pattern.slice(0, 80)}"; narrow the glob`,
      { field: 'reports' },
    );
  const byModel = new Map<string, RunFiles[]>();
  for (const dir of gone) {
    const run = await readRunAtBase(ctx, dir, 'base');
    if (!run || run.meta.lifecycle_stage === 'deleted' || isFailedRun(run.meta)) continue;
    const name = modelOf(source, run, dir);
    if (!headModels.has(name)) byModel.set(name, [...(byModel.get(name) ?? []), run]);
  }
  return [...byModel].map(([name, list]) => {
    const newest = newestFirst(list)[0]!;
    const base = finish(readMlflowRun(newest), namingOf(ctx, name));
    return { name, head: null, base, head_path: null, base_path: newest.dir.replace(/ \(base\)$/, ''), removed: true };
  });
}

/** Where a run's files come from: text by path (null when absent), and the file names under a sub-directory. */
interface RunSide {
  read(rel: string, maxBytes: number): Promise<string | null>;
  names(sub: string, budget: { left: number }): Promise<string[]>;
  /** Appended to the run's directory in labels (" (base)"). */
  suffix: string;
}

/** meta.yaml, then the metrics, params and tags files of the run directory `dir`, from one side. */
async function readRun(dir: string, side: RunSide) {
  const metaText = await side.read(`${dir}/meta.yaml`, 64 * 1024);
  if (metaText === null) return null;
  const meta = parseMlflowMeta(metaText, `${dir}/meta.yaml${side.suffix}`);
  const budget = { left: MAX_RUN_FILES };
  const collect = async (sub: string, max: number) => {
    const out: Record<string, string> = {};
    for (const name of await side.names(sub, budget)) {
      const text = await side.read(`${dir}/${sub}/${name}`, max);
      if (text !== null) out[name] = text;
    }
    return out;
  };
  return {
    dir: `${dir}${side.suffix}`,
    meta,
    metrics: await collect('metrics', 5 * 1024 * 1024),
    params: await collect('params', 64 * 1024),
    tags: await collect('tags', 64 * 1024),
  };
}

function readRunFromWorkspace(ctx: SourceContext, dir: string) {
  return readRun(dir, {
    read: (rel, maxBytes) =>
      readUntrustedText(path.join(ctx.workspace, rel), { root: ctx.workspace, label: rel, maxBytes }),
    names: (sub, budget) => listFiles(ctx.workspace, `${dir}/${sub}`, budget),
    suffix: '',
  });
}

/**
 * The same run directory at the base commit. Its file names come from the working tree's copy of it, or (`base`,
 * for a run the PR deleted) from the base commit's listing.
 */
async function readRunAtBase(ctx: SourceContext, dir: string, names: 'workspace' | 'base' = 'workspace') {
  const baseline = ctx.baseline;
  if (!baseline) return null;
  return readRun(dir, {
    // The baseline reader bounds every read itself (DEFAULT_MAX_BYTES).
    read: (rel) => baseline.read(rel),
    names: async (sub, budget) => {
      if (names === 'workspace') return listFiles(ctx.workspace, `${dir}/${sub}`, budget);
      const files = ((await baseline.list(`${dir}/${sub}/**`)) ?? []).map((f) => f.slice(dir.length + sub.length + 2));
      budget.left -= files.length;
      if (budget.left < 0)
        throw new InputError(`the MLflow run has more than ${MAX_RUN_FILES} metric, param and tag files`, {
          file: `${dir} (base)`,
        });
      return files;
    },
    suffix: ' (base)',
  });
}

/** Regular files under `dir`, recursively (MLflow nests `val/acc` as `val/acc`), as `/`-joined names. */
async function listFiles(
  workspace: string,
  dir: string,
  budget: { left: number },
  prefix = '',
  depth = 0,
): Promise<string[]> {
  if (depth > 8) return [];
  const entries = await fs.readdir(path.join(workspace, dir, prefix), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(workspace, dir, budget, name, depth + 1)));
    else if (e.isFile()) {
      if (--budget.left < 0)
        throw new InputError(`the MLflow run has more than ${MAX_RUN_FILES} metric, param and tag files`, {
          file: dir,
        });
      out.push(name);
    }
    // Symbolic links and other special files are skipped: a run directory written by MLflow has none.
  }
  return out;
}
