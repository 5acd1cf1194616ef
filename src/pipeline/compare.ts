/**
 * One metric, base vs PR: the delta, what changed, and which rules the PR's value breaks.
 * Significance (when known) decides whether a regression beyond tolerance is real enough to fail.
 */
import type { Severity } from '../kernel/config-types.js';
import { formatDelta, formatPct, formatValue } from '../kernel/format.js';
import { DEFAULT_OTHER_MAX_CHANGE_PCT, type EffectiveRule } from '../metrics/metric-rules.js';
import type { Change, Finding, Location, MetricResult, Verdict } from '../kernel/result-types.js';

/** The significance fields of a metric's result (computed in significance-gate.ts). */
export type Significance = Pick<
  MetricResult,
  'interval' | 'p_value' | 'p_adjusted' | 'significant' | 'min_detectable_effect' | 'test' | 'power' | 'p_value_exact'
>;

/** An allowed drop of a fraction metric, in pp without a sign ("0.5 pp"). */
const formatPpAbs = (v: number) => `${Number((v * 100).toFixed(2))} pp`;

export interface CompareInput {
  name: string;
  base: number | null;
  head: number | null;
  rule: EffectiveRule;
  significance: Significance;
  require_significance: boolean;
  location?: Location;
  /** The config rule's name when the row's name is not (a slice row `accuracy [EU]` follows `accuracy`). */
  rule_name?: string;
  /** Why this row has no test and what would give it one, for the message of an untestable drop. */
  untestable_hint?: string;
}

/** " (p = 0.012)" for a message; a p-value that underflowed to 0 is "below 1e-300", not "0.0". */
const pText = (p: number | null) => (p === null ? '' : p === 0 ? ' (p < 1e-300)' : ` (p = ${p.toPrecision(2)})`);

// Floating-point noise in reported values (0.1 + 0.2) must not count as a change.
const EPS = 1e-12;

export function compareMetric(input: CompareInput): { metric: MetricResult; findings: Finding[] } {
  const { name, base, head, rule, significance: sig } = input;
  const findings: Finding[] = [];
  const fmt = (v: number) => formatValue(v, rule.fraction);
  const add = (rule_: string, severity: Severity, message: string) => {
    if (rule.gate)
      findings.push({ rule: rule_, severity, message, ...(input.location ? { location: input.location } : {}) });
  };

  const delta = base !== null && head !== null ? head - base : null;
  const delta_pct = delta !== null && base !== null && Math.abs(base) > EPS ? (delta / Math.abs(base)) * 100 : null;

  let change: Change;
  if (head === null) change = 'removed';
  else if (base === null) change = 'new';
  else if (Math.abs(delta!) <= EPS) change = 'unchanged';
  else {
    const better = rule.direction === 'higher' ? delta! > 0 : delta! < 0;
    const noise =
      sig.significant === false ||
      (sig.significant === null && sig.min_detectable_effect !== null && Math.abs(delta!) < sig.min_detectable_effect);
    change = noise ? 'within_noise' : better ? 'improved' : 'regressed';
  }

  if (head === null) {
    if (rule.required) add(`metric.required`, 'fail', `${name} is missing from the PR's report (it is required)`);
    else add('metric.removed', 'warn', `${name} was removed from the report (base: ${fmt(base!)})`);
  } else if (rule.scale_mismatch && base !== null) {
    // The delta rules would judge a 100x unit change; say what is wrong instead (bounds are unreliable too).
    const asFraction = (v: number) => (v > 1 ? Number((v / 100).toPrecision(6)) : v);
    add(
      'metric.scale',
      'fail',
      `${name} is ${head} in the PR and ${base} at the base: one is a fraction, the other a percentage; report both as fractions (${asFraction(head)} and ${asFraction(base)})`,
    );
  } else {
    if (rule.min !== undefined && head < rule.min - EPS)
      add('metric.min', rule.severity, `${name} is ${fmt(head)}, below the minimum ${fmt(rule.min)}`);
    if (rule.max !== undefined && head > rule.max + EPS)
      add('metric.max', rule.severity, `${name} is ${fmt(head)}, above the maximum ${fmt(rule.max)}`);
    if (base !== null && delta !== null) {
      const worsening = rule.direction === 'higher' ? -delta : delta;
      const allowedAbs = rule.tolerance_abs ?? Infinity;
      const allowedPct =
        rule.tolerance_pct !== undefined && Math.abs(base) > EPS
          ? (rule.tolerance_pct / 100) * Math.abs(base)
          : Infinity;
      // Both tolerances given: the stricter one applies. A percentage of a zero base cannot be computed: skipped.
      const allowed = Math.min(allowedAbs, allowedPct);
      if (worsening > EPS && worsening > allowed + EPS) {
        const how = `${formatDelta(delta, rule.fraction)}${delta_pct !== null ? ` (${formatPct(delta_pct)})` : ''}`;
        const limit =
          allowed === allowedAbs
            ? `allowed ${rule.direction === 'higher' ? 'drop' : 'increase'} ${rule.fraction ? formatPpAbs(allowedAbs) : formatValue(allowedAbs, false)}`
            : `allowed ${rule.tolerance_pct}%`;
        const ruleName = `metric.${rule.tolerance_key.replace(' (default)', '')}`;
        // The zero-config rule of a fraction is "no significant drop". Within noise it holds; without a test the
        // 5 % of other metrics applies instead (a 40 pp drop fails, jitter only warns).
        const zeroConfigFraction = rule.fraction && rule.tolerance_key.endsWith('(default)');
        const untestable = sig.test === null && zeroConfigFraction;
        if (sig.significant === false && input.require_significance) {
          if (!zeroConfigFraction)
            add(
              ruleName,
              'warn',
              `${name} ${how} regressed beyond the ${limit}, but the change is within noise${pText(sig.p_adjusted)}`,
            );
        } else if (untestable && input.require_significance) {
          // Why there is no test depends on the model's files (evaluate-model.ts decides); compare only words it.
          const hint = input.untestable_hint ?? 'no test for it';
          // 5 % of the larger of the value and its complement: an error rate of 4 % and an accuracy of 96 % get the
          // same allowance (4.8 pp), and a zero base is no division by zero.
          const allowance = (DEFAULT_OTHER_MAX_CHANGE_PCT / 100) * Math.max(Math.abs(base), 1 - Math.abs(base));
          const side = rule.direction === 'higher' ? 'drop' : 'increase';
          if (worsening > allowance + EPS) {
            add(
              `metric.max_${side}_pct`,
              rule.severity,
              `${name} regressed ${how}; allowed ${formatPpAbs(allowance)} for a fraction without a test (${hint})`,
            );
          } else {
            add(
              ruleName,
              'warn',
              `${name} ${how}: no test can tell this from noise (${hint}); set metrics.${input.rule_name ?? name}.max_${side} to gate on a fixed tolerance`,
            );
          }
        } else {
          add(ruleName, rule.severity, `${name} regressed ${how}; ${limit}${pText(sig.p_adjusted)}`);
        }
      }
    }
  }

  const status: Verdict = findings.some((f) => f.severity === 'fail') ? 'fail' : findings.length ? 'warn' : 'pass';
  return {
    metric: {
      name,
      base,
      head,
      delta,
      delta_pct,
      direction: rule.direction,
      fraction: rule.fraction,
      change,
      status,
      reason: findings.length ? findings.map((f) => f.message).join('; ') : null,
      ...sig,
      ...(input.location ? { location: input.location } : {}),
    },
    findings,
  };
}
