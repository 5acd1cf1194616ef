/**
 * The operating point's precision and recall against the base's, judged by the metric rules (compareMetric with
 * the rule of `precision` / `recall`): a threshold change that gives up most of the precision is a regression
 * like any other. There is no test for them (their denominators are not in the report), so the rules' untestable
 * path applies. Returns the findings for the checklist's operating_point item; null when there is no base point.
 */
import type { Config } from '../kernel/config-types.js';
import type { Report } from '../kernel/report-types.js';
import type { Finding } from '../kernel/result-types.js';
import { judgedValues } from '../metrics/metric-rules.js';
import { compareMetric, type Significance } from './compare.js';

const NO_TEST: Significance = {
  interval: null,
  p_value: null,
  p_adjusted: null,
  significant: null,
  min_detectable_effect: null,
  test: null,
};

export function compareOperatingPoint(head: Report | null, base: Report | null, config: Config): Finding[] | null {
  const h = head?.lifecycle?.operating_point;
  const b = base?.lifecycle?.operating_point;
  if (!h || !b) return null;
  const out: Finding[] = [];
  for (const name of ['precision', 'recall'] as const) {
    if (h[name] === undefined || b[name] === undefined) continue;
    const { notes: _notes, ...v } = judgedValues(name, config, b[name]!, h[name]!);
    const { findings } = compareMetric({
      name: `${name} at the threshold`,
      rule_name: name,
      base: v.base,
      head: v.head,
      rule: { ...v.rule, required: false },
      significance: NO_TEST,
      require_significance: config.significance.require_significance,
      untestable_hint: 'an operating point has no test',
    });
    out.push(...findings);
  }
  return out;
}
