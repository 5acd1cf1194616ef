/**
 * One metric, base vs PR: the delta, what changed, and which rules the PR's value breaks.
 * Significance (when known) decides whether a regression beyond tolerance is real enough to fail.
 */
import type { Severity } from '../kernel/config-types.js';
import { formatDelta, formatPct, formatValue } from '../kernel/format.js';
import { DEFAULT_OTHER_MAX_CHANGE_PCT, type EffectiveRule, type ReportedScale } from '../metrics/metric-rules.js';
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
  /** How the values were written (judgedValues); default 'value'. */
  scale_name?: ReportedScale;
  /** What a change of a metric whose direction is assumed does (config `metrics.unknown`); default warn. */
  unknown?: 'warn' | 'fail' | 'pass';
}

/** " (p = 0.012)" for a message; a p-value that underflowed to 0 is "below 1e-300", not "0.0". */
const pText = (p: number | null) => (p === null ? '' : p === 0 ? ' (p < 1e-300)' : ` (p = ${p.toPrecision(2)})`);

// Floating-point noise in reported values (0.1 + 0.2) must not count as a change.
const EPS = 1e-12;

type Add = (rule: string, severity: Severity, message: string) => void;

function changeOf(input: CompareInput, delta: number | null): Change {
  const { base, head, rule, significance: sig } = input;
  if (head === null) return 'removed';
  if (base === null) return 'new';
  if (Math.abs(delta!) <= EPS) return 'unchanged';
  if (rule.direction === 'none') return 'changed';
  const better = rule.direction === 'higher' ? delta! > 0 : delta! < 0;
  const noise =
    sig.significant === false ||
    (sig.significant === null && sig.min_detectable_effect !== null && Math.abs(delta!) < sig.min_detectable_effect);
  return noise ? 'within_noise' : better ? 'improved' : 'regressed';
}

/** The zero-config rule of a fraction: "no significant worsening" (tolerance 0 from the registry). */
export const isNoiseRule = (rule: EffectiveRule) =>
  rule.fraction && rule.tolerance_source !== 'config' && rule.tolerance_abs === 0;

/** The allowed worsening in metric units for this base: the stricter of both tolerances; Infinity when none applies. */
function allowedWorsening(rule: EffectiveRule, base: number): { allowed: number; byAbs: boolean } {
  const allowedAbs = rule.tolerance_abs ?? Infinity;
  // A percentage of a zero base cannot be computed: skipped.
  const allowedPct =
    rule.tolerance_pct !== undefined && Math.abs(base) > EPS ? (rule.tolerance_pct / 100) * Math.abs(base) : Infinity;
  const allowed = Math.min(allowedAbs, allowedPct);
  return { allowed, byAbs: allowed === allowedAbs };
}

function toleranceRule(input: CompareInput, delta: number, delta_pct: number | null, add: Add): void {
  const { name, rule, significance: sig } = input;
  const base = input.base!;
  const worsening = rule.direction === 'higher' ? -delta : delta;
  const { allowed, byAbs } = allowedWorsening(rule, base);
  if (!(worsening > EPS && worsening > allowed + EPS)) return;
  const how = `${formatDelta(delta, rule.fraction)}${delta_pct !== null ? ` (${formatPct(delta_pct)})` : ''}`;
  const side = rule.direction === 'higher' ? 'drop' : 'increase';
  const limit = byAbs
    ? `allowed ${side} ${rule.fraction ? formatPpAbs(allowed) : formatValue(allowed, false)}`
    : `allowed ${rule.tolerance_pct}%`;
  const ruleName = `metric.${rule.tolerance_key.replace(' (default)', '')}`;
  // Within noise the zero-config rule holds; without a test the 5 % of other metrics applies instead (a 40 pp drop
  // fails, jitter only warns).
  const noiseRule = isNoiseRule(rule);
  if (sig.significant === false && input.require_significance) {
    if (!noiseRule)
      add(
        ruleName,
        'warn',
        `${name} ${how} regressed beyond the ${limit}, but the change is within noise${pText(sig.p_adjusted)}`,
      );
  } else if (noiseRule && sig.test === null && input.require_significance) {
    untestableRule(input, { how, side, worsening, ruleName }, add);
  } else {
    add(ruleName, rule.severity, `${name} regressed ${how}; ${limit}${pText(sig.p_adjusted)}`);
  }
}

function untestableRule(
  input: CompareInput,
  d: { how: string; side: string; worsening: number; ruleName: string },
  add: Add,
): void {
  const { name, rule } = input;
  // Why there is no test depends on the model's files (evaluate-model.ts decides); compare only words it.
  const hint = input.untestable_hint ?? 'no test for it';
  // 5 % of the larger of the value and its complement: an error rate of 4 % and an accuracy of 96 % get the same
  // allowance (4.8 pp), and a zero base is no division by zero.
  const base = Math.abs(input.base!);
  const allowance = (DEFAULT_OTHER_MAX_CHANGE_PCT / 100) * Math.max(base, 1 - base);
  if (d.worsening > allowance + EPS) {
    add(
      `metric.max_${d.side}_pct`,
      rule.severity,
      `${name} regressed ${d.how}; allowed ${formatPpAbs(allowance)} for a fraction without a test (${hint})`,
    );
  } else {
    add(
      d.ruleName,
      'warn',
      `${name} ${d.how}: no test can tell this from noise (${hint}); set metrics.${input.rule_name ?? name}.max_${d.side} to gate on a fixed tolerance`,
    );
  }
}

