/**
 * MLflow file stores (`mlflow:mlruns/1/<run>` or a glob of run directories): the PR's newest run per model, its
 * baseline among the runs the base commit already had, and the models whose runs the PR deleted.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ModelInput } from '../core/evaluate.js';
import { InputError } from '../core/errors.js';
import type { LoadedReport } from '../core/report-types.js';
import { defaultModelName, finish, isFailedRun, mlflowModelHint, parseMlflowMeta, readMlflowRun, type NamingOptions, type ReportSource } from '../readers/index.js';
import { readUntrustedText } from './files.js';
import { findReports } from './find-reports.js';
import type { SourceContext } from './readers.js';

const MAX_RUNS = 200;
const MAX_RUN_FILES = 500;
const MAX_BASE_CANDIDATES = 20;

type RunFiles = NonNullable<Awaited<ReturnType<typeof readRunFromWorkspace>>>;

/**
 * `mlflow:mlruns/1/<run>` or a glob of run directories. Runs are grouped by model (the config's name, a
 * `model` param, or the experiment's directory) and the newest run of each model is the PR's; if that run
 * failed, the gate says so rather than quietly using an older one. Its baseline is the newest finished run of
 * that model that already existed at the base commit (runs are append-only in a committed mlruns).
 */
export async function loadMlflow(ctx: SourceContext, source: ReportSource): Promise<ModelInput[]> {
  const pattern = source.pattern.replace(/\/+$/, '');
  const metas = await findReports(ctx.workspace, [`${pattern}/meta.yaml`]);
  if (metas.length > MAX_RUNS) throw new InputError(`more than ${MAX_RUNS} MLflow runs match "${pattern.slice(0, 80)}"; narrow the glob`, { field: 'reports' });
  const byModel = new Map<string, RunFiles[]>();
  for (const metaPath of metas) {
    const run = await readRunFromWorkspace(ctx, path.posix.dirname(metaPath));
    // Deleted runs (`mlflow gc` not yet run) are not results.
    if (!run || run.meta.lifecycle_stage === 'deleted') continue;
    const name = source.model ?? mlflowModelHint(run) ?? defaultModelName(`${path.posix.dirname(run.dir)}/x`);
    byModel.set(name, [...(byModel.get(name) ?? []), run]);
  }
  const naming = (name: string): NamingOptions => ({ model: name, fallback: name, metrics_map: ctx.config.metrics_map });
  const out: ModelInput[] = [];
  for (const [name, list] of byModel) {
    list.sort((a, b) => b.meta.start_time - a.meta.start_time || (a.dir < b.dir ? 1 : -1));
    const newest = list[0]!;
    const head = finish(readMlflowRun(newest), naming(name));
    let base: LoadedReport | null = null;
    let basePath: string | null = null;
    for (const candidate of list.filter((r) => !isFailedRun(r.meta)).slice(0, MAX_BASE_CANDIDATES)) {
      const run = await readRunAtBase(ctx, candidate.dir);
      if (!run || isFailedRun(run.meta)) continue;
      base = finish(readMlflowRun(run), naming(name));
      basePath = candidate.dir;
      break;
    }
    out.push({ name, head, base, head_path: newest.dir, base_path: basePath });
  }
  out.push(...(await removedModels(ctx, source, pattern, new Set(metas.map((m) => path.posix.dirname(m))), new Set(byModel.keys()))));
  return out;
}

/**
 * Models whose every run the PR deleted: the base commit's runs of this source that the working tree lacks,
 * grouped by model like the PR's; a model with none left in the PR is `removed` (its newest finished run at the
 * base is shown as its baseline). Without a listable base (no commit, no API), nothing can be said.
 */
