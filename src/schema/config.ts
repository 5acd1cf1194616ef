/** Config text -> Config with every default filled in (pure). Zero config is `resolveConfig({})`. */
import type { Config, MetricRule } from '../kernel/config-types.js';
import { InputError } from '../kernel/errors.js';
import { checkAgainstSchema } from './schema-check.js';
import { checkConfigGlobs } from './config-globs.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { inferDirection } from '../metrics/metric-rules.js';
import { resolveMetric } from '../metrics/resolve.js';

export const DEFAULT_REPORTS = ['mlgate.yaml', 'mlgate.yml', 'mlgate.json'];

/** Example prices (documented in docs/config.md): on-demand cloud list prices, rounded. */
export const DEFAULT_PRICES = { cpu_hour: 0.05, gpu_hour: 2.5 };

type RawConfig = Partial<Omit<Config, 'reports' | 'baseline' | 'checklist'>> & {
  checklist?: Partial<Config['checklist']>;
  reports?: string | string[];
  baseline?: Partial<Config['baseline']>;
} & Record<string, unknown>;

export function parseConfig(text: string, file: string): Config {
  const doc = parseYamlOrJson(text, file);
  if (doc.value === null) return resolveConfig({});
  if (typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new InputError('expected a mapping at the top level (see docs/config.md)', { file, line: 1, column: 1 });
  }
  checkAgainstSchema('config', doc, file);
  const raw = doc.value as RawConfig;
  checkConfigGlobs(raw, doc.positions, file);
  for (const [name, rule] of Object.entries(raw.metrics ?? {})) {
    if (typeof rule !== 'object') continue; // metrics.unknown: warn|fail|pass (the schema checked it)
    const problem = METRIC_RULE_CHECKS.map((check) => check(name, rule)).find((m) => m !== null);
    if (problem === undefined) continue;
    const pos = doc.positions.get(`/metrics/${name}`);
    throw new InputError(problem, { file, field: `metrics.${name}`, line: pos?.line, column: pos?.column });
  }
  return resolveConfig(raw);
}

/** A check of one `metrics.<name>` rule: the problem's message, or null. */
type MetricRuleCheck = (name: string, rule: MetricRule) => string | null;

// A worsening tolerance must name the right side: max_drop for higher-is-better, max_increase for lower. The
// direction may come from the name (latency_p95_ms is lower-is-better); the other side would be silently ignored.
function directionOf(name: string, rule: MetricRule): { direction: string; why: string } {
  const direction = rule.direction ?? inferDirection(name);
  return { direction, why: rule.direction ? '' : ` (${directionWhy(name, direction)}; set direction: to override)` };
}

const dropOnLowerIsBetter: MetricRuleCheck = (name, rule) => {
  const { direction, why } = directionOf(name, rule);
  if (direction !== 'lower' || (rule.max_drop === undefined && rule.max_drop_pct === undefined)) return null;
  return `max_drop/max_drop_pct apply to higher-is-better metrics; use max_increase/max_increase_pct for a lower-is-better metric${why}`;
};

const increaseOnHigherIsBetter: MetricRuleCheck = (name, rule) => {
  const { direction, why } = directionOf(name, rule);
  if (direction !== 'higher' || (rule.max_increase === undefined && rule.max_increase_pct === undefined)) return null;
  return `max_increase/max_increase_pct apply to lower-is-better metrics; use max_drop/max_drop_pct for a higher-is-better metric${why}`;
};

const minAboveMax: MetricRuleCheck = (_name, rule) =>
  rule.min !== undefined && rule.max !== undefined && rule.min > rule.max
    ? `min (${rule.min}) is greater than max (${rule.max})`
    : null;

const METRIC_RULE_CHECKS: readonly MetricRuleCheck[] = [dropOnLowerIsBetter, increaseOnHigherIsBetter, minAboveMax];

/** Why a metric without `direction:` has the direction it has: its registry entry, or an assumption. */
function directionWhy(name: string, direction: string): string {
  const r = resolveMetric(name, { bookkeeping: false });
  return r.kind
    ? `${name} is ${direction}-is-better by its name (${r.kind.title})`
    : `mlgate does not know ${name} and assumes ${direction}-is-better`;
}

/** `metrics.unknown: warn|fail|pass` is the policy for names the registry cannot place; any other key is a metric. */
function splitMetrics(raw: RawConfig['metrics']): Pick<Config, 'metrics' | 'unknown_metrics'> {
  const all = (raw ?? {}) as Record<string, MetricRule | Config['unknown_metrics']>;
  const policy = all.unknown;
  const metrics: Record<string, MetricRule> = {};
  for (const [k, v] of Object.entries(all)) if (typeof v === 'object') metrics[k] = v;
  return { metrics, unknown_metrics: typeof policy === 'string' ? policy : 'warn' };
}

