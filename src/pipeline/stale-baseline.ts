/**
 * A baseline recorded more than `baseline.max_behind` commits before the PR's base: the base moved under it, so a
 * delta may be the base's doing as much as the PR's. The comparison is still shown, but the findings that judge
 * a delta against the baseline take `baseline.when_stale` at most (default warn), and the model says why.
 * Absolute bounds, `eval.changed` and every other check apply unchanged. docs/baselines.md.
 */
import type { Config } from '../kernel/config-types.js';
import type { BaselineProvenance } from '../kernel/provenance.js';
import type { Finding, MetricResult, ModelResult } from '../kernel/result-types.js';
import { reasonsOf, verdictOf, worst } from '../kernel/verdict.js';

/** The rules that compare the PR with the baseline (deltas), as opposed to bounds and checks of the PR alone. */
const DELTA_RULE = /^(metric\.max_(drop|increase)(_pct)?|metric\.removed|cost\.max_cost_(increase_pct|per_point))$/;

export function isDeltaRule(rule: string): boolean {
  return DELTA_RULE.test(rule);
}

function capped(f: Finding, when: Config['baseline']['when_stale']): Finding | null {
  if (!isDeltaRule(f.rule) || when === 'fail') return f;
  return when === 'pass' ? null : { ...f, severity: 'warn' };
}

/** A metric row's status from its own findings (its `reason` joins their messages), once they are capped. */
function metricStatus(m: MetricResult, own: readonly Finding[], when: Config['baseline']['when_stale']): MetricResult {
  const mine = own.filter((f) => m.reason?.includes(f.message));
  if (m.status === 'pass' || mine.length === 0) return m;
  return { ...m, status: worst(mine.map((f) => capped(f, when)?.severity ?? 'pass')) };
}

export function applyStaleness(model: ModelResult, p: BaselineProvenance, config: Config): ModelResult {
  if (!p.stale || model.baseline !== 'present') return model;
  const when = config.baseline.when_stale;
  const message = `the baseline was recorded ${p.behind} commits behind the PR’s base (baseline.max_behind: ${config.baseline.max_behind}): deltas are shown, but a regression may be the base’s; record a baseline on the base branch again`;
  const notes = [...model.notes];
  const findings: Finding[] = [];
  for (const f of model.findings) {
    const c = capped(f, when);
    if (c) findings.push(c);
    else notes.push(f.message);
  }
  if (when === 'pass') notes.push(message);
  else findings.unshift({ rule: 'baseline.stale', severity: when, message });
  return {
    ...model,
    findings,
    notes,
    metrics: model.metrics.map((m) => metricStatus(m, model.findings, when)),
    verdict: verdictOf(findings),
    reasons: reasonsOf(findings),
  };
}
