/**
 * A metric's effective rule: the registry's entry for its name (resolve.ts) merged with the config's defaults and
 * the metric's own entry. Every field says where it came from, for the result and `mlgate explain`.
 */
import type { Config, Direction, MetricRule, Severity } from '../kernel/config-types.js';
import { resolveMetric, type Resolution } from './resolve.js';

function inRange(values: Array<number | null>): boolean {
  return values.every((v) => v === null || (v >= 0 && v <= 1));
}

/** The registry's reading of a name, as the config makes it: a name the config rules on is never bookkeeping. */
export function resolutionFor(name: string, config: Config): Resolution {
  return resolveMetric(name, { bookkeeping: !Object.hasOwn(config.metrics, name) });
}

/** The direction the name alone gives; a name the registry cannot place is assumed higher-is-better. */
export function inferDirection(name: string): Direction {
  return resolveMetric(name, { bookkeeping: false }).direction ?? 'higher';
}

/**
 * The scale a fraction kind is reported in: [0, 1] a fraction, up to 100 a percentage, one side over 20x the
 * other a unit slip ('mixed'), and a higher-is-better metric that would rise from at most 1 % is 'mixed' too (0.91
 * -> 15 is 91 % -> 15 %). The thresholds and why: docs/decisions/0005.
 */
export type MetricScale = 'fraction' | 'percent' | 'mixed' | 'other';

export function metricScale(
  name: string,
  base: number | null,
  head: number | null,
  res = resolveMetric(name),
  direction?: Direction | 'none',
): MetricScale {
  const values = [base, head].filter((v): v is number => v !== null);
  if (res.kind?.scale !== 'fraction' || values.length === 0) return 'other';
  if (inRange(values)) return 'fraction';
  if (res.kind.percent === false || values.some((v) => v < 0 || v > 100)) return 'other';
  const positive = values.filter((v) => v > 0);
  const lo = Math.min(...positive),
    hi = Math.max(...positive);
  if (lo <= 1 && hi / lo >= 20) return 'mixed';
  return direction && base !== null && head !== null && improvesAcrossOne(base, head, direction) ? 'mixed' : 'percent';
}

/** A higher-is-better metric that rises from a base at most 1 (not zero) to above 1: read as percent, from ≤ 1 %. */
function improvesAcrossOne(base: number, head: number, direction: Direction | 'none'): boolean {
  return direction === 'higher' && base > 0 && base <= 1 && head > 1;
}

/** The direction a metric is judged in (the config's, else the registry's, else assumed higher). */
function directionFor(name: string, config: Config, res: Resolution): Direction | 'none' {
  const own = Object.hasOwn(config.metrics, name) ? config.metrics[name]! : {};
  return directionOf(own, res).direction;
}

export type DirectionSource = 'config' | 'registry' | 'assumed';
export type ToleranceSource = 'config' | 'registry' | 'default';

export interface EffectiveRule {
  /** 'none': bookkeeping (step, epoch, learning rate), shown and never gated. */
  direction: Direction | 'none';
  direction_source: DirectionSource;
  /** The registry kind (null: the registry cannot place the name). */
  kind: string | null;
  /** The unit the name ends in, for display. */
  unit: string | null;
  severity: Severity;
  min?: number;
  max?: number;
  /** Allowed worsening, absolute (metric units). */
  tolerance_abs?: number;
  /** Allowed worsening, percent of |base|. */
  tolerance_pct?: number;
  /** Where the tolerance came from, to name the rule in messages. */
  tolerance_key: string;
  tolerance_source: ToleranceSource;
  required: boolean;
  gate: boolean;
  fraction: boolean;
  proportion: boolean;
  /** A fraction-named metric written as a fraction on one side and a percentage on the other (metricScale). */
  scale_mismatch: boolean;
  /** The values the kind can take, in either of its scales (an accuracy of 150 or an error rate of −0.3 cannot be). */
  possible?: readonly [number | null, number | null];
}

/** Zero-config tolerances: any significant drop of a fraction metric; 5 % worsening of anything else. */
export const DEFAULT_FRACTION_MAX_DROP = 0;
export const DEFAULT_OTHER_MAX_CHANGE_PCT = 5;

const TOLERANCE_KEYS = ['max_drop', 'max_drop_pct', 'max_increase', 'max_increase_pct'] as const;

function directionOf(own: MetricRule, res: Resolution): { direction: Direction | 'none'; source: DirectionSource } {
  if (own.direction) return { direction: own.direction, source: 'config' };
  if (res.direction) return { direction: res.direction, source: 'registry' };
  if (res.kind?.id === 'bookkeeping') return { direction: 'none', source: 'registry' };
  return { direction: 'higher', source: 'assumed' };
}

type Tolerance = Pick<EffectiveRule, 'tolerance_abs' | 'tolerance_pct' | 'tolerance_key' | 'tolerance_source'>;