/** Commits behind the PR's base a recorded baseline may be before its deltas only warn (docs/baselines.md). */
export const DEFAULT_MAX_BEHIND = 20;

function baselinePolicy(raw: RawConfig['baseline']): Config['baseline'] {
  return {
    when_missing: raw?.when_missing ?? 'pass',
    when_removed: raw?.when_removed ?? 'fail',
    when_eval_changed: raw?.when_eval_changed ?? 'fail',
    max_behind: raw?.max_behind ?? DEFAULT_MAX_BEHIND,
    when_stale: raw?.when_stale ?? 'warn',
  };
}

export function resolveConfig(raw: RawConfig): Config {
  const reports =
    raw.reports === undefined ? DEFAULT_REPORTS : Array.isArray(raw.reports) ? raw.reports : [raw.reports];
  const defaults: MetricRule = { severity: 'fail', ...(raw.defaults ?? {}) };
  return {
    version: 1,
    reports,
    baseline: baselinePolicy(raw.baseline),
    defaults,
    ...splitMetrics(raw.metrics),
    required_metrics: raw.required_metrics ?? [],
    metrics_map: raw.metrics_map ?? {},
    significance: significanceConfig(raw.significance),
    cost: costConfig(raw.cost),
    data: { when_changed: raw.data?.when_changed ?? 'warn' },
    learning_curve: learningCurveConfig(raw.learning_curve),
    checklist: checklistConfig(raw.checklist),
    models: raw.models ?? {},
  };
}

function significanceConfig(raw: Partial<Config['significance']> | undefined): Config['significance'] {
  return {
    require_significance: raw?.require_significance ?? true,
    alpha: raw?.alpha ?? 0.05,
    power: raw?.power ?? 0.8,
    bootstrap_iterations: raw?.bootstrap_iterations ?? 2000,
    seed: raw?.seed ?? 1,
  };
}

function costConfig(raw: Partial<Config['cost']> | undefined): Config['cost'] {
  return {
    currency: raw?.currency ?? 'USD',
    prices: { ...DEFAULT_PRICES, ...(raw?.prices ?? {}) },
    value_per_point: raw?.value_per_point,
    headline_metric: raw?.headline_metric,
    max_cost_increase_pct: raw?.max_cost_increase_pct,
    max_cost_per_point: raw?.max_cost_per_point,
    max_inference_increase_pct: raw?.max_inference_increase_pct,
    severity: raw?.severity ?? 'warn',
  };
}

function learningCurveConfig(raw: Partial<Config['learning_curve']> | undefined): Config['learning_curve'] {
  return {
    min_points: raw?.min_points ?? 4,
    gain_per_doubling: raw?.gain_per_doubling,
    max_oversize: raw?.max_oversize,
    severity: raw?.severity ?? 'warn',
  };
}

/** The sections of a model card (Mitchell et al., "Model Cards for Model Reporting", 2019), matched by words. */
export const MODEL_CARD_SECTIONS = [
  'Intended use',
  'Training data',
  'Evaluation|Quantitative analyses',
  'Limitations|Ethical considerations|Caveats',
  'Owners|Ownership|Maintainers|Contact',
  'How to reproduce|Reproduce|Reproducibility|Reproduction|Reproducing',
];

/** `raw`'s keys that are set, over `defaults` (one level). */
function merged<T extends object>(defaults: T, raw: Partial<T> | undefined): T {
  const out = { ...defaults } as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw ?? {})) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Fresh each time: a config's lists and maps are its own. */
const checklistDefaults = (): Config['checklist'] => ({
  items: {},
  custom: [],
  model_paths: [],
  documentation: { required_sections: [...MODEL_CARD_SECTIONS], min_words: 5 },
  independent_review: { approvals: 1, reviewers: [], team: undefined },
  waivers: { allow_author: false, team: undefined },
  expiry_warning_days: 30,
  expiry_grace_days: 30,
  expired_untouched: 'warn',
  monitoring: { severity: 'warn' },
  fairness: { max_gap: 10, max_gap_increase: 5 },
  operating_point: { min_precision: undefined, min_recall: undefined },
});

function checklistConfig(raw: Partial<Config['checklist']> | undefined): Config['checklist'] {
  const d = checklistDefaults();
  return {
    ...merged(d, raw),
    documentation: merged(d.documentation, raw?.documentation),
    independent_review: merged(d.independent_review, raw?.independent_review),
    waivers: merged(d.waivers, raw?.waivers),
    monitoring: merged(d.monitoring, raw?.monitoring),
    fairness: merged(d.fairness, raw?.fairness),
    operating_point: merged(d.operating_point, raw?.operating_point),
  };
}
