/**
 * The one rule for a metric name, wherever it comes from: a report's `metrics` keys are held to it by the JSON
 * Schema, and names that readers take from other tools' files (CSV headers, MLflow file names, W&B and DVC keys)
 * are held to it here. The pattern is read from the schema itself so that the two cannot drift apart.
 */
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };

const PATTERN = new RegExp(reportSchema.properties.metrics.propertyNames.pattern);
const MODEL_PATTERN = new RegExp(reportSchema.properties.model.pattern);

/**
 * Why `name` cannot be a model name (the report schema's rule), or null. Names that readers derive from an MLflow
 * param or tag, or from a directory, are untrusted text like a report's `model:`.
 */
export function modelNameProblem(name: string): string | null {
  if (name.length < 1 || name.length > 100 || !MODEL_PATTERN.test(name))
    return 'is not allowed: use letters, digits and . _ - / only, starting with a letter or digit, at most 100 characters';
  return null;
}

/**
 * Names an object already has through its prototype. A metric called `toString` or `constructor` would be found
 * by `name in obj` or `obj[name]` in a metrics map that does not hold it (a base "having" a metric the PR removed).
 * (Names starting with `_` are outside the pattern too; they are listed so that the set is complete on its own.)
 */
export const RESERVED_METRIC_NAMES: ReadonlySet<string> = new Set([
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'toLocaleString',
  'valueOf',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/** Why `name` cannot be a metric name, or null when it can. Never quotes the name (callers clip and escape it). */
export function metricNameProblem(name: string): string | null {
  if (RESERVED_METRIC_NAMES.has(name))
    return 'is a reserved name (toString, constructor, prototype and the other names every JavaScript object has)';
  if (!PATTERN.test(name))
    return 'has characters that are not allowed: use letters, digits and . _ / @ : - , start with a letter or digit, at most 100 characters';
  return null;
}
