import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/kernel/errors.js';
import {
  defaultModelName,
  detectReader,
  finish,
  mergeDvcMetrics,
  parseDvcMetricsFile,
  parseDvcShowJson,
  parseDvcYaml,
  parseMlflowMeta,
  parseMlflowMetricFile,
  parseSingleFile,
  parseSourceSpec,
  readMlflowRun,
} from '../../src/readers/index.js';

const FIX = path.join(import.meta.dirname, '..', 'fixtures', 'readers');
const read = (rel: string) => readFileSync(path.join(FIX, rel), 'utf8');
const naming = (extra: Partial<Parameters<typeof finish>[1]> = {}) => ({
  fallback: 'fallback-name',
  metrics_map: {},
  ...extra,
});

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('DVC', () => {
  it('lists the metrics files a dvc.yaml declares, relative to its directory', () => {
    expect(parseDvcYaml(read('dvc/head/dvc.yaml'), 'models/fraud/dvc.yaml')).toEqual([
      'models/fraud/eval/metrics.json',
      'models/fraud/eval/live/metrics.json',
    ]);
    expect(parseDvcYaml('metrics:\n  - summary.json\nstages: {}\n', 'dvc.yaml')).toEqual(['summary.json']);
  });

  it('refuses a dvc.yaml without metrics and templated paths', () => {
    expect(inputError(() => parseDvcYaml('stages:\n  train:\n    cmd: python train.py\n', 'dvc.yaml')).message).toMatch(
      /declares no metrics/,
    );
    expect(
      inputError(() => parseDvcYaml('stages:\n  e:\n    metrics:\n      - ${eval.dir}/m.json\n', 'dvc.yaml')).message,
    ).toMatch(/templating/);
  });

  it('flattens nested keys with dots, as `dvc metrics show` names them, with their lines', () => {
    const metrics = parseDvcMetricsFile(read('dvc/head/eval/metrics.json'), 'eval/metrics.json');
    expect(metrics.map((m) => [m.name, m.value, m.line])).toEqual([
      ['avg_prec.train', 0.9743681430252835, 3],
      ['avg_prec.test', 0.9249974999612706, 4],
      ['roc_auc.train', 0.9866678562450621, 7],
      ['roc_auc.test', 0.9460213440787918, 8],
    ]);
  });

  it('reads YAML metrics files too', () => {
    const metrics = parseDvcMetricsFile(
      'train:\n  loss: 0.0418\n  accuracy: 0.9887\ntime_real: 73.2\n',
      'summary.yaml',
    );
    expect(Object.fromEntries(metrics.map((m) => [m.name, m.value]))).toEqual({
      'train.loss': 0.0418,
      'train.accuracy': 0.9887,
      time_real: 73.2,
    });
  });

  it('refuses a name found in two metrics files', () => {
    const a = { file: 'a.json', metrics: [{ name: 'loss', value: 1 }] };
    const b = { file: 'b.json', metrics: [{ name: 'loss', value: 2 }] };
    expect(inputError(() => mergeDvcMetrics([a, b], 'dvc.yaml')).message).toMatch(
      /appears in both a\.json and b\.json/,
    );
  });

  it('reads `dvc metrics show --json` the same as the files themselves', () => {
    const out = parseDvcShowJson(read('dvc/metrics-show.json'), 'metrics-show.json');
    const direct = [
      ...parseDvcMetricsFile(read('dvc/head/eval/live/metrics.json'), 'x'),
      ...parseDvcMetricsFile(read('dvc/head/eval/metrics.json'), 'y'),
    ];
    expect(Object.fromEntries(out.metrics.map((m) => [m.name, m.value]))).toEqual(
      Object.fromEntries(direct.map((m) => [m.name, m.value])),
    );
    expect(out.reader).toBe('dvc-show');
  });

  it('says when DVC could not read a metrics file', () => {
    expect(inputError(() => parseDvcShowJson(read('dvc/metrics-show-error.json'), 'show.json')).message).toMatch(
      /DVC could not read eval\/metrics\.json/,
    );
  });

  it('refuses a multi-revision dump without a workspace', () => {
    const text = JSON.stringify({ main: { data: {} }, 'exp-1': { data: {} } });
    expect(inputError(() => parseDvcShowJson(text, 'show.json')).message).toMatch(/several revisions/);
  });
});

