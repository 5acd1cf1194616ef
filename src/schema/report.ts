/** Report text -> typed, validated Report (pure: the adapters read the file and pass its text). */
import { clipName, InputError } from '../kernel/errors.js';
import { metricNameProblem, RESERVED_METRIC_NAMES } from '../kernel/metric-name.js';
import type { LoadedReport, Report } from '../kernel/report-types.js';
import { checkAgainstSchema } from './schema-check.js';
import { parseYamlOrJson, pointerOf } from '../kernel/safe-parse.js';
import { parseCadence, parseIsoDay } from '../kernel/dates.js';
import { formatCount } from '../kernel/format.js';

export function parseReport(text: string, file: string): LoadedReport {
  const doc = parseYamlOrJson(text, file);
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new InputError('expected a mapping with version, model and metrics at the top level (see docs/report.md)', {
      file,
      line: 1,
      column: 1,
    });
  }
  checkAgainstSchema('report', doc, file);
  const report = doc.value as Report;
  const curve = report.learning_curve;
  if (curve) {
    if (!curve.points && !curve.file) {
      throw new InputError('learning_curve needs `points` (a list) or `file` (a CSV path)', {
        file,
        field: 'learning_curve',
        ...at(doc.positions, '/learning_curve'),
      });
    }
    curve.points?.forEach((p, i) => {
      if (typeof p[curve.metric] !== 'number') {
        throw new InputError(
          `point has no value for the curve's metric "${curve.metric}"; add \`${curve.metric}: <number>\``,
          {
            file,
            field: `learning_curve.points[${i}]`,
            ...at(doc.positions, `/learning_curve/points/${i}`),
          },
        );
      }
    });
  }
  // The schema's pattern admits toString and valueOf; readers refuse them (metric-name.ts), so do reports.
  for (const name of Object.keys(report.metrics)) {
    if (RESERVED_METRIC_NAMES.has(name)) {
      throw new InputError(`${metricNameProblem(name)}; rename the metric`, {
        file,
        field: `metrics.${name}`,
        ...at(doc.positions, `/metrics/${name}`),
      });
    }
  }
  checkSliceCount(report, file, doc.positions);
  // A slice's metrics are metrics too: the same name rule as `metrics` (its `size` is the slice's example count).
  for (const [slice, values] of Object.entries(report.eval?.slices ?? {})) {
    for (const name of Object.keys(values)) {
      const problem = name === 'size' ? null : metricNameProblem(name);
      if (problem !== null) {
        const where = at(doc.positions, pointerOf(['eval', 'slices', slice, name]));
        throw new InputError(`the metric name ${problem}; rename it`, {
          file,
          field: `eval.slices.${clipName(slice)}.${clipName(name)}`,
          ...where,
        });
      }
    }
  }
  checkLifecycleValues(report, file, doc.positions);
  return { report, source: { file, positions: doc.positions }, reader: 'mlgate' };
}

/** Slice rows over all slices (the schema bounds slices and metrics per slice, not their product). */
export const MAX_SLICE_VALUES = 2000;

function checkSliceCount(report: Report, file: string, positions: Map<string, { line: number; column: number }>) {
  const slices = Object.values(report.eval?.slices ?? {});
  const values = slices.reduce((n, s) => n + Object.keys(s).filter((k) => k !== 'size').length, 0);
  if (values > MAX_SLICE_VALUES) {
    throw new InputError(
      `${formatCount(values)} slice metrics over ${slices.length} slices (the limit is ${formatCount(MAX_SLICE_VALUES)}); report the slices and metrics that a reviewer needs to see`,
      { file, field: 'eval.slices', ...at(positions, '/eval/slices') },
    );
  }
}

/**
 * Values the schema's types cannot judge, checked here so that `mlgate validate` and the gate agree: an expiry
 * that is not a calendar date (2027-02-30), monitoring bounds whose min exceeds max.
 */
function checkLifecycleValues(
  report: Report,
  file: string,
  positions: Map<string, { line: number; column: number }>,
): void {
  for (const key of ['expires', 'trained_at'] as const) {
    const value = report.lifecycle?.retraining?.[key];
    if (typeof value === 'string' && parseIsoDay(value) === null) {
      throw new InputError(`"${value.slice(0, 10)}" is not a calendar date; write it as YYYY-MM-DD, e.g. 2027-03-31`, {
        file,
        field: `lifecycle.retraining.${key}`,
        ...at(positions, `/lifecycle/retraining/${key}`),
      });
    }
  }
  checkCadence(report, file, positions);
  const m = report.lifecycle?.monitoring;
  for (const side of ['inputs', 'outputs'] as const) {
    (m?.[side] ?? []).forEach((f, i) => {
      if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
        throw new InputError(`min (${f.min}) is greater than max (${f.max}); swap them`, {
          file,
          field: `lifecycle.monitoring.${side}[${i}].min`,
          ...at(positions, `/lifecycle/monitoring/${side}/${i}/min`),
        });
      }
    });
  }
}

/** A cadence the gate can hold the expiry to: `never` or `when needed` would make the contract unenforceable. */
function checkCadence(report: Report, file: string, positions: Map<string, { line: number; column: number }>): void {
  const cadence = report.lifecycle?.retraining?.cadence;
  if (typeof cadence !== 'string' || parseCadence(cadence) !== null) return;
  throw new InputError(
    `"${clipName(cadence)}" is not a retraining cadence; write daily, weekly, biweekly, monthly, quarterly, half-yearly, yearly or an ISO-8601 duration such as P30D, P6W or P1Y (a model that is never retrained needs an expiry date and a plan, not "never")`,
    { file, field: 'lifecycle.retraining.cadence', ...at(positions, '/lifecycle/retraining/cadence') },
  );
}

function at(positions: Map<string, { line: number; column: number }>, pointer: string) {
  const p = positions.get(pointer);
  return p ? { line: p.line, column: p.column } : {};
}
