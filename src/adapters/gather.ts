/**
 * Collects the PR's reports and their baselines into the pipeline's input: for each `reports` entry, the files it
 * names on the PR's side (the workspace) and at the base, each read by its reader (src/readers) through
 * sources/read.ts. One ModelInput per model; base reports are matched to PR models by the name each gives itself.
 */
import type { Config } from '../kernel/config-types.js';
import { InputError } from '../kernel/errors.js';
import { isGlob } from '../kernel/glob.js';
import type { LoadedReport } from '../kernel/report-types.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import { matchBaselines, type BaseOnlyReport, type HeadReport } from '../pipeline/match-baselines.js';
import {
  chooseEntries,
  collectSources,
  defaultModelName,
  detectReader,
  entryPattern,
  runGroup,
  readerFor,
  type NamingOptions,
  type ReadContext,
  type ReportSource,
} from '../readers/index.js';
import { findOnSource, matchFiles, MAX_REPORTS } from '../sources/find.js';
import { readReport } from '../sources/read.js';
import type { Source } from '../sources/source.js';
import { workspaceSource } from '../sources/workspace.js';
import { gatherMlflow } from './gather-mlflow.js';
import { gatherMlflowServer, type MlflowServerContext } from './gather-mlflow-server.js';

/** The two sides of a run: the PR's files and the base's (null: nothing to compare with). */
export interface Sides {
  head: Source;
  base: Source | null;
  config: Config;
  /** For `mlflow-server:` entries: the server and the commits whose runs count. */
  mlflow?: MlflowServerContext;
}

export async function gatherModels(opts: {
  workspace: string;
  config: Config;
  patterns: readonly string[];
  baseline: Source | null;
  /** How the caller names the reports to read: the action's input, or the CLI's flag. */
  fix?: string;
  /** The PR's side; default: the workspace (recording wraps it to learn which files the readers read). */
  head?: Source;
  mlflow?: MlflowServerContext;
}): Promise<ModelInput[]> {
  const sides: Sides = {
    head: opts.head ?? workspaceSource(opts.workspace),
    base: opts.baseline,
    config: opts.config,
    ...(opts.mlflow ? { mlflow: opts.mlflow } : {}),
  };
  const models = await gatherSides(sides, opts.patterns);
  if (models.length === 0) {
    const fix = opts.fix ?? "set the action's `report` input";
    throw new InputError(
      `no model report found (looked for ${opts.patterns.slice(0, 5).join(', ')}); ${fix} or \`reports\` in .github/mlgate.yml`,
    );
  }
  return models;
}

/**
 * Every model of the run, from every source; a model named twice in the PR is an error. Moving, renaming or
 * deleting report files can neither drop a model from the gate nor hand it another model's baseline
 * (pipeline/match-baselines.ts).
 */
export async function gatherSides(sides: Sides, patterns: readonly string[]): Promise<ModelInput[]> {
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
  for (const source of collectSources(patterns, sides.config.models)) {
    const found = await gatherSource(sides, source, baseOnly);
    for (const h of found.heads) claim(h.head.report.model, h.path, h.path);
    for (const m of found.direct) claim(m.name, m.head_path ?? m.base_path ?? source.pattern, m.head_path ?? undefined);
    heads.push(...found.heads);
    direct.push(...found.direct);
  }
  // Models named by MLflow runs or by models.<name>.report carry their own baselines; they are nobody else's.
  const taken = new Set(direct.map((m) => m.name));
  const unclaimed = baseOnly.filter((b) => !taken.has(b.base.report.model));
  return [...matchBaselines(heads, unclaimed), ...direct];
}

export const headSide = (naming: NamingOptions): ReadContext => ({ label: (p) => p, required: true, naming });
export const baseSide = (naming: NamingOptions): ReadContext => ({
  label: (p) => `${p} (base)`,
  required: false,
  naming,
});

