/**
 * An MLflow tracking server as a Source (MLflow REST API 2.0: `GET experiments/get-by-name`, `POST runs/search`):
 * the runs of one experiment tagged with one commit (`mlflow.source.git.commit`, which MLflow sets for a run
 * started in a git checkout) laid out as MLflow's file store lays them out (`<experiment_id>/<run_id>/meta.yaml`,
 * `metrics/<key>`, `params/<key>`, `tags/<key>`), so the file-store reader maps them: one mapping, not two.
 * Untrusted like any input: bounded pages and keys; the HTTP side (timeouts, bodies, errors) is mlflow-http.ts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { checkSourcePath } from './bounds.js';
import { clean, type MlflowServer } from './mlflow-http.js';
import { defineSource, type Listing, type Source } from './source.js';

/** Pages of one search at most, and runs asked for per page. */
export const MAX_PAGES = 5;
const PAGE_SIZE = 100;
const MAX_KEYS = 500;
const COMMIT_TAG = 'mlflow.source.git.commit';
const STATUS: Record<string, number> = { RUNNING: 1, SCHEDULED: 2, FINISHED: 3, FAILED: 4, KILLED: 5 };

export { mlflowServerFromEnv, type MlflowServer } from './mlflow-http.js';

/** Which runs count: the experiment, and optionally a run name and tags the runs must have. */
export interface RunFilter {
  experiment: string;
  run_name?: string;
  tags?: Record<string, string>;
}

export interface ServerRun {
  info: Record<string, unknown>;
  data: { metrics: KeyValue[]; params: KeyValue[]; tags: KeyValue[] };
}
type KeyValue = { key: string; value: unknown; timestamp?: unknown; step?: unknown };

/** The experiment's id; a 404 says the name is unknown, with the name (`experiments/get-by-name`). */
export async function experimentByName(server: MlflowServer, name: string): Promise<{ id: string; name: string }> {
  const v = (await server.get('experiments/get-by-name', { experiment_name: name })) as {
    experiment?: { experiment_id?: unknown; name?: unknown; lifecycle_stage?: unknown };
  };
  const id = v?.experiment?.experiment_id;
  if (typeof id !== 'string' || !/^[\w.-]{1,64}$/.test(id))
    throw new InputError(`the MLflow server ${server.host} gave no experiment id for "${clean(name, [], 80)}"`);
  if (v.experiment?.lifecycle_stage === 'deleted')
    throw new InputError(
      `the MLflow experiment "${clean(name, [], 80)}" is deleted on ${server.host}; restore it or name another`,
    );
  return { id, name: typeof v.experiment?.name === 'string' ? v.experiment.name : name };
}

/** A string literal of MLflow's filter syntax. */
const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** A tag name in backticks, as MLflow's search syntax quotes names with dots. */
const tagName = (k: string) => `tags.\`${k.replace(/`/g, '')}\``;

/** The `filter` of runs/search: the commit (when given), the run name and the tags of `f`, ANDed. */
export function runFilter(f: RunFilter, commit: string | null): string {
  const parts = commit === null ? [] : [`${tagName(COMMIT_TAG)} = ${literal(commit)}`];
  if (f.run_name !== undefined) parts.push(`attributes.run_name = ${literal(f.run_name)}`);
  for (const [k, v] of Object.entries(f.tags ?? {})) parts.push(`${tagName(k)} = ${literal(v)}`);
  return parts.join(' AND ');
}

/** Active runs of the experiment matching `filter`, newest first, over at most `maxPages` pages. */
export async function searchRuns(
  server: MlflowServer,
  experimentId: string,
  filter: string,
  maxPages = MAX_PAGES,
): Promise<{ runs: ServerRun[]; more: boolean }> {
  const runs: ServerRun[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const v = (await server.post('runs/search', {
      experiment_ids: [experimentId],
      filter,
      run_view_type: 'ACTIVE_ONLY',
      max_results: PAGE_SIZE,
      order_by: ['attributes.start_time DESC'],
      ...(token ? { page_token: token } : {}),
    })) as { runs?: unknown; next_page_token?: unknown } | null;
    const got = Array.isArray(v?.runs) ? v.runs : [];
    runs.push(...got.map((r) => asRun(r, server.host)));
    token = typeof v?.next_page_token === 'string' && v.next_page_token !== '' ? v.next_page_token : undefined;
    if (token === undefined) return { runs, more: false };
  }
  return { runs, more: true };
}

function asRun(r: unknown, host: string): ServerRun {
  const run = r as { info?: unknown; data?: Record<string, unknown> } | null;
  const info = run?.info;
  if (!info || typeof info !== 'object')
    throw new InputError(`the MLflow server ${host} answered runs/search with a run that has no info`);
  const list = (x: unknown): KeyValue[] =>
    Array.isArray(x) ? x.filter((kv): kv is KeyValue => typeof (kv as KeyValue)?.key === 'string') : [];
  const data = run.data ?? {};
  return {
    info: info as Record<string, unknown>,
    data: { metrics: list(data.metrics), params: list(data.params), tags: list(data.tags) },
  };
}

