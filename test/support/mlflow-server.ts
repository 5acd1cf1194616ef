/**
 * A local stand-in for an MLflow tracking server on 127.0.0.1, answering like MLflow's REST API 2.0 as documented
 * (mlflow.org/docs/latest/rest-api.html) for what mlgate asks: `GET experiments/get-by-name` (404
 * RESOURCE_DOES_NOT_EXIST for an unknown name), `POST runs/search` with the filter forms mlgate sends
 * (`tags.\`k\` = 'v'`, `tags."k"`, `tags.k`, `attributes.run_name = 'x'`, joined by AND; anything else is 400
 * INVALID_PARAMETER_VALUE), `run_view_type`, `order_by` start time, `max_results` and base64 `{"offset": n}` page
 * tokens (as MLflow's stores write them). Metric values are JSON numbers, NaN and infinities the strings protobuf's
 * JSON writes ("NaN", "Infinity"). With credentials set, a request without them gets MLflow's basic-auth 401.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRunInput {
  experiment: string;
  /** The commit the run was started at (tag mlflow.source.git.commit). */
  commit?: string;
  run_id?: string;
  run_name?: string;
  status?: 'RUNNING' | 'FINISHED' | 'FAILED' | 'KILLED' | 'SCHEDULED';
  start_time?: number;
  lifecycle_stage?: 'active' | 'deleted';
  metrics?: Record<string, number>;
  params?: Record<string, string>;
  tags?: Record<string, string>;
}

export interface FakeMlflowOptions {
  /** Runs per page at most, whatever max_results asks (forces pagination). */
  pageSize?: number;
  /** `Authorization: Bearer <token>` required. */
  token?: string;
  basic?: { username: string; password: string };
  /** Every answer waits this long (a slow server). */
  delayMs?: number;
}

interface StoredRun {
  info: Record<string, unknown>;
  data: {
    metrics: Array<Record<string, unknown>>;
    params: Array<Record<string, string>>;
    tags: Array<Record<string, string>>;
  };
}

type Clause = { kind: 'tags' | 'attributes'; key: string; op: '=' | '!='; value: string };