describe('MLflow', () => {
  const runDir = 'mlflow/mlruns/1/4f5d7c2b9e8a4b1c9d3e2f1a0b9c8d7e';

  it('takes the value at the last step; among equal steps the latest timestamp', () => {
    expect(parseMlflowMetricFile(read(`${runDir}/metrics/accuracy`), 'accuracy', 'accuracy').value).toBe(0.9052);
    // Logged out of order (an async logger): the highest step wins, not the last line.
    expect(parseMlflowMetricFile('1700000003000 0.7 3\n1700000002000 0.6 2\n', 'm', 'm').value).toBe(0.7);
  });

  it('reads a diverged value as NaN, refuses malformed lines and a NaN step', () => {
    expect(parseMlflowMetricFile('1700000000000 nan 0\n', 'metrics/loss', 'loss').value).toBeNaN();
    expect(parseMlflowMetricFile('1700000000000 -inf 0\n', 'metrics/loss', 'loss').value).toBe(-Infinity);
    expect(inputError(() => parseMlflowMetricFile('1700000000000 0.5 nan\n', 'metrics/loss', 'loss')).message).toMatch(
      /NaN/,
    );
    const e = inputError(() => parseMlflowMetricFile('1700000000000 0.5 0\n1700000001000\n', 'metrics/loss', 'loss'));
    expect([e.line, e.message]).toEqual([2, expect.stringMatching(/timestamp value step/)]);
  });

  it('builds a report from a run: metrics, model param, sizes', () => {
    const meta = parseMlflowMeta(read(`${runDir}/meta.yaml`), 'meta.yaml');
    expect(meta).toMatchObject({
      run_id: '4f5d7c2b9e8a4b1c9d3e2f1a0b9c8d7e',
      run_name: 'bold-hen-412',
      status: 3,
      start_time: 1718098412873,
    });
    const run = {
      dir: 'mlruns/1/4f5d',
      meta,
      metrics: { accuracy: read(`${runDir}/metrics/accuracy`), 'val/loss': read(`${runDir}/metrics/val/loss`) },
      params: { model: read(`${runDir}/params/model`), eval_size: '12000', train_size: '2000000' },
      tags: {},
    };
    const loaded = finish(readMlflowRun(run), naming({ metrics_map: { 'val/loss': 'log_loss' } }));
    expect(loaded.reader).toBe('mlflow');
    expect(loaded.report).toMatchObject({
      model: 'fraud-detector',
      metrics: { accuracy: 0.9052, log_loss: 0.2519 },
      eval: { size: 12000 },
      data: { train_size: 2000000 },
    });
  });

  it('refuses a failed run and a meta.yaml without run_id', () => {
    const meta = parseMlflowMeta(read('mlflow/mlruns/1/77aa0c2b9e8a4b1c9d3e2f1a0b9c0000/meta.yaml'), 'meta.yaml');
    expect(inputError(() => readMlflowRun({ dir: 'r', meta, metrics: {}, params: {}, tags: {} })).message).toMatch(
      /failed/,
    );
    expect(inputError(() => parseMlflowMeta(read('mlflow/mlruns/1/meta.yaml'), 'mlruns/1/meta.yaml')).message).toMatch(
      /not a run directory/,
    );
  });
});

describe('W&B', () => {
  const file = 'wandb/run-20240611_093512-3kq9xz1b/files/wandb-summary.json';

  it('skips W&B bookkeeping and media, flattens nested dicts with dots, keeps slashes', () => {
    const loaded = parseSingleFile('wandb', read(file), file, naming({ model: 'resnet' }));
    expect(loaded.report.metrics).toEqual({
      'train/loss': 0.18342219293117523,
      'train/acc': 0.9412500262260437,
      epoch: 9,
      lr: 0.00031622776601683794,
      'val/loss': 0.2290372550487518,
      'val/acc': 0.9177500009536743,
      'eval.f1_macro': 0.9021,
      'eval.latency_p95_ms': 38.5,
    });
    expect(loaded.reader).toBe('wandb');
  });

  it('renames with metrics_map, fills report blocks and drops bookkeeping', () => {
    const loaded = parseSingleFile(
      'wandb',
      read(file),
      file,
      naming({
        metrics_map: {
          'val/acc': 'accuracy',
          epoch: null,
          lr: null,
          'eval.latency_p95_ms': 'latency_p95_ms',
          'train/loss': null,
          'train/acc': null,
          'val/loss': 'cost.train_cpu_hours',
        },
      }),
    );
    expect(loaded.report.metrics).toEqual({
      accuracy: 0.9177500009536743,
      'eval.f1_macro': 0.9021,
      latency_p95_ms: 38.5,
    });
    expect(loaded.report.cost).toEqual({ train_cpu_hours: 0.2290372550487518 });
    // Findings point at the line of the value in the tool's own file.
    expect(loaded.source.positions.get('/metrics/accuracy')?.line).toBe(1);
  });

  it('keeps a NaN that Python wrote as a bare word as the diverged value it is', () => {
    const loaded = parseSingleFile('wandb', read('wandb/summary-nan.json'), 'wandb-summary.json', naming());
    expect(loaded.report.metrics['train/loss']).toBeNaN();
    expect(loaded.source.positions.get('/metrics/train~1loss')?.line).toBe(1);
    // metrics_map drops it before anything judges it.
    const dropped = parseSingleFile(
      'wandb',
      read('wandb/summary-nan.json'),
      'wandb-summary.json',
      naming({ metrics_map: { 'train/loss': null } }),
    );
    expect(dropped.report.metrics).toEqual({ 'val/acc': 0.91 });
  });

  it('refuses two names mapped to one', () => {
    const e = inputError(() =>
      parseSingleFile(
        'wandb',
        read(file),
        file,
        naming({ metrics_map: { 'val/acc': 'accuracy', 'train/acc': 'accuracy' } }),
      ),
    );
    expect(e.message).toMatch(/both .* become "accuracy"/);
  });
});

