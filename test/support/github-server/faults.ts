// Fault injection: rules matched in order against each incoming request; the first live rule wins and
// is consumed. Presets build GitHub's rate-limit answers, which Octokit's throttling plugin recognises.
import { STATUS_CODES } from 'node:http';
import { errorBody, type Reply } from './http.js';

export interface FaultRule {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** A string matches as a prefix of the path (no query); a RegExp is tested against path + query. */
  path?: string | RegExp;
  /** Extra predicate, e.g. on the parsed body. */
  match?: (req: { method: string; path: string; url: string; body: unknown }) => boolean;
  /** How many requests this rule applies to (default 1; Infinity for all). */
  times?: number;
  /** Status of the fault answer; default 500 when the rule answers at all. */
  status?: number;
  /** Headers of the fault answer (or added to the real answer for a delay-only rule). */
  headers?: Record<string, string>;
  /** Body of the fault answer: object -> JSON, string -> as is. Default `{message: <status text>}`. */
  body?: unknown;
  /** Wait this long before answering (or before handling, for a delay-only rule). */
  delayMs?: number;
  /** Accept the request and never answer (until the client aborts or the server closes). */
  hang?: boolean;
  /** Run the real handler (state changes), then answer with the fault: "applied but response lost". */
  afterHandle?: boolean;
}

/** What `fake.inject` returns, to check that the fault fired. */
export interface InjectedFault {
  readonly rule: FaultRule;
  /** Requests this rule applied to so far. */
  hits: number;
  remaining: number;
}

export interface FaultTarget {
  method: string;
  path: string;
  url: string;
  body: unknown;
}

export class FaultQueue {
  private readonly rules: InjectedFault[] = [];

  add(rule: FaultRule): InjectedFault {
    const f: InjectedFault = { rule, hits: 0, remaining: rule.times ?? 1 };
    this.rules.push(f);
    return f;
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** Finds and consumes the first live rule for this request. */
  take(req: FaultTarget): InjectedFault | undefined {
    const f = this.rules.find((r) => r.remaining > 0 && matches(r.rule, req));
    if (!f) return undefined;
    f.remaining -= 1;
    f.hits += 1;
    return f;
  }
}

function matches(rule: FaultRule, req: FaultTarget): boolean {
  if (rule.method && rule.method.toUpperCase() !== req.method) return false;
  if (typeof rule.path === 'string' && !req.path.startsWith(rule.path)) return false;
  if (rule.path instanceof RegExp && !rule.path.test(req.url)) return false;
  return rule.match ? rule.match(req) : true;
}

/** True when the rule answers by itself rather than only delaying (or adding headers to) the real answer. */
export function answersItself(rule: FaultRule): boolean {
  return rule.status !== undefined || rule.body !== undefined || rule.afterHandle === true;
}

export function faultReply(rule: FaultRule): Reply {
  const status = rule.status ?? 500;
  const body = rule.body !== undefined ? rule.body : errorBody(status, STATUS_CODES[status] ?? 'Error');
  const headers = { ...(rule.headers ?? {}) };
  if (typeof body === 'string') {
    headers['content-type'] ??= 'text/plain; charset=utf-8';
    return { status, body: Buffer.from(body), headers };
  }
  return { status, body, headers };
}

type Where = Pick<FaultRule, 'method' | 'path' | 'times' | 'match'>;

/** GitHub's secondary rate limit: 403, a message naming it, and retry-after (seconds). */
export function secondaryRateLimit(where: Where & { retryAfter?: number | null } = {}): FaultRule {
  const { retryAfter = 1, ...rest } = where;
  return {
    ...rest,
    status: 403,
    headers: retryAfter === null ? {} : { 'retry-after': String(retryAfter) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE:1234.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
  };
}

/** GitHub's primary rate limit: 403 (or 429) with x-ratelimit-remaining 0 and the reset time. */
export function primaryRateLimit(
  where: Where & { status?: 403 | 429; resetInSeconds?: number; retryAfter?: number } = {},
): FaultRule {
  const { status = 403, resetInSeconds = 1, retryAfter, ...rest } = where;
  const reset = Math.ceil(Date.now() / 1000) + resetInSeconds;
  return {
    ...rest,
    status,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
      ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}),
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
    },
  };
}
