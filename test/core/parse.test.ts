import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig } from '../../src/schema/config.js';
import { InputError, InputErrors } from '../../src/kernel/errors.js';
import { parseReport } from '../../src/schema/report.js';

function errorsOf(fn: () => unknown): InputError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputErrors) return e.errors;
    if (e instanceof InputError) return [e];
    throw e;
  }
  throw new Error('expected an input error');
}

const GOOD = `version: 1
model: fraud-detector
metrics:
  accuracy: 0.912
  f1_macro: 0.874
  latency_p95_ms: 41
eval:
  dataset: gold-2026-10
  size: 12000
cost:
  train_cpu_hours: 1.5
  train_gpu_hours: 0
data:
  train_size: 2000000
  version: sha256:abc
`;

describe('parseReport', () => {
  it('reads the documented report, YAML or JSON, with positions', () => {
    const { report, source } = parseReport(GOOD, 'mlgate.yaml');
    expect(report.metrics).toEqual({ accuracy: 0.912, f1_macro: 0.874, latency_p95_ms: 41 });
    expect(report.eval?.size).toBe(12000);
    expect(source.positions.get('/metrics/f1_macro')).toEqual({ line: 5, column: 13 });
    const json = parseReport(JSON.stringify({ version: 1, model: 'm', metrics: { accuracy: 0.5 } }), 'r.json');
    expect(json.report.metrics.accuracy).toBe(0.5);
  });

  it('accepts the learning_curve, eval.predictions and lifecycle blocks of later issues', () => {
    const text =
      `${GOOD}learning_curve:\n  metric: accuracy\n  points:\n    - { train_size: 1000, accuracy: 0.8 }\neval2: 1\n`.replace(
        'eval2: 1\n',
        '',
      ) +
      'lifecycle:\n  owner: "@alice"\n  backup_owner: "@bob"\n  retraining: { cadence: monthly, expires: "2027-01-31" }\n';
    const { report } = parseReport(
      text.replace('  size: 12000\n', '  size: 12000\n  predictions: preds.csv\n'),
      'r.yaml',
    );
    expect(report.learning_curve?.points).toHaveLength(1);
    expect(report.eval?.predictions).toBe('preds.csv');
    expect(report.lifecycle?.backup_owner).toBe('@bob');
  });

  it('names file, line, column and field for a string where a number belongs', () => {
    const [e] = errorsOf(() =>
      parseReport(GOOD.replace('accuracy: 0.912', 'accuracy: 1.5abc'), 'models/a/mlgate.yaml'),
    );
    expect(e!.format()).toBe(
      'models/a/mlgate.yaml:4:13: metrics.accuracy: expected a number, got text; write a plain number such as 0.912 or 12000 (no %, units or separators)',
    );
  });

  it('suggests the nearest key for a typo', () => {
    const [e] = errorsOf(() => parseReport(GOOD.replace('eval:', 'evl:'), 'r.yaml'));
    expect(e!.message).toBe('unknown key "evl"; did you mean "eval"?');
    expect(e!.line).toBe(7);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf(() => parseReport('version: 2\nmetrics:\n  accuracy: high\n', 'r.yaml'));
    expect(errors.map((e) => e.format())).toEqual(
      expect.arrayContaining([
        'r.yaml:1:10: version: expected 1',
        'r.yaml:1:1: missing required key "model"; add `model: <name>` (one report per model)',
        'r.yaml:3:13: metrics.accuracy: expected a number, got text; write a plain number such as 0.912 or 12000 (no %, units or separators)',
      ]),
    );
  });

  it.each([
    ['NaN', 'accuracy: .nan', /NaN and infinite numbers are not accepted/],
    ['infinity', 'accuracy: 1e400', /NaN and infinite numbers/],
    ['hex', 'accuracy: 0x10', /write the number in decimal/],
    ['big integer', 'accuracy: 9007199254740993', /larger than 2\^53/],
    ['prototype key', '__proto__: 1', /the key "__proto__" is not allowed/],
    ['constructor key', 'constructor: { a: 1 }', /"constructor" is not allowed/],
    ['merge key', '<<: { a: 1 }', /merge keys are disabled/],
    ['custom tag', 'accuracy: !!js/function "x"', /tags/],
    ['duplicate key', 'accuracy: 0.5\n  accuracy: 0.6', /appears twice/],
  ])('rejects %s with a clear message', (_name, line, message) => {
    const text = GOOD.replace('accuracy: 0.912', line);
    const errors = errorsOf(() => parseReport(text, 'r.yaml'));
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
    for (const e of errors) expect(e.file).toBe('r.yaml');
  });

  it('refuses YAML anchors and aliases (alias bombs)', () => {
    const bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nversion: 1\nmodel: m\nmetrics: { accuracy: 1 }\n';
    expect(errorsOf(() => parseReport(bomb, 'r.yaml'))[0]!.message).toMatch(/anchors and aliases/);
  });

  it('refuses a %YAML 1.1 directive and very deep nesting', () => {
    expect(errorsOf(() => parseReport('%YAML 1.1\n---\nversion: 1\n', 'r.yaml'))[0]!.message).toMatch(/only YAML 1.2/);
    expect(errorsOf(() => parseReport('['.repeat(10000) + ']'.repeat(10000), 'r.yaml'))[0]!.message).toMatch(
      /nesting|deep/,
    );
  });

  it('never echoes the file content in messages', () => {
    const secret = 'ghp_SECRETSECRETSECRET';
    const errors = errorsOf(() =>
      parseReport(`version: 1\nmodel: m\nmetrics:\n  accuracy: "${secret}"\n  [broken\n`, 'r.yaml'),
    );
    for (const e of errors) expect(e.format()).not.toContain(secret);
  });
});