/** `tags.\`a.b\` = 'x' AND attributes.run_name = "y"`: the subset of MLflow's search syntax mlgate sends. */
export function parseFilter(filter: string): Clause[] | string {
  const clauses: Clause[] = [];
  const re =
    /^\s*(tags|attributes)\.(?:`([^`]+)`|"([^"]+)"|([\w.]+))\s*(=|!=)\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*(?:AND\b|$)/i;
  let rest = filter.trim();
  while (rest !== '') {
    const m = re.exec(rest);
    if (!m) return `Invalid filter '${filter}'`;
    const value = (m[6] ?? m[7] ?? '').replace(/\\(.)/g, '$1');
    clauses.push({ kind: m[1]!.toLowerCase() as Clause['kind'], key: m[2] ?? m[3] ?? m[4]!, op: m[5] as '=', value });
    rest = rest.slice(m[0].length).trim();
  }
  return clauses;
}

function matches(run: StoredRun, c: Clause): boolean {
  const actual =
    c.kind === 'tags'
      ? run.data.tags.find((t) => t.key === c.key)?.value
      : c.key === 'run_name'
        ? (run.info.run_name as string)
        : String(run.info[c.key]);
  return c.op === '=' ? actual === c.value : actual !== c.value;
}

/** NaN and infinities as protobuf's JSON writes doubles. */
const toJson = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'number' && !Number.isFinite(x) ? (Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity') : x,
  );

export class FakeMlflow {
  readonly experiments = new Map<string, string>();
  readonly runs: StoredRun[] = [];
  readonly requests: Array<{ method: string; path: string; body: unknown; authorization?: string }> = [];
  url = '';
  private server: http.Server | null = null;
  private nextRun = 1;

  constructor(readonly opts: FakeMlflowOptions = {}) {}

  addExperiment(name: string): string {
    const existing = this.experiments.get(name);
    if (existing) return existing;
    const id = String(this.experiments.size + 1);
    this.experiments.set(name, id);
    return id;
  }

  addRun(r: FakeRunInput): string {
    const id = r.run_id ?? (this.nextRun++).toString(16).padStart(32, '0');
    const start = r.start_time ?? 1_700_000_000_000 + this.runs.length * 1000;
    const tags: Record<string, string> = { ...(r.commit ? { 'mlflow.source.git.commit': r.commit } : {}), ...r.tags };
    if (r.run_name) tags['mlflow.runName'] = r.run_name;
    this.runs.push({
      info: {
        run_id: id,
        run_uuid: id,
        run_name: r.run_name ?? `run-${id.slice(-4)}`,
        experiment_id: this.addExperiment(r.experiment),
        user_id: 'ci',
        status: r.status ?? 'FINISHED',
        start_time: start,
        end_time: start + 500,
        artifact_uri: `mlflow-artifacts:/${id}/artifacts`,
        lifecycle_stage: r.lifecycle_stage ?? 'active',
      },
      data: {
        metrics: Object.entries(r.metrics ?? {}).map(([key, value]) => ({
          key,
          value,
          timestamp: start + 100,
          step: 3,
        })),
        params: Object.entries(r.params ?? {}).map(([key, value]) => ({ key, value })),
        tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
      },
    });
    return id;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const answer = () => this.handle(req, body, res);
        if (this.opts.delayMs) setTimeout(answer, this.opts.delayMs).unref();
        else answer();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private authorized(header: string | undefined): boolean {
    if (this.opts.token) return header === `Bearer ${this.opts.token}`;
    if (this.opts.basic) {
      const { username, password } = this.opts.basic;
      return header === `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    return true;
  }

  private handle(req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
    if (res.destroyed) return;
    const url = new URL(req.url ?? '/', 'http://x');
    let parsed: unknown = null;
    try {
      parsed = body ? JSON.parse(body) : null;
    } catch {
      // answered below as a bad request
    }
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      body: parsed,
      authorization: req.headers.authorization,
    });
    const send = (status: number, v: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(toJson(v));
    };
    if (!this.authorized(req.headers.authorization)) {
      // MLflow's basic-auth app answers in plain text.
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Basic realm="mlflow"' });
      res.end(
        'You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html on how to authenticate.',
      );
      return;
    }
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /api/2.0/mlflow/experiments/get-by-name') return this.getByName(url, send);
    if (route === 'POST /api/2.0/mlflow/runs/search') return this.search(parsed, send);
    send(404, { error_code: 'ENDPOINT_NOT_FOUND', message: `No API endpoint found for ${route}` });
  }

  private getByName(url: URL, send: (s: number, v: unknown) => void): void {
    const name = url.searchParams.get('experiment_name') ?? '';
    const id = this.experiments.get(name);
    if (!id)
      return send(404, {
        error_code: 'RESOURCE_DOES_NOT_EXIST',
        message: `Could not find experiment with name '${name}'`,
      });
    send(200, {
      experiment: { experiment_id: id, name, artifact_location: `mlflow-artifacts:/${id}`, lifecycle_stage: 'active' },
    });
  }

  private search(body: unknown, send: (s: number, v: unknown) => void): void {
    const b = (body ?? {}) as {
      experiment_ids?: unknown;
      filter?: unknown;
      run_view_type?: unknown;
      max_results?: unknown;
      order_by?: unknown;
      page_token?: unknown;
    };
    if (!Array.isArray(b.experiment_ids))
      return send(400, {
        error_code: 'INVALID_PARAMETER_VALUE',
        message: 'Missing value for required parameter experiment_ids',
      });
    const clauses = parseFilter(typeof b.filter === 'string' ? b.filter : '');
    if (typeof clauses === 'string') return send(400, { error_code: 'INVALID_PARAMETER_VALUE', message: clauses });
    const view = b.run_view_type ?? 'ACTIVE_ONLY';
    const offset = b.page_token
      ? (JSON.parse(Buffer.from(String(b.page_token), 'base64').toString()) as { offset: number }).offset
      : 0;
    const max = Math.min(typeof b.max_results === 'number' ? b.max_results : 1000, this.opts.pageSize ?? 1000);
    const desc = Array.isArray(b.order_by) && /start_time DESC/i.test(String(b.order_by[0]));
    const found = this.runs
      .filter((r) => (b.experiment_ids as unknown[]).includes(r.info.experiment_id))
      .filter((r) => view === 'ALL' || (view === 'ACTIVE_ONLY') === (r.info.lifecycle_stage === 'active'))
      .filter((r) => clauses.every((c) => matches(r, c)))
      .sort((x, y) => (desc ? -1 : 1) * ((x.info.start_time as number) - (y.info.start_time as number)));
    const page = found.slice(offset, offset + max);
    const more = offset + max < found.length;
    send(200, {
      ...(page.length ? { runs: page } : {}),
      ...(more ? { next_page_token: Buffer.from(JSON.stringify({ offset: offset + max })).toString('base64') } : {}),
    });
  }
}

export async function startMlflowServer(opts: FakeMlflowOptions = {}): Promise<FakeMlflow> {
  return new FakeMlflow(opts).start();
}
