// Verdicts that a review found wrong, on realistic reports: a changed eval set, stale predictions files, percent
// reports, per-metric tolerances, untestable fractions, metric names from Object.prototype, and config typos.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { resolveConfig } from '../../src/schema/config.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { parseReport } from '../../src/schema/report.js';
import { InputError } from '../../src/kernel/errors.js';
import type { Config } from '../../src/kernel/config-types.js';
import { unpairedProportionTest } from '../../src/stats/index.js';
import { captureIo, tempFiles } from '../support/cli.js';

const NOW = new Date('2026-11-21T00:00:00Z');

function yaml(metrics: Record<string, number>, evalBlock = '{ dataset: gold, size: 10000 }'): string {
  return `version: 1\nmodel: m\nmetrics:\n${Object.entries(metrics)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\neval: ${evalBlock}\n`;
}

function judge(base: string, head: string, config: Config = resolveConfig({})) {
  return evaluate({
    config,
    models: [
      {
        name: 'm',
        head: parseReport(head, 'mlgate.yaml'),
        base: parseReport(base, 'mlgate.yaml (base)'),
        head_path: 'mlgate.yaml',
        base_path: 'mlgate.yaml',
      },
    ],
    base: { sha: 'a'.repeat(40), source: 'git' },
    head: { sha: 'b'.repeat(40) },
    now: NOW,
  }).models[0]!;
}

const rules = (m: ReturnType<typeof judge>) => m.findings.map((f) => `${f.rule}:${f.severity}`);

describe('the eval set must be the base’s', () => {
  it('fails an improvement measured on another dataset, and says which', () => {
    const m = judge(
      yaml({ accuracy: 0.91 }, '{ dataset: gold-2025-01, size: 10000 }'),
      yaml({ accuracy: 0.94 }, '{ dataset: gold-2026-06-easy, size: 10000 }'),
    );
    expect(m.verdict).toBe('fail');
    expect(rules(m)).toEqual(['eval.changed:fail']);
    expect(m.findings[0]!.message).toMatch(
      /^eval set changed \(base: gold-2025-01, 10,000 examples; PR: gold-2026-06-easy, 10,000 examples\): deltas are not like for like/,
    );
    expect(m.findings[0]!.location).toMatchObject({ file: 'mlgate.yaml', line: 5 });
  });

  it('tests each side with its own size: a PR cannot shrink the base’s n by writing a small eval.size', () => {
    const m = judge(
      yaml({ accuracy: 0.9 }, '{ dataset: gold, size: 20000 }'),
      yaml({ accuracy: 0.88 }, '{ dataset: gold, size: 200 }'),
    );
    expect(rules(m)).toContain('eval.changed:fail');
    // Written to 2 decimals: tested on the least different values they allow, 0.895 and 0.885.
    const expected = unpairedProportionTest(0.895, 20000, 0.885, 200).p_value;
    expect(m.metrics[0]!.p_value).toBeCloseTo(expected, 12);
    expect(m.metrics[0]!.p_value).toBeGreaterThan(0.05); // the real p (0.65); testing both at n = 200 gave 0.5, at 20,000 1.6e-10
  });

  it('warns or notes instead, when the base branch’s policy says so', () => {
    const base = yaml({ accuracy: 0.91 }, '{ dataset: v1, size: 10000 }'),
      head = yaml({ accuracy: 0.91 }, '{ dataset: v2, size: 10000 }');
    const warned = judge(base, head, resolveConfig({ baseline: { when_eval_changed: 'warn' } }));
    expect(warned.verdict).toBe('warn');
    // The base branch already accepts the move: no advice to set what is set.
    expect(warned.findings[0]!.message).toBe(
      'eval set changed (base: v1, 10,000 examples; PR: v2, 10,000 examples): deltas are not like for like (baseline.when_eval_changed: warn)',
    );
    const passed = judge(base, head, resolveConfig({ baseline: { when_eval_changed: 'pass' } }));
    expect([passed.verdict, passed.notes.some((n) => n.startsWith('eval set changed'))]).toEqual(['pass', true]);
  });

  it('says nothing when the eval block is the same, or only the PR adds a dataset name', () => {
    expect(judge(yaml({ accuracy: 0.91 }), yaml({ accuracy: 0.91 })).findings).toEqual([]);
    expect(judge(yaml({ accuracy: 0.91 }, '{ size: 10000 }'), yaml({ accuracy: 0.91 })).findings).toEqual([]);
  });

  it('does not lend the base’s eval size to a PR that stops stating its eval set', () => {
    const m = judge(
      yaml({ accuracy: 0.912 }, '{ dataset: gold-2026-10, size: 12000 }'),
      'version: 1\nmodel: m\nmetrics: { accuracy: 0.94 }\n',
    );
    expect(m.findings.map((f) => f.rule)).toEqual(['eval.changed']);
    expect(m.findings[0]!.message).toMatch(/^eval set changed \(base: gold-2026-10, 12,000 examples; PR: not stated\)/);
    expect(m.metrics[0]!.test).toBeNull();
  });
});

