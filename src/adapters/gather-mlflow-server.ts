/**
 * MLflow tracking servers (`mlflow-server:<experiment>`): the PR's runs are the experiment's runs tagged with the
 * PR's head commit, the baseline's those of the base commit or of its nearest ancestor that has runs (found as
 * baseline artifacts are: the commits that have runs, then the ancestry walk, bounded). Each run is read by the
 * MLflow file-store reader from sources/mlflow-server.ts; what is chosen here is only which runs count.
 */
import { InputError } from '../kernel/errors.js';
import type { BaselineFrom, BaselineOrigin } from '../kernel/provenance.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import {
  finish,
  isFailedRun,
  mlflowModelHint,
  mlflowRunFiles,
  readMlflowRun,
  type MlflowRunFiles,
  type ReportSource,
  type ServerSpec,
} from '../readers/index.js';
import { MAX_WALK, type Ancestry } from '../sources/ancestry.js';
import {
  experimentByName,
  mlflowServerFromEnv,
  runCommit,
  runFilter,
  searchRuns,
  serverRunsSource,
  type MlflowServer,
  type ServerRun,
} from '../sources/mlflow-server.js';
import { fetchFor } from '../sources/read.js';
import type { Source } from '../sources/source.js';
import type { Sides } from './gather.js';

export interface MlflowServerContext {
  /** The server of MLFLOW_TRACKING_URI, made when a spec needs it (a `file:` URI is no error elsewhere). */
  server(): MlflowServer | null;
  /** The commits whose runs are the PR's, in order: the PR's head, then the checkout (a PR's merge commit). */
  head: readonly string[];
  /** The PR's base commit; null: no baseline. */
  base: string | null;
  ancestry(base: string): Promise<Ancestry>;
  /** Filled as models are gathered: where the server's baselines came from, and what could not be found. */
  origins: BaselineOrigin[];
  notes: string[];
}

export function mlflowContext(
  env: Record<string, string | undefined>,
  where: {
    head: ReadonlyArray<string | null | undefined>;
    base: string | null;
    ancestry(base: string): Promise<Ancestry>;
  },
  opts: { timeoutMs?: number } = {},
): MlflowServerContext {
  let server: MlflowServer | null | undefined;
  const head = [...new Set(where.head.filter((s): s is string => !!s && /^[0-9a-f]{40,64}$/.test(s)))];
  return {
    server: () => (server === undefined ? (server = mlflowServerFromEnv(env, opts)) : server),
    head,
    base: where.base,
    ancestry: where.ancestry,
    origins: [],
    notes: [],
  };
}

/** The result's `base` with the server's origin when the server gave a baseline (the stalest, if several). */
export function withServerOrigin<T extends { source: BaselineFrom; origin?: BaselineOrigin }>(
  base: T,
  ctx: MlflowServerContext | undefined,
): T {
  if (!ctx || ctx.origins.length === 0 || base.source === 'artifact' || base.source === 'file') return base;
  const origin = [...ctx.origins].sort((a, b) => (b.behind ?? 0) - (a.behind ?? 0))[0]!;
  return { ...base, source: 'mlflow', origin };
}

const sha7 = (sha: string) => `\`${sha.slice(0, 7)}\``;
type Experiment = { id: string; name: string };
type Found = { sha: string; runs: ServerRun[] };

function filterWords(spec: ServerSpec): string {
  const parts = [
    ...(spec.run_name !== undefined ? [`run name "${spec.run_name.slice(0, 60)}"`] : []),
    ...Object.entries(spec.tags ?? {}).map(([k, v]) => `tag ${k.slice(0, 60)} = "${v.slice(0, 60)}"`),
  ];
  return parts.length ? ` with ${parts.join(' and ')}` : '';
}

async function runsAt(server: MlflowServer, exp: Experiment, spec: ServerSpec, sha: string): Promise<ServerRun[]> {
  const { runs, more } = await searchRuns(server, exp.id, runFilter(spec, sha));
  if (more)
    throw new InputError(
      `more than ${runs.length} runs of MLflow experiment "${exp.name.slice(0, 80)}" are tagged with commit ${sha.slice(0, 7)}; narrow them with ?run_name=… or ?tag.<key>=…`,
      { field: 'reports' },
    );
  return runs;
}

async function headRuns(server: MlflowServer, exp: Experiment, spec: ServerSpec, head: readonly string[]) {
  if (head.length === 0)
    throw new InputError('mlflow-server: needs the PR’s commit to find its runs, and none is known here', {
      field: 'reports',
    });
  for (const sha of head) {
    const runs = await runsAt(server, exp, spec, sha);
    if (runs.length > 0) return { sha, runs };
  }
  throw new InputError(
    `no run of MLflow experiment "${exp.name.slice(0, 80)}" on ${server.host}${filterWords(spec)} is tagged mlflow.source.git.commit = ${head.map((s) => s.slice(0, 7)).join(' or ')} (the PR’s commit): run the evaluation from a checkout of that commit, which MLflow tags, or set the tag with mlflow.set_tag`,
    { field: 'reports' },
  );
}