/** A change of a metric whose direction nobody stated is judged on a guess: said so, per `metrics.unknown`. */
function assumedDirectionRule(input: CompareInput, change: Change, add: Add): void {
  const policy = input.unknown ?? 'warn';
  if (input.rule.direction_source !== 'assumed' || policy === 'pass') return;
  if (change === 'unchanged' || change === 'new' || change === 'removed') return;
  const fmt = (v: number) => formatValue(v, input.rule.fraction);
  add(
    'metric.unknown_direction',
    policy,
    `${input.name} changed ${fmt(input.base!)} → ${fmt(input.head!)}, judged as higher-is-better by assumption: mlgate does not know this metric; set metrics.${input.rule_name ?? input.name}.direction`,
  );
}

function scaleMismatch(name: string, base: number, head: number): string {
  const asFraction = (v: number) => (v > 1 ? Number((v / 100).toPrecision(6)) : v);
  // Within 20x both may be percentages (metricScale); the other reading is a large regression: not a pass.
  const lo = Math.min(base, head),
    hi = Math.max(base, head);
  const either = lo > 0 && hi / lo < 20 ? ' (or both are percentages; mlgate cannot tell which)' : '';
  return `${name} is ${head} in the PR and ${base} at the base: one is a fraction, the other a percentage${either}; report both as fractions (${asFraction(head)} and ${asFraction(base)})`;
}

/** Why a side's value is outside what its kind can take, or null (a value read as percent is inside: 0–1). */
function impossibleValue(input: CompareInput): string | null {
  const range = input.rule.possible;
  if (!range) return null;
  const [lo, hi] = range;
  const out = (v: number | null) => v !== null && ((lo !== null && v < lo - EPS) || (hi !== null && v > hi + EPS));
  const sides = [
    ['the PR', input.head],
    ['the base', input.base],
  ] as const;
  const bad = sides.find(([, v]) => out(v));
  if (!bad) return null;
  const v = bad[1]!;
  const shown = Math.abs(v) >= 1e6 ? v.toExponential(2) : String(v);
  const span = `${lo ?? '−∞'} to ${hi ?? '∞'}`;
  return `${input.name} is ${shown} in ${bad[0]}, outside what a metric of kind ${input.rule.kind ?? 'fraction'} can be (${span}, as a fraction or in percent): it cannot be judged; fix the report, or set metrics.${input.rule_name ?? input.name}.direction if the name means something else`;
}

function ruleFindings(input: CompareInput, delta: number | null, delta_pct: number | null, change: Change, add: Add) {
  const { name, base, head, rule } = input;
  const fmt = (v: number) => formatValue(v, rule.fraction);
  if (head === null) {
    if (rule.required) add(`metric.required`, 'fail', `${name} is missing from the PR's report (it is required)`);
    else add('metric.removed', 'warn', `${name} was removed from the report (base: ${fmt(base!)})`);
    return;
  }
  // A value the kind cannot take (an accuracy of 150, an error rate of −0.3) would be judged as a huge change.
  const impossible = impossibleValue(input);
  if (impossible) return add('metric.impossible', 'fail', impossible);
  // The delta rules would judge a 100x unit change; say what is wrong instead (bounds are unreliable too).
  if (rule.scale_mismatch && base !== null) return add('metric.scale', 'fail', scaleMismatch(name, base, head));
  if (rule.min !== undefined && head < rule.min - EPS)
    add('metric.min', rule.severity, `${name} is ${fmt(head)}, below the minimum ${fmt(rule.min)}`);
  if (rule.max !== undefined && head > rule.max + EPS)
    add('metric.max', rule.severity, `${name} is ${fmt(head)}, above the maximum ${fmt(rule.max)}`);
  if (base !== null && delta !== null) toleranceRule(input, delta, delta_pct, add);
  assumedDirectionRule(input, change, add);
}

/** The tolerance the row was judged with, for the result and the "allowed" cell; null when it is not gated. */
function toleranceOf(rule: EffectiveRule): MetricResult['tolerance'] {
  if (!rule.gate) return null;
  return {
    abs: rule.tolerance_abs ?? null,
    pct: rule.tolerance_pct ?? null,
    rule: rule.tolerance_key.replace(' (default)', ''),
    source: rule.tolerance_source,
    noise: isNoiseRule(rule),
  };
}

export function compareMetric(input: CompareInput): { metric: MetricResult; findings: Finding[] } {
  const { name, base, head, rule } = input;
  const findings: Finding[] = [];
  const add: Add = (rule_, severity, message) => {
    if (rule.gate)
      findings.push({ rule: rule_, severity, message, ...(input.location ? { location: input.location } : {}) });
  };
  const delta = base !== null && head !== null ? head - base : null;
  const delta_pct = delta !== null && base !== null && Math.abs(base) > EPS ? (delta / Math.abs(base)) * 100 : null;
  const change = changeOf(input, delta);
  ruleFindings(input, delta, delta_pct, change, add);

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
      kind: rule.kind,
      direction_source: rule.direction_source,
      scale: input.scale_name ?? 'value',
      unit: rule.unit,
      gated: rule.gate,
      tolerance: toleranceOf(rule),
      change,
      status,
      reason: findings.length ? findings.map((f) => f.message).join('; ') : null,
      ...input.significance,
      ...(input.location ? { location: input.location } : {}),
    },
    findings,
  };
}
