import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig } from '../../src/schema/config.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { parseReport } from '../../src/schema/report.js';
import type { Config } from '../../src/kernel/config-types.js';
import { renderCostLine } from '../../src/render/cost-line.js';
import { dollars } from '../support/github-text.js';

const NOW = new Date('2026-11-21T00:00:00Z');

// Accuracies written with 4 decimals where a change must be real: 0.90 vs 0.91 written to 2 decimals may be 0.905 vs
// 0.905, which the gate's rounding allowance treats as no change (docs/statistics.md).
function report(acc: number, cost: string): string {
  return `version: 1\nmodel: ranker\nmetrics: { accuracy: ${acc}, latency_ms: 40 }\neval: { dataset: gold, size: 50000 }\ncost: ${cost}\n`;
}

function model(base: string | null, head: string, config: Config = resolveConfig({})) {
  const r = evaluate({
    config,
    models: [
      {
        name: 'ranker',
        head: parseReport(head, 'h.yaml'),
        base: base ? parseReport(base, 'b.yaml') : null,
        head_path: 'h.yaml',
        base_path: 'b.yaml',
      },
    ],
    base: { sha: null, source: 'file' },
    head: { sha: null },
    now: NOW,
  });
  return r.models[0]!;
}

describe('cost', () => {
  it('prices compute with the default table and shows base → PR, Δ, Δ% and cost per point gained', () => {
    const m = model(
      report(0.9001, '{ train_cpu_hours: 10, train_gpu_hours: 4 }'),
      report(0.9101, '{ train_cpu_hours: 20, train_gpu_hours: 8 }'),
    );
    expect(m.cost).toMatchObject({ currency: 'USD', headline_metric: 'accuracy' });
    expect(m.cost!.base!.amount).toBeCloseTo(10 * 0.05 + 4 * 2.5, 10);
    expect(m.cost!.head.amount).toBeCloseTo(20 * 0.05 + 8 * 2.5, 10);
    expect(m.cost!.delta).toBeCloseTo(10.5, 10);
    expect(m.cost!.delta_pct).toBeCloseTo(100, 10);
    expect(m.cost!.per_point).toBeCloseTo(10.5, 6); // +1 pp of accuracy for $10.50
  });

  it('uses the configured prices and currency, and train_usd when the job reports it', () => {
    const config = parseConfig('cost: { currency: EUR, prices: { cpu_hour: 0.1, gpu_hour: 3 } }\n', 'c.yml');
    const m = model(
      report(0.9, '{ train_gpu_hours: 2, train_usd: 7 }'),
      report(0.9, '{ train_gpu_hours: 2, train_usd: 9 }'),
      config,
    );
    expect([m.cost!.base!.amount, m.cost!.head.amount, m.cost!.currency]).toEqual([7, 9, 'EUR']);
    expect(m.cost!.per_point).toBeNull(); // no change of the headline metric: no price per point
  });

  it('prices both sides from their hours when only one report gives train_usd (a bill against an estimate is no delta)', () => {
    const config = parseConfig('cost: { max_cost_increase_pct: 50 }\n', 'c.yml');
    const m = model(
      report(0.9, '{ train_gpu_hours: 40 }'),
      report(0.9, '{ train_gpu_hours: 40, train_usd: 400 }'),
      config,
    );
    expect([m.cost!.base!.amount, m.cost!.head.amount, m.cost!.delta, m.verdict]).toEqual([100, 100, 0, 'pass']);
    expect(m.notes).toContain(
      'only the PR’s report gives cost.train_usd: both sides are priced from their compute hours with the price table, so the change compares like with like',
    );
  });

  it('keeps a bill against hours (and the cost gate) when the other side has no hours to price, and says so', () => {
    const config = parseConfig('cost: { max_cost_increase_pct: 50, severity: fail }\n', 'c.yml');
    const m = model(report(0.9, '{ train_usd: 10 }'), report(0.9, '{ train_gpu_hours: 400 }'), config);
    expect([m.cost!.base!.amount, m.cost!.head.amount, m.verdict]).toEqual([10, 1000, 'fail']);
    expect(m.findings.map((f) => f.message)).toEqual(['training cost rose +9,900% ($10.00 → $1,000); allowed 50%']);
    expect(m.notes).toContain(
      'only the base’s report gives cost.train_usd and the other has no hours to price alike: the cost change compares a bill with a price-table estimate',
    );
  });

  it('prices no gain for a change the statistics call noise: 10x the GPU for +3 pp on 300 examples fails the per-point limit', () => {
    const config = parseConfig('cost: { max_cost_per_point: 100, value_per_point: 200, severity: fail }\n', 'c.yml');
    const small = (acc: number, gpu: number) =>
      `version: 1\nmodel: ranker\nmetrics: { accuracy: ${acc} }\neval: { dataset: gold, size: 300 }\ncost: { train_gpu_hours: ${gpu} }\n`;
    const m = model(small(0.9, 10), small(0.93, 100), config);
    expect(m.metrics[0]!.change).toBe('within_noise');
    expect(m.cost!.net_value).toBeCloseTo(-225, 9); // was +375: 3 pp × $200 − $225
    expect(m.cost!.per_point).toBeNull();
    expect(m.findings.map((f) => [f.rule, f.message])).toEqual([
      ['cost.max_cost_per_point', 'training cost rose $225 with no gain in accuracy beyond noise'],
    ]);
  });

  it('reports the saving per point lost when both go down, and the net value with value_per_point', () => {
    const config = parseConfig('cost: { value_per_point: 100 }\n', 'c.yml');
    const m = model(report(0.9201, '{ train_gpu_hours: 40 }'), report(0.9101, '{ train_gpu_hours: 10 }'), config);
    expect(m.cost!.delta).toBeCloseTo(-75, 10);
    expect(m.cost!.per_point).toBeCloseTo(75, 6); // −$75 for −1 pp: $75 saved per point lost
    expect(m.cost!.net_value).toBeCloseTo(100 * -1 + 75, 6);
  });

  it('enforces max_cost_increase_pct and max_cost_per_point with the configured severity', () => {
    const config = parseConfig('cost: { max_cost_increase_pct: 50, max_cost_per_point: 5, severity: fail }\n', 'c.yml');
    const m = model(report(0.9001, '{ train_gpu_hours: 4 }'), report(0.9101, '{ train_gpu_hours: 8 }'), config);
    expect(m.findings.map((f) => f.rule)).toEqual(['cost.max_cost_increase_pct', 'cost.max_cost_per_point']);
    expect(m.findings[0]!.message).toBe('training cost rose +100% ($10.00 → $20.00); allowed 50%');
    expect(m.findings[1]!.message).toBe('$10.00 per point of accuracy gained; allowed $5.00');
    expect(m.verdict).toBe('fail');
    const noGain = model(report(0.9, '{ train_gpu_hours: 4 }'), report(0.9, '{ train_gpu_hours: 5 }'), config);
    expect(noGain.findings.map((f) => f.message)).toContain('training cost rose $2.50 with no gain in accuracy');
  });

  it('fails max_cost_increase_pct when the base cost nothing and the PR costs something (an unbounded increase)', () => {
    const config = parseConfig('cost: { max_cost_increase_pct: 50, severity: fail }\n', 'c.yml');
    const m = model(report(0.9, '{ train_gpu_hours: 0 }'), report(0.9, '{ train_gpu_hours: 40 }'), config);
    expect([m.cost!.base!.amount, m.cost!.head.amount, m.cost!.delta_pct, m.verdict]).toEqual([0, 100, null, 'fail']);
    expect(m.findings.map((f) => f.message)).toEqual([
      'training cost rose from $0.00 to $100, an unbounded increase; allowed 50%',
    ]);
    expect(dollars(renderCostLine(m)!)).toContain('$0.00 → $100');
    const free = model(report(0.9, '{ train_gpu_hours: 0 }'), report(0.9, '{ train_gpu_hours: 0 }'), config);
    expect([free.findings, free.verdict]).toEqual([[], 'pass']);
  });

  it('has no cost section when the report states no cost', () => {
    expect(model(null, 'version: 1\nmodel: ranker\nmetrics: { accuracy: 0.9 }\n').cost).toBeNull();
  });
});

