/**
 * A metric that a tool wrote as NaN or infinity (a training run that diverged: dvclive's `"nan"`, W&B's bare
 * `NaN`, MLflow's `is_nan`). It is shown as "NaN (diverged)" and judged as the worst value for its direction:
 * a PR whose accuracy is NaN fails, a base whose loss was NaN is improved on by any finite value. No test, no
 * tolerance: nothing can be computed from a value that is not a number (docs/readers.md, "NaN and infinity").
 */
import type { EffectiveRule } from '../metrics/metric-rules.js';
import type { Finding, Location, MetricResult } from '../kernel/result-types.js';
import { formatValue } from '../kernel/format.js';

export const isDiverged = (v: number | null | undefined): boolean => typeof v === 'number' && !Number.isFinite(v);

const shown = (v: number) => (Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '−Infinity');

interface DivergedInput {
  name: string;
  /** As reported (non-finite) or as judged (finite, already scaled); null when the side lacks the metric. */
  base: number | null;
  head: number | null;
  rule: EffectiveRule;
  location?: Location;
}

/** What the rule says: a diverged PR value fails; a metric gone from the PR warns (fails when required). */
function divergedFinding({ name, base, head, rule }: DivergedInput): Omit<Finding, 'location'> | null {
  if (!rule.gate) return null;
  if (head === null) {
    return rule.required
      ? {
          rule: 'metric.required',
          severity: 'fail',
          message: `${name} is missing from the PR's report (it is required)`,
        }
      : {
          rule: 'metric.removed',
          severity: 'warn',
          message: `${name} was removed from the report (base: NaN, diverged)`,
        };
  }
  if (!isDiverged(head)) return null;
  const worst = rule.direction === 'higher' ? 'lowest' : 'highest';
  const before =
    base === null ? '' : isDiverged(base) ? ' (the base diverged too)' : ` (base: ${formatValue(base, rule.fraction)})`;
  return {
    rule: 'metric.diverged',
    severity: 'fail',
    message: `${name} is ${shown(head)} in the PR${before}: the run diverged, judged as the ${worst} possible value; fix the training run, or drop the key with metrics_map: {${name}: null}`,
  };
}

function changeOf(base: number | null, head: number | null): MetricResult['change'] {
  if (head === null) return 'removed';
  if (base === null) return 'new';
  if (isDiverged(head)) return isDiverged(base) ? 'unchanged' : 'regressed';
  return 'improved';
}

export function divergedMetric(input: DivergedInput): { metric: MetricResult; findings: Finding[] } {
  const { name, base, head, rule } = input;
  const [headBad, baseBad] = [isDiverged(head), isDiverged(base)];
  const found = divergedFinding(input);
  const findings: Finding[] = found ? [{ ...found, ...(input.location ? { location: input.location } : {}) }] : [];
  return {
    metric: {
      name,
      base: baseBad ? null : base,
      head: headBad ? null : head,
      delta: null,
      delta_pct: null,
      direction: rule.direction,
      fraction: rule.fraction,
      change: changeOf(base, head),
      status: found === null ? 'pass' : found.severity === 'fail' ? 'fail' : 'warn',
      reason: found?.message ?? null,
      interval: null,
      p_value: null,
      p_adjusted: null,
      significant: null,
      min_detectable_effect: null,
      test: null,
      diverged: headBad && baseBad ? 'both' : headBad ? 'head' : 'base',
      ...(input.location ? { location: input.location } : {}),
    },
    findings,
  };
}
