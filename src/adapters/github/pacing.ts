/**
 * GitHub's pacing of writes (docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api:
 * "If you're making a large number of POST, PATCH, PUT, or DELETE requests …, wait at least one second between
 * each request"; content that notifies people is limited further). A run of mlgate usually writes two or three
 * times (the check run, the comment, a reply): those go out at once. From the fourth write of a client on, each
 * waits `spacingMs` after the one before it, as a large batch should (many models, many review comments).
 * Shaped like the Bottleneck group that @octokit/plugin-throttling calls (`key(id).schedule(options, job)`).
 */

import { realSleep } from './retry.js';

export interface PacingOptions {
  /** Writes that go out without waiting. */
  burst: number;
  /** Spacing between the start of one write and the next, after the burst. */
  spacingMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class BurstThenSpacing {
  private started = 0;
  private lastStart = -Infinity;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly o: PacingOptions) {
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? realSleep;
  }

  /** One pacing for every key: a client is one identity. */
  key(): this {
    return this;
  }

  /**
   * Runs `job` once its turn comes. Weight 0 is how the throttling plugin schedules a retry after a rate limit:
   * it has waited Retry-After already and does not count as a new write.
   */
  schedule<T>(options: { weight?: number }, job: () => Promise<T>): Promise<T> {
    if (options.weight === 0) return job();
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn.then(job);
  }

  private async take(): Promise<void> {
    this.started++;
    if (this.started > this.o.burst) {
      const wait = this.lastStart + this.o.spacingMs - this.now();
      if (wait > 0) await this.sleep(wait);
    }
    this.lastStart = this.now();
  }
}
