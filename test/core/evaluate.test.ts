import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig } from '../../src/schema/config.js';
import { evaluate, type ModelInput } from '../../src/pipeline/evaluate.js';
import { inferDirection } from '../../src/metrics/metric-rules.js';
import { parseReport } from '../../src/schema/report.js';
import type { Config } from '../../src/kernel/config-types.js';

const NOW = new Date('2026-11-21T00:00:00Z');

function reportText(metrics: Record<string, number>, size = 12000): string {
  return `version: 1\nmodel: fraud-detector\nmetrics:\n${Object.entries(metrics)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\neval: { dataset: gold, size: ${size} }\n`;
}

function run(
  base: Record<string, number> | null,
  head: Record<string, number>,
  config: Config = resolveConfig({}),
  size = 12000,
) {
  const models: ModelInput[] = [
    {
      name: 'fraud-detector',
      head: parseReport(reportText(head, size), 'mlgate.yaml'),
      base: base ? parseReport(reportText(base, size), 'mlgate.yaml (base)') : null,
      head_path: 'mlgate.yaml',
      base_path: base ? 'mlgate.yaml' : null,
    },
  ];
  return evaluate({
    config,
    models,
    base: { sha: base ? 'a'.repeat(40) : null, source: base ? 'git' : 'none' },
    head: { sha: 'b'.repeat(40) },
    now: NOW,
  });
}

describe('inferDirection', () => {
  it.each([
    ['accuracy', 'higher'],
    ['f1_macro', 'higher'],
    ['auc', 'higher'],
    ['val_loss', 'lower'],
    ['log_loss', 'lower'],
    ['rmse', 'lower'],
    ['mae', 'lower'],
    ['latency_p95_ms', 'lower'],
    ['train_cost_usd', 'lower'],
    ['inference_time', 'lower'],
    ['model_size_mb', 'lower'],
    ['peak_memory', 'lower'],
    ['error_rate', 'lower'],
    ['word_error_rate', 'lower'],
    ['throughput', 'higher'],
    ['misclassification_rate', 'lower'],
    ['false_positive_rate', 'lower'],
    ['miss_rate', 'lower'],
    ['hallucination_rate', 'lower'],
    ['ece', 'lower'],
    ['p99_ms', 'lower'],
    ['fp_per_hour', 'lower'],
    ['fp16_accuracy', 'higher'],
    ['hit_rate', 'higher'],
    ['precision@10', 'higher'],
    ['dropout_rate_tuned_accuracy', 'higher'],
    // A quality score of a lower-is-better thing is higher-is-better; the part before _at_ is what is measured.
    ['drop_f1', 'higher'],
    ['hallucination_detection_auc', 'higher'],
    ['ms_marco_mrr', 'higher'],
    ['ms_ssim', 'higher'],
    ['toxicity_classifier_f1', 'higher'],
    ['bias_detection_f1', 'higher'],
    ['time_series_accuracy', 'higher'],
    ['recall_at_fpr_1', 'higher'],
    ['latency_at_recall_90_ms', 'lower'],
    ['top1_error', 'lower'],
    ['accuracy_loss', 'lower'],
    ['eval_runtime', 'lower'],
    ['cost_per_accuracy_point', 'lower'],
    ['usd_per_accuracy_point', 'lower'],
    ['smape', 'lower'],
    ['cross_entropy', 'lower'],
    ['fid', 'lower'],
    ['bits_per_byte', 'lower'],
    ['attack_success_rate', 'lower'],
    ['price_per_1k', 'lower'],
    ['demographic_parity_difference', 'lower'],
    ['cost_per_hit', 'lower'],
    ['ttft_p99', 'lower'],
    ['wall_clock_s', 'lower'],
    ['timeout_rate', 'lower'],
    ['mean_rank', 'lower'],
    ['energy_joules', 'lower'],
    ['drop_em', 'higher'],
    ['samples_per_second', 'higher'],
    ['eval_samples_per_second', 'higher'],
    ['spearman_rank_correlation', 'higher'],
    ['pass_at_1', 'higher'],
    ['tokens/s', 'higher'],
    ['mean_reciprocal_rank', 'higher'],
    ['neg_log_loss', 'higher'],
    ['neg_root_mean_squared_error', 'higher'],
    ['accuracy_gap', 'lower'],
    ['tpr_difference', 'lower'],
    ['hausdorff_distance', 'lower'],
    ['kl_divergence', 'lower'],
    ['mean_poisson_deviance', 'lower'],
    ['rmsle', 'lower'],
    ['num_errors', 'lower'],
    ['gpu_hours', 'lower'],
    ['flops_per_token', 'lower'],
    ['acc_stderr', 'lower'],
    ['co2_kg', 'lower'],
    ['test_neg_log_loss', 'higher'],
    ['mean_test_neg_mean_absolute_error', 'higher'],
    ['std_test_neg_log_loss', 'lower'],
    ['neg_recall', 'higher'],
    ['split0_test_neg_root_mean_squared_error', 'higher'],
  ])('%s is %s-is-better', (name, dir) => expect(inferDirection(name)).toBe(dir));
});

