/**
 * Temp directories for tests, removed when the test file ends (test/support/setup.ts registers the
 * hook for every file). Tests used to leave thousands of directories in /tmp per run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const created: string[] = [];

export function tempDir(prefix = 'mlgate-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every directory made by tempDir so far. A directory a test made unremovable is left: cleanup is not under test. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // left in place (for example a chmod 000 fixture when not running as root)
    }
  }
}
