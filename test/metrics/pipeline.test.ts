// What the registry gives the result: kind, direction and its source, scale, the tolerance applied; unknown names
// and bookkeeping made visible.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/schema/config.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { gate, gateTexts, judge } from './helpers.js';

describe('a metric the registry cannot place', () => {
  it('is judged as higher-is-better with direction_source assumed, a ⚠ note and a warning when it changes', () => {
    const r = judge('queue_depth', 10, 12);
    expect(r.metric).toMatchObject({
      kind: null,
      direction: 'higher',
      direction_source: 'assumed',
      change: 'improved',
    });
    expect(r.verdict).toBe('warn');
    expect(r.model.findings.map((f) => [f.rule, f.severity])).toEqual([['metric.unknown_direction', 'warn']]);
    expect(r.model.notes).toContain(
      '⚠ direction assumed: higher is better for queue_depth (mlgate does not know this name); set metrics.queue_depth.direction',
    );
    expect(renderMarkdown(gate({ queue_depth: 10 }, { queue_depth: 12 }), { target: 'comment' })).toContain(
      '⚠ direction assumed: higher is better for queue_depth',
    );
  });

  it('fails with metrics.unknown: fail, passes with the note only with metrics.unknown: pass', () => {
    expect(judge('queue_depth', 10, 12, { config: 'metrics:\n  unknown: fail\n' }).verdict).toBe('fail');
    const pass = judge('queue_depth', 10, 12, { config: 'metrics:\n  unknown: pass\n' });
    expect(pass.verdict).toBe('pass');
    expect(pass.model.notes.some((n) => n.startsWith('⚠ direction assumed'))).toBe(true);
  });

  it('is not flagged once the config states the direction, and not when it is unchanged', () => {
    const cfg = 'metrics:\n  queue_depth: { direction: lower }\n';
    const r = judge('queue_depth', 10, 12, { config: cfg });
    expect(r.metric.direction_source).toBe('config');
    expect(r.change).toBe('regressed');
    expect(r.model.notes.some((n) => n.includes('assumed'))).toBe(false);
    expect(judge('queue_depth', 10, 10).verdict).toBe('pass');
  });

  it('keeps a metric literally named unknown as a metric when its entry is a rule', () => {
    const c = parseConfig('metrics:\n  unknown: { direction: lower }\n', 'c.yml');
    expect([c.unknown_metrics, c.metrics.unknown]).toEqual(['warn', { direction: 'lower' }]);
    expect(() => parseConfig('metrics:\n  unknown: sometimes\n', 'c.yml')).toThrow(/metrics\.unknown/);
  });
});

describe('bookkeeping values', () => {
  it('are shown with no direction and never gated; a config entry gates them as the quantity they are', () => {
    const base = { accuracy: 0.9, epoch: 3, learning_rate: 0.001, train_runtime: 100, global_step: 10 };
    const head = { accuracy: 0.9, epoch: 5, learning_rate: 0.0001, train_runtime: 300, global_step: 20 };
    const r = gate(base, head);
    expect(r.verdict).toBe('pass');
    const rows = r.models[0]!.metrics.filter((m) => m.name !== 'accuracy');
    expect(rows.map((m) => [m.name, m.kind, m.direction, m.gated, m.change, m.tolerance])).toEqual([
      ['epoch', 'bookkeeping', 'none', false, 'changed', null],
      ['learning_rate', 'bookkeeping', 'none', false, 'changed', null],
      ['train_runtime', 'bookkeeping', 'none', false, 'changed', null],
      ['global_step', 'bookkeeping', 'none', false, 'changed', null],
    ]);
    expect(renderText(r)).toMatch(/epoch\s+3\s+5\s+\+2\s+\+67%\s+- not gated\s+· not gated\s+PASS changed/);
    const gated = gate(base, head, { config: 'metrics:\n  train_runtime: { max_increase_pct: 50 }\n' });
    const runtime = gated.models[0]!.metrics.find((m) => m.name === 'train_runtime')!;
    expect([runtime.kind, runtime.direction, runtime.status, gated.verdict]).toEqual([
      'latency',
      'lower',
      'fail',
      'fail',
    ]);
  });
});

describe('the result says how each metric was judged', () => {
  it('gives kind, direction source, scale, unit and the tolerance applied', () => {
    const r = gate(
      { accuracy: 91.2, latency_p95_ms: 40 },
      { accuracy: 90.8, latency_p95_ms: 41 },
      {
        config: 'metrics:\n  latency_p95_ms: { max_increase: 5 }\n',
      },
    );
    const [acc, lat] = r.models[0]!.metrics;
    expect(acc).toMatchObject({
      kind: 'accuracy',
      direction_source: 'registry',
      scale: 'percent',
      unit: null,
      gated: true,
      tolerance: { abs: 0, pct: null, rule: 'max_drop', source: 'registry', noise: true },
    });
    expect(lat).toMatchObject({
      kind: 'latency',
      scale: 'value',
      unit: 'ms',
      tolerance: { abs: 5, pct: null, rule: 'max_increase', source: 'config', noise: false },
    });
    const md = renderMarkdown(r, { target: 'comment' });
    expect(md).toContain('| ↑ no significant drop |');
    expect(md).toContain('| ↓ ≤ +5 ms |');
  });
});

describe('slices of a metric the registry cannot place', () => {
  it('warn once, on the headline row', () => {
    const slices = (v: number) => `  slices:\n    eu: { queue_depth: ${v} }\n    us: { queue_depth: ${v} }\n`;
    const text = (v: number) =>
      `version: 1\nmodel: m\nmetrics:\n  queue_depth: ${v}\neval:\n  dataset: gold\n  size: 1000\n${slices(v)}`;
    const r = gateTexts(text(10), text(12));
    expect(r.models[0]!.findings.filter((f) => f.rule === 'metric.unknown_direction')).toHaveLength(1);
  });
});
