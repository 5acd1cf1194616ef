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
  // A worsening tolerance must name the right side: max_drop for higher-is-better, max_increase for lower.
  // The direction may come from the name (latency_p95_ms is lower-is-better): a tolerance on the other side
  // would be silently ignored, so it is an error either way.
  for (const [name, rule] of Object.entries(raw.metrics ?? {})) {
    if (typeof rule !== 'object') continue; // metrics.unknown: warn|fail|pass (the schema checked it)
    const pos = doc.positions.get(`/metrics/${name}`);
    const direction = rule.direction ?? inferDirection(name);
    const why = rule.direction ? '' : ` (${directionWhy(name, direction)}; set direction: to override)`;
    if (direction === 'lower' && (rule.max_drop !== undefined || rule.max_drop_pct !== undefined)) {
      throw new InputError(
        `max_drop/max_drop_pct apply to higher-is-better metrics; use max_increase/max_increase_pct for a lower-is-better metric${why}`,
        { file, field: `metrics.${name}`, line: pos?.line, column: pos?.column },
      );
    }
    if (direction === 'higher' && (rule.max_increase !== undefined || rule.max_increase_pct !== undefined)) {
      throw new InputError(
        `max_increase/max_increase_pct apply to lower-is-better metrics; use max_drop/max_drop_pct for a higher-is-better metric${why}`,
        { file, field: `metrics.${name}`, line: pos?.line, column: pos?.column },
      );
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      throw new InputError(`min (${rule.min}) is greater than max (${rule.max})`, {
        file,
        field: `metrics.${name}`,
        line: pos?.line,
        column: pos?.column,
      });
    }
  }
  return resolveConfig(raw);
}

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
    significance: {
      require_significance: raw.significance?.require_significance ?? true,
      alpha: raw.significance?.alpha ?? 0.05,
      power: raw.significance?.power ?? 0.8,
      bootstrap_iterations: raw.significance?.bootstrap_iterations ?? 2000,
      seed: raw.significance?.seed ?? 1,
    },
    cost: {
      currency: raw.cost?.currency ?? 'USD',
      prices: { ...DEFAULT_PRICES, ...(raw.cost?.prices ?? {}) },
      value_per_point: raw.cost?.value_per_point,
      headline_metric: raw.cost?.headline_metric,
      max_cost_increase_pct: raw.cost?.max_cost_increase_pct,
      max_cost_per_point: raw.cost?.max_cost_per_point,
      max_inference_increase_pct: raw.cost?.max_inference_increase_pct,
      severity: raw.cost?.severity ?? 'warn',
    },
    data: { when_changed: raw.data?.when_changed ?? 'warn' },
    learning_curve: {
      min_points: raw.learning_curve?.min_points ?? 4,
      gain_per_doubling: raw.learning_curve?.gain_per_doubling,
      max_oversize: raw.learning_curve?.max_oversize,
      severity: raw.learning_curve?.severity ?? 'warn',
    },
    checklist: checklistConfig(raw.checklist),
    models: raw.models ?? {},
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