describe('tolerances and rules', () => {
  it('lets a per-metric tolerance replace the defaults’ (config.md: per-metric rules override defaults)', () => {
    const config = resolveConfig({ defaults: { max_drop_pct: 0.1 }, metrics: { accuracy: { max_drop: 0.02 } } });
    const m = judge(yaml({ accuracy: 0.91, f1_macro: 0.9 }), yaml({ accuracy: 0.9, f1_macro: 0.898 }), config);
    // f1_macro keeps the defaults' 0.1 %: a configured tolerance gates even without a test (−0.22 % fails).
    expect(m.metrics.map((x) => [x.name, x.status])).toEqual([
      ['accuracy', 'pass'],
      ['f1_macro', 'fail'],
    ]);
    expect(rules(m)).toEqual(['metric.max_drop_pct:fail']);
  });

  it('warns, with what to do, on jitter of an untestable fraction under the zero-config tolerance; fails a drop beyond 5 % or a set tolerance', () => {
    const base = yaml({ roc_auc: 0.9012, f1_macro: 0.8741 }),
      head = yaml({ roc_auc: 0.901, f1_macro: 0.8739 });
    const zero = judge(base, head);
    expect(zero.verdict).toBe('warn');
    expect(zero.findings[0]!.message).toBe(
      'roc_auc −0.02 pp (−0.02%): no test can tell this from noise (mlgate has no test for roc_auc); set metrics.roc_auc.max_drop to gate on a fixed tolerance',
    );
    // f1_macro gets a paired test from predictions: that is the advice there.
    expect(zero.findings[1]!.message).toBe(
      'f1_macro −0.02 pp (−0.02%): no test can tell this from noise (add eval.predictions for one); set metrics.f1_macro.max_drop to gate on a fixed tolerance',
    );
    // −40 pp is no jitter: beyond the 5 % that metrics without a test get, it fails.
    const large = judge(yaml({ f1: 0.9, roc_auc: 0.95 }), yaml({ f1: 0.5, roc_auc: 0.6 }));
    expect(large.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'metric.max_drop_pct',
        'fail',
        'f1 regressed −40.00 pp (−44%); allowed 4.5 pp for a fraction without a test (mlgate has no test for f1)',
      ],
      [
        'metric.max_drop_pct',
        'fail',
        'roc_auc regressed −35.00 pp (−37%); allowed 4.75 pp for a fraction without a test (mlgate has no test for roc_auc)',
      ],
    ]);
    const strict = judge(base, head, resolveConfig({ metrics: { roc_auc: { max_drop: 0 } } }));
    expect(strict.metrics[0]!.status).toBe('fail');
  });

  it('enforces required: true on a metric rule, like required_metrics', () => {
    const m = judge(
      yaml({ f1_macro: 0.9 }),
      yaml({ f1_macro: 0.9 }),
      resolveConfig({ metrics: { accuracy: { required: true } } }),
    );
    expect(rules(m)).toEqual(['metric.required:fail']);
  });

  it('notes a config rule that looks like a typo of one of the model’s metrics', () => {
    const m = judge(
      yaml({ accuracy: 0.91 }),
      yaml({ accuracy: 0.91 }),
      resolveConfig({ metrics: { acuracy: { min: 0.95 }, bleu: { min: 0.3 } } }),
    );
    expect(m.notes).toEqual([
      'the config has a rule for acuracy, which this report does not have: did you mean accuracy? (accuracy is judged by the defaults)',
    ]);
    // Rules for sibling metrics of other models, and metrics with rules of their own, are not typos.
    const siblings = resolveConfig({
      metrics: {
        latency_p95_ms: { max_increase_pct: 10 },
        latency_p99_ms: { max_increase_pct: 20 },
        f1_macro: { max_drop: 0.01 },
        f1_micro: { max_drop: 0.01 },
      },
    });
    expect(
      judge(yaml({ f1_macro: 0.9, latency_p95_ms: 40 }), yaml({ f1_macro: 0.9, latency_p95_ms: 40 }), siblings).notes,
    ).toEqual([]);
  });

  it('tests only whole-eval-set proportions against eval.size, not a slice’s or balanced accuracy', () => {
    const m = judge(
      yaml({ accuracy: 0.9, accuracy_region_eu: 0.9, balanced_accuracy: 0.8, val_accuracy: 0.9 }),
      yaml({ accuracy: 0.9, accuracy_region_eu: 0.88, balanced_accuracy: 0.785, val_accuracy: 0.9 }),
    );
    expect(Object.fromEntries(m.metrics.map((x) => [x.name, x.test]))).toEqual({
      accuracy: 'two_proportion_z (approximate)',
      accuracy_region_eu: null,
      balanced_accuracy: null,
      val_accuracy: 'two_proportion_z (approximate)',
    });
  });

  it('reads the config of a percent-reported metric in percent too, as it was written', () => {
    const config = resolveConfig({ metrics: { f1_macro: { max_drop: 1 }, accuracy: { min: 80 } } });
    const m = judge(yaml({ f1_macro: 87.68, accuracy: 91 }), yaml({ f1_macro: 84, accuracy: 90.5 }), config);
    // 1 is one point (not 100 pp), 80 is 80 % (not 8000 %): accuracy 90.5 is above it, and its drop is noise.
    expect(m.findings.map((f) => [f.rule, f.severity])).toEqual([['metric.max_drop', 'fail']]);
    expect(m.findings[0]!.message).toBe('f1_macro regressed −3.68 pp (−4.2%); allowed drop 1 pp');
  });

  it('reads config written in fractions next to percent reports as fractions, and names an ambiguous tolerance', () => {
    const config = resolveConfig({
      metrics: { accuracy: { min: 0.85, max_drop: 0.05 }, recall: { min: 0.8 }, f1: { max_drop: 0.5 } },
    });
    const m = judge(
      yaml({ accuracy: 91.2, recall: 88, f1: 80 }),
      yaml({ accuracy: 80.3, recall: 70, f1: 79.6 }),
      config,
    );
    expect(m.findings.map((f) => f.rule)).toEqual([
      'metric.min',
      'metric.max_drop',
      'metric.min',
      'metric.max_drop_pct',
    ]);
    expect(m.notes).toContain(
      "f1's max_drop 0.5 is read as a fraction (50 pp) while the report is in percent; write 0.005 for 0.5 of a point",
    );
  });

  it('says when a tolerance written for percent metrics can never fire on a fraction', () => {
    const m = judge(
      yaml({ auc: 0.95, accuracy: 91 }),
      yaml({ auc: 0.6, accuracy: 90.8 }),
      resolveConfig({ defaults: { max_drop: 1 } }),
    );
    expect(m.notes).toContain(
      "auc's max_drop 1 is 100 pp for a fraction and can never be exceeded; write 0.01 for 1 point",
    );
  });

  it('does not read a time or latency named after a fraction as a percentage', () => {
    const m = judge(
      yaml({ latency_at_recall_90_ms: 12.3, time_to_accuracy_min: 45 }),
      yaml({ latency_at_recall_90_ms: 14, time_to_accuracy_min: 60 }),
    );
    expect(m.metrics.map((x) => [x.name, x.direction, x.fraction, x.head, x.status])).toEqual([
      ['latency_at_recall_90_ms', 'lower', false, 14, 'fail'],
      ['time_to_accuracy_min', 'lower', false, 60, 'fail'],
    ]);
    expect(m.notes).toEqual([]);
  });

  it('counts accuracy and error rate once in the Holm family (one is 1 − the other), with one verdict', () => {
    const m = judge(
      yaml({ accuracy: 0.9, error_rate: 0.1, f1_macro: 0.8 }),
      yaml({ accuracy: 0.89, error_rate: 0.11, f1_macro: 0.8 }),
    );
    const [acc, err] = m.metrics;
    expect(acc!.p_adjusted).toBeCloseTo(acc!.p_value!, 12); // f1_macro has no test: a family of one
    expect(err!.p_adjusted).toBeCloseTo(acc!.p_adjusted!, 12);
    // With a third tested metric the family is two, and both rows take accuracy's adjusted p (0.086): noise.
    const three = judge(
      yaml({ accuracy: 0.9, error_rate: 0.1, top5: 0.99 }, '{ dataset: d, size: 2000 }'),
      yaml({ accuracy: 0.88, error_rate: 0.12, top5: 0.99 }, '{ dataset: d, size: 2000 }'),
    );
    expect(three.metrics.map((x) => [x.name, x.change, x.status])).toEqual([
      ['accuracy', 'within_noise', 'pass'],
      ['error_rate', 'within_noise', 'pass'],
      ['top5', 'unchanged', 'pass'],
    ]);
    expect(three.metrics[1]!.p_adjusted).toBeCloseTo(three.metrics[0]!.p_adjusted!, 12);
    // Not complements (another split, or changes that do not cancel): the error rate is tested on its own.
    const other = judge(
      yaml({ val_accuracy: 0.9, test_error_rate: 0.1 }),
      yaml({ val_accuracy: 0.9, test_error_rate: 0.15 }),
    );
    const drifted = judge(yaml({ accuracy: 0.9, error_rate: 0.1 }), yaml({ accuracy: 0.899, error_rate: 0.2 }));
    expect([other.verdict, drifted.verdict]).toEqual(['fail', 'fail']);
    // Each error rate is paired with the accuracy of its own split: val_accuracy does not take test_error_rate.
    const splits = (t: number) =>
      yaml(
        { val_accuracy: 0.9, test_accuracy: t, test_error_rate: Number((1 - t).toFixed(3)) },
        '{ dataset: holdout, size: 4000 }',
      );
    const paired = judge(splits(0.9), splits(0.879));
    expect(paired.verdict).toBe('fail');
    expect(paired.metrics[2]!.p_adjusted).toBeCloseTo(paired.metrics[1]!.p_adjusted!, 12);
  });

  it('judges a lower-is-better rate by its name: misclassification_rate going up fails', () => {
    const m = judge(yaml({ misclassification_rate: 0.0876 }), yaml({ misclassification_rate: 0.1259 }));
    expect([m.metrics[0]!.direction, m.metrics[0]!.change, m.verdict]).toEqual(['lower', 'regressed', 'fail']);
  });
});

