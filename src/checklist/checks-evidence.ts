/**
 * Items whose evidence is in the report itself and is declared, not verified: ownership, evaluation, cost,
 * learning curve, product metric. Each returns what it found (evidence) or one line on how to fix it.
 */
import { fail, notChecked, pass, type Outcome } from '../kernel/checklist-types.js';
import { listOf, type CheckContext } from './context.js';
import { formatCount } from '../kernel/format.js';

const bare = (h: string) => h.replace(/^@/, '').toLowerCase();

export function checkOwnership(c: CheckContext): Outcome {
  const { owner, backup_owner: backup } = c.report.lifecycle ?? {};
  const missing = [!owner && 'lifecycle.owner', !backup && 'lifecycle.backup_owner'].filter((x): x is string => !!x);
  if (missing.length)
    return fail(`${listOf(missing)} missing`, `add ${listOf(missing)}: two different GitHub handles`, '/lifecycle');
  if (bare(owner!) === bare(backup!)) {
    return fail(
      `owner and backup owner are both ${owner}`,
      'name a different person as lifecycle.backup_owner, so two people can run the model',
      '/lifecycle/backup_owner',
    );
  }
  return pass(`owner ${owner}, backup ${backup}`, '/lifecycle/owner');
}

export function checkEvaluation(c: CheckContext): Outcome {
  const ev = c.report.eval;
  const n = Object.keys(c.report.metrics).length;
  const missing = [!ev?.dataset && 'eval.dataset', !ev?.size && 'eval.size', n === 0 && 'metrics'].filter(
    (x): x is string => !!x,
  );
  if (missing.length)
    return fail(
      `${listOf(missing)} missing`,
      `add ${listOf(missing)}: the gold set's name and its number of examples`,
      '/eval',
    );
  return pass(`${n} metric${n === 1 ? '' : 's'} on ${ev!.dataset} (${formatCount(ev!.size!)} examples)`, '/eval');
}

export function checkCost(c: CheckContext): Outcome {
  const cost = c.report.cost;
  const parts: string[] = [];
  if (cost?.train_cpu_hours !== undefined) parts.push(`${cost.train_cpu_hours} CPU h`);
  if (cost?.train_gpu_hours !== undefined) parts.push(`${cost.train_gpu_hours} GPU h`);
  if (cost?.train_usd !== undefined) parts.push(`${cost.train_usd} USD`);
  if (!parts.length)
    return fail(
      'no training compute reported',
      'add cost.train_cpu_hours and/or cost.train_gpu_hours (or cost.train_usd)',
      '/cost',
    );
  // All zero states no compute: a trained model took some, and zero would take the PR out of the cost gate.
  const stated = [cost!.train_cpu_hours, cost!.train_gpu_hours, cost!.train_usd].filter((v) => v !== undefined);
  if (stated.every((v) => v === 0))
    return fail(
      `training: ${parts.join(', ')}: zero compute is no training cost`,
      'report the compute the training run used (cost.train_cpu_hours, cost.train_gpu_hours or cost.train_usd)',
      '/cost',
    );
  return pass(`training: ${parts.join(', ')}`, '/cost');
}

/** Sizes, not rows: five points at one training size are one measurement repeated, not a curve. */
export function distinctSizes(points: ReadonlyArray<{ train_size?: number }>): number {
  return new Set(points.map((p) => p.train_size)).size;
}

export function checkLearningCurve(c: CheckContext): Outcome {
  const curve = c.report.learning_curve;
  const min = c.config.learning_curve.min_points;
  if (!curve)
    return fail(
      'no learning_curve block',
      `add a learning_curve with at least ${min} training sizes`,
      '/learning_curve',
    );
  const sizes = curve.points ? distinctSizes(curve.points) : null;
  const n = sizes ?? c.facts?.learning_curve_points ?? null;
  if (n === null) return notChecked(`the curve's file ${curve.file ?? ''} was not read`);
  const rows = curve.points?.length ?? n;
  const at = rows !== n ? ` (${rows} points)` : '';
  if (n < min)
    return fail(
      `${n} training size${n === 1 ? '' : 's'}${at}`,
      `train on at least ${min} sizes (e.g. 1/8, 1/4, 1/2, all of the data)`,
      '/learning_curve',
    );
  return pass(`${rows} points of ${curve.metric}${rows !== n ? ` at ${n} training sizes` : ''}`, '/learning_curve');
}

export function checkProductMetric(c: CheckContext): Outcome {
  const p = c.report.lifecycle?.product_metric;
  if (!p?.name)
    return fail(
      'no product metric named',
      'add lifecycle.product_metric.name: the product or business metric the model should move',
      '/lifecycle',
    );
  return pass(`${p.name}${p.direction ? ` (${p.direction} is better)` : ''}`, '/lifecycle/product_metric');
}