describe('scikit-learn learning curve and flat files', () => {
  it('averages per-fold scores, and the headline value is the largest size', () => {
    const loaded = parseSingleFile(
      'csv',
      read('sklearn/learning_curve.csv'),
      'learning_curve.csv',
      naming({ metrics_map: { score: 'accuracy' } }),
    );
    expect(loaded.reader).toBe('sklearn-curve');
    expect(loaded.report.metrics.accuracy).toBeCloseTo(0.9104, 10);
    expect(loaded.report.data).toEqual({ train_size: 2000000 });
    const lc = loaded.report.learning_curve!;
    expect(lc.metric).toBe('accuracy');
    expect(lc.points).toHaveLength(5);
    expect(lc.points![0]!.accuracy).toBeCloseTo(0.87132, 10);
    // numpy's std (ddof=0) of the five folds at 125k
    expect(lc.points![0]!.std).toBeCloseTo(0.0011513, 6);
  });

  it('reads the mean/std layout the same way', () => {
    const a = parseSingleFile('sklearn-curve', read('sklearn/learning_curve_mean_std.csv'), 'lc.csv', naming());
    expect(a.report.metrics.score).toBe(0.9104);
    expect(a.report.learning_curve!.points![4]).toEqual({ train_size: 2000000, score: 0.9104, std: 0.00084 });
  });

  it('reads flat JSON (nested keys dotted, text ignored) and both CSV shapes', () => {
    expect(parseSingleFile('json', read('flat/metrics.json'), 'metrics.json', naming()).report.metrics).toEqual({
      accuracy: 0.9121,
      f1_macro: 0.8744,
      latency_p95_ms: 41,
      eval_examples: 12000,
      'per_class.fraud.recall': 0.7812,
      'per_class.legit.recall': 0.9934,
    });
    const rows = parseSingleFile('csv', read('flat/metrics-rows.csv'), 'm.csv', naming());
    expect(rows.report.metrics).toEqual({ accuracy: 0.9121, f1_macro: 0.8744, latency_p95_ms: 41 });
    expect(rows.source.positions.get('/metrics/f1_macro')?.line).toBe(3);
    const history = parseSingleFile(
      'csv',
      read('flat/history.csv'),
      'history.csv',
      naming({ metrics_map: { epoch: null, val_accuracy: 'accuracy' } }),
    );
    expect(history.report.metrics).toEqual({ train_loss: 0.2533, val_loss: 0.2901, accuracy: 0.9001 });
  });

  it('names the line of a bad CSV cell without quoting it', () => {
    const e = inputError(() => parseSingleFile('csv', 'metric,value\naccuracy,0.91\nf1,oops\n', 'm.csv', naming()));
    expect([e.line, e.field]).toEqual([3, 'f1']);
    expect(e.message).not.toContain('oops');
  });

  it('refuses a file without any number', () => {
    expect(inputError(() => parseSingleFile('json', '{"note": "todo"}', 'm.json', naming())).message).toMatch(
      /no numeric metric/,
    );
  });
});

describe('sources', () => {
  it('parses reader prefixes and detects unambiguous names', () => {
    expect(parseSourceSpec('mlflow:mlruns/1/*')).toEqual({ reader: 'mlflow', pattern: 'mlruns/1/*' });
    expect(parseSourceSpec('models/*/mlgate.yaml')).toEqual({ reader: null, pattern: 'models/*/mlgate.yaml' });
    expect(inputError(() => parseSourceSpec('tensorboard:runs/')).message).toMatch(/unknown reader/);
    expect([
      detectReader('a/dvc.yaml'),
      detectReader('files/wandb-summary.json'),
      detectReader('x/metrics.csv'),
      detectReader('mlgate.json'),
    ]).toEqual(['dvc', 'wandb', 'csv', 'mlgate']);
  });

  it('names a model after the nearest directory that is not a tool directory', () => {
    expect(defaultModelName('models/churn/wandb/run-20240611_093512-3kq9xz1b/files/wandb-summary.json')).toBe('churn');
    expect(defaultModelName('models/fraud/dvc.yaml')).toBe('fraud');
    expect(defaultModelName('dvc.yaml')).toBe('model');
    expect(defaultModelName('mlruns/1/x')).toBe('x');
  });
});