async function removedModels(ctx: SourceContext, source: ReportSource, pattern: string, inHead: ReadonlySet<string>, headModels: ReadonlySet<string>): Promise<ModelInput[]> {
  const listed = ctx.baseline ? await ctx.baseline.list(`${pattern}/meta.yaml`) : null;
  const gone = (listed ?? []).map((m) => path.posix.dirname(m)).filter((dir) => !inHead.has(dir));
  if (gone.length > MAX_RUNS) throw new InputError(`the PR removes more than ${MAX_RUNS} MLflow runs matching "${pattern.slice(0, 80)}"; narrow the glob`, { field: 'reports' });
  const byModel = new Map<string, RunFiles[]>();
  for (const dir of gone) {
    const run = await readRunAtBase(ctx, dir, 'base');
    if (!run || run.meta.lifecycle_stage === 'deleted' || isFailedRun(run.meta)) continue;
    const name = source.model ?? mlflowModelHint(run) ?? defaultModelName(`${path.posix.dirname(dir)}/x`);
    if (!headModels.has(name)) byModel.set(name, [...(byModel.get(name) ?? []), run]);
  }
  return [...byModel].map(([name, list]) => {
    const newest = list.sort((a, b) => b.meta.start_time - a.meta.start_time || (a.dir < b.dir ? 1 : -1))[0]!;
    const base = finish(readMlflowRun(newest), { model: name, fallback: name, metrics_map: ctx.config.metrics_map });
    return { name, head: null, base, head_path: null, base_path: newest.dir.replace(/ \(base\)$/, ''), removed: true };
  });
}

async function readRunFromWorkspace(ctx: SourceContext, dir: string) {
  const read = (rel: string, max = 5 * 1024 * 1024) => readUntrustedText(path.join(ctx.workspace, rel), { root: ctx.workspace, label: rel, maxBytes: max });
  const metaText = await read(`${dir}/meta.yaml`, 64 * 1024);
  if (metaText === null) return null;
  const meta = parseMlflowMeta(metaText, `${dir}/meta.yaml`);
  const budget = { left: MAX_RUN_FILES };
  const collect = async (sub: string, max: number) => {
    const out: Record<string, string> = {};
    for (const name of await listFiles(ctx.workspace, `${dir}/${sub}`, budget)) {
      const text = await read(`${dir}/${sub}/${name}`, max);
      if (text !== null) out[name] = text;
    }
    return out;
  };
  return { dir, meta, metrics: await collect('metrics', 5 * 1024 * 1024), params: await collect('params', 64 * 1024), tags: await collect('tags', 64 * 1024) };
}

/**
 * The same run directory at the base commit. Its file names come from the working tree's copy of it, or (`base`,
 * for a run the PR deleted) from the base commit's listing.
 */
async function readRunAtBase(ctx: SourceContext, dir: string, names: 'workspace' | 'base' = 'workspace') {
  if (!ctx.baseline) return null;
  const metaText = await ctx.baseline.read(`${dir}/meta.yaml`);
  if (metaText === null) return null;
  const meta = parseMlflowMeta(metaText, `${dir}/meta.yaml (base)`);
  const budget = { left: MAX_RUN_FILES };
  const baseline = ctx.baseline;
  const namesAt = async (sub: string): Promise<string[]> => {
    if (names === 'workspace') return listFiles(ctx.workspace, `${dir}/${sub}`, budget);
    const files = ((await baseline.list(`${dir}/${sub}/**`)) ?? []).map((f) => f.slice(dir.length + sub.length + 2));
    budget.left -= files.length;
    if (budget.left < 0) throw new InputError(`the MLflow run has more than ${MAX_RUN_FILES} metric, param and tag files`, { file: `${dir} (base)` });
    return files;
  };
  const collect = async (sub: string) => {
    const out: Record<string, string> = {};
    for (const name of await namesAt(sub)) {
      const text = await ctx.baseline!.read(`${dir}/${sub}/${name}`);
      if (text !== null) out[name] = text;
    }
    return out;
  };
  return { dir: `${dir} (base)`, meta, metrics: await collect('metrics'), params: await collect('params'), tags: await collect('tags') };
}

/** Regular files under `dir`, recursively (MLflow nests `val/acc` as `val/acc`), as `/`-joined names. */
async function listFiles(workspace: string, dir: string, budget: { left: number }, prefix = '', depth = 0): Promise<string[]> {
  if (depth > 8) return [];
  const entries = await fs.readdir(path.join(workspace, dir, prefix), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(workspace, dir, budget, name, depth + 1)));
    else if (e.isFile()) {
      if (--budget.left < 0) throw new InputError(`the MLflow run has more than ${MAX_RUN_FILES} metric, param and tag files`, { file: dir });
      out.push(name);
    }
    // Symbolic links and other special files are skipped: a run directory written by MLflow has none.
  }
  return out;
}
