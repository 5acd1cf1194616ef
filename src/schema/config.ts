/** Config text -> Config with every default filled in (pure). Zero config is `resolveConfig({})`. */
import type { Config, MetricRule } from '../kernel/config-types.js';
import { InputError } from '../kernel/errors.js';
import { checkAgainstSchema } from './schema-check.js';
import { checkConfigGlobs } from './config-globs.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { inferDirection } from '../metrics/metric-rules.js';

export const DEFAULT_REPORTS = ['mlgate.yaml', 'mlgate.yml', 'mlgate.json'];

/** Example prices (documented in docs/config.md): on-demand cloud list prices, rounded. */
export const DEFAULT_PRICES = { cpu_hour: 0.05, gpu_hour: 2.5 };

type RawConfig = Partial<Omit<Config, 'reports' | 'baseline'>> & {
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
    const pos = doc.positions.get(`/metrics/${name}`);
    const direction = rule.direction ?? inferDirection(name);
    const why = rule.direction ? '' : ` (${name} is ${direction}-is-better by its name; set direction: to override)`;
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
    metrics: raw.metrics ?? {},
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
      severity: raw.cost?.severity ?? 'warn',
    },
    learning_curve: {
      min_points: raw.learning_curve?.min_points ?? 4,
      gain_per_doubling: raw.learning_curve?.gain_per_doubling,
      max_oversize: raw.learning_curve?.max_oversize,
      severity: raw.learning_curve?.severity ?? 'warn',
    },
    checklist: {
      items: raw.checklist?.items ?? {},
      custom: raw.checklist?.custom ?? [],
      model_paths: raw.checklist?.model_paths ?? [],
      documentation: { required_sections: raw.checklist?.documentation?.required_sections ?? [] },
      independent_review: {
        approvals: raw.checklist?.independent_review?.approvals ?? 1,
        reviewers: raw.checklist?.independent_review?.reviewers ?? [],
        team: raw.checklist?.independent_review?.team,
      },
      waivers: { allow_author: raw.checklist?.waivers?.allow_author ?? false, team: raw.checklist?.waivers?.team },
      expiry_warning_days: raw.checklist?.expiry_warning_days ?? 30,
    },
    models: raw.models ?? {},
  };
}
