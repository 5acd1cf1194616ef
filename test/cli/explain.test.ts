// `mlgate explain` in-process: what the gate reads a name as, and where each part of the rule came from.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo, tempFiles } from '../support/cli.js';

async function explain(args: string[], files: Record<string, string> = {}) {
  const dir = tempFiles({}, 'mlgate-explain-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const c = captureIo(dir);
  const code = await runCli(['explain', ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

describe('mlgate explain', () => {
  it('prints the kind, direction, scale, tests and tolerance of a registry name, with their source', async () => {
    const r = await explain(['val_accuracy']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('kind:        accuracy — Accuracy (registry: word "accuracy")');
    expect(r.out).toContain('direction:   ↑ higher is better (registry: accuracy)');
    expect(r.out).toContain('eval.size:   two-proportion test from eval.size');
    expect(r.out).toContain('predictions: McNemar mid-p');
    expect(r.out).toContain('tolerance:   no significant drop');
  });

  it('reads values: a WER in percent is judged as the fraction, and fails when it doubles', async () => {
    const r = await explain(['wer', '4.0', '8.5']);
    expect(r.out).toContain('values:      4 → 8.5: written in percent, judged as 0.04 → 0.085');
    expect(r.out).toMatch(/verdict: {5}fail: wer regressed \+4\.50 pp/);
  });

  it('says when a direction is assumed, and names the config line that sets one', async () => {
    const unknown = await explain(['queue_depth']);
    expect(unknown.out).toContain('ASSUMED: mlgate does not know this name; set metrics.queue_depth.direction');
    const cfg = 'metrics:\n  queue_depth:\n    direction: lower\n    max_increase: 3\n';
    const r = await explain(['queue_depth', '10', '14'], { '.github/mlgate.yml': cfg });
    expect(r.out).toContain(
      'direction:   ↓ lower is better (config .github/mlgate.yml:3 (metrics.queue_depth.direction))',
    );
    expect(r.out).toContain(
      'tolerance:   +3 (max_increase; config .github/mlgate.yml:4 (metrics.queue_depth.max_increase))',
    );
    expect(r.out).toMatch(/verdict: {5}fail: queue_depth regressed \+4/);
  });

  it('shows bookkeeping as never gated, and gated as its quantity when the config names it', async () => {
    expect((await explain(['train_runtime'])).out).toContain('tolerance:   none: not gated');
    const r = await explain(['train_runtime', '--config', 'c.yml'], { 'c.yml': 'metrics:\n  train_runtime: {}\n' });
    expect(r.out).toContain('kind:        latency');
    expect(r.out).toContain('↓ lower is better');
  });

  it('refuses a missing name, a non-number and more than two values, with exit 2', async () => {
    expect((await explain([])).code).toBe(2);
    const bad = await explain(['wer', 'x1']);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('a value must be a number')]);
    expect((await explain(['wer', '1', '2', '3'])).code).toBe(2);
    expect((await explain(['wer', '--config', 'missing.yml'])).code).toBe(2);
  });
});
