/**
 * The I/O side of the readers: expands each report source in the workspace, reads the tool's files (bounded,
 * inside the workspace, no links out) for the PR's side and through the BaselineReader for the base side, and
 * hands the text to the pure parsers in src/readers. One ModelInput per model.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config-types.js';
import type { ModelInput } from '../core/evaluate.js';
import { InputError } from '../core/errors.js';
import { isGlob } from '../core/glob.js';
import type { LoadedReport } from '../core/report-types.js';
import {
  collectSources, defaultModelName, detectReader, finish, mergeDvcMetrics, parseDvcMetricsFile, parseDvcYaml,
  isFailedRun, mlflowModelHint, parseMlflowMeta, parseSingleFile, readMlflowRun, type NamingOptions, type ReportSource,
} from '../readers/index.js';
import type { BaselineReader } from './baseline.js';
import { readUntrustedText } from './files.js';
import { findReports, MAX_REPORTS } from './find-reports.js';
import { matchBaselines, type BaseOnlyReport, type HeadReport } from '../core/match-baselines.js';

export interface SourceContext {
  workspace: string;
  config: Config;
  baseline: BaselineReader | null;
}

/**
 * Every model of the run, from every source; a model named twice in the PR is an error. Base reports are
 * matched to PR models by the name each gives itself (core/match-baselines.ts), so moving, renaming or deleting
 * report files can neither drop a model from the gate nor hand it another model's baseline.
 */
export async function loadSources(ctx: SourceContext, patterns: readonly string[]): Promise<ModelInput[]> {
  const heads: HeadReport[] = [];
  const baseOnly: BaseOnlyReport[] = [];
  const direct: ModelInput[] = [];
  const names = new Map<string, string>();
  const claim = (name: string, where: string, file?: string) => {
    const other = names.get(name);
    if (other) throw new InputError(`model "${name.slice(0, 60)}" is reported twice (also in ${other}); one report per model, or name them with models.<name>.report`, { file, field: 'model' });
    names.set(name, where);
  };
  for (const source of collectSources(patterns, ctx.config.models)) {
    const found = await loadSource(ctx, source, baseOnly);
    for (const h of found.heads) claim(h.head.report.model, h.path, h.path);
    for (const m of found.direct) claim(m.name, m.head_path ?? m.base_path ?? source.pattern, m.head_path ?? undefined);
    heads.push(...found.heads);
    direct.push(...found.direct);
  }
  // Models named by MLflow runs or by models.<name>.report carry their own baselines; they are nobody else's.
  const taken = new Set(direct.map((m) => m.name));
  return [...matchBaselines(heads, baseOnly.filter((b) => !taken.has(b.base.report.model))), ...direct];
}

async function loadSource(ctx: SourceContext, source: ReportSource, baseOnly: BaseOnlyReport[]): Promise<{ heads: HeadReport[]; direct: ModelInput[] }> {
  if (source.reader === 'mlflow') return { heads: [], direct: await loadMlflow(ctx, source) };
  const files = await findReports(ctx.workspace, [source.pattern]);
  if (!source.model || isGlob(source.pattern)) await findBaseOnly(ctx, source, new Set(files), baseOnly);
  const heads: HeadReport[] = [];
  for (const rel of files) {
    const reader = source.reader ?? detectReader(rel);
    const naming = namingFor(ctx, source, rel);
    if (reader === 'mlflow') continue; // unreachable: detectReader never guesses MLflow
    const pair = reader === 'dvc' ? await loadDvc(ctx, rel, naming) : await loadSingle(ctx, reader, rel, naming);
    if (pair.head) heads.push({ head: pair.head, path: rel, base_at_path: pair.base });
  }
  // A configured model whose report the PR did not write (nothing retrained): its baseline may be carried forward.
  if (heads.length === 0 && source.model && !isGlob(source.pattern)) {
    const reader = source.reader ?? detectReader(source.pattern);
    const naming = namingFor(ctx, source, source.pattern);
    const base = reader === 'dvc' ? await readDvcSide(ctx, source.pattern, naming, 'base') : reader === 'mlflow' ? null : await readBaseSingle(ctx, reader, source.pattern, naming);
    return { heads, direct: [{ name: source.model, head: null, base, head_path: null, base_path: source.pattern, ...(base ? { removed: true } : {}) }] };
  }
  return { heads, direct: [] };
}