async function gatherSource(
  sides: Sides,
  source: ReportSource,
  baseOnly: BaseOnlyReport[],
): Promise<{ heads: HeadReport[]; direct: ModelInput[] }> {
  if (source.server) return { heads: [], direct: await gatherMlflowServer(sides, source) };
  // MLflow runs are chosen among runs (gather-mlflow.ts); an unprefixed `mlflow.db` is MLflow's too.
  if (source.reader === 'mlflow' || (source.reader === null && detectReader(source.pattern) === 'mlflow'))
    return { heads: [], direct: await gatherMlflow(sides, source) };
  const readerOf = (f: string) => source.reader ?? detectReader(f);
  // A glob over a tool's run directories means the newest run of each (W&B, Lightning), on each side.
  const pattern = entryPattern(source.reader, source.pattern);
  const files = chooseEntries(readerOf, await findOnSource(sides.head, [pattern]));
  const listed = sides.base ? await matchFiles(sides.base, pattern) : null;
  const atBase = listed === null ? null : chooseEntries(readerOf, listed);
  // The base file of a PR file: the same path, or for a run the base's newest run of the same group.
  const counterpart = (rel: string) => {
    const group = runGroup(readerOf(rel), rel);
    return (group !== null && atBase?.find((b) => runGroup(readerOf(b), b) === group)) || rel;
  };
  const used = new Set(files.map(counterpart));
  if (!source.model || isGlob(pattern)) await findBaseOnly(sides, source, atBase, used, baseOnly);
  const heads: HeadReport[] = [];
  for (const rel of files) {
    const head = await readSide(sides.head, source, rel, headSide(namingFor(sides, source, rel)));
    if (head === null) continue;
    // The base file as it names itself: match-baselines decides whose baseline it is (a rename in place too).
    const at = counterpart(rel);
    const base = await readBase(sides, source, at);
    heads.push({ head, path: rel, base_at_path: base, ...(at !== rel ? { base_path: at } : {}) });
  }
  // A configured model whose report the PR did not write (nothing retrained): its baseline may be carried forward.
  if (heads.length === 0 && source.model && !isGlob(pattern)) {
    const base = await readBase(sides, source, pattern);
    const removed = base ? { removed: true } : {};
    return {
      heads,
      direct: [{ name: source.model, head: null, base, head_path: null, base_path: pattern, ...removed }],
    };
  }
  return { heads, direct: [] };
}

/** Reports of this source that the base commit has and no PR file stands for (deleted, moved, not written). */
async function findBaseOnly(
  sides: Sides,
  source: ReportSource,
  atBase: readonly string[] | null,
  used: ReadonlySet<string>,
  baseOnly: BaseOnlyReport[],
): Promise<void> {
  const gone = (atBase ?? []).filter((rel) => !used.has(rel) && !baseOnly.some((b) => b.path === rel));
  // Each one is read from the base (an API request without the commit in the checkout): bounded like the PR's.
  if (gone.length > MAX_REPORTS) {
    throw new InputError(
      `the PR removes ${gone.length} reports matching "${source.pattern.slice(0, 80)}" (more than ${MAX_REPORTS}); narrow the report globs`,
      { field: 'reports' },
    );
  }
  for (const rel of gone) {
    const base = await readBase(sides, source, rel);
    if (base) baseOnly.push({ base, path: rel });
  }
}

function namingFor(sides: Sides, source: ReportSource, rel: string): NamingOptions {
  return {
    ...(source.model ? { model: source.model } : {}),
    fallback: defaultModelName(rel),
    metrics_map: sides.config.metrics_map,
  };
}

function readSide(side: Source, source: ReportSource, rel: string, ctx: ReadContext): Promise<LoadedReport | null> {
  const name = source.reader ?? detectReader(rel);
  // A run directory is chosen among runs (gather-mlflow.ts), never picked up by a file pattern.
  if (name === 'mlflow') return Promise.resolve(null);
  return readReport(side, readerFor(name), rel, ctx);
}

function readBase(sides: Sides, source: ReportSource, rel: string): Promise<LoadedReport | null> {
  if (!sides.base) return Promise.resolve(null);
  return readSide(sides.base, source, rel, baseSide(namingFor(sides, source, rel)));
}
