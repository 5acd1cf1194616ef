// The five misreadings a new user met with no config: each judged as the metric's own registry entry says.
import { describe, expect, it } from 'vitest';
import { gate, judge } from './helpers.js';

describe('memory and size names are lower-is-better', () => {
  it.each(['peak_ram_kb', 'vram_gb', 'model_bytes', 'weights_mb', 'footprint_kb'])('%s 100 -> 120 fails', (name) => {
    const r = judge(name, 100, 120);
    expect(r.change).toBe('regressed');
    expect(r.verdict).toBe('fail');
  });
});

describe('an improvement, a saving or a detection rate that falls is a regression', () => {
  it.each([
    ['error_reduction', 0.3, 0.25],
    ['energy_efficiency', 10, 8],
    ['cost_savings_usd', 1000, 800],
    ['toxicity_detection_rate', 0.9, 0.8],
    ['latency_improvement_ms', 50, 30],
  ])('%s %d -> %d fails', (name, base, head) => {
    const r = judge(name, base, head);
    expect(r.change).toBe('regressed');
    expect(r.verdict).toBe('fail');
  });
});

describe('a word error rate gets one verdict in fractions and in percent', () => {
  it('wer 0.040 -> 0.085 (doubled) fails, as 4.0 -> 8.5 does', () => {
    expect(judge('wer', 0.04, 0.085).verdict).toBe('fail');
    expect(judge('wer', 4.0, 8.5).verdict).toBe('fail');
  });
});

describe('an accuracy and its complement are one Holm hypothesis however the complement is named', () => {
  // A drop whose two-proportion p-value is between alpha/2 and alpha: significant alone, not when counted twice.
  const base = { val_accuracy: 0.912 };
  const head = { val_accuracy: 0.9042 };
  it.each(['val_error_rate', 'val_error', 'val_err', 'val_misclassification_rate', 'val_zero_one_loss'])(
    'with %s beside it the drop fails',
    (complement) => {
      const r = gate({ ...base, [complement]: 0.088 }, { ...head, [complement]: 0.0958 }, { size: 12000 });
      expect(r.verdict).toBe('fail');
      const acc = r.models[0]!.metrics.find((m) => m.name === 'val_accuracy')!;
      expect(acc.significant).toBe(true);
    },
  );
  it('the drop alone fails too (the control)', () => {
    expect(gate(base, head, { size: 12000 }).verdict).toBe('fail');
  });
});

describe('ranking metrics at a cut-off are judged alike however the cut-off is written', () => {
  it.each(['map@10', 'ndcg_at_5', 'mrr@10', 'ndcg@10', 'map_at_10'])('%s 0.412 -> 0.405 warns', (name) => {
    const r = judge(name, 0.412, 0.405);
    expect(r.change).toBe('regressed');
    expect(r.verdict).toBe('warn');
  });
});

describe('a saving named with "saved" is higher-is-better, like "savings"', () => {
  it.each([
    ['time_saved_s', 20, 5],
    ['memory_saved_mb', 300, 100],
    ['cost_saved_usd', 1000, 200],
    ['energy_saved_kwh', 50, 10],
  ])('%s %d -> %d fails', (name, base, head) => {
    const r = judge(name, base, head);
    expect(r.metric.kind).toBe('improvement');
    expect(r.change).toBe('regressed');
    expect(r.verdict).toBe('fail');
  });
});

describe('revenue and profit are gains, drift a degradation (read backwards, with no ⚠, before)', () => {
  it.each([
    ['revenue_usd', 1000, 800],
    ['profit_usd', 1000, 800],
    ['monthly_income_eur', 50, 40],
    ['drift_score', 0.1, 0.4],
    ['data_drift', 0.1, 0.4],
  ])('%s %d -> %d fails', (name, base, head) => {
    const r = judge(name, base, head);
    expect(r.metric.direction_source).toBe('registry');
    expect(r.change).toBe('regressed');
    expect(r.verdict).toBe('fail');
  });
});

describe('what is left of a resource is higher-is-better (free memory, remaining budget, battery life)', () => {
  it.each([
    ['free_memory_mb', 800, 200],
    ['available_memory_gb', 8, 2],
    ['headroom_mb', 300, 50],
    ['latency_budget_remaining_ms', 40, 5],
    ['battery_life_h', 10, 6],
    ['emissions_avoided_kg', 100, 20],
    ['saved_time_s', 20, 5],
    ['false_positives_avoided', 300, 100],
    ['errors_prevented', 30, 10],
  ])('%s %d -> %d fails', (name, base, head) => {
    const r = judge(name, base, head);
    expect(r.metric.direction).toBe('higher');
    expect(r.verdict).toBe('fail');
  });
  it('the resource itself stays lower-is-better', () => {
    expect(judge('peak_memory_mb', 200, 800).verdict).toBe('fail');
    expect(judge('latency_p95_ms', 40, 60).verdict).toBe('fail');
  });
});
