/**
 * Shared plumbing for the hostile-input corpus: a temp workspace per case, the CLI run in-process with captured
 * output, and the checks every case makes (no stack trace, no internal error, no file contents echoed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { tempDir as makeTempDir } from '../support/temp.js';

/** Written into the value side of hostile files: if it shows up in any output, file contents were echoed. */
export const CANARY = 'CANARY-7f3a9c-DO-NOT-ECHO';

export function tempDir(prefix = 'mlgate-hostile-'): string {
  return makeTempDir(prefix);
}

/** Writes `files` (relative path -> text or bytes) under a fresh temp dir and returns the dir. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(cwd: string, argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    now: () => new Date('2026-11-21T00:00:00Z'),
    // MLGATE_DEBUG would print stacks on internal errors; make sure it is off.
    env: {},
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** What every refused input must look like: exit 2, `error: <file>...` lines, nothing leaked, no crash. */
export function expectCleanRefusal(run: CliRun, file: string, message: RegExp, extraSecrets: string[] = []): void {
  expect(run.code, run.stderr).toBe(2);
  expectNoLeak(run, extraSecrets);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.length).toBeLessThanOrEqual(20);
  for (const line of lines) expect(line.startsWith(`error: ${file}`) || line.startsWith(`${file}`), line).toBe(true);
  expect(run.stderr).toMatch(message);
}

export function expectNoLeak(run: CliRun, extraSecrets: string[] = []): void {
  const all = run.stdout + run.stderr;
  expect(all).not.toContain(CANARY);
  for (const s of extraSecrets) expect(all).not.toContain(s);
  expect(all).not.toMatch(/internal error/);
  expect(all).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/); // a V8 stack frame
  expect(all).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/);
}

/** A report with a canary in a string value, so an echo of the file's contents would be caught. */
export function report(metrics: string, extra = ''): string {
  return `version: 1\nmodel: m\neval:\n  dataset: ${CANARY}\nmetrics:\n${metrics}${extra}`;
}
