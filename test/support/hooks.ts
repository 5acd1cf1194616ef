/** Shared vitest hooks for tests that run the action against the local GitHub-like server. */
import { afterEach, beforeEach } from 'vitest';
import { startGitHubServer, type FakeGitHub } from './github-server/index.js';

/**
 * A fresh server for every test of the calling file, handed to `set`; after each test `cleanup` runs (e.g. the
 * environment a test changed), process.exitCode (which run() sets) is cleared and the server is closed.
 */
export function withFakeGitHub(set: (fake: FakeGitHub) => void, cleanup: () => void = () => undefined): void {
  let current: FakeGitHub | undefined;
  beforeEach(async () => {
    current = await startGitHubServer();
    set(current);
    process.exitCode = undefined;
  });
  afterEach(async () => {
    cleanup();
    process.exitCode = undefined;
    await current?.close();
  });
}