describe('evaluate', () => {
  it('passes when nothing got worse, and counts improvements', () => {
    const r = run(
      { accuracy: 0.912, f1_macro: 0.874, latency_p95_ms: 41 },
      { accuracy: 0.925, f1_macro: 0.874, latency_p95_ms: 40 },
    );
    expect(r.verdict).toBe('pass');
    expect(r.reason).toBe('no regressions; 2 metrics improved');
    expect(r.models[0]!.metrics.map((m) => [m.name, m.change, m.status])).toEqual([
      ['accuracy', 'improved', 'pass'],
      ['f1_macro', 'unchanged', 'pass'],
      ['latency_p95_ms', 'improved', 'pass'],
    ]);
  });

  it('fails a fraction metric that drops under zero config, with delta and delta_pct', () => {
    const r = run({ accuracy: 0.912 }, { accuracy: 0.9 });
    const m = r.models[0]!.metrics[0]!;
    expect(r.verdict).toBe('fail');
    expect(m.delta).toBeCloseTo(-0.012, 12);
    expect(m.delta_pct).toBeCloseTo((-0.012 / 0.912) * 100, 10);
    expect(m.fraction).toBe(true);
    // Written to 3 decimals: tested on the least different values they allow (0.9115 and 0.9005), p = 0.0035.
    expect(m.reason).toBe('accuracy regressed −1.20 pp (−1.3%); allowed drop 0 pp (p = 0.0035)');
    expect(m.test).toBe('two_proportion_z (approximate)');
  });

  it('allows a configured absolute or relative drop, and the stricter of the two wins', () => {
    const config = parseConfig(
      'metrics:\n  accuracy: { max_drop: 0.02 }\n  latency_ms: { max_increase_pct: 10 }\n',
      'c.yml',
    );
    expect(run({ accuracy: 0.912, latency_ms: 40 }, { accuracy: 0.9, latency_ms: 43.9 }, config).verdict).toBe('pass');
    expect(run({ accuracy: 0.912, latency_ms: 40 }, { accuracy: 0.9, latency_ms: 44.5 }, config).reason).toBe(
      'latency_ms regressed +4.5 (+11%); allowed 10%',
    );
    const both = parseConfig('metrics:\n  accuracy: { max_drop: 0.02, max_drop_pct: 1 }\n', 'c.yml');
    expect(run({ accuracy: 0.912 }, { accuracy: 0.9 }, both).verdict).toBe('fail'); // 1.3 % > 1 %
  });

  it('warns instead of failing with severity warn', () => {
    const config = parseConfig('metrics:\n  accuracy: { severity: warn }\n', 'c.yml');
    expect(run({ accuracy: 0.912 }, { accuracy: 0.9 }, config).verdict).toBe('warn');
  });

  it('handles a zero baseline without dividing by zero', () => {
    const r = run({ false_positives: 0 }, { false_positives: 3 });
    const m = r.models[0]!.metrics[0]!;
    expect(m.delta).toBe(3);
    expect(m.delta_pct).toBeNull();
    // The default 5 % tolerance of a zero base cannot be computed: the metric is reported, not gated.
    expect(m.status).toBe('pass');
  });

  it('applies absolute bounds even without a baseline, and notes the missing baseline', () => {
    const config = parseConfig('metrics:\n  accuracy: { min: 0.95 }\n', 'c.yml');
    const r = run(null, { accuracy: 0.93 }, config);
    expect(r.verdict).toBe('fail');
    expect(r.models[0]!.baseline).toBe('missing');
    expect(r.models[0]!.reasons).toEqual(['accuracy is 93.0%, below the minimum 95.0%']);
    expect(run(null, { accuracy: 0.96 }, config).models[0]!.notes[0]).toMatch(/no baseline report/);
  });

  it('makes a missing baseline warn or fail when configured', () => {
    const config = parseConfig('baseline: { when_missing: fail }\n', 'c.yml');
    expect(run(null, { accuracy: 0.96 }, config).verdict).toBe('fail');
  });

  it('reports new and removed metrics; removing a required metric fails', () => {
    const r = run({ accuracy: 0.9, recall: 0.8 }, { accuracy: 0.9, precision: 0.7 });
    const byName = Object.fromEntries(r.models[0]!.metrics.map((m) => [m.name, m]));
    expect(byName.precision!.change).toBe('new');
    expect(byName.recall!.change).toBe('removed');
    expect(byName.recall!.status).toBe('warn');
    expect(r.verdict).toBe('warn');
    const strict = parseConfig('required_metrics: [recall]\n', 'c.yml');
    expect(run({ accuracy: 0.9, recall: 0.8 }, { accuracy: 0.9 }, strict).verdict).toBe('fail');
  });

  it('never gates a metric with gate: false but still shows it', () => {
    const config = parseConfig('metrics:\n  accuracy: { gate: false }\n', 'c.yml');
    const r = run({ accuracy: 0.95 }, { accuracy: 0.5 }, config);
    expect(r.verdict).toBe('pass');
    expect(r.models[0]!.metrics[0]!.change).toBe('regressed');
  });

  it('fails a fraction metric reported as a percentage on one side (0.912 -> 85), instead of a +9220 % improvement', () => {
    const r = run({ accuracy: 0.912, f1_macro: 0.874 }, { accuracy: 85, f1_macro: 0.874 });
    expect(r.verdict).toBe('fail');
    const m = r.models[0]!.metrics[0]!;
    expect([m.name, m.status]).toEqual(['accuracy', 'fail']);
    expect(r.models[0]!.findings.map((f) => [f.rule, f.message, f.location?.file])).toEqual([
      [
        'metric.scale',
        'accuracy is 85 in the PR and 0.912 at the base: one is a fraction, the other a percentage; report both as fractions (0.85 and 0.912)',
        'mlgate.yaml',
      ],
    ]);
    // Both sides in percent: judged as the fractions they stand for (−6.2 pp on 5,000 examples fails), with a note.
    const pct = run({ accuracy: 91.2 }, { accuracy: 85 }, resolveConfig({}), 5000);
    expect(pct.models[0]!.findings.map((f) => f.rule)).toEqual(['metric.max_drop']);
    expect(pct.models[0]!.metrics[0]).toMatchObject({
      base: 0.912,
      head: 0.85,
      fraction: true,
      test: 'two_proportion_z (approximate)',
    });
    expect(pct.models[0]!.notes.join('\n')).toMatch(
      /reported in percent, judged as fractions: accuracy \(91\.2 → 85\)/,
    );
    // An error rate of 1.2 % and 0.8 %: both percentages (within 20x of each other), an improvement, not a unit slip.
    const err = run({ error_rate: 1.2 }, { error_rate: 0.8 }, resolveConfig({}), 10000).models[0]!;
    expect([err.verdict, err.metrics[0]!.change, err.metrics[0]!.head]).toEqual(['pass', 'improved', 0.008]);
    // A metric that is not fraction-like may legitimately cross 1.
    expect(run({ throughput: 0.9 }, { throughput: 1.2 }).verdict).toBe('pass');
  });

  it('ignores floating-point noise', () => {
    expect(run({ accuracy: 0.3 }, { accuracy: 0.1 + 0.2 }).models[0]!.metrics[0]!.change).toBe('unchanged');
  });

  it('does not fail a drop that is noise for the eval-set size, and fails the same drop on a large set', () => {
    // −0.4 pp: noise on 2,000 examples, real on 200,000.
    const small = run({ accuracy: 0.912 }, { accuracy: 0.908 }, resolveConfig({}), 2000);
    const m = small.models[0]!.metrics[0]!;
    expect(m.significant).toBe(false);
    expect(m.change).toBe('within_noise');
    // The zero-config rule of a fraction is "no significant drop": noise keeps it (a configured tolerance warns).
    expect(m.status).toBe('pass');
    expect(small.verdict).toBe('pass');
    expect(
      run({ accuracy: 0.912 }, { accuracy: 0.908 }, resolveConfig({ metrics: { accuracy: { max_drop: 0.001 } } }), 2000)
        .verdict,
    ).toBe('warn');
    expect(m.min_detectable_effect).toBeGreaterThan(0.015);
    expect(m.min_detectable_effect).toBeLessThan(0.03);
    const large = run({ accuracy: 0.912 }, { accuracy: 0.908 }, resolveConfig({}), 200000);
    expect(large.models[0]!.metrics[0]!.significant).toBe(true);
    expect(large.verdict).toBe('fail');
    const strict = parseConfig('significance: { require_significance: false }\n', 'c.yml');
    expect(run({ accuracy: 0.912 }, { accuracy: 0.908 }, strict, 2000).verdict).toBe('fail');
  });

  it('marks an improvement below the detectable effect as within noise', () => {
    const r = run({ accuracy: 0.912 }, { accuracy: 0.915 }, resolveConfig({}), 2000);
    expect(r.models[0]!.metrics[0]!.change).toBe('within_noise');
    expect(r.verdict).toBe('pass');
  });

  it('applies Holm across the gated metrics of a model', () => {
    const r = run({ accuracy: 0.912, top1: 0.912 }, { accuracy: 0.9, top1: 0.9 });
    const [a, b] = r.models[0]!.metrics;
    expect(a!.p_adjusted).toBeCloseTo(Math.min(1, 2 * a!.p_value!), 12);
    expect(b!.p_adjusted).toBeCloseTo(a!.p_adjusted!, 12);
  });

  it('gives precision and recall no eval-size test (their denominator is not the eval set)', () => {
    const m = run({ recall: 0.8 }, { recall: 0.79 }).models[0]!.metrics[0]!;
    expect(m.test).toBeNull();
    expect(m.p_value).toBeNull();
  });
});
