// Inputs inside the file-size limits that used to cost minutes or gigabytes: mappings with tens of thousands of
// keys (the duplicate-key check compared each key with every earlier one), slices with unbounded metrics, and
// job summaries and CLI markdown that grew past what GitHub keeps.
import { describe, expect, it } from 'vitest';
import { renderMarkdown, JOB_SUMMARY_LIMIT } from '../../src/render/markdown.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/render/assemble.js';
import { config, gate } from '../properties/helpers.js';
import { cli, expectCleanRefusal, workspace } from './helpers.js';

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
const sliceReport = (slices: number, metrics: number, value = 0.5) =>
  `version: 1\nmodel: m\nmetrics:\n  acc: 0.9\neval:\n  dataset: d\n  size: 100000\n  slices:\n` +
  lines(slices, (s) => `    s${s}: {size: 500, ${lines(metrics, (m) => `acc${m}: ${value}`).replace(/\n/g, ', ')}}`) +
  '\n';

describe('many keys are refused in linear time', () => {
  it('40,000 metric keys in a report', async () => {
    const dir = workspace({
      'mlgate.yaml': `version: 1\nmodel: m\nmetrics:\n${lines(40_000, (i) => `  m${i}: 0.5`)}\n`,
    });
    expectCleanRefusal(
      await cli(dir, ['compare', '--head', 'mlgate.yaml']),
      'mlgate.yaml',
      /metrics: has more than 200 entries/,
    );
  });

  it('40,000 metric rules in the config', async () => {
    const dir = workspace({
      'mlgate.yaml': 'version: 1\nmodel: m\nmetrics:\n  acc: 0.9\n',
      '.github/mlgate.yml': `metrics:\n${lines(40_000, (i) => `  m${i}: {min: 0}`)}\n`,
    });
    // Accepted (the config does not bound its rules), in linear time.
    expect((await cli(dir, ['compare', '--head', 'mlgate.yaml'])).code).toBe(0);
  });

  it('100,000 slices', async () => {
    const dir = workspace({
      'mlgate.yaml': `version: 1\nmodel: m\nmetrics:\n  acc: 0.9\neval:\n  dataset: d\n  slices:\n${lines(100_000, (i) => `    s${i}: {acc: 0.5}`)}\n`,
    });
    const run = await cli(dir, ['compare', '--head', 'mlgate.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: mlgate\.yaml/);
  });

  it('a duplicate key among 50,000 is still found, by name and line', async () => {
    const keys = lines(50_000, (i) => `  m${i}: 0.5`) + '\n  m7: 0.1\n';
    const dir = workspace({ 'mlgate.yaml': `version: 1\nmodel: m\nmetrics:\n${keys}` });
    expectCleanRefusal(
      await cli(dir, ['compare', '--head', 'mlgate.yaml']),
      'mlgate.yaml:50004:3',
      /the key "m7" appears twice in the same mapping; keep one/,
    );
  });
});

describe('slice rows are bounded', () => {
  it('100 slices × 1,000 metrics: refused at the first slice over 50 metrics', async () => {
    const dir = workspace({ 'mlgate.yaml': sliceReport(100, 1000) });
    expectCleanRefusal(
      await cli(dir, ['compare', '--head', 'mlgate.yaml']),
      'mlgate.yaml',
      /eval\.slices\.s0: has more than 51 entries/,
    );
  });

  it('200 slices × 20 metrics: refused by the total', async () => {
    const dir = workspace({ 'mlgate.yaml': sliceReport(200, 20) });
    expectCleanRefusal(
      await cli(dir, ['compare', '--head', 'mlgate.yaml']),
      'mlgate.yaml',
      /eval\.slices: 4,000 slice metrics over 200 slices \(the limit is 2,000\)/,
    );
  });

  it('the most a report may hold (200 × 10, all regressed) prints a comment within GitHub’s limit', async () => {
    const dir = workspace({ 'base.yaml': sliceReport(200, 10, 0.9), 'mlgate.yaml': sliceReport(200, 10, 0.5) });
    const run = await cli(dir, ['compare', '--head', 'mlgate.yaml', '--base', 'base.yaml', '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(Buffer.byteLength(run.stdout)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(run.stdout).toMatch(/^### ❌ mlgate: fail/);
    expect(run.stdout).toContain('to fit GitHub');
  });
});

describe('the job summary stays under GitHub’s 1 MiB', () => {
  it('100 models × 200 regressed metrics: cut by section, the verdict and the failing models kept', () => {
    const metrics = (v: number) => Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`metric_${i}_acc`, v]));
    const models = Array.from({ length: 100 }, (_, i) => ({
      name: `model-${i}`,
      base: metrics(0.9),
      head: metrics(0.5),
    }));
    const result = gate(config({}), models);
    const full = result.models.map((m) => m.metrics.length).reduce((a, b) => a + b, 0);
    expect(full).toBe(20_000);
    const md = renderMarkdown(result, { target: 'summary' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT + 1);
    expect(md).toMatch(/^### ❌ mlgate: fail/);
    expect(md).toContain('1 MiB job-summary limit');
    expect(md).toContain('model-99');
  });
});
