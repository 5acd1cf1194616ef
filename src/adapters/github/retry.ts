/**
 * The waits of the API client go through an injected `sleep`, so tests assert the requested waits instead of
 * sleeping them. @octokit/plugin-retry and plugin-throttling keep deciding what is retried (their
 * `retryAfterBaseValue` is set to 0, so they retry at once); the waits they would have taken are slept here.
 */
import type { Octokit } from '@octokit/rest';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface BackoffOptions {
  retries: number;
  doNotRetry: readonly number[];
  sleep: Sleep;
}

/**
 * An Octokit plugin listed before plugin-retry, so its hook runs inside each of that plugin's attempts: a failed
 * attempt that plugin-retry will repeat (a status ≥ 400 outside `doNotRetry`, attempts left; `request.retries` on
 * a call overrides `retries`) first waits plugin-retry's backoff, (n+1)² s after the n-th retry.
 */
export function transientBackoff(
  octokit: Pick<Octokit, 'hook'>,
  options: { transientBackoff?: BackoffOptions; [k: string]: unknown },
): void {
  const o = options.transientBackoff;
  if (!o) return;
  // plugin-retry repeats a call with the same options object.
  const retried = new WeakMap<object, number>();
  octokit.hook.wrap('request', async (request, opts) => {
    try {
      return await request(opts);
    } catch (e) {
      const status = (e as { status?: unknown }).status;
      const fromRequest = (e as { request?: unknown }).request !== undefined;
      const max = (opts.request as { retries?: number } | undefined)?.retries ?? o.retries;
      const n = retried.get(opts) ?? 0;
      if (fromRequest && typeof status === 'number' && status >= 400 && !o.doNotRetry.includes(status) && n < max) {
        retried.set(opts, n + 1);
        await o.sleep((n + 1) ** 2 * 1000);
      }
      throw e;
    }
  });
}
