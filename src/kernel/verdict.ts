/** Verdicts: fail if any fail-severity rule is broken, warn if only warn rules are, else pass. */
import type { Finding, GateResult, ModelResult, Verdict } from './result-types.js';

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

/** The headline: the worst model's first reason and what else there is by kind; also for merged matrix results. */
export function resultReason(models: ModelResult[], verdict: GateResult['verdict']): string {
  if (models.length === 0) return 'no model report found';
  const culprits = models.filter((m) => m.verdict === verdict);
  if (verdict === 'pass') {
    const improved = models.flatMap((m) => m.metrics.filter((x) => x.change === 'improved')).length;
    const missing = models.filter((m) => m.baseline === 'missing').length;
    if (missing === models.length) return 'no baseline to compare with: absolute bounds only';
    // "No regressions" above a row that says "regressed, within tolerance" reads as a contradiction.
    const tolerated = models.some((m) => m.metrics.some((x) => x.change === 'regressed'));
    const none = tolerated ? 'no regression beyond tolerance' : 'no regressions';
    return improved > 0 ? `${none}; ${improved} metric${improved === 1 ? '' : 's'} improved` : none;
  }
  const first = culprits[0]!;
  const reason = first.reasons[0] ?? verdict;
  const prefix = models.length > 1 ? `${first.name}: ` : '';
  // The rest, by kind: "(+1 more failure, 2 warnings)" says what "(+3 more)" did not. A metric that breaks two
  // rules (its maximum and its allowed increase) is one failure.
  const all = models.flatMap((m) => findingGroups(m).map((g) => g[0]!));
  const fails = all.filter((f) => f.severity === 'fail').length - (verdict === 'fail' ? 1 : 0);
  const warns = all.filter((f) => f.severity === 'warn').length - (verdict === 'warn' ? 1 : 0);
  const parts = [
    ...(fails > 0 ? [`${fails} more failure${fails === 1 ? '' : 's'}`] : []),
    ...(warns > 0 ? [`${warns}${verdict === 'warn' ? ' more' : ''} warning${warns === 1 ? '' : 's'}`] : []),
  ];
  return `${prefix}${reason}${parts.length ? ` (+${parts.join(', ')})` : ''}`;
}

/**
 * A model's findings, those about one metric together (its bound and its regression are one finding to a
 * reader): a `metric.*` finding belongs to the metric whose reason quotes it. Groups keep the findings' order.
 */
export function findingGroups(model: Pick<ModelResult, 'findings' | 'metrics'>): Finding[][] {
  const groups: Finding[][] = [];
  const byMetric = new Map<string, Finding[]>();
  for (const f of model.findings) {
    const owner = f.rule.startsWith('metric.')
      ? model.metrics.find((m) => m.reason !== null && m.reason.includes(f.message))
      : undefined;
    const group = owner ? byMetric.get(owner.name) : undefined;
    if (group) {
      group.push(f);
      continue;
    }
    const fresh = [f];
    groups.push(fresh);
    if (owner) byMetric.set(owner.name, fresh);
  }
  // The worst first: a group reads, and counts, as its most severe finding.
  return groups.map((g) => [...g.filter((f) => f.severity === 'fail'), ...g.filter((f) => f.severity !== 'fail')]);
}