/** The commit a run was started at (its `mlflow.source.git.commit` tag), or null. */
export function runCommit(run: ServerRun): string | null {
  const v = run.data.tags.find((t) => t.key === COMMIT_TAG)?.value;
  return typeof v === 'string' && /^[0-9a-f]{40,64}$/.test(v) ? v : null;
}

const int = (v: unknown): number | null => {
  const n = typeof v === 'string' && /^-?\d{1,20}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/** A metric value as MLflow's JSON writes it (protobuf JSON: NaN and infinities are the strings), as file text. */
function valueText(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v === 'NaN') return 'nan';
  if (v === 'Infinity') return 'inf';
  if (v === '-Infinity') return '-inf';
  return null;
}

/** A key as a root-relative file name; MLflow's own names (letters, `/`, `.`, `-`, space) all pass. */
function keyPath(key: string, host: string, runId: string): string {
  const bad = key === '' || key.length > 250 || key.startsWith('/') || key.endsWith('/') || key.includes('//');
  if (bad || key.split('/').some((p) => p === '.' || p === '..') || /[\0\\]/.test(key))
    throw new InputError(`MLflow run ${runId} on ${host} has a key mlgate cannot read: "${clean(key, [], 60)}"`);
  return key;
}

/** One run's files in the file store's layout, under `<experiment_id>/<run_id>/`. */
function runFiles(run: ServerRun, experimentId: string, host: string, files: Map<string, string>): void {
  const runId = typeof run.info.run_id === 'string' ? run.info.run_id : run.info.run_uuid;
  if (typeof runId !== 'string' || !/^[\w-]{1,64}$/.test(runId))
    throw new InputError(`the MLflow server ${host} answered with a run without a valid run_id`);
  const dir = `${experimentId}/${runId}`;
  const meta = {
    run_id: runId,
    run_name: typeof run.info.run_name === 'string' ? run.info.run_name : null,
    experiment_id: experimentId,
    start_time: int(run.info.start_time) ?? 0,
    end_time: int(run.info.end_time),
    status: STATUS[String(run.info.status)] ?? null,
    lifecycle_stage: typeof run.info.lifecycle_stage === 'string' ? run.info.lifecycle_stage : null,
  };
  files.set(`${dir}/meta.yaml`, JSON.stringify(meta));
  const { metrics, params, tags } = run.data;
  if (metrics.length + params.length + tags.length > MAX_KEYS)
    throw new InputError(`MLflow run ${runId} on ${host} has more than ${MAX_KEYS} metrics, params and tags`);
  for (const m of metrics) {
    const text = valueText(m.value);
    if (text === null) continue;
    files.set(
      `${dir}/metrics/${keyPath(m.key, host, runId)}`,
      `${int(m.timestamp) ?? 0} ${text} ${int(m.step) ?? 0}\n`,
    );
  }
  for (const [sub, list] of [
    ['params', params],
    ['tags', tags],
  ] as const)
    for (const kv of list) files.set(`${dir}/${sub}/${keyPath(kv.key, host, runId)}`, String(kv.value ?? ''));
}

/**
 * The runs as a Source: `<experiment_id>/meta.yaml` (the experiment's name) and each run's directory. `what`
 * names it in messages and the small print ("MLflow server `host`, runs of `abc1234`").
 */
export function serverRunsSource(
  server: MlflowServer,
  experiment: { id: string; name: string },
  runs: readonly ServerRun[],
  what: string,
): Source {
  const files = new Map<string, string>();
  files.set(`${experiment.id}/meta.yaml`, JSON.stringify({ experiment_id: experiment.id, name: experiment.name }));
  for (const run of runs) runFiles(run, experiment.id, server.host, files);
  const bytes = (p: string) => {
    const text = files.get(p);
    return text === undefined ? null : new TextEncoder().encode(text);
  };
  return defineSource({
    kind: 'mlflow',
    describe: () => what,
    label: (p) => `${p} (MLflow server ${server.host})`,
    readBytes: (p) => Promise.resolve(bytes(p)),
    async toFile(p, tempDir) {
      const b = bytes(p);
      if (b === null) return null;
      const out = path.join(tempDir, checkSourcePath(p).replace(/\//g, '_'));
      await writeFile(out, b, { flag: 'wx' });
      return out;
    },
    list: (dir, opts) => Promise.resolve(listUnder([...files.keys()], dir, opts)),
  });
}

function listUnder(all: string[], dir: string, opts: { maxEntries: number; maxDepth: number }): Listing {
  const prefix = dir === '' ? '' : `${dir}/`;
  const under = all.filter(
    (f) => f.startsWith(prefix) && f.slice(prefix.length).split('/').length - 1 <= opts.maxDepth,
  );
  return under.length > opts.maxEntries
    ? { files: under.slice(0, opts.maxEntries), truncated: true }
    : { files: under.sort() };
}