/** Per-metric keys win over defaults; the defaults may carry both sides, so pick the one for this direction. */
function toleranceOf(merged: MetricRule, higher: boolean, fraction: boolean, res: Resolution): Tolerance {
  const absKey = higher ? 'max_drop' : 'max_increase';
  const pctKey = higher ? 'max_drop_pct' : 'max_increase_pct';
  const abs = merged[absKey];
  const pct = merged[pctKey];
  if (abs !== undefined || pct !== undefined)
    return {
      tolerance_abs: abs,
      tolerance_pct: pct,
      tolerance_key: abs !== undefined ? absKey : pctKey,
      tolerance_source: 'config',
    };
  const kind = res.kind;
  const noise = fraction && kind?.tolerance === 'noise';
  const t = kind && kind.tolerance !== 'noise' ? kind.tolerance.pct : DEFAULT_OTHER_MAX_CHANGE_PCT;
  return {
    ...(noise ? { tolerance_abs: DEFAULT_FRACTION_MAX_DROP } : { tolerance_pct: t }),
    tolerance_key: `${noise ? absKey : pctKey} (default)`,
    tolerance_source: kind ? 'registry' : 'default',
  };
}

/**
 * The rule for one metric. Per-metric keys override the defaults; a per-metric tolerance replaces the defaults'
 * tolerances altogether (`accuracy: {max_drop: 0.02}` allows 2 pp even when `defaults` says `max_drop_pct: 0.1`).
 */
export function effectiveRule(name: string, config: Config, base: number | null, head: number | null): EffectiveRule {
  const explicit = Object.hasOwn(config.metrics, name);
  const own = explicit ? config.metrics[name]! : {};
  const res = resolutionFor(name, config);
  const defaults: MetricRule = { ...config.defaults };
  if (TOLERANCE_KEYS.some((k) => own[k] !== undefined)) for (const k of TOLERANCE_KEYS) delete defaults[k];
  const merged: MetricRule = { ...defaults, ...own };
  const { direction, source } = directionOf(own, res);
  const fraction = res.kind?.scale === 'fraction' && inRange([base, head]);
  const proportion = merged.proportion ?? (res.kind?.proportion === true && res.whole && inRange([base, head]));
  const bookkeeping = direction === 'none';
  return {
    direction,
    direction_source: source,
    kind: res.kind?.id ?? null,
    unit: res.unit,
    severity: merged.severity ?? 'fail',
    min: merged.min,
    max: merged.max,
    ...toleranceOf(merged, direction !== 'lower', fraction, res),
    required: merged.required ?? config.required_metrics.includes(name),
    gate: !bookkeeping && (merged.gate ?? true),
    fraction,
    proportion,
    scale_mismatch: metricScale(name, base, head, res, direction) === 'mixed',
    ...(source === 'config' ? {} : possibleValues(res)),
  };
}

/** The range a fraction kind's values can have as a fraction or in percent (its registry bounds, ×100). */
function possibleValues(res: Resolution): Pick<EffectiveRule, 'possible'> {
  const kind = res.kind;
  if (kind?.scale !== 'fraction' || !kind.bounds) return {};
  const [lo, hi] = kind.bounds;
  const percent = kind.percent !== false;
  return {
    possible: [
      lo === null ? null : percent ? Math.min(lo, lo * 100) : lo,
      hi === null ? null : percent ? Math.max(hi, hi * 100) : hi,
    ],
  };
}

/**
 * A rule for a metric reported in percent, in the fraction units it is judged in: a bound above 1 or a tolerance
 * of 1 or more is percent and divided by 100; 0.01–1 gets a note (docs/decisions/0005).
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
    t !== undefined && t > 0.01 && t < 1 && rule.tolerance_source === 'config'
      ? [
          `${name}'s ${rule.tolerance_key} ${t} is read as a fraction (${Number((t * 100).toPrecision(3))} pp) while the report is in percent; write ${Number((t / 100).toPrecision(6))} for ${t} of a point`,
        ]
      : [];
  return { rule: out, notes };
}

/** How the values were written: a fraction, a fraction in percent, a unit slip between the two, or own units. */
export type ReportedScale = 'fraction' | 'percent' | 'mixed' | 'value';

/**
 * A metric's values and rule as judged: a fraction written in percent (87.68) is divided by 100 and its config read
 * by value (percentRule); `reported` keeps the written values (their rounding), `notes` what was read how.
 */
export function judgedValues(name: string, config: Config, base: number | null, head: number | null) {
  const res = resolutionFor(name, config);
  const scaleName = metricScale(name, base, head, res, directionFor(name, config, res));
  const percent = scaleName === 'percent';
  const scaled = (v: number | null) => (v === null || !percent ? v : v / 100);
  const own = effectiveRule(name, config, scaled(base), scaled(head));
  const read = percent ? percentRule(own, name) : null;
  return {
    base: scaled(base),
    head: scaled(head),
    reported: { base, head },
    scale: percent ? 0.01 : 1,
    scale_name: (scaleName === 'other' ? 'value' : scaleName) as ReportedScale,
    rule: read ? read.rule : own,
    notes: read ? read.notes : [],
  };
}