/** Reports of this source that the base commit has at paths where the PR has none (deleted, moved, not written). */
async function findBaseOnly(ctx: SourceContext, source: ReportSource, inHead: ReadonlySet<string>, baseOnly: BaseOnlyReport[]): Promise<void> {
  const atBase = ctx.baseline ? await ctx.baseline.list(source.pattern) : null;
  const gone = (atBase ?? []).filter((rel) => !inHead.has(rel) && !baseOnly.some((b) => b.path === rel));
  // Each one is read from the base (an API request without the commit in the checkout): bounded like findReports.
  if (gone.length > MAX_REPORTS) {
    throw new InputError(`the PR removes ${gone.length} reports matching "${source.pattern.slice(0, 80)}" (more than ${MAX_REPORTS}); narrow the report globs`, { field: 'reports' });
  }
  for (const rel of gone) {
    const reader = source.reader ?? detectReader(rel);
    if (reader === 'mlflow') continue;
    const naming = namingFor(ctx, source, rel);
    const base = reader === 'dvc' ? await readDvcSide(ctx, rel, naming, 'base') : await readBaseSingle(ctx, reader, rel, naming);
    if (base) baseOnly.push({ base, path: rel });
  }
}

function namingFor(ctx: SourceContext, source: ReportSource, rel: string): NamingOptions {
  return { ...(source.model ? { model: source.model } : {}), fallback: defaultModelName(rel), metrics_map: ctx.config.metrics_map };
}

type Pair = { head: LoadedReport | null; base: LoadedReport | null };
type SingleReader = Parameters<typeof parseSingleFile>[0];

async function loadSingle(ctx: SourceContext, reader: SingleReader, rel: string, naming: NamingOptions): Promise<Pair> {
  const text = await readUntrustedText(path.join(ctx.workspace, rel), { root: ctx.workspace, label: rel });
  if (text === null) return { head: null, base: null };
  const head = parseSingleFile(reader, text, rel, naming);
  // The base file as it names itself: core/match-baselines.ts decides whose baseline it is (a rename in place too).
  const base = await readBaseSingle(ctx, reader, rel, naming);
  return { head, base };
}

async function readBaseSingle(ctx: SourceContext, reader: SingleReader, rel: string, naming: NamingOptions): Promise<LoadedReport | null> {
  const text = ctx.baseline ? await ctx.baseline.read(rel) : null;
  return text === null ? null : parseSingleFile(reader, text, `${rel} (base)`, naming);
}

async function loadDvc(ctx: SourceContext, dvcYaml: string, naming: NamingOptions): Promise<Pair> {
  const head = await readDvcSide(ctx, dvcYaml, naming, 'head');
  return { head, base: head ? await readDvcSide(ctx, dvcYaml, naming, 'base') : null };
}

/** dvc.yaml, then each metrics file it declares, all from the same side (working tree or base commit). */
async function readDvcSide(ctx: SourceContext, dvcYaml: string, naming: NamingOptions, side: 'head' | 'base'): Promise<LoadedReport | null> {
  const read = side === 'head'
    ? (rel: string) => readUntrustedText(path.join(ctx.workspace, rel), { root: ctx.workspace, label: rel })
    : async (rel: string) => (ctx.baseline ? ctx.baseline.read(rel) : null);
  const label = (rel: string) => (side === 'base' ? `${rel} (base)` : rel);
  const yamlText = await read(dvcYaml);
  if (yamlText === null) return null;
  const files = parseDvcYaml(yamlText, dvcYaml);
  const parts = [];
  for (const f of files) {
    const text = await read(f);
    if (text === null) {
      // At the base a metrics file may simply not exist yet; in the PR it must, or the gate compares nothing.
      if (side === 'base') continue;
      throw new InputError(`declares the metrics file ${f.slice(0, 120)}, which does not exist; run the evaluation stage (dvc repro) before mlgate, or commit the file`, { file: dvcYaml, field: 'metrics' });
    }
    parts.push({ file: label(f), metrics: parseDvcMetricsFile(text, label(f)) });
  }
  if (parts.length === 0) return null;
  return finish(mergeDvcMetrics(parts, label(dvcYaml)), naming);
}

// ---------------------------------------------------------------------------------------------- MLflow

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
async function loadMlflow(ctx: SourceContext, source: ReportSource): Promise<ModelInput[]> {
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
  return out;
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

/** The same run directory at the base commit: the file names come from the working tree's copy of it. */
async function readRunAtBase(ctx: SourceContext, dir: string) {
  if (!ctx.baseline) return null;
  const metaText = await ctx.baseline.read(`${dir}/meta.yaml`);
  if (metaText === null) return null;
  const meta = parseMlflowMeta(metaText, `${dir}/meta.yaml (base)`);
  const budget = { left: MAX_RUN_FILES };
  const collect = async (sub: string) => {
    const out: Record<string, string> = {};
    for (const name of await listFiles(ctx.workspace, `${dir}/${sub}`, budget)) {
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
