/**
 * Shared set-up of the fault tests: a fake GitHub with one PR, and a client without GitHub's write spacing whose
 * waits (backoff, Retry-After) are recorded in `slept` instead of slept.
 */
import { createGitHubClient, type ClientOptions, type GitHubClient } from '../../src/adapters/github/client.js';
import { DEFAULT_TOKEN, type FakeGitHub } from '../support/github-server/index.js';

export const REPO = 'acme/models';
export const PR = 7;
export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);
export const BOT = 'github-actions[bot]';
export const TARGET = { owner: 'acme', repo: 'models', issue_number: PR } as const;

/** Every wait the clients of `fastClient` asked for, in ms, since the last `slept.length = 0`. */
export const slept: number[] = [];

export function fastClient(fake: FakeGitHub, extra: Partial<ClientOptions> = {}, logs: string[] = []): GitHubClient {
  return createGitHubClient({
    token: DEFAULT_TOKEN,
    baseUrl: fake.url,
    timeoutMs: 1000,
    retries: 2,
    writeSpacingMs: { write: 0, notifications: 0 },
    log: (m) => logs.push(m),
    sleep: async (ms) => void slept.push(ms),
    ...extra,
  });
}

/** `METHOD path` of every request, in arrival order. */
export function calls(fake: FakeGitHub): string[] {
  return fake.requests.map((r) => `${r.method} ${r.path}${r.query.page ? `?page=${r.query.page}` : ''} ${r.status}`);
}
