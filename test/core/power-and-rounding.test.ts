import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig } from '../../src/schema/config.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { parseReport } from '../../src/schema/report.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { createRandom } from '../../src/stats/prng.js';
import { sampleBinomial } from '../../src/stats/sampling.js';
import type { Config } from '../../src/kernel/config-types.js';

const NOW = new Date('2026-11-21T00:00:00Z');

/** The reports as a training job writes them: each value as given (its digits are what the gate reads). */
function text(metrics: Record<string, number | string>, size: number): string {
  const lines = Object.entries(metrics).map(([k, v]) => `  ${k}: ${v}`);
  return `version: 1\nmodel: m\nmetrics:\n${lines.join('\n')}\neval: { dataset: gold, size: ${size} }\n`;
}

function judge(
  base: Record<string, number | string>,
  head: Record<string, number | string>,
  size: number,
  config: Config = resolveConfig({}),
) {
  return evaluate({
    config,
    models: [
      {
        name: 'm',
        head: parseReport(text(head, size), 'h.yaml'),
        base: parseReport(text(base, size), 'b.yaml'),
        head_path: 'h.yaml',
        base_path: 'b.yaml',
      },
    ],
    base: { sha: null, source: 'file' },
    head: { sha: null },
    now: NOW,
  });
}

// Eight proportions of the whole eval set: eight tested metrics in one Holm family.
const EIGHT = ['accuracy', 'top2', 'top3', 'top5', 'top10', 'val_accuracy', 'test_accuracy', 'hit_rate'];
// Written with 4 decimals, as k / 5,000 is: the stated MDE then carries no coarse rounding allowance.
const LEVELS = [0.8512, 0.9034, 0.9316, 0.9528, 0.9702, 0.8614, 0.8436, 0.7038];

const noiseLine = (r: ReturnType<typeof judge>) =>
  renderMarkdown(r, { target: 'summary' })
    .split('\n')
    .find((l) => l.startsWith('<sub>With '))!;

describe('the power sentence', () => {
  it('states the configured power and the level after Holm, or that the metric is tested alone', () => {
    const alone = judge({ accuracy: 0.85 }, { accuracy: 0.851 }, 5000);
    expect(noiseLine(alone)).toMatch(/is detected 80 % of the time \(α = 0\.05, tested alone\)/);
    const config = parseConfig('significance: { power: 0.9 }\n', 'c.yml');
    const base = Object.fromEntries(EIGHT.map((n, i) => [n, LEVELS[i]!]));
    const eight = judge(base, base, 5000, config);
    expect(noiseLine(eight)).toMatch(
      /a real change of ±\d\.\d+ pp in accuracy is detected 90 % of the time \(α = 0\.05\/8 = 0\.0063 after Holm over 8 tested metrics\)/,
    );
    expect(eight.models[0]!.metrics[0]!.power).toEqual({ power: 0.9, alpha: 0.05 / 8, tested: 8 });
  });

  it.each([0.8, 0.9])(
    'holds on simulation: at 5,000 examples and 8 tested metrics, a real drop of the stated size fails about %s of the time',
    (power) => {
      const config = parseConfig(`significance: { power: ${power} }\n`, 'c.yml');
      const n = 5000;
      const base = Object.fromEntries(EIGHT.map((name, i) => [name, LEVELS[i]!]));
      const x = judge(base, base, n, config).models[0]!.metrics[0]!.min_detectable_effect!;
      const rng = createRandom(7);
      const draw = (p: number) => sampleBinomial(n, p, rng) / n;
      let failed = 0;
      const runs = 1500;
      for (let s = 0; s < runs; s++) {
        const b: Record<string, number> = {},
          h: Record<string, number> = {};
        EIGHT.forEach((name, i) => {
          b[name] = draw(LEVELS[i]!);
          // A real drop of exactly the stated size in accuracy; the other seven do not change.
          h[name] = draw(i === 0 ? LEVELS[i]! - x : LEVELS[i]!);
        });
        const acc = judge(b, h, n, config).models[0]!.metrics[0]!;
        if (acc.status === 'fail') failed++;
      }
      expect(Math.abs(failed / runs - power)).toBeLessThanOrEqual(0.05);
    },
  );
});

describe('values written with few digits, tested from eval.size alone', () => {
  it('allows for their rounding: 0.84 vs 0.83 on 16,669 examples does not fail when 0.8356 vs 0.8327 passes', () => {
    const precise = judge({ accuracy: 0.8356 }, { accuracy: 0.8327 }, 16669);
    expect(precise.models[0]!.metrics[0]!.status).toBe('pass');
    const rounded = judge({ accuracy: 0.84 }, { accuracy: 0.83 }, 16669);
    const m = rounded.models[0]!.metrics[0]!;
    expect(m.status).toBe('pass');
    expect(m.change).toBe('within_noise');
    // The interval of the change takes in what the rounding may hide (±0.5 pp per side).
    expect(m.interval![0]).toBeLessThan(-0.01 - 0.009);
    expect(m.interval![1]).toBeGreaterThan(0);
  });

  it('A/A pairs written with 2 decimals (10k–100k examples) fail no more often than α/2', () => {
    const rng = createRandom(11);
    let failed = 0;
    const runs = 1500;
    for (let s = 0; s < runs; s++) {
      const n = Math.round(10_000 + rng.next() * 90_000);
      const p = 0.7 + rng.next() * 0.25;
      const written = () => (sampleBinomial(n, p, rng) / n).toFixed(2);
      const r = judge({ accuracy: written() }, { accuracy: written() }, n);
      if (r.models[0]!.metrics[0]!.status === 'fail') failed++;
    }
    expect(failed / runs).toBeLessThanOrEqual(0.025);
  });
});
