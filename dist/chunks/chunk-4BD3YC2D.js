import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  analyzeCurve,
  compareCurves
} from "./chunk-SGL4OOBV.js";
import {
  effectiveRule,
  metricScale
} from "./chunk-IP6FT2WD.js";

// src/pipeline/learning-curve-gate.ts
function inlinePoints(block) {
  const rows = block.points ?? [];
  const gpuOnly = rows.length > 0 && rows.every((r) => r.train_cpu_hours === void 0 && r.train_gpu_hours !== void 0);
  const points = rows.map((r) => {
    const p = { train_size: r.train_size, value: r[block.metric] };
    if (r.std !== void 0) p.std = r.std;
    const cost = gpuOnly ? r.train_gpu_hours : r.train_cpu_hours;
    if (cost !== void 0) p.cost = cost;
    return p;
  });
  return { points, cost_unit: gpuOnly ? "GPU-h" : "CPU-h" };
}
var RELATIVE_GAIN_PER_DOUBLING = 5e-3;
function gainThreshold(configured, fraction, points) {
  if (configured !== void 0) return fraction && configured >= 1 ? configured / 100 : configured;
  if (fraction) return 5e-3;
  const last = [...points].sort((a, b) => a.train_size - b.train_size).at(-1)?.value;
  return last !== void 0 && Number.isFinite(last) && last !== 0 ? RELATIVE_GAIN_PER_DOUBLING * Math.abs(last) : 5e-3;
}
function analyze(report, gathered, config) {
  const block = report.learning_curve;
  if (!block) return null;
  const read = gathered ?? inlinePoints(block);
  const cost_unit = read.cost_unit;
  const raw = read.points.map((p) => p.value);
  const scale = raw.length > 0 ? metricScale(block.metric, Math.min(...raw), Math.max(...raw)) : "other";
  const percent = scale === "percent" || scale === "mixed";
  const points = percent ? read.points.map((p) => ({ ...p, value: p.value / 100, ...p.std !== void 0 ? { std: p.std / 100 } : {} })) : read.points;
  const values = points.map((p) => p.value);
  const rule = effectiveRule(block.metric, config, null, values.length ? Math.min(...values) : null);
  const fraction = values.every((v) => v >= 0 && v <= 1) && (rule.fraction || rule.proportion);
  return analyzeCurve(block.metric, points, {
    // A learning curve of a bookkeeping value (epoch) has no better side; read it as rising, like an unknown name.
    direction: rule.direction === "none" ? "higher" : rule.direction,
    proportion: fraction,
    ...report.eval?.size !== void 0 && fraction ? { eval_size: report.eval.size } : {},
    min_points: config.learning_curve.min_points,
    gain_per_doubling: gainThreshold(config.learning_curve.gain_per_doubling, fraction, points),
    ...config.learning_curve.max_oversize !== void 0 ? { max_oversize: config.learning_curve.max_oversize } : {},
    ...report.data?.train_size !== void 0 ? { current_size: report.data.train_size } : {},
    cost_unit
  });
}
function gateLearningCurve(head, base, extras, config, location) {
  const headAnalysis = head ? analyze(head, extras?.head, config) : null;
  if (!headAnalysis) return { result: null, findings: [] };
  const baseAnalysis = base ? analyze(base, extras?.base, config) : null;
  const comparison = baseAnalysis && baseAnalysis.metric === headAnalysis.metric ? compareCurves(baseAnalysis, headAnalysis) : null;
  const findings = [];
  if (headAnalysis.oversize_exceeded && headAnalysis.oversize_factor !== null) {
    findings.push({
      rule: "learning_curve.max_oversize",
      severity: config.learning_curve.severity,
      message: `trains on ${headAnalysis.oversize_factor.toFixed(1)}\xD7 the recommended data size (allowed ${config.learning_curve.max_oversize}\xD7); see the learning curve`,
      ...location ? { location } : {}
    });
  }
  return { result: { ...headAnalysis, base: baseAnalysis, comparison }, findings };
}

export {
  gateLearningCurve
};
