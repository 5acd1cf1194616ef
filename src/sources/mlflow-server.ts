/**
 * An MLflow tracking server as a Source (MLflow REST API 2.0: `GET experiments/get-by-name`, `POST runs/search`):
 * the runs of one experiment tagged with one commit (`mlflow.source.git.commit`, which MLflow sets for a run
 * started in a git checkout) laid out as MLflow's file store lays them out (`<experiment_id>/<run_id>/meta.yaml`,
 * `metrics/<key>`, `params/<key>`, `tags/<key>`), so the file-store reader maps them: one mapping, not two.
 * Untrusted like any input: timeouts, bounded bodies and pages, errors that name the server's answer, never a token.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { boundedChunks, checkSourcePath } from './bounds.js';
import { defineSource, type Listing, type Source } from './source.js';

/** One answer of the server at most (runs/search returns only each metric's latest value). */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Pages of one search at most, and runs asked for per page. */
export const MAX_PAGES = 5;
const PAGE_SIZE = 100;
/** MLflow's own default for MLFLOW_HTTP_REQUEST_TIMEOUT is 120 s; a gate should not wait that long. */
export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_KEYS = 500;
const COMMIT_TAG = 'mlflow.source.git.commit';
const STATUS: Record<string, number> = { RUNNING: 1, SCHEDULED: 2, FINISHED: 3, FAILED: 4, KILLED: 5 };

export interface MlflowServer {
  /** `host:port`, for messages (never the credentials). */
  readonly host: string;
  get(api: string, query: Record<string, string>): Promise<unknown>;
  post(api: string, body: unknown): Promise<unknown>;
}

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

/** Printable, bounded and free of markdown code fences: text from the server, for messages. */
function clean(s: string, secrets: readonly string[], max = 200): string {
  let out = s;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***');
  out = out.replace(/[^\x20-\x7e]/g, '?').replace(/[`<>]/g, "'");
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/**
 * The server named by MLFLOW_TRACKING_URI (http or https), authenticated with MLFLOW_TRACKING_TOKEN (Bearer) or
 * MLFLOW_TRACKING_USERNAME/PASSWORD (Basic), as MLflow's own client reads them; null without a URI.
 */
export function mlflowServerFromEnv(
  env: Record<string, string | undefined>,
  opts: { timeoutMs?: number; fetch?: typeof fetch } = {},
): MlflowServer | null {
  const raw = env.MLFLOW_TRACKING_URI?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError('MLFLOW_TRACKING_URI is not a URL; set it to the server, e.g. https://mlflow.example.com');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(
      `MLFLOW_TRACKING_URI is a ${clean(url.protocol, [], 20)} URI, not a tracking server: for a store in the repository use mlflow:mlflow.db or mlflow:mlruns/<id>/*`,
    );
  const { token, username, password } = {
    token: env.MLFLOW_TRACKING_TOKEN,
    username: env.MLFLOW_TRACKING_USERNAME,
    password: env.MLFLOW_TRACKING_PASSWORD,
  };
  const auth = token
    ? `Bearer ${token}`
    : username
      ? `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}`
      : null;
  const secrets = [token, password, auth].filter((s): s is string => !!s);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}/api/2.0/mlflow/`;
  const call = httpCall({ host: url.host, auth, secrets, timeoutMs: opts.timeoutMs ?? timeoutOf(env) }, opts);
  return {
    host: url.host,
    get: (api, query) => call(`${base}${api}?${new URLSearchParams(query).toString()}`, 'GET', undefined),
    post: (api, body) => call(`${base}${api}`, 'POST', JSON.stringify(body)),
  };
}

/** MLflow's own MLFLOW_HTTP_REQUEST_TIMEOUT (seconds), when set; else DEFAULT_TIMEOUT_MS. */
function timeoutOf(env: Record<string, string | undefined>): number {
  const raw = env.MLFLOW_HTTP_REQUEST_TIMEOUT?.trim();
  if (!raw) return DEFAULT_TIMEOUT_MS;
  const s = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || s <= 0 || s > 600)
    throw new InputError('MLFLOW_HTTP_REQUEST_TIMEOUT must be a number of seconds between 0 and 600');
  return Math.round(s * 1000);
}

interface CallOptions {
  host: string;
  auth: string | null;
  secrets: string[];
  timeoutMs: number;
}

function httpCall(o: CallOptions, opts: { fetch?: typeof fetch }) {
  const doFetch = opts.fetch ?? fetch;
  return async (url: string, method: 'GET' | 'POST', body: string | undefined): Promise<unknown> => {
    const api = new URL(url).pathname.replace(/^.*\/api\/2\.0\/mlflow\//, '');
    const where = `the MLflow server ${o.host} (${method} ${api})`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (o.auth) headers.authorization = o.auth;
    try {
      const res = await doFetch(url, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(o.timeoutMs),
      });
      const text = await boundedText(res, where);
      if (res.status >= 300 && res.status < 400)
        throw new InputError(
          `${where} answered HTTP ${res.status}, a redirect: set MLFLOW_TRACKING_URI to the address it redirects to`,
        );
      if (!res.ok) throw new InputError(`${where} answered ${serverError(res.status, text, o.secrets)}`);
      return parseJson(text, where);
    } catch (e) {
      if (e instanceof InputError) throw e;
      const name = (e as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError')
        throw new InputError(
          `${where} did not answer within ${o.timeoutMs / 1000} s; check the server and MLFLOW_TRACKING_URI`,
        );
      const cause = (e as { cause?: { code?: unknown } })?.cause?.code;
      throw new InputError(
        `${where} could not be reached${typeof cause === 'string' ? ` (${clean(cause, [], 40)})` : ''}; check MLFLOW_TRACKING_URI and that the runner can reach the server`,
      );
    }
  };
}

async function boundedText(res: Response, where: string): Promise<string> {
  const tooBig = () => new InputError(`${where} answered with more than ${MAX_RESPONSE_BYTES} bytes`);
  const parts: Uint8Array[] = [];
  if (res.body) for await (const chunk of boundedChunks(res.body, MAX_RESPONSE_BYTES, tooBig, where)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

/** "HTTP 404 RESOURCE_DOES_NOT_EXIST: …" from MLflow's error body (`error_code`, `message`), with a hint. */
function serverError(status: number, text: string, secrets: readonly string[]): string {
  let code = '';
  let message = '';
  try {
    const v = JSON.parse(text) as { error_code?: unknown; message?: unknown };
    if (typeof v.error_code === 'string') code = ` ${clean(v.error_code, secrets, 60)}`;
    if (typeof v.message === 'string') message = `: "${clean(v.message, secrets)}"`;
  } catch {
    // Not MLflow's JSON (a proxy's page): the status says enough.
  }
  const hint =
    status === 401 || status === 403
      ? '; check MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD'
      : '';
  return `HTTP ${status}${code}${message}${hint}`;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${where} answered with something that is not JSON; is MLFLOW_TRACKING_URI an MLflow server?`);
  }
}

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
