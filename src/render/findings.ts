/**
 * The "why" list of a model: one line per finding, the findings about one metric merged into one line
 * ("latency_p95_ms is 58, above the maximum 50; regressed +17 (+41%); allowed 20%"), failures first.
 */
import type { Finding, ModelResult } from '../kernel/result-types.js';
import { findingGroups } from '../kernel/verdict.js';
import { escapeMarkdownInline } from '../kernel/escape.js';
import { VERDICT_ICON } from './icons.js';

/** The later messages of a metric's group without the metric's name they repeat. */
function merged(group: Finding[], metric: string | undefined): string {
  const [first, ...rest] = group.map((f) => f.message);
  const strip = (msg: string) => (metric && msg.startsWith(`${metric} `) ? msg.slice(metric.length + 1) : msg);
  return [first!, ...rest.map(strip)].join('; ');
}

function metricOf(model: ModelResult, f: Finding): string | undefined {
  return model.metrics.find((m) => m.reason !== null && m.reason.includes(f.message))?.name;
}

/** The merged findings, worst first, as raw messages (each renderer escapes for its medium). */
export function mergedFindings(
  model: ModelResult,
  skip: (f: Finding) => boolean = () => false,
): Array<{ severity: Finding['severity']; message: string }> {
  const groups = findingGroups(model).filter((g) => !skip(g[0]!));
  const of = (severity: Finding['severity']) =>
    groups
      .filter((g) => g[0]!.severity === severity)
      .map((g) => ({ severity, message: merged(g, metricOf(model, g[0]!)) }));
  return [...of('fail'), ...of('warn')];
}

/** The lines, worst first; checklist findings are left to the checklist section (`skip`). */
export function findingLines(model: ModelResult, skip: (f: Finding) => boolean): string[] {
  return mergedFindings(model, skip).map(
    (f) => `- ${VERDICT_ICON[f.severity]} ${escapeMarkdownInline(f.message, 400)}`,
  );
}
