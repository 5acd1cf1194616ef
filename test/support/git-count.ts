/**
 * Counts the git processes a piece of code starts: a `git` first on PATH that logs its arguments and runs the
 * real git. Every spawn of git in src/ goes through PATH (no absolute path), so the log is complete.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp.js';

export interface GitCounter {
  /** PATH with the counting git first. */
  path: string;
  /** The argument lines of every git started so far. */
  calls(): string[];
}

export function gitCounter(): GitCounter {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const dir = tempDir('mlgate-gitshim-');
  const log = path.join(dir, 'calls.log');
  writeFileSync(log, '');
  const shim = path.join(dir, 'git');
  writeFileSync(shim, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(shim, 0o755);
  return {
    path: `${dir}${path.delimiter}${process.env.PATH ?? ''}`,
    calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  };
}
