/**
 * Waits of the API client that go through an injected `sleep`, so tests assert the requested waits instead of
 * sleeping them: the backoff of transient faults (the policy of @octokit/plugin-retry: up to `retries` more
 * attempts after (n+1)² s, never for a definite 4xx), and the throttling plugin's retry after a rate limit.
 */
import type { Octokit } from '@octokit/rest';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TransientRetryOptions {
  retries: number;
  doNotRetry: number[];
  sleep: Sleep;
}

/** An Octokit plugin; `request.retries` on a call overrides `retries` (0: this call is never repeated). */
export function transientRetry(
  octokit: Pick<Octokit, 'hook'>,
  options: { transientRetry?: TransientRetryOptions; [k: string]: unknown },
): void {
  const o = options.transientRetry;
  if (!o) return;
  octokit.hook.wrap('request', async (request, opts) => {
    const max = (opts.request as { retries?: number } | undefined)?.retries ?? o.retries;
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(opts);
      } catch (e) {
        const status = (e as { status?: unknown }).status;
        const fromRequest = (e as { request?: unknown }).request !== undefined;
        if (!fromRequest || typeof status !== 'number' || status < 400 || o.doNotRetry.includes(status)) throw e;
        if (attempt >= max) throw e;
        await o.sleep((attempt + 1) ** 2 * 1000);
      }
    }
  });
}

type Failed = (error: unknown, info: { args: unknown[]; retryCount: number }) => unknown;

/**
 * What @octokit/plugin-throttling needs of its `retryLimiter` (a Bottleneck instance by default): `schedule(job,
 * ...args)` and a `failed` handler whose answer, a number of ms, means "retry after that long".
 */
export class RetryAfterLimiter {
  private failed: Failed | null = null;
  constructor(private readonly sleep: Sleep) {}

  on(event: string, handler: Failed): this {
    if (event === 'failed') this.failed = handler;
    return this;
  }

  async schedule<A extends unknown[], T>(job: (...args: A) => Promise<T>, ...args: A): Promise<T> {
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await job(...args);
      } catch (e) {
        const wait = this.failed ? await this.failed(e, { args, retryCount }) : undefined;
        if (typeof wait !== 'number') throw e;
        if (wait > 0) await this.sleep(wait);
      }
    }
  }
}
