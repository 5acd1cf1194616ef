// Request/response plumbing shared by the router, the handlers and the fault layer.
import type { IncomingHttpHeaders } from 'node:http';
import type { Store } from './store.js';
import type { UserRec } from './types.js';

/** What a handler returns; the server turns it into an HTTP response. */
export interface Reply {
  status: number;
  /** JSON value, or raw bytes (then `headers['content-type']` should be set). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by handlers to answer with GitHub's error JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface Ctx {
  store: Store;
  method: string;
  /** Path without the query string, still percent-encoded. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The user that the request's token belongs to. */
  actor: UserRec;
}

export type Handler = (ctx: Ctx) => Reply;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

export function errorBody(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message, ...extra, documentation_url: 'https://docs.github.com/rest', status: String(status) };
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found');

/** GitHub's 422 shape: `{message: 'Validation Failed', errors: [...]}` or a specific message. */
export function unprocessable(message: string, errors?: unknown[]): HttpError {
  return new HttpError(422, message, errors ? { errors } : {});
}

/** The JSON request body as an object (empty object when absent); other shapes are a 400 like GitHub's. */
export function bodyObject(ctx: Ctx): Record<string, unknown> {
  if (ctx.body === undefined || ctx.body === null) return {};
  if (typeof ctx.body !== 'object' || Array.isArray(ctx.body)) throw new HttpError(400, 'Problems parsing JSON');
  return ctx.body as Record<string, unknown>;
}

export function intParam(ctx: Ctx, name: string): number {
  const raw = ctx.params[name] ?? '';
  if (!/^\d+$/.test(raw)) throw notFound();
  return Number(raw);
}

export function optString(obj: Record<string, unknown>, key: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string')
    throw unprocessable('Validation Failed', [{ resource: 'Request', field: key, code: 'invalid' }]);
  return v;
}