describe('metric names that Object.prototype also has', () => {
  it('holds a slice’s metric names to the same rule', () => {
    const text =
      'version: 1\nmodel: m\nmetrics: { acc: 0.9 }\neval:\n  slices:\n    gender=f: { toString: 0.5, size: 10 }\n';
    expect(() => parseReport(text, 'r.yaml')).toThrow(/is a reserved name/);
    expect(parseReport(text.replace('toString', 'accuracy'), 'r.yaml').report.eval!.slices!['gender=f']).toEqual({
      accuracy: 0.5,
      size: 10,
    });
  });

  it('refuses toString and valueOf in a report, with the line, as the readers do', () => {
    let error: unknown;
    try {
      parseReport(yaml({ acc: 0.9, toString: 0.5 }), 'mlgate.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toBe(
      'mlgate.yaml:5:13: metrics.toString: is a reserved name (toString, constructor, prototype and the other names every JavaScript object has); rename the metric',
    );
  });
});

// Predictions files: `n` examples; `wrong` of them (the first ones) are mispredicted.
function predictions(n: number, wrong: number): string {
  const rows = ['id,label,prediction'];
  for (let i = 0; i < n; i++) {
    const label = i % 3 === 0 ? 'fraud' : 'ok';
    const other = label === 'ok' ? 'fraud' : 'ok';
    rows.push(`${i},${label},${i < wrong ? other : label}`);
  }
  return rows.join('\n') + '\n';
}

describe('predictions files that do not match the reports (CLI, real files)', () => {
  const report = (acc: number, file: string, size = 5000) =>
    `version: 1\nmodel: m\nmetrics: { accuracy: ${acc} }\neval: { dataset: gold, size: ${size}, predictions: ${file} }\n`;

  it('fails a stale predictions file instead of calling a −3 pp regression noise (p = 1.0)', async () => {
    // The PR's job forgot to rewrite its predictions: head.csv is the base's file, scoring 0.9124, not 0.8824.
    const same = predictions(5000, 438);
    const dir = tempFiles(
      {
        'base.yaml': report(0.9124, 'base.csv'),
        'head.yaml': report(0.8824, 'head.csv'),
        'base.csv': same,
        'head.csv': same,
      },
      'mlgate-stale-',
    );
    const t = captureIo(dir);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], t.io)).toBe(1);
    const m = JSON.parse(t.out()).models[0];
    expect(m.findings.map((f: { rule: string }) => f.rule)).toEqual(['eval.predictions_mismatch', 'metric.max_drop']);
    expect(m.findings[0].message).toBe(
      'the predictions files do not match the reports: accuracy is 0.8824 in the PR’s report but its predictions file scores 0.9124 on 5,000 examples; regenerate eval.predictions in the same run that computes the metrics',
    );
    // The paired test is not used on numbers it does not describe: the drop is judged from eval.size (p ≈ 1e-6).
    expect(m.metrics[0].test).toBe('two_proportion_z (approximate)');
    expect(m.metrics[0].p_value).toBeLessThan(1e-4);
  });

  it('catches a copied file behind f1_macro (the files predict alike) and a stale one behind eval_accuracy (Hugging Face’s name)', async () => {
    const same = predictions(5000, 438);
    const f1 = (v: number, file: string) =>
      `version: 1\nmodel: m\nmetrics: { f1_macro: ${v} }\neval: { dataset: gold, size: 5000, predictions: ${file} }\n`;
    const dir = tempFiles(
      { 'base.yaml': f1(0.894, 'base.csv'), 'head.yaml': f1(0.851, 'head.csv'), 'base.csv': same, 'head.csv': same },
      'mlgate-stale-f1-',
    );
    const t = captureIo(dir);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], t.io)).toBe(1);
    expect(JSON.parse(t.out()).models[0].findings[0].message).toMatch(
      /^the predictions files do not match the reports: f1_macro changes by −4\.30 pp in the reports, but the two predictions files predict alike/,
    );
    const hf = (v: number, file: string) =>
      `version: 1\nmodel: m\nmetrics: { eval_accuracy: ${v} }\neval: { dataset: gold, size: 5000, predictions: ${file} }\n`;
    const dir2 = tempFiles(
      { 'base.yaml': hf(0.9124, 'base.csv'), 'head.yaml': hf(0.8824, 'head.csv'), 'base.csv': same, 'head.csv': same },
      'mlgate-stale-hf-',
    );
    const u = captureIo(dir2);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], u.io)).toBe(1);
    expect(JSON.parse(u.out()).models[0].findings[0].rule).toBe('eval.predictions_mismatch');
    // Current files: the same name gets McNemar's test.
    const dir3 = tempFiles(
      {
        'base.yaml': hf(0.9124, 'base.csv'),
        'head.yaml': hf(0.8824, 'head.csv'),
        'base.csv': same,
        'head.csv': predictions(5000, 588),
      },
      'mlgate-hf-',
    );
    const v = captureIo(dir3);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], v.io)).toBe(1);
    const accuracy = JSON.parse(v.out()).models[0].metrics[0];
    expect(accuracy.test).toBe('mcnemar_mid_p');
    // Both McNemar p-values are reported: the mid-p gated on, and the exact test's (conservative: never smaller).
    expect(accuracy.p_value_exact).toBeGreaterThanOrEqual(accuracy.p_value);
    expect(accuracy.p_value_exact).toBeLessThanOrEqual(1);
  });

  it('does not let the files’ test judge an F1 change they do not show (another class set?): judged without it', async () => {
    const f1 = (v: number, file: string) =>
      `version: 1\nmodel: m\nmetrics: { f1_macro: ${v} }\neval: { dataset: gold, size: 5000, predictions: ${file} }\n`;
    const dir = tempFiles(
      {
        'base.yaml': f1(0.88, 'base.csv'),
        'head.yaml': f1(0.78, 'head.csv'),
        'base.csv': predictions(5000, 438),
        'head.csv': predictions(5000, 440),
      },
      'mlgate-f1-outside-',
    );
    const t = captureIo(dir);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], t.io)).toBe(1);
    const m = JSON.parse(t.out()).models[0];
    expect(m.notes[0]).toMatch(
      /^f1_macro changes by −10\.00 pp in the reports, outside what the predictions files show \(.+; another class set\?\): its paired test is not used$/,
    );
    expect([m.metrics[0].test, m.findings.map((f: { rule: string }) => f.rule)]).toEqual([
      null,
      ['metric.max_drop_pct'],
    ]);
    expect(m.findings[0].message).toMatch(/\(its change is outside what the predictions files show; see the notes\)$/);
    // Round numbers (0.80 is read as 0.8) are no licence for a 10 pp gap.
    const round = tempFiles(
      {
        'base.yaml': f1(0.8, 'base.csv'),
        'head.yaml': f1(0.7, 'head.csv'),
        'base.csv': predictions(5000, 438),
        'head.csv': predictions(5000, 440),
      },
      'mlgate-f1-round-',
    );
    const u = captureIo(round);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], u.io)).toBe(1);
    expect(JSON.parse(u.out()).models[0].metrics[0].test).toBeNull();
  });

  it('keeps the paired test of an F1 change reported to two decimals (0.905 → 0.91, 0.894 → 0.89)', async () => {
    // scikit-learn's macro F1 of these files: 0.9050 and 0.8942 (−1.08 pp); written 0.91 and 0.89 (−2 pp).
    const f1 = (v: number, file: string) =>
      `version: 1\nmodel: m\nmetrics: { f1_macro: ${v} }\neval: { dataset: gold, size: 6000, predictions: ${file} }\n`;
    const dir = tempFiles(
      {
        'base.yaml': f1(0.91, 'base.csv'),
        'head.yaml': f1(0.89, 'head.csv'),
        'base.csv': predictions(6000, 517),
        'head.csv': predictions(6000, 577),
      },
      'mlgate-f1-2dp-',
    );
    const t = captureIo(dir);
    await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], t.io);
    const m = JSON.parse(t.out()).models[0];
    expect([m.metrics[0].test, m.notes]).toEqual(['paired_bootstrap', []]);
  });

  it('accepts rounded metrics and names a row count that is not eval.size', async () => {
    const dir = tempFiles(
      {
        'base.yaml': report(0.91, 'base.csv'), // 0.9124 written with two decimals: within rounding
        'head.yaml': report(0.9188, 'head.csv'),
        'base.csv': predictions(5000, 438),
        'head.csv': predictions(5000, 406),
      },
      'mlgate-rounded-',
    );
    const t = captureIo(dir);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], t.io)).toBe(0);
    const m = JSON.parse(t.out()).models[0];
    expect([m.findings, m.metrics[0].test]).toEqual([[], 'mcnemar_mid_p']);

    // eval.size says 6,000 on both sides; the files hold 5,000 examples.
    const u = captureIo(
      tempFiles(
        {
          'base.yaml': report(0.9124, 'base.csv', 6000),
          'head.yaml': report(0.9188, 'head.csv', 6000),
          'base.csv': predictions(5000, 438),
          'head.csv': predictions(5000, 406),
        },
        'mlgate-size-',
      ),
    );
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], u.io)).toBe(1);
    expect(JSON.parse(u.out()).models[0].findings[0].message).toMatch(
      /the PR’s eval\.size is 6,000 but the predictions files pair 5,000 examples; the base’s eval\.size is 6,000 but/,
    );
  });
});

