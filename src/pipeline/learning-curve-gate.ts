/**
 * Learning curves in the pipeline: points from the report (inline or CSV, gathered by an enricher) -> the curve
 * analysis of the PR and of the base, their comparison, and the `learning_curve.max_oversize` rule.
 */
import { analyzeCurve, compareCurves, type CurveAnalysis, type CurvePoint } from '../curve/index.js';
import type { Config } from '../kernel/config-types.js';
import { effectiveRule, metricScale } from '../metrics/metric-rules.js';
import type { LearningCurveBlock, Report } from '../kernel/report-types.js';
import type { Finding, LearningCurveResult, Location } from '../kernel/result-types.js';
export type { LearningCurveResult };

/** Points gathered from CSV files by the enricher (inline points are read from the report here). */
export interface CurveExtras {
  head?: { points: CurvePoint[]; cost_unit: string };
  base?: { points: CurvePoint[]; cost_unit: string };
}

/** Inline points: the metric under its own name, `std`, and CPU-h (or GPU-h when only those are given). */
export function inlinePoints(block: LearningCurveBlock): { points: CurvePoint[]; cost_unit: string } {
  const rows = block.points ?? [];
  const gpuOnly =
    rows.length > 0 && rows.every((r) => r.train_cpu_hours === undefined && r.train_gpu_hours !== undefined);
  const points = rows.map((r) => {
    const p: CurvePoint = { train_size: r.train_size!, value: r[block.metric]! };
    if (r.std !== undefined) p.std = r.std;
    const cost = gpuOnly ? r.train_gpu_hours : r.train_cpu_hours;
    if (cost !== undefined) p.cost = cost;
    return p;
  });
  return { points, cost_unit: gpuOnly ? 'GPU-h' : 'CPU-h' };
}

/** Default threshold of a non-fraction metric, relative to its value at the largest measured size. */
export const RELATIVE_GAIN_PER_DOUBLING = 0.005;

/**
 * The threshold of diminishing returns in the curve's units. A fraction's configured value of 1 or more can only be
 * percentage points (a gain of 100 pp per doubling is impossible): divided by 100. Unset: 0.5 pp for a fraction,
 * 0.5 % of the last measured value otherwise, since 0.005 dollars of RMSE or nats of log loss would never be reached.
 */
export function gainThreshold(
  configured: number | undefined,
  fraction: boolean,
  points: readonly CurvePoint[],
): number {
  if (configured !== undefined) return fraction && configured >= 1 ? configured / 100 : configured;
  if (fraction) return 0.005;
  const last = [...points].sort((a, b) => a.train_size - b.train_size).at(-1)?.value;
  return last !== undefined && Number.isFinite(last) && last !== 0
    ? RELATIVE_GAIN_PER_DOUBLING * Math.abs(last)
    : 0.005;
}

function analyze(report: Report, gathered: CurveExtras['head'], config: Config): CurveAnalysis | null {
  const block = report.learning_curve;
  if (!block) return null;
  const read = gathered ?? inlinePoints(block);
  const cost_unit = read.cost_unit;
  // Percent curves are analysed as fractions, one scale for the whole curve (docs/decisions/0005).
  const raw = read.points.map((p) => p.value);
  const scale = raw.length > 0 ? metricScale(block.metric, Math.min(...raw), Math.max(...raw)) : 'other';
  const percent = scale === 'percent' || scale === 'mixed';
  const points = percent
    ? read.points.map((p) => ({ ...p, value: p.value / 100, ...(p.std !== undefined ? { std: p.std / 100 } : {}) }))
    : read.points;
  const values = points.map((p) => p.value);
  const rule = effectiveRule(block.metric, config, null, values.length ? Math.min(...values) : null);
  const fraction = values.every((v) => v >= 0 && v <= 1) && (rule.fraction || rule.proportion);
  return analyzeCurve(block.metric, points, {
    // A learning curve of a bookkeeping value (epoch) has no better side; read it as rising, like an unknown name.
    direction: rule.direction === 'none' ? 'higher' : rule.direction,
    proportion: fraction,
    ...(report.eval?.size !== undefined && fraction ? { eval_size: report.eval.size } : {}),
    min_points: config.learning_curve.min_points,
    gain_per_doubling: gainThreshold(config.learning_curve.gain_per_doubling, fraction, points),
    ...(config.learning_curve.max_oversize !== undefined ? { max_oversize: config.learning_curve.max_oversize } : {}),
    ...(report.data?.train_size !== undefined ? { current_size: report.data.train_size } : {}),
    cost_unit,
  });
}

export function gateLearningCurve(
  head: Report | null,
  base: Report | null,
  extras: CurveExtras | undefined,
  config: Config,
  location: Location | undefined,
): { result: LearningCurveResult | null; findings: Finding[] } {
  const headAnalysis = head ? analyze(head, extras?.head, config) : null;
  if (!headAnalysis) return { result: null, findings: [] };
  const baseAnalysis = base ? analyze(base, extras?.base, config) : null;
  const comparison =
    baseAnalysis && baseAnalysis.metric === headAnalysis.metric ? compareCurves(baseAnalysis, headAnalysis) : null;
  const findings: Finding[] = [];
  if (headAnalysis.oversize_exceeded && headAnalysis.oversize_factor !== null) {
    findings.push({
      rule: 'learning_curve.max_oversize',
      severity: config.learning_curve.severity,
      message: `trains on ${headAnalysis.oversize_factor.toFixed(1)}× the recommended data size (allowed ${config.learning_curve.max_oversize}×); see the learning curve`,
      ...(location ? { location } : {}),
    });
  }
  return { result: { ...headAnalysis, base: baseAnalysis, comparison }, findings };
}
