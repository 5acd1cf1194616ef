/**
 * The Octokit client: retries for transient faults only, GitHub's rate-limit rules, a timeout per attempt.
 * Created here and passed in as a parameter everywhere else, so tests point it at a local server.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { BurstThenSpacing } from './pacing.js';
import { realSleep, transientBackoff, type Sleep } from './retry.js';

const GitHub = Octokit.plugin(transientBackoff, retry, throttling);
export type GitHubClient = InstanceType<typeof GitHub>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Per-attempt timeout: a hanging connection fails the attempt, which may then be retried. */
  timeoutMs?: number;
  /** Retries of transient faults (5xx, timeouts); 4xx other than rate limits are never retried. */
  retries?: number;
  /** Longest Retry-After we are willing to wait, in seconds. */
  maxRetryAfter?: number;
  /** Wait after a secondary rate limit without Retry-After, in seconds (GitHub: at least a minute). */
  fallbackRetryAfter?: number;
  log?: (message: string) => void;
  /**
   * Spacing between write requests after a burst of 3 (pacing.ts). GitHub asks for at least 1 s between writes
   * of a large batch and more between requests that notify people. Tests set 0.
   */
  writeSpacingMs?: { write: number; notifications: number };
  /** How every wait of the client (backoff, Retry-After, pacing) is taken: tests record it instead of waiting. */
  sleep?: Sleep;
}

/** Writes of a run that go out without waiting: the check run, the comment and one reply. */
export const WRITE_BURST = 3;

export function createGitHubClient(opts: ClientOptions): GitHubClient {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxRetryAfter = opts.maxRetryAfter ?? 60;
  const log = opts.log ?? (() => undefined);
  const sleep = opts.sleep ?? realSleep;
  const retries = opts.retries ?? 3;
  const doNotRetry = [400, 401, 403, 404, 410, 422, 429, 451];
  const timedFetch: typeof fetch = (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(url, { ...init, signal });
  };
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
      if (retryCount < 2 && retryAfter <= maxRetryAfter) {
        log(`GitHub ${kind} rate limit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
        // The plugin retries at once (retryAfterBaseValue 0): the wait is taken here, through `sleep`.
        return sleep(retryAfter * 1000).then(() => true);
      }
      log(`GitHub ${kind} rate limit on ${options.method} ${options.url}; giving up`);
      return false;
    };
  const spacing = opts.writeSpacingMs ?? { write: 1000, notifications: 3000 };
  // Per-client pacing (the plugin's defaults are module-wide and space every write, the second one included).
  const pace = (spacingMs: number) => new BurstThenSpacing({ burst: WRITE_BURST, spacingMs, sleep });
  // The plugin types these as Bottleneck groups; it calls only key(id).schedule(options, job).
  const write = pace(spacing.write) as unknown as Bottleneck.Group;
  const notifications = pace(spacing.notifications) as unknown as Bottleneck.Group;
  const client = new GitHub({
    auth: opts.token,
    baseUrl: opts.baseUrl.replace(/\/+$/, ''),
    userAgent: 'mlgate',
    // `retries` goes in the retry plugin's options, never in `request`: a default `request.retries` is copied into
    // every error, and plugin-retry then retries any status (403, 404, 422 ...) at once, ignoring `doNotRetry`.
    request: { fetch: timedFetch },
    // 429 is left to the throttling plugin and `honourRetryAfter`: a blind backoff would ignore GitHub's Retry-After.
    // Both plugins retry at once (base value 0); transientBackoff and onLimit take their waits through `sleep`.
    retry: { retries, doNotRetry, retryAfterBaseValue: 0 },
    transientBackoff: { retries, doNotRetry, sleep },
    throttle: {
      retryAfterBaseValue: 0,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      fallbackSecondaryRateRetryAfter: opts.fallbackRetryAfter ?? 60,
      write,
      notifications,
      Bottleneck,
    },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
  });
  honourRetryAfter(client, { maxRetryAfter, fallback: opts.fallbackRetryAfter ?? 60, log, sleep });
  sleeps.set(client, sleep);
  return client;
}

const sleeps = new WeakMap<GitHubClient, Sleep>();

/** The client's own way of waiting, for the waits its callers add (the check run's one retry). */
export function sleepOf(client: GitHubClient): Sleep {
  return sleeps.get(client) ?? realSleep;
}

/**
 * A 429 (or a 403 with Retry-After) that the throttling plugin does not recognise as a rate limit (its message
 * does not say "secondary rate" and x-ratelimit-remaining is not 0): wait as told (a 429 without Retry-After: the
 * fallback, as GitHub asks), once. A rate-limited request was not applied, so repeating even a create is safe.
 * Registered after the plugins, so it wraps them and only sees what they gave up on or ignored.
 */
function honourRetryAfter(
  client: GitHubClient,
  o: { maxRetryAfter: number; fallback: number; log: (m: string) => void; sleep: Sleep },
): void {
  const { maxRetryAfter, fallback, log, sleep } = o;
  client.hook.wrap('request', async (request, options) => {
    try {
      return await request(options);
    } catch (e) {
      const status = statusOf(e);
      const headers = (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
      const header = headers['retry-after'];
      const after = header === undefined ? (status === 429 ? fallback : NaN) : Number(header);
      const recognised =
        /\bsecondary rate\b/i.test(String((e as Error).message)) || headers['x-ratelimit-remaining'] === '0';
      if (
        (status !== 429 && status !== 403) ||
        recognised ||
        !Number.isFinite(after) ||
        after < 0 ||
        after > maxRetryAfter
      )
        throw e;
      log(`GitHub answered ${status} with Retry-After ${after}s on ${options.method} ${options.url}; retrying once`);
      await sleep(after * 1000);
      return request(options);
    }
  });
}

/** The HTTP status of an Octokit error, if any. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** 403 "Resource not accessible by integration": a read-only token (fork PRs, restricted permissions). */
export function isReadOnlyError(e: unknown): boolean {
  return statusOf(e) === 403 && /not accessible by integration|permission/i.test(String((e as Error).message));
}