/** The base commit's finished runs, else those of its nearest ancestor that has some (within MAX_WALK commits). */
async function baseRuns(
  server: MlflowServer,
  exp: Experiment,
  spec: ServerSpec,
  ctx: MlflowServerContext,
  base: string,
): Promise<(Found & { behind: number }) | null> {
  const finished = (runs: ServerRun[]) => runs.filter((r) => r.info.status !== 'FAILED' && r.info.status !== 'KILLED');
  const atBase = finished(await runsAt(server, exp, spec, base));
  if (atBase.length > 0) return { sha: base, runs: atBase, behind: 0 };
  const recent = await searchRuns(server, exp.id, runFilter(spec, null));
  const commits = [...new Set(finished(recent.runs).map(runCommit))].filter((c): c is string => c !== null);
  const nearest = commits.length ? await (await ctx.ancestry(base)).nearest(base, commits, MAX_WALK) : null;
  if (!nearest) {
    ctx.notes.push(
      `no finished run of MLflow experiment "${exp.name.slice(0, 80)}"${filterWords(spec)} is tagged with the PR’s base ${base.slice(0, 7)} or one of its ${MAX_WALK} nearest ancestors: no baseline from the server`,
    );
    return null;
  }
  return { sha: nearest.sha, runs: finished(await runsAt(server, exp, spec, nearest.sha)), behind: nearest.behind };
}

type Run = { dir: string; files: MlflowRunFiles };

async function readRuns(source: Source, exp: Experiment, runs: ServerRun[]): Promise<Run[]> {
  const out: Run[] = [];
  for (const run of runs) {
    const dir = `${exp.id}/${String(run.info.run_id ?? run.info.run_uuid)}`;
    const files = await fetchFor(source, (got) => mlflowRunFiles(dir, got, source.label));
    if (files) out.push({ dir, files });
  }
  return out;
}

/** Per model (the config's name, a `model` param or `mlgate.model` tag, else the experiment's name), the newest run. */
function newestByModel(source: ReportSource, exp: Experiment, runs: Run[]): Map<string, Run> {
  const sorted = [...runs].sort(
    (a, b) => b.files.meta.start_time - a.files.meta.start_time || (a.dir < b.dir ? 1 : -1),
  );
  const out = new Map<string, Run>();
  for (const run of sorted) {
    const name = source.model ?? mlflowModelHint(run.files) ?? exp.name;
    if (!out.has(name)) out.set(name, run);
  }
  return out;
}

/**
 * The models of one `mlflow-server:` entry: the PR's newest run per model (a FAILED or KILLED one stops the gate
 * with that message, as for a file store), against the newest finished run of that model at the base or its
 * nearest recorded ancestor. A model with runs only there is `removed`.
 */
export async function gatherMlflowServer(sides: Sides, source: ReportSource): Promise<ModelInput[]> {
  const ctx = sides.mlflow;
  const spec = source.server!;
  // Only the gate (the action's gate mode, compare --base-ref) asks a server; recording it would copy the server.
  if (!ctx)
    throw new InputError(
      `${source.pattern.slice(0, 80)} is read from the tracking server when a PR is gated (the action's gate mode, mlgate compare --base-ref), and the server keeps its runs: there is nothing to record or read here; leave it out of this step's reports`,
      { field: 'reports' },
    );
  const server = ctx.server();
  if (!server)
    throw new InputError(
      `${source.pattern.slice(0, 80)} reads an MLflow tracking server: set MLFLOW_TRACKING_URI (and MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD) in the step's env`,
      { field: 'reports' },
    );
  const exp = await experimentByName(server, spec.experiment);
  const head = await headRuns(server, exp, spec, ctx.head);
  const headSource = serverRunsSource(
    server,
    exp,
    head.runs,
    `MLflow server ${server.host}, runs of ${sha7(head.sha)}`,
  );
  const heads = newestByModel(source, exp, await readRuns(headSource, exp, head.runs));
  const base = ctx.base ? await baseRuns(server, exp, spec, ctx, ctx.base) : null;
  const what = base ? `MLflow server ${server.host}, runs of ${sha7(base.sha)}` : '';
  const bases = base
    ? newestByModel(source, exp, await readRuns(serverRunsSource(server, exp, base.runs, what), exp, base.runs))
    : new Map<string, Run>();
  const naming = (name: string) => ({ model: name, fallback: name, metrics_map: sides.config.metrics_map });
  const report = (run: Run, name: string) => finish(readMlflowRun(run.files), naming(name));
  const where = (run: Run) => `${source.pattern.slice(0, 200)} run ${run.files.meta.run_id}`;
  const out: ModelInput[] = [...heads].map(([name, run]) => {
    const b = bases.get(name);
    return {
      name,
      head: report(run, name),
      base: b ? report(b, name) : null,
      head_path: where(run),
      base_path: b ? where(b) : null,
    };
  });
  for (const [name, run] of bases)
    if (!heads.has(name) && !isFailedRun(run.files.meta))
      out.push({ name, head: null, base: report(run, name), head_path: null, base_path: where(run), removed: true });
  if (base && bases.size > 0) {
    const newest = Math.max(...[...bases.values()].map((r) => r.files.meta.start_time));
    ctx.origins.push({
      from: 'mlflow',
      description: what,
      sha: base.sha,
      base_sha: ctx.base,
      behind: base.behind,
      recorded_at: newest > 0 ? new Date(newest).toISOString() : null,
    });
  }
  return out;
}
