/**
 * `mlgate explain NAME [BASE [PR]]`: how the gate reads a metric name — kind, direction, scale, tests, tolerance —
 * and where each came from (a registry entry or a config line); with values, the scale they are read in and the
 * verdict they would get without a test. Pure: the CLI passes the config and where its keys are.
 */
import type { Config } from '../kernel/config-types.js';
import { formatValue } from '../kernel/format.js';
import type { MetricResult } from '../kernel/result-types.js';
import { judgedValues, resolutionFor } from '../metrics/metric-rules.js';
import { pairedMetricOf } from '../metrics/paired-names.js';
import { SOURCES } from '../metrics/registry.js';
import type { Resolution } from '../metrics/resolve.js';
import { compareMetric } from './compare.js';

/** "config .github/mlgate.yml:12 (metrics.wer.direction)" for a key the config file has, else undefined. */
export type ConfigWhere = (path: string[]) => string | undefined;

const NO_TEST = {
  interval: null,
  p_value: null,
  p_adjusted: null,
  significant: null,
  min_detectable_effect: null,
  test: null,
};

function kindLine(r: Resolution): string {
  if (!r.kind) return 'none: no registry entry places this name';
  return `${r.kind.id} — ${r.kind.title} (registry: ${r.matched})`;
}

function directionLine(
  name: string,
  r: Resolution,
  rule: { direction: string; direction_source: string },
  where: ConfigWhere,
): string {
  const arrow = rule.direction === 'higher' ? '↑' : rule.direction === 'lower' ? '↓' : '·';
  const text = rule.direction === 'none' ? 'none (bookkeeping: shown, never gated)' : `${rule.direction} is better`;
  if (rule.direction_source === 'config')
    return `${arrow} ${text} (${where(['metrics', name, 'direction']) ?? 'config'})`;
  if (rule.direction_source === 'assumed')
    return `${arrow} ${text} — ASSUMED: mlgate does not know this name; set metrics.${name}.direction`;
  const left = r.left ? `, turned by "${r.left}": what is left of it` : '';
  return `${arrow} ${text} (registry: ${r.kind!.id}${r.negated ? ", negated by scikit-learn's neg_ prefix" : ''}${left})`;
}

function scaleLine(r: Resolution): string {
  if (r.kind?.scale !== 'fraction')
    return `the metric's own unit${r.unit ? ` (${r.unit})` : ''}: changes relative to the base`;
  const percent = r.kind.percent === false ? '; never read as percent' : '; values in (1, 100] are read as percent';
  return `fraction in [0, 1], shown in %, changes in pp${percent}`;
}

function testLines(name: string, r: Resolution, config: Config, where: ConfigWhere): string[] {
  const own = Object.hasOwn(config.metrics, name) ? config.metrics[name]!.proportion : undefined;
  const bySize =
    own !== undefined
      ? `${own ? 'two-proportion test' : 'none'} (${where(['metrics', name, 'proportion']) ?? 'config'})`
      : r.kind?.proportion && r.whole
        ? 'two-proportion test from eval.size (approximate), for values in [0, 1]'
        : r.kind?.proportion
          ? `none: ${r.kind.id} of a subset (the name has a qualifier); set metrics.${name}.proportion: true if it is the whole eval set's`
          : 'none: not a share of the eval set';
  const paired = pairedMetricOf(name);
  const byPredictions = paired
    ? `${paired.key === 'accuracy' ? 'McNemar mid-p' : 'paired bootstrap'} on the per-example predictions (${paired.flipped ? '1 − accuracy' : paired.key})`
    : 'none: the predictions files do not score it';
  return [`eval.size:   ${bySize}`, `predictions: ${byPredictions}`];
}

function toleranceLine(name: string, m: MetricResult, where: ConfigWhere): string {
  const t = m.tolerance;
  if (!t) return 'none: not gated';
  const sign = m.direction === 'lower' ? '+' : '−';
  const amount = t.noise
    ? `no significant ${m.direction === 'lower' ? 'increase' : 'drop'}; without a test, 5 % of the larger of the value and its complement`
    : [
        t.abs !== null ? `${sign}${formatValue(t.abs, m.fraction).replace('%', ' pp')}` : '',
        t.pct !== null ? `${sign}${t.pct} % of the base` : '',
      ]
        .filter(Boolean)
        .join(' or ');
  const from =
    t.source === 'config'
      ? (where(['metrics', name, t.rule]) ?? where(['defaults', t.rule]) ?? 'config')
      : t.source === 'registry'
        ? `registry default of ${m.kind}`
        : "mlgate's default for a name it does not know";
  return `${amount} (${t.rule}; ${from})`;
}

function valueLines(name: string, config: Config, values: number[]): string[] {
  const [b, h] = values.length === 1 ? [null, values[0]!] : [values[0]!, values[1]!];
  const v = judgedValues(name, config, b, h);
  const { metric } = compareMetric({
    name,
    base: v.base,
    head: v.head,
    rule: v.rule,
    significance: NO_TEST,
    require_significance: config.significance.require_significance,
    scale_name: v.scale_name,
    unknown: config.unknown_metrics,
    untestable_hint: 'explain has no eval set or predictions',
  });
  const shown = [b, h].filter((x) => x !== null).join(' → ');
  const read =
    v.scale !== 1
      ? `written in percent, judged as ${[v.base, v.head].filter((x) => x !== null).join(' → ')}`
      : `read as ${v.scale_name === 'fraction' ? 'fractions' : v.scale_name === 'mixed' ? 'a unit slip (one fraction, one percentage)' : 'values in their own unit'}`;
  const verdict = `${metric.status}${metric.reason ? `: ${metric.reason}` : ` (${metric.change})`}`;
  return [
    `values:      ${shown}: ${read}`,
    `verdict:     ${verdict} (without a test; the gate adds one from eval.size or predictions)`,
    ...v.notes.map((n) => `note:        ${n}`),
  ];
}

export function explainMetric(name: string, config: Config, values: number[], where: ConfigWhere): string[] {
  const r = resolutionFor(name, config);
  const v = judgedValues(name, config, null, null);
  const { metric } = compareMetric({
    name,
    base: null,
    head: null,
    rule: v.rule,
    significance: NO_TEST,
    require_significance: true,
  });
  const sources = (r.kind?.sources ?? []).map((s) => SOURCES[s].title);
  return [
    name,
    `kind:        ${kindLine(r)}`,
    `direction:   ${directionLine(name, r, v.rule, where)}`,
    `scale:       ${scaleLine(r)}`,
    ...testLines(name, r, config, where),
    `tolerance:   ${toleranceLine(name, metric, where)}`,
    ...(r.kind?.note ? [`note:        ${r.kind.note}`] : []),
    ...(sources.length ? [`sources:     ${sources.join('; ')}`] : []),
    ...(values.length ? valueLines(name, config, values) : []),
  ];
}
