/**
 * The operating point: the threshold with its precision and recall; against the base under the metric rules
 * (the pipeline judges them and passes the findings in), and against checklist.operating_point.min_precision
 * and min_recall.
 */
import { formatPercent } from '../kernel/format.js';
import { fail, pass, type Outcome } from '../kernel/checklist-types.js';
import type { CheckContext } from './context.js';
import { worstOf } from './outcome.js';

type Point = NonNullable<NonNullable<CheckContext['report']['lifecycle']>['operating_point']>;
const AT = '/lifecycle/operating_point';

function floors(c: CheckContext, op: Point): Outcome | null {
  const cfg = c.config.checklist.operating_point;
  const low = (['precision', 'recall'] as const).filter((k) => {
    const min = k === 'precision' ? cfg.min_precision : cfg.min_recall;
    return min !== undefined && op[k] !== undefined && op[k]! < min - 1e-12;
  });
  if (!low.length) return null;
  const min = (k: 'precision' | 'recall') => (k === 'precision' ? cfg.min_precision! : cfg.min_recall!);
  return fail(
    low.map((k) => `${k} ${formatPercent(op[k]!)} is below the minimum ${formatPercent(min(k))}`).join('; '),
    `move the threshold (or improve the model) until ${low.join(' and ')} reach${low.length === 1 ? 'es' : ''} checklist.operating_point.min_${low[0]}`,
    `${AT}/${low[0]}`,
  );
}

function againstBase(c: CheckContext): Outcome | null {
  const found = c.operating_point ?? [];
  if (!found.length) return null;
  const worst = found.some((f) => f.severity === 'fail') ? 'fail' : 'warn';
  return {
    status: worst,
    evidence: `against the base: ${found.map((f) => f.message).join('; ')}`,
    fix: 'choose a threshold that keeps precision and recall within the metric rules, or explain the new trade-off and set metrics.precision / metrics.recall',
    pointer: AT,
  };
}

export function checkOperatingPoint(c: CheckContext): Outcome {
  const op = c.report.lifecycle?.operating_point;
  if (op?.threshold === undefined || (op.precision === undefined && op.recall === undefined)) {
    return fail(
      op ? 'threshold or precision/recall missing' : 'no operating point',
      'add lifecycle.operating_point with the threshold and the precision and recall it gives',
      '/lifecycle',
    );
  }
  const problem = worstOf([floors(c, op), againstBase(c)]);
  if (problem) return problem;
  const b = c.base?.lifecycle?.operating_point;
  const show = (k: 'precision' | 'recall') =>
    op[k] === undefined ? null : `${k} ${b?.[k] !== undefined && b[k] !== op[k] ? `${b[k]} → ` : ''}${op[k]}`;
  const pr = [show('precision'), show('recall')].filter(Boolean).join(', ');
  const compared = c.operating_point ? ', within the metric rules against the base' : ', no base to compare with';
  return pass(`threshold ${op.threshold}: ${pr}${compared}`, AT);
}
