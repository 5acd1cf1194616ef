// Names that other tools' files give metrics (CSV headers and rows, JSON/W&B/DVC keys, MLflow file names) are
// held to the report schema's rule: `__proto__`, `toString`, `constructor`, markup or a line break as a metric
// name is refused with the file and line, and the name is shown clipped with its bad characters as `?`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/kernel/errors.js';
import { RESERVED_METRIC_NAMES, metricNameProblem } from '../../src/kernel/metric-name.js';
import { finish, parseMlflowMeta, parseSingleFile, readMlflowRun } from '../../src/readers/index.js';

const naming = (metrics_map: Record<string, string | null> = {}) => ({ fallback: 'm', metrics_map });
const FIX = path.join(import.meta.dirname, '..', 'fixtures', 'readers');

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.format();
    throw e;
  }
  return 'accepted';
}

describe('metric names from readers', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'])(
    'a CSV header %s',
    (name) => {
      const csv = `${name},acc\n1,0.9\n`;
      expect(refusal(() => parseSingleFile('csv', csv, 'eval/metrics.csv', naming()))).toMatch(
        new RegExp(
          `^eval/metrics\\.csv:2:1: the metric name "${name.replace(/[_]/g, '\\$&')}" (is a reserved name|has characters that are not allowed)`,
        ),
      );
    },
  );

  it('a name,value CSV row valueOf (a base metric the PR could "remove" and still be found)', () => {
    const csv = 'metric,value\nacc,0.9\nvalueOf,0.95\n';
    expect(refusal(() => parseSingleFile('csv', csv, 'm.csv', naming()))).toMatch(
      /^m\.csv:3:1: the metric name "valueOf" is a reserved name/,
    );
  });

  it('markup and a line break in a JSON key: shown with ? in their place, never raw', () => {
    const json = JSON.stringify({ acc: 0.9, 'x<!--\n::warning::y': 0.1 });
    const message = refusal(() => parseSingleFile('json', json, 'metrics.json', naming()));
    expect(message).toMatch(
      /^metrics\.json:1:\d+: the metric name "x\?\?--\?::warning::y" has characters that are not allowed/,
    );
    expect(message).not.toMatch(/[<\n]/);
  });

  it('a W&B key toString', () => {
    expect(
      refusal(() => parseSingleFile('wandb', '{"acc": 0.9, "toString": 0.5}', 'wandb-summary.json', naming())),
    ).toMatch(/"toString" is a reserved name/);
  });

  it('an MLflow metric file named toString', () => {
    const runDir = 'mlflow/mlruns/1/4f5d7c2b9e8a4b1c9d3e2f1a0b9c8d7e';
    const meta = parseMlflowMeta(readFileSync(path.join(FIX, runDir, 'meta.yaml'), 'utf8'), 'meta.yaml');
    const run = { dir: 'mlruns/1/4f5d', meta, metrics: { toString: '1718098412873 0.9 1\n' }, params: {}, tags: {} };
    expect(refusal(() => finish(readMlflowRun(run), naming()))).toMatch(
      /^mlruns\/1\/4f5d: the metric name "toString" is a reserved name/,
    );
  });

  it('metrics_map can rename a bad name to a good one, and cannot rename a good one to a bad one', () => {
    const csv = 'val loss,acc\n0.3,0.9\n';
    expect(refusal(() => parseSingleFile('csv', csv, 'm.csv', naming()))).toMatch(
      /the metric name "val\?loss" has characters that are not allowed: .*; rename it with `metrics_map/,
    );
    const renamed = parseSingleFile('csv', csv, 'm.csv', naming({ 'val loss': 'val_loss' }));
    expect(Object.keys(renamed.report.metrics)).toEqual(['val_loss', 'acc']);
    expect(refusal(() => parseSingleFile('csv', csv, 'm.csv', naming({ 'val loss': 'valueOf' })))).toMatch(
      /"valueOf" is a reserved name .* \(metrics_map renames "val\?loss" to it\)/,
    );
  });

  it('the rule is the report schema’s: every reserved name and a non-pattern name are refused, ordinary names pass', () => {
    for (const n of RESERVED_METRIC_NAMES) expect(metricNameProblem(n), n).not.toBeNull();
    for (const n of ['accuracy', 'eval/acc@k:5', 'f1.macro', 'AUC-ROC', 'toStringency'])
      expect(metricNameProblem(n), n).toBeNull();
    for (const n of ['', '_x', 'a b', 'x'.repeat(101), 'a|b']) expect(metricNameProblem(n), n).not.toBeNull();
  });
});

describe('model names from readers', () => {
  it('refuses a folder name or run param that is not a model name, saying where it came from', () => {
    const csv = 'acc\n0.9\n';
    expect(
      refusal(() =>
        parseSingleFile('csv', csv, 'models/my model/metrics.csv', { fallback: 'my model', metrics_map: {} }),
      ),
    ).toBe(
      'models/my model/metrics.csv: the model name "my model" (from the folder name) is not allowed: use letters, digits and . _ - / only, starting with a letter or digit, at most 100 characters; name the model in the config with models.<name>.report',
    );
    const out = {
      reader: 'mlflow' as const,
      file: 'mlruns/1/abc',
      metrics: [{ name: 'acc', value: 0.9 }],
      model_hint: 'fraud\n::warning::x',
    };
    expect(refusal(() => finish(out, { fallback: 'm', metrics_map: {} }))).toMatch(
      /^mlruns\/1\/abc: the model name "fraud\?::warning::x" \(from the mlflow run's model param or tag\) is not allowed/,
    );
    expect(finish({ ...out, model_hint: 'fraud-detector/v2' }, { fallback: 'm', metrics_map: {} }).report.model).toBe(
      'fraud-detector/v2',
    );
  });
});
