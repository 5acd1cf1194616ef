import { describe, expect, it } from 'vitest';
import { readJointCounts } from '../../src/adapters/predictions-reader.js';
import { analysePaired, pairedSummaryFor } from '../../src/stats/paired.js';
import { adjustHolm, significanceForMetric } from '../../src/stats/significance.js';
import { minDetectableEffect } from '../../src/stats/power.js';
import { predictionsFixture } from './reference.js';

describe('significanceForMetric', () => {
  it('from eval.size only: approximate z-test, Newcombe interval, MDE', () => {
    const small = significanceForMetric({
      metric: 'accuracy',
      proportion: true,
      base: 0.9,
      head: 0.904,
      eval_size: 2000,
    });
    expect(small.test).toBe('two_proportion_z (approximate)');
    expect(small.approximate).toBe(true);
    expect(small.significant).toBe(false);
    expect(small.interval![0]).toBeLessThan(0);
    expect(small.interval![1]).toBeGreaterThan(0.004);
    expect(small.min_detectable_effect).toBeCloseTo(minDetectableEffect(0.9, 2000), 15);
    const large = significanceForMetric({
      metric: 'accuracy',
      proportion: true,
      base: 0.9,
      head: 0.904,
      eval_size: 200_000,
    });
    expect(large.significant).toBe(true);
    expect(large.p_value!).toBeLessThan(0.001);
  });

  it('says nothing for non-proportions without predictions, or without a size', () => {
    for (const input of [
      { metric: 'f1_macro', proportion: false, base: 0.8, head: 0.82, eval_size: 1000 },
      { metric: 'accuracy', proportion: true, base: 0.8, head: 0.82 },
    ]) {
      expect(significanceForMetric(input)).toEqual({
        interval: null,
        p_value: null,
        significant: null,
        min_detectable_effect: null,
        test: null,
        approximate: false,
      });
    }
  });

  it('with predictions: McNemar mid-p for accuracy, paired bootstrap for F1', async () => {
    const t = await readJointCounts(
      predictionsFixture('Satellite__logreg.preds.csv'),
      predictionsFixture('Satellite__hist_gbdt.preds.csv'),
    );
    const an = analysePaired(t, { iterations: 1000 });
    const acc = significanceForMetric({
      metric: 'accuracy',
      proportion: true,
      base: an.bootstrap.accuracy.base,
      head: an.bootstrap.accuracy.head,
      eval_size: t.n,
      paired: pairedSummaryFor('accuracy', an),
    });
    expect(acc).toMatchObject({
      test: 'mcnemar_mid_p',
      approximate: false,
      significant: true,
      p_value: an.mcnemar.mid_p,
      p_exact: an.mcnemar.exact_p,
    });
    expect(acc.p_exact!).toBeGreaterThan(acc.p_value!);
    expect(acc.interval).toEqual(an.bootstrap.accuracy.interval);
    // Paired MDE uses the discordance (160 of 1609 rows), so it is below the unpaired one at this accuracy.
    expect(acc.min_detectable_effect!).toBeLessThan(minDetectableEffect(an.bootstrap.accuracy.base, t.n));
    const f1 = significanceForMetric({
      metric: 'f1_macro',
      proportion: false,
      base: 0,
      head: 0,
      paired: pairedSummaryFor('f1_macro', an),
    });
    expect(f1).toMatchObject({ test: 'paired_bootstrap', significant: true, min_detectable_effect: null });
  });

  it('seed11 vs seed12 of the same model is not significant', async () => {
    const t = await readJointCounts(
      predictionsFixture('Vehicle__mlp__seed11.preds.csv'),
      predictionsFixture('Vehicle__mlp__seed12.preds.csv'),
    );
    const an = analysePaired(t);
    for (const metric of ['accuracy', 'f1_macro', 'precision_macro', 'recall_macro']) {
      const r = significanceForMetric({
        metric,
        proportion: metric === 'accuracy',
        base: 0,
        head: 0,
        eval_size: t.n,
        paired: pairedSummaryFor(metric, an),
      });
      expect(r.significant, metric).toBe(false);
    }
  });
});

describe('adjustHolm', () => {
  it('adjusts across a model’s metrics and recomputes significance, skipping metrics without a test', () => {
    const mk = (p: number | null) => ({
      interval: null,
      p_value: p,
      significant: p === null ? null : p < 0.05,
      min_detectable_effect: null,
      test: null,
      approximate: false,
    });
    const out = adjustHolm([mk(0.01), mk(null), mk(0.04), mk(0.03)]);
    expect(out.map((o) => o.p_adjusted)).toEqual([0.03, null, 0.06, 0.06]);
    expect(out.map((o) => o.significant)).toEqual([true, null, false, false]);
  });
});
