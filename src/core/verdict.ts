/** Verdicts: fail if any fail-severity rule is broken, warn if only warn rules are, else pass. */
import type { Finding, Verdict } from './result-types.js';

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

export function worst(verdicts: Iterable<Verdict>): Verdict {
  let out: Verdict = 'pass';
  for (const v of verdicts) if (RANK[v] > RANK[out]) out = v;
  return out;
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  return worst(findings.map((f) => f.severity));
}

/** Fail reasons first, then warnings, in the order they were found. */
export function reasonsOf(findings: readonly Finding[]): string[] {
  return [...findings.filter((f) => f.severity === 'fail'), ...findings.filter((f) => f.severity === 'warn')].map(
    (f) => f.message,
  );
}
