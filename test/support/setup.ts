// Vitest setup file (vitest.config.ts), run in each test worker:
// - every test file removes the temp directories it made;
// - the workflow commands that run() prints in-process (`::error::`, `::add-mask::` …) are not echoed into the
//   test log, where they read like failures (MLGATE_TEST_VERBOSE=1 shows them). Tests that assert on them
//   capture stdout themselves.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);

if (!process.env.MLGATE_TEST_VERBOSE) {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (/^::[a-z-]+[ :]/.test(text) && text.split('\n').every((l) => l === '' || l.startsWith('::'))) return true;
    return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
}