describe('the cost line in the comment', () => {
  const line = (baseAcc: number, baseGpu: number, headAcc: number, headGpu: number) =>
    dollars(
      renderCostLine(
        model(report(baseAcc, `{ train_gpu_hours: ${baseGpu} }`), report(headAcc, `{ train_gpu_hours: ${headGpu} }`)),
      )!,
    );
  it.each([
    [0.9001, 4, 0.9101, 8, '**Cost:** training $10.00 → $20.00 (+$10.00, +100%; $10.00 per point of accuracy gained)'],
    [
      0.9101,
      8,
      0.9001,
      4,
      '**Cost:** training $20.00 → $10.00 (−$10.00, −50%; $10.00 saved per point of accuracy lost)',
    ],
    [0.9101, 4, 0.9001, 8, '**Cost:** training $10.00 → $20.00 (+$10.00, +100%; costs more and accuracy is worse)'],
    [0.9001, 8, 0.9101, 4, '**Cost:** training $20.00 → $10.00 (−$10.00, −50%; cheaper and accuracy is better)'],
    [0.9, 4, 0.91, 4, '**Cost:** training $10.00 → $10.00 (unchanged)'],
    // +0.2 pp on 50,000 examples is within noise: no price per point of a gain that may not exist.
    [0.9, 4, 0.902, 8, '**Cost:** training $10.00 → $20.00 (+$10.00, +100%; accuracy within noise: no gain to price)'],
  ])('acc %s at %s GPU-h → %s at %s GPU-h', (a, b, c, d, expected) => expect(line(a, b, c, d)).toBe(expected));
});

describe('inference cost', () => {
  it('shows inference time and price per 1,000 predictions, base → PR, in the result and the cost line', () => {
    const m = model(
      report(0.9, '{ train_gpu_hours: 4, inference_ms_per_1k: 38, price_per_1k_predictions: 0.002 }'),
      report(0.9, '{ train_gpu_hours: 4, inference_ms_per_1k: 55, price_per_1k_predictions: 0.003 }'),
    );
    expect(m.cost!.inference_ms_per_1k).toEqual({ base: 38, head: 55 });
    expect(m.cost!.price_per_1k_predictions).toEqual({ base: 0.002, head: 0.003 });
    expect(dollars(renderCostLine(m)!)).toBe(
      '**Cost:** training $10.00 → $10.00 (unchanged) · inference $0.002 → $0.003 per 1,000 (38 ms → 55 ms)',
    );
  });
});
