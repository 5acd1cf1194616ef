/**
 * What a metric name means: which direction is better, whether it is a fraction (shown in pp) or a proportion
 * of the eval set (statistics apply), and the effective rule after merging defaults with the per-metric entry.
 */
import type { Config, Direction, MetricRule, Severity } from '../kernel/config-types.js';
import { inferDirection, isFractionName, isUnboundedFraction, isWholeSetProportion } from './metric-words.js';

export { inferDirection } from './metric-words.js';

function inRange(values: Array<number | null>): boolean {
  return values.every((v) => v === null || (v >= 0 && v <= 1));
}

/**
 * The scale a fraction-named metric is reported in. Values in [0, 1]: a fraction. Above 1 and at most 100: a
 * percentage (87.68 for 87.68 %), judged as the fraction it stands for. One side at most 1 and the other over 20
 * times larger: one report writes 0.91, the other 91, a unit slip ('mixed'); compared as numbers that is a 100x
 * "change". Within 20x (an error rate of 0.8 and 1.2) both sides are percentages. Zero is the same in both scales.
 */
export type MetricScale = 'fraction' | 'percent' | 'mixed' | 'other';

export function metricScale(name: string, base: number | null, head: number | null): MetricScale {
  const values = [base, head].filter((v): v is number => v !== null);
  if (!isFractionName(name) || values.length === 0) return 'other';
  if (inRange(values)) return 'fraction';
  if (isUnboundedFraction(name) || values.some((v) => v < 0 || v > 100)) return 'other';
  const positive = values.filter((v) => v > 0);
  const lo = Math.min(...positive),
    hi = Math.max(...positive);
  return lo <= 1 && hi / lo >= 20 ? 'mixed' : 'percent';
}

export interface EffectiveRule {
  direction: Direction;
  severity: Severity;
  min?: number;
  max?: number;
  /** Allowed worsening, absolute (metric units). */
  tolerance_abs?: number;
  /** Allowed worsening, percent of |base|. */
  tolerance_pct?: number;
  /** Where the tolerance came from, to name the rule in messages. */
  tolerance_key: string;
  required: boolean;
  gate: boolean;
  fraction: boolean;
  proportion: boolean;
  /** A fraction-named metric written as a fraction on one side and a percentage on the other (metricScale). */
  scale_mismatch: boolean;
}

/** Zero-config tolerances: any significant drop of a fraction metric; 5 % worsening of anything else. */
export const DEFAULT_FRACTION_MAX_DROP = 0;
export const DEFAULT_OTHER_MAX_CHANGE_PCT = 5;

const TOLERANCE_KEYS = ['max_drop', 'max_drop_pct', 'max_increase', 'max_increase_pct'] as const;

/**
 * The rule for one metric. Per-metric keys override the defaults; a per-metric tolerance replaces the defaults'
 * tolerances altogether (`accuracy: {max_drop: 0.02}` allows 2 pp even when `defaults` says `max_drop_pct: 0.1`).
 */
export function effectiveRule(name: string, config: Config, base: number | null, head: number | null): EffectiveRule {
  const own = Object.hasOwn(config.metrics, name) ? config.metrics[name]! : {};
  const defaults: MetricRule = { ...config.defaults };
  if (TOLERANCE_KEYS.some((k) => own[k] !== undefined)) for (const k of TOLERANCE_KEYS) delete defaults[k];
  const merged: MetricRule = { ...defaults, ...own };
  const direction = own.direction ?? inferDirection(name);
  const fraction = isFractionName(name) && inRange([base, head]);
  const proportion = merged.proportion ?? (isWholeSetProportion(name) && inRange([base, head]));
  const higher = direction === 'higher';
  // Per-metric keys win over defaults; the defaults may carry both sides, so pick the one for this direction.
  const absKey = higher ? 'max_drop' : 'max_increase';
  const pctKey = higher ? 'max_drop_pct' : 'max_increase_pct';
  let tolerance_abs = merged[absKey];
  let tolerance_pct = merged[pctKey];
  let tolerance_key = tolerance_abs !== undefined ? absKey : pctKey;
  if (tolerance_abs === undefined && tolerance_pct === undefined) {
    if (fraction) tolerance_abs = DEFAULT_FRACTION_MAX_DROP;
    else tolerance_pct = DEFAULT_OTHER_MAX_CHANGE_PCT;
    tolerance_key = `${fraction ? absKey : pctKey} (default)`;
  }
  return {
    direction,
    severity: merged.severity ?? 'fail',
    min: merged.min,
    max: merged.max,
    tolerance_abs,
    tolerance_pct,
    tolerance_key,
    required: merged.required ?? config.required_metrics.includes(name),
    gate: merged.gate ?? true,
    fraction,
    proportion,
    scale_mismatch: metricScale(name, base, head) === 'mixed',
  };
}

/**
 * A rule for a metric reported in percent, in the fraction units it is judged in. A bound above 1 or a tolerance
 * of 1 or more can only be in percent (`min: 80`, `max_drop: 1` for one point) and is divided by 100; less is read
 * as the config docs say, as a fraction (`min: 0.85`, `max_drop: 0.005`), and a tolerance between 0.01 and 1 is
 * named in a note, since 0.5 may have been meant as half a point. Relative tolerances (`_pct`) need nothing.
 */
export function percentRule(rule: EffectiveRule, name: string): { rule: EffectiveRule; notes: string[] } {
  const out: EffectiveRule = { ...rule };
  for (const k of ['min', 'max'] as const) {
    const v = rule[k];
    if (v !== undefined && v > 1) out[k] = v / 100;
  }
  // A tolerance of 1 would be 100 pp as a fraction: it can only mean one point.
  const t = rule.tolerance_abs;
  if (t !== undefined && t >= 1) out.tolerance_abs = t / 100;
  const notes =
    t !== undefined && t > 0.01 && t < 1 && !rule.tolerance_key.endsWith('(default)')
      ? [
          `${name}'s ${rule.tolerance_key} ${t} is read as a fraction (${Number((t * 100).toPrecision(3))} pp) while the report is in percent; write ${Number((t / 100).toPrecision(6))} for ${t} of a point`,
        ]
      : [];
  return { rule: out, notes };
}

/**
 * A metric's values and rule as judged: a fraction written in percent (87.68) is divided by 100 and its config read
 * by value (percentRule); `reported` keeps the written values (their rounding), `notes` what was read how.
 */
export function judgedValues(name: string, config: Config, base: number | null, head: number | null) {
  const percent = metricScale(name, base, head) === 'percent';
  const scaled = (v: number | null) => (v === null || !percent ? v : v / 100);
  const own = effectiveRule(name, config, scaled(base), scaled(head));
  const read = percent ? percentRule(own, name) : null;
  return {
    base: scaled(base),
    head: scaled(head),
    reported: { base, head },
    scale: percent ? 0.01 : 1,
    rule: read ? read.rule : own,
    notes: read ? read.notes : [],
  };
}
