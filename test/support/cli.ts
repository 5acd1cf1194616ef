/** Running the CLI in-process: an injected io that records what it prints, and files in a temp directory. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp.js';

export function captureIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      cwd,
      stdout: (s: string) => out.push(s),
      stderr: (s: string) => err.push(s),
      now: () => new Date('2026-11-21T00:00:00Z'),
      env: {},
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

export function tempFiles(map: Record<string, string>, prefix = 'mlgate-cli-'): string {
  const dir = tempDir(prefix);
  for (const [name, text] of Object.entries(map)) writeFileSync(path.join(dir, name), text);
  return dir;
}
