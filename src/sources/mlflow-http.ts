/**
 * The HTTP side of an MLflow tracking server (sources/mlflow-server.ts): the address and credentials of
 * MLFLOW_TRACKING_* as MLflow's client reads them, a timeout per request, bounded bodies, no redirects, and
 * errors that name the server's answer (HTTP status, MLflow's `error_code` and `message`), never a credential.
 */
import { InputError } from '../kernel/errors.js';
import { boundedChunks } from './bounds.js';

/** One answer of the server at most (runs/search returns only each metric's latest value). */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** MLflow's own default for MLFLOW_HTTP_REQUEST_TIMEOUT is 120 s; a gate should not wait that long. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface MlflowServer {
  /** `host:port`, for messages (never the credentials). */
  readonly host: string;
  get(api: string, query: Record<string, string>): Promise<unknown>;
  post(api: string, body: unknown): Promise<unknown>;
}

/** Printable, bounded and free of markdown code fences: text from the server, for messages. */
export function clean(s: string, secrets: readonly string[], max = 200): string {
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