describe('parseConfig', () => {
  it('fills every default for zero config', () => {
    const c = resolveConfig({});
    expect(c.reports).toEqual(['mlgate.yaml', 'mlgate.yml', 'mlgate.json']);
    expect(c.baseline.when_missing).toBe('pass');
    expect(c.significance).toMatchObject({ require_significance: true, alpha: 0.05 });
    expect(parseConfig('# nothing yet\n', '.github/mlgate.yml').reports).toEqual(c.reports);
  });

  it('suggests the nearest key for unknown config keys, at any depth', () => {
    const [e] = errorsOf(() => parseConfig('metrics:\n  accuracy:\n    max_dorp: 0.01\n', '.github/mlgate.yml'));
    expect(e!.format()).toBe(
      '.github/mlgate.yml:3:5: metrics.accuracy.max_dorp: unknown key "max_dorp"; did you mean "max_drop"?',
    );
  });

  it('rejects a tolerance on the wrong side of the metric’s direction', () => {
    const [e] = errorsOf(() => parseConfig('metrics:\n  latency_ms: { direction: lower, max_drop: 3 }\n', 'c.yml'));
    expect(e!.message).toMatch(/use max_increase/);
    // The direction implied by the name counts too: the tolerance would otherwise be ignored.
    const [inferred] = errorsOf(() => parseConfig('metrics:\n  latency_p95_ms: { max_drop: 0 }\n', 'c.yml'));
    expect(inferred!.format()).toBe(
      'c.yml:2:19: metrics.latency_p95_ms: max_drop/max_drop_pct apply to higher-is-better metrics; use max_increase/max_increase_pct for a lower-is-better metric (latency_p95_ms is lower-is-better by its name (Time and latency); set direction: to override)',
    );
    const [higher] = errorsOf(() => parseConfig('metrics:\n  throughput: { max_increase_pct: 5 }\n', 'c.yml'));
    expect(higher!.message).toMatch(/use max_drop\/max_drop_pct .*throughput is higher-is-better by its name/);
    expect(
      parseConfig('metrics:\n  latency_p95_ms: { direction: higher, max_drop: 1 }\n', 'c.yml').metrics.latency_p95_ms!
        .max_drop,
    ).toBe(1);
  });

  it('takes a single report glob as a string', () => {
    expect(parseConfig('reports: models/*/mlgate.yaml\n', 'c.yml').reports).toEqual(['models/*/mlgate.yaml']);
  });
});
