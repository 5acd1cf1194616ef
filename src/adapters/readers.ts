/**
 * The I/O side of the readers: expands each report source in the workspace, reads the tool's files (bounded,
 * inside the workspace, no links out) for the PR's side and through the BaselineReader for the base side, and
 * hands the text to the pure parsers in src/readers. One ModelInput per model.
 */
import path from 'node:path';
import type { Config } from '../kernel/config-types.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import { InputError } from '../kernel/errors.js';
import { isGlob } from '../kernel/glob.js';
import type { LoadedReport } from '../kernel/report-types.js';
import {
  collectSources,
  defaultModelName,
  detectReader,
  finish,
  mergeDvcMetrics,
  parseDvcMetricsFile,
  parseDvcYaml,
  parseSingleFile,
  type NamingOptions,
  type ReportSource,
} from '../readers/index.js';
import type { BaselineReader } from './baseline.js';
import { readUntrustedText } from './files.js';
import { findReports, MAX_REPORTS } from './find-reports.js';
import { matchBaselines, type BaseOnlyReport, type HeadReport } from '../pipeline/match-baselines.js';
import { loadMlflow } from './mlflow-source.js';

export interface SourceContext {
  workspace: string;
  config: Config;
  baseline: BaselineReader | null;
}

/**
 * Every model of the run, from every source; a model named twice in the PR is an error. Base reports are
 * matched to PR models by the name each gives itself (pipeline/match-baselines.ts), so moving, renaming or deleting
 * report files can neither drop a model from the gate nor hand it another model's baseline.
 */
export async function loadSources(ctx: SourceContext, patterns: readonly string[]): Promise<ModelInput[]> {
  const heads: HeadReport[] = [];
  const baseOnly: BaseOnlyReport[] = [];
  const direct: ModelInput[] = [];
  const names = new Map<string, string>();
  const claim = (name: string, where: string, file?: string) => {
    const other = names.get(name);
    if (other)
      throw new InputError(
        `model "${name.slice(0, 60)}" is reported twice (also in ${other}); one report per model, or name them with models.<name>.report`,
        { file, field: 'model' },
      );
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
  return [
    ...matchBaselines(
      heads,
      baseOnly.filter((b) => !taken.has(b.base.report.model)),
    ),
    ...direct,
  ];
}

async function loadSource(
  ctx: SourceContext,
  source: ReportSource,
  baseOnly: BaseOnlyReport[],
): Promise<{ heads: HeadReport[]; direct: ModelInput[] }> {
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
    const base =
      reader === 'dvc'
        ? await readDvcSide(ctx, source.pattern, naming, 'base')
        : reader === 'mlflow'
          ? null
          : await readBaseSingle(ctx, reader, source.pattern, naming);
    return {
      heads,
      direct: [
        {
          name: source.model,
          head: null,
          base,
          head_path: null,
          base_path: source.pattern,
          ...(base ? { removed: true } : {}),
        },
      ],
    };
  }
  return { heads, direct: [] };
}

/** Reports of this source that the base commit has at paths where the PR has none (deleted, moved, not written). */
async function findBaseOnly(
  ctx: SourceContext,
  source: ReportSource,
  inHead: ReadonlySet<string>,
  baseOnly: BaseOnlyReport[],
): Promise<void> {
  const atBase = ctx.baseline ? await ctx.baseline.list(source.pattern) : null;
  const gone = (atBase ?? []).filter((rel) => !inHead.has(rel) && !baseOnly.some((b) => b.path === rel));
  // Each one is read from the base (an API request without the commit in the checkout): bounded like findReports.
  if (gone.length > MAX_REPORTS) {
    throw new InputError(
      `the PR removes ${gone.length} reports matching "${source.pattern.slice(0, 80)}" (more than ${MAX_REPORTS}); narrow the report globs`,
      { field: 'reports' },
    );
  }
  for (const rel of gone) {
    const reader = source.reader ?? detectReader(rel);
    if (reader === 'mlflow') continue;
    const naming = namingFor(ctx, source, rel);
    const base =
      reader === 'dvc' ? await readDvcSide(ctx, rel, naming, 'base') : await readBaseSingle(ctx, reader, rel, naming);
    if (base) baseOnly.push({ base, path: rel });
  }
}

function namingFor(ctx: SourceContext, source: ReportSource, rel: string): NamingOptions {
  return {
    ...(source.model ? { model: source.model } : {}),
    fallback: defaultModelName(rel),
    metrics_map: ctx.config.metrics_map,
  };
}

type Pair = { head: LoadedReport | null; base: LoadedReport | null };
type SingleReader = Parameters<typeof parseSingleFile>[0];

async function loadSingle(ctx: SourceContext, reader: SingleReader, rel: string, naming: NamingOptions): Promise<Pair> {
  const text = await readUntrustedText(path.join(ctx.workspace, rel), { root: ctx.workspace, label: rel });
  if (text === null) return { head: null, base: null };
  const head = parseSingleFile(reader, text, rel, naming);
  // The base file as it names itself: pipeline/match-baselines.ts decides whose baseline it is (a rename in place too).
  const base = await readBaseSingle(ctx, reader, rel, naming);
  return { head, base };
}

async function readBaseSingle(
  ctx: SourceContext,
  reader: SingleReader,
  rel: string,
  naming: NamingOptions,
): Promise<LoadedReport | null> {
  const text = ctx.baseline ? await ctx.baseline.read(rel) : null;
  return text === null ? null : parseSingleFile(reader, text, `${rel} (base)`, naming);
}

async function loadDvc(ctx: SourceContext, dvcYaml: string, naming: NamingOptions): Promise<Pair> {
  const head = await readDvcSide(ctx, dvcYaml, naming, 'head');
  return { head, base: head ? await readDvcSide(ctx, dvcYaml, naming, 'base') : null };
}

/** dvc.yaml, then each metrics file it declares, all from the same side (working tree or base commit). */
async function readDvcSide(
  ctx: SourceContext,
  dvcYaml: string,
  naming: NamingOptions,
  side: 'head' | 'base',
): Promise<LoadedReport | null> {
  const read =
    side === 'head'
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
      throw new InputError(
        `declares the metrics file ${f.slice(0, 120)}, which does not exist; run the evaluation stage (dvc repro) before mlgate, or commit the file`,
        { file: dvcYaml, field: 'metrics' },
      );
    }
    parts.push({ file: label(f), metrics: parseDvcMetricsFile(text, label(f)) });
  }
  if (parts.length === 0) return null;
  return finish(mergeDvcMetrics(parts, label(dvcYaml)), naming);
}
