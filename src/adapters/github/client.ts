/**
 * The Octokit client: retries for transient faults only, GitHub's rate-limit rules, a timeout per attempt.
 * Created here and passed in as a parameter everywhere else, so tests point it at a local server.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

const GitHub = Octokit.plugin(retry, throttling);
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
  log?: (message: string) => void;
  /**
   * Spacing between write requests. GitHub asks integrations for at least 1 s between writes and more between
   * requests that notify people; plugin-throttling enforces that process-wide by default. Tests set 0.
   */
  writeSpacingMs?: { write: number; notifications: number };
}

export function createGitHubClient(opts: ClientOptions): GitHubClient {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxRetryAfter = opts.maxRetryAfter ?? 60;
  const log = opts.log ?? (() => undefined);
  const timedFetch: typeof fetch = (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(url, { ...init, signal });
  };
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
    if (retryCount < 2 && retryAfter <= maxRetryAfter) {
      log(`GitHub ${kind} rate limit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
      return true;
    }
    log(`GitHub ${kind} rate limit on ${options.method} ${options.url}; giving up`);
    return false;
  };
  const spacing = opts.writeSpacingMs ?? { write: 1000, notifications: 3000 };
  // Per-client limiters (the plugin's defaults are module-wide): same rules, but no state shared across clients.
  const write = new Bottleneck.Group({ id: 'mlgate-write', maxConcurrent: 1, minTime: spacing.write });
  const notifications = new Bottleneck.Group({ id: 'mlgate-notifications', maxConcurrent: 1, minTime: spacing.notifications });
  return new GitHub({
    auth: opts.token,
    baseUrl: opts.baseUrl.replace(/\/+$/, ''),
    userAgent: 'mlgate',
    request: { fetch: timedFetch, retries: opts.retries ?? 3 },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), write, notifications, Bottleneck },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
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
