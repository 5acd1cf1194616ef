/** The model-level rules that are not about one metric: the report's presence, required metrics, the baseline. */
import type { Config } from '../kernel/config-types.js';
import type { ModelResult } from '../kernel/result-types.js';
import { nearest } from '../kernel/suggest.js';
import { has, locate, type Collected, type ModelView } from './model-view.js';

/** A report the base had and the PR lost (baseline.when_removed), or no PR report at all. */
export function reportPresence(view: ModelView, config: Config, acc: Collected): void {
  const { input, head } = view;
  if (head) return;
  if (!input.removed) {
    acc.findings.push({ rule: 'report.missing', severity: 'fail', message: `the PR has no report for ${input.name}` });
    return;
  }
  // The model would silently leave the gate.
  const message = `the PR removes the report ${input.base_path ?? ''} of ${input.name}: this model is no longer gated; restore the report, or retire the model with baseline.when_removed: warn on the base branch`;
  if (config.baseline.when_removed === 'pass') acc.notes.push(message);
  else acc.findings.push({ rule: 'report.removed', severity: config.baseline.when_removed, message });
}

/** `required_metrics` and `metrics.<name>.required` that neither report has; config rules that look like typos. */
export function requiredMetrics(view: ModelView, config: Config, acc: Collected): void {
  if (!view.head) return;
  const required = [
    ...config.required_metrics,
    ...Object.keys(config.metrics).filter((n) => config.metrics[n]!.required === true),
  ];
  for (const name of new Set(required)) {
    if (has(view.headMetrics, name) || has(view.baseMetrics, name)) continue;
    acc.findings.push({
      rule: 'metric.required',
      severity: 'fail',
      message: `required metric ${name} is missing from the report`,
      location: locate(view.input.head, '/metrics'),
    });
  }
  acc.notes.push(...unmatchedRules(config, view.names));
}

/** Where the baseline came from; without one, baseline.when_missing decides what the PR's values alone mean. */
export function baselineState(view: ModelView, config: Config, acc: Collected): ModelResult['baseline'] {
  let baseline: ModelResult['baseline'] = view.base ? 'present' : 'missing';
  if (view.input.carried_forward) {
    baseline = 'carried_forward';
    acc.notes.push('this PR changes none of the model’s files: the baseline’s figures are reused');
  }
  if (!view.base && view.head) {
    const when = config.baseline.when_missing;
    const message = 'no baseline report at the PR’s base: showing the PR’s values, absolute bounds only';
    if (when === 'pass') acc.notes.push(message);
    else acc.findings.push({ rule: 'baseline.missing', severity: when, message });
  }
  return baseline;
}

/**
 * Config rules whose name is close to a metric of this model but matches none: a typo (`acuracy`) would silently
 * leave the real metric on the defaults. Names far from every metric are rules for other models and say nothing.
 */
function unmatchedRules(config: Config, names: readonly string[]): string[] {
  const out: string[] = [];
  // A metric with a rule of its own is no typo's target; nor are siblings that differ in a number or an average
  // (latency_p95_ms / latency_p99_ms, f1_macro / f1_micro): rules for both are common and each is real.
  const sibling = (a: string, b: string) => {
    const strip = (s: string) => s.replace(/\d+/g, '#').replace(/macro|micro|weighted|samples/g, '~');
    return strip(a) === strip(b);
  };
  const free = names.filter((n) => !Object.hasOwn(config.metrics, n));
  for (const rule of Object.keys(config.metrics)) {
    if (names.includes(rule)) continue;
    const near = nearest(
      rule,
      free.filter((n) => !sibling(n, rule)),
    );
    if (near !== undefined)
      out.push(
        `the config has a rule for ${rule}, which this report does not have: did you mean ${near}? (${near} is judged by the defaults)`,
      );
  }
  return out;
}
