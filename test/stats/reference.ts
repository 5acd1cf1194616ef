// Shared test helpers: load the committed reference vectors and compare to 1e-6 (relative for tiny values).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export function loadReference<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/stats-reference/${name}`, import.meta.url), 'utf8')) as T;
}

export const predictionsFixture = (name: string): string =>
  new URL(`../fixtures/predictions/${name}`, import.meta.url).pathname;

/** |actual − expected| ≤ tol·max(|expected|, tiny) — relative, so p = 1e-200 must be right to 6 digits too. */
export function expectClose(actual: number, expected: number, tol = 1e-6, what = ''): void {
  if (Math.abs(expected) < 1e-300) {
    // 0 or subnormal: only a few significant bits exist; those values are checked in log space elsewhere.
    expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(1e-300);
    return;
  }
  const rel = Math.abs(actual - expected) / Math.abs(expected);
  expect(rel, `${what}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tol);
}

/** Absolute tolerance, for interval bounds that may be exactly 0. */
export function expectNear(actual: number, expected: number, tol = 1e-6, what = ''): void {
  expect(Math.abs(actual - expected), `${what}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tol);
}
