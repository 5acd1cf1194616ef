/** The terminal rendering of a learning-curve analysis: escapeLog on every string from a file. */
import { escapeLog } from '../kernel/escape.js';
import { curveValueAt, fittedValueAt } from './compare.js';
import { formatDelta, formatSize, formatValue } from './format.js';
import type { CurveAnalysis, CurveComparison } from '../kernel/curve-types.js';
import { costColumn, curveConclusion, PROSE_MAX, showsFit } from './render.js';

export function renderCurveText(head: CurveAnalysis, base?: CurveAnalysis, cmp?: CurveComparison): string {
  const fv = (v: number) => formatValue(v, head.proportion);
  // Terminal lines: a name or unit from the file must not start a line of its own (a `::warning` workflow command).
  const cost = costColumn(head);
  const metric = escapeLog(head.metric, 60),
    unit = escapeLog(cost.unit, 20);
  const out: string[] = [];
  out.push(`learning curve (${metric}): ${escapeLog(curveConclusion(head.conclusion), PROSE_MAX)}`);
  if (cmp) out.push(`against the base: ${escapeLog(cmp.conclusion, PROSE_MAX)}`);
  const rows: string[][] = [['size', metric, 'fitted', ...(base ? ['base'] : []), `cost (${unit})`]];
  for (const p of head.points) {
    const f = showsFit(head) ? fittedValueAt(head, p.train_size) : null;
    const b = base ? curveValueAt(base, p.train_size) : null;
    rows.push([
      formatSize(p.train_size),
      fv(p.value),
      f === null ? '-' : fv(f),
      ...(base ? [b === null ? '-' : fv(b)] : []),
      p.cost === undefined ? '-' : cost.format(p.cost),
    ]);
  }
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => r[j]!.length)));
  for (const r of rows)
    out.push('  ' + r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '));
  const fam = head.families
    .map(
      (f) =>
        `${escapeLog(f.name, 20)} ${f.holdout_error === null ? '-' : formatDelta(f.holdout_error, head.proportion, false)}`,
    )
    .join(', ');
  if (fam && showsFit(head))
    out.push(
      `  model: ${escapeLog(head.family ?? '', 60)}; held-out error: ${fam}; last value ${head.last_value_holdout_error === null ? '-' : formatDelta(head.last_value_holdout_error, head.proportion, false)}`,
    );
  return out.join('\n');
}
