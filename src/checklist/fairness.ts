/**
 * Fairness: the largest gap between the best and the worst slice of each fraction metric, against
 * checklist.fairness.max_gap, and its growth against the base, against max_gap_increase (both in pp).
 */
import { judgedValues } from '../metrics/metric-rules.js';
import type { Config } from '../kernel/config-types.js';
import type { Report } from '../kernel/report-types.js';
import { formatPercent } from '../kernel/format.js';
import { fail, notChecked, pass, type Outcome } from '../kernel/checklist-types.js';
import type { CheckContext } from './context.js';
import { worstOf } from './outcome.js';

export interface SliceGap {
  metric: string;
  /** Percentage points between the best and the worst slice. */
  gap_pp: number;
  best: { slice: string; value: number };
  worst: { slice: string; value: number };
}

const SIZE = 'size';
const pp = (v: number) => `${Number(v.toFixed(1))} pp`;

/** Gaps of the fraction metrics that at least two slices report, largest first. */
export function sliceGaps(report: Report | null, config: Config): SliceGap[] {
  const byMetric = new Map<string, Array<{ slice: string; value: number }>>();
  for (const [slice, values] of Object.entries(report?.eval?.slices ?? {})) {
    for (const [metric, raw] of Object.entries(values)) {
      if (metric === SIZE) continue;
      const judged = judgedValues(metric, config, null, raw);
      if (!judged.rule.fraction || judged.head === null) continue;
      const list = byMetric.get(metric) ?? [];
      list.push({ slice, value: judged.head });
      byMetric.set(metric, list);
    }
  }
  const out: SliceGap[] = [];
  for (const [metric, list] of byMetric) {
    if (list.length < 2) continue;
    const higher = judgedValues(metric, config, null, list[0]!.value).rule.direction === 'higher';
    const sorted = [...list].sort((a, b) => (higher ? b.value - a.value : a.value - b.value));
    const best = sorted[0]!;
    const worst = sorted[sorted.length - 1]!;
    out.push({ metric, gap_pp: Math.abs(best.value - worst.value) * 100, best, worst });
  }
  return out.sort((a, b) => b.gap_pp - a.gap_pp);
}

const describe = (g: SliceGap) =>
  `${g.metric} ${pp(g.gap_pp)} between ${g.best.slice} (${formatPercent(g.best.value)}) and ${g.worst.slice} (${formatPercent(g.worst.value)})`;

function gapRules(c: CheckContext, gaps: SliceGap[]): Outcome | null {
  const { max_gap, max_gap_increase } = c.config.checklist.fairness;
  const before = new Map(sliceGaps(c.base, c.config).map((g) => [g.metric, g]));
  const wide = gaps.filter((g) => g.gap_pp > max_gap + 1e-9);
  const grown = gaps.filter((g) => {
    const b = before.get(g.metric);
    return b !== undefined && g.gap_pp - b.gap_pp > max_gap_increase + 1e-9;
  });
  return worstOf([
    wide.length
      ? fail(
          `gap between slices: ${wide.map(describe).join('; ')}; allowed ${pp(max_gap)}`,
          `close the gap for ${wide[0]!.worst.slice} (more data or a per-slice threshold), or set checklist.fairness.max_gap with a reason`,
          '/eval/slices',
        )
      : null,
    grown.length
      ? fail(
          `the gap grew: ${grown.map((g) => `${g.metric} ${pp(before.get(g.metric)!.gap_pp)} → ${pp(g.gap_pp)}`).join('; ')}; allowed +${pp(max_gap_increase)}`,
          `find what made ${grown[0]!.worst.slice} worse than at the base before merging`,
          '/eval/slices',
        )
      : null,
  ]);
}

export function checkFairness(c: CheckContext): Outcome {
  const slices = Object.entries(c.report.eval?.slices ?? {}).filter(([, m]) => Object.keys(m).some((k) => k !== SIZE));
  // A comparison needs at least two groups.
  if (slices.length < 2) {
    return fail(
      slices.length ? 'one slice only' : 'no per-slice evaluation',
      'add eval.slices with the metrics for each group or slice (at least two)',
      '/eval',
    );
  }
  const gaps = sliceGaps(c.report, c.config);
  const problem = gapRules(c, gaps);
  if (problem) return problem;
  const names = `${slices.length} slices: ${slices
    .slice(0, 5)
    .map(([n]) => n)
    .join(', ')}${slices.length > 5 ? ', …' : ''}`;
  // Gaps of other metrics (an RMSE per slice) have no scale to judge by: said, not passed.
  if (!gaps[0]) return notChecked(`${names}; no fraction metric (accuracy, recall…) in two of them to compare`);
  return pass(`${names}; largest gap: ${describe(gaps[0])}`, '/eval/slices');
}
