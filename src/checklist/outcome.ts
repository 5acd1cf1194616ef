/**
 * An item made of several rules: each rule returns a problem or nothing; the worst problem decides the status
 * (fail, then warn, then not_checked) and every problem's evidence is kept, so one fix does not hide the next.
 */
import type { Outcome } from '../kernel/checklist-types.js';

const RANK: Record<Outcome['status'], number> = { fail: 0, warn: 1, not_checked: 2, pass: 3 };

/** The combined problem, or null when every rule passed. */
export function worstOf(problems: ReadonlyArray<Outcome | null | undefined>): Outcome | null {
  const list = problems.filter((p): p is Outcome => !!p && p.status !== 'pass');
  if (!list.length) return null;
  const sorted = [...list].sort((a, b) => RANK[a.status] - RANK[b.status]);
  const first = sorted[0]!;
  const evidence = sorted
    .map((p) => p.evidence)
    .filter((e): e is string => !!e)
    .join('; ');
  return { ...first, evidence: evidence || null };
}

/** `warn` or `fail` by the configured severity of a finding-like rule. */
export function bySeverity(severity: 'warn' | 'fail', evidence: string, fix: string, pointer?: string): Outcome {
  return { status: severity, evidence, fix, ...(pointer ? { pointer } : {}) };
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