describe('per-slice metrics (eval.slices)', () => {
  const withSlices = (eu: number, euSize: string) =>
    `version: 1\nmodel: m\nmetrics: { accuracy: 0.9 }\neval:\n  dataset: gold\n  size: 10000\n  slices:\n    region=EU: { accuracy: ${eu}${euSize} }\n    region=US: { accuracy: 0.9 }\n`;

  it('fails a slice that got much worse behind an unchanged average, tested with the slice’s own size', () => {
    const m = judge(withSlices(0.91, ', size: 1200'), withSlices(0.55, ', size: 1200'));
    const eu = m.metrics.find((x) => x.name === 'accuracy [region=EU]')!;
    expect([eu.slice, eu.change, eu.status, eu.test]).toEqual([
      'region=EU',
      'regressed',
      'fail',
      'two_proportion_z (approximate)',
    ]);
    expect(m.findings.map((f) => [f.rule, f.location?.line])).toEqual([['metric.max_drop', 8]]);
    expect(m.metrics.map((x) => x.name)).toEqual(['accuracy', 'accuracy [region=EU]', 'accuracy [region=US]']);
  });

  it('does not make every slice required with the metric, nor take slices into the headline metrics’ Holm family', () => {
    const slices = (n: number, acc: number) =>
      Array.from({ length: n }, (_, i) => `    s${i}: { accuracy: ${acc}, size: 100 }`).join('\n');
    const text = (acc: number, n: number) =>
      `version: 1\nmodel: m\nmetrics: { accuracy: ${acc} }\neval:\n  dataset: gold\n  size: 10000\n  slices:\n${slices(n, 0.9)}\n`;
    const config = resolveConfig({ required_metrics: ['accuracy'] });
    // −1.2 pp on 10,000 examples is significant (p ≈ 0.006); 40 unchanged slices must not dilute it.
    const m = judge(text(0.9, 40), text(0.888, 39), config);
    expect(m.metrics[0]!.p_adjusted).toBeCloseTo(m.metrics[0]!.p_value!, 12);
    expect(m.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['metric.max_drop:fail', 'metric.removed:warn']);
    expect(m.findings[1]!.message).toMatch(/^accuracy \[s39\] was removed/);
  });

  it('flags a slice whose size changed under the same eval set (a redefined group is not like for like)', () => {
    // +4 pp on EU looks like a gain, but EU went from 1,200 to 300 examples: another group of customers.
    const m = judge(withSlices(0.91, ', size: 1200'), withSlices(0.95, ', size: 300'));
    expect(rules(m)).toEqual(['eval.changed:fail']);
    expect(m.findings[0]!.message).toMatch(
      /^eval slices changed \(region=EU: 1,200 → 300 examples\): those slices' deltas are not like for like; /,
    );
    expect(m.findings[0]!.location).toMatchObject({ file: 'mlgate.yaml', line: 5 });
    expect(
      judge(
        withSlices(0.91, ', size: 1200'),
        withSlices(0.95, ', size: 300'),
        resolveConfig({ baseline: { when_eval_changed: 'warn' } }),
      ).verdict,
    ).toBe('warn');
    // Same sizes, or a size on one side only: nothing is known to differ.
    expect(rules(judge(withSlices(0.91, ', size: 1200'), withSlices(0.91, ', size: 1200')))).toEqual([]);
    expect(rules(judge(withSlices(0.91, ''), withSlices(0.91, ', size: 300')))).toEqual([]);
  });

  it('fails a −36 pp slice without a size too (beyond 5 %), naming the slice’s size as what would test it', () => {
    const m = judge(withSlices(0.91, ''), withSlices(0.55, ''));
    expect(m.verdict).toBe('fail');
    expect(m.findings[0]!.message).toBe(
      'accuracy [region=EU] regressed −36.00 pp (−40%); allowed 4.55 pp for a fraction without a test (add eval.slices.region=EU.size for one)',
    );
  });
});
