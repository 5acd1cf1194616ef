// One HTTP exchange: read the body, log it, apply latency and faults, authenticate, route, answer.
// Handlers run synchronously on the shared store, so the only interleaving point is before handling.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Tokens } from './auth.js';
import { answersItself, faultReply, type FaultQueue } from './faults.js';
import { HttpError, errorBody, type Reply } from './http.js';
import type { Router } from './router.js';
import type { Store } from './store.js';

export interface LoggedRequest {
  method: string;
  /** Path without the query string, as sent (percent-encoded). */
  path: string;
  query: Record<string, string>;
  /** Raw headers, authorization included, so secret-leak tests can inspect them. */
  headers: IncomingHttpHeaders;
  /** Raw request body as UTF-8 ('' when none). */
  body: string;
  /** Parsed JSON body, or undefined. */
  json: unknown;
  /** Status sent; 0 while pending or when no answer was sent (hang, client abort). */
  status: number;
  /** Arrival time, ms since epoch. */
  time: number;
  durationMs: number;
  /** Set when an injected fault applied to this request. */
  fault: boolean;
  /** The client went away before an answer was sent. */
  aborted: boolean;
}

export interface DispatchDeps {
  store: Store;
  tokens: Tokens;
  faults: FaultQueue;
  router: Router;
  requests: LoggedRequest[];
  latencyMs: () => number;
  isClosed: () => boolean;
  hanging: Set<ServerResponse>;
  /** Answered requests, for the x-ratelimit-* and request-id headers. */
  counters: { requests: number };
}

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_BODY_BYTES = 32 * 1024 * 1024;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function baseHeaders(deps: DispatchDeps): Record<string, string> {
  const rateUsed = ++deps.counters.requests;
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(Math.max(1, 5000 - rateUsed)),
    'x-ratelimit-used': String(rateUsed),
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `FAKE:${rateUsed}`,
  };
}

function send(deps: DispatchDeps, res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...baseHeaders(deps), ...(reply.headers ?? {}) };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(reply.body)) payload = reply.body;
  else if (reply.body !== undefined && reply.status !== 204) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  if (payload) headers['content-length'] = String(payload.length);
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** Auth, permission and routing for a request that no fault answered. */
function handle(deps: DispatchDeps, entry: LoggedRequest, url: URL, parseFailed: boolean): Reply {
  try {
    const identity = deps.tokens.authenticate(entry.headers);
    if (identity.readOnly && WRITE.has(entry.method))
      throw new HttpError(403, 'Resource not accessible by integration');
    // A job token without `actions: read` (docs: "Actions" repository permissions) is refused every actions route.
    if (identity.actions === 'none' && /^\/repos\/[^/]+\/[^/]+\/actions\//.test(entry.path))
      throw new HttpError(403, 'Resource not accessible by integration');
    if (parseFailed) throw new HttpError(400, 'Problems parsing JSON');
    const route = deps.router.match(entry.method, entry.path);
    if (!route) throw new HttpError(404, 'Not Found');
    return route.handler({
      store: deps.store,
      method: entry.method,
      path: entry.path,
      params: route.params,
      query: url.searchParams,
      headers: entry.headers,
      body: entry.json,
      actor: identity.user,
    });
  } catch (err) {
    if (err instanceof HttpError) return { status: err.status, body: errorBody(err.status, err.message, err.extra) };
    // A bug in the fake: answer 500 so the test sees it, and say why on stderr.
    console.error('fake GitHub handler error', err);
    return { status: 500, body: errorBody(500, `fake server error: ${String(err)}`) };
  }
}

export async function dispatch(deps: DispatchDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake.invalid');
  const entry: LoggedRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body: '',
    json: undefined,
    status: 0,
    time: Date.now(),
    durationMs: 0,
    fault: false,
    aborted: false,
  };
  deps.requests.push(entry);
  res.on('close', () => {
    entry.aborted = !res.writableFinished;
    deps.hanging.delete(res);
  });
  let parseFailed = false;
  try {
    const raw = await readAll(req);
    entry.body = raw.toString('utf8');
    if (entry.body.length > 0) {
      try {
        entry.json = JSON.parse(entry.body);
      } catch {
        parseFailed = true;
      }
    }
  } catch (err) {
    if (err instanceof HttpError) send(deps, res, { status: err.status, body: errorBody(err.status, err.message) });
    return;
  }

  // Faults are matched on arrival so that concurrent requests consume them in arrival order.
  const fault = deps.faults.take({
    method: entry.method,
    path: entry.path,
    url: entry.path + url.search,
    body: entry.json,
  });
  entry.fault = fault !== undefined;
  const latency = deps.latencyMs();
  if (latency > 0) await sleep(latency);
  if (fault?.rule.delayMs) await sleep(fault.rule.delayMs);
  if (deps.isClosed() || res.destroyed) return;
  if (fault?.rule.hang) {
    deps.hanging.add(res); // answered never; destroyed by close()
    return;
  }

  let reply: Reply;
  if (fault && answersItself(fault.rule) && !fault.rule.afterHandle) {
    reply = faultReply(fault.rule);
  } else {
    reply = handle(deps, entry, url, parseFailed);
    if (fault?.rule.afterHandle) reply = faultReply(fault.rule);
    else if (fault?.rule.headers) reply = { ...reply, headers: { ...(reply.headers ?? {}), ...fault.rule.headers } };
  }
  entry.status = reply.status;
  entry.durationMs = Date.now() - entry.time;
  send(deps, res, reply);
}
