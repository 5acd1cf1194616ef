// `mlgate curve` in-process (runCli with injected io), on real files in a temp dir.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo, tempFiles } from '../support/cli.js';

const example = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'curves', 'issue-example.csv'),
  'utf8',
);

const io = captureIo;
const files = (map: Record<string, string>) => tempFiles(map, 'mlgate-curve-');

const report = `version: 1
model: m
metrics:
  accuracy: 0.910
learning_curve:
  metric: accuracy
  points:
    - { train_size: 125000, accuracy: 0.871, train_cpu_hours: 0.09 }
    - { train_size: 250000, accuracy: 0.889, train_cpu_hours: 0.19 }
    - { train_size: 500000, accuracy: 0.901, train_cpu_hours: 0.37 }
    - { train_size: 1000000, accuracy: 0.907, train_cpu_hours: 0.74 }
    - { train_size: 2000000, accuracy: 0.910, train_cpu_hours: 1.50 }
`;

describe('mlgate curve', () => {
  it('analyses a CSV and prints the conclusion as text', async () => {
    const t = io(files({ 'curve.csv': example }));
    expect(await runCli(['curve', 'curve.csv', '--format', 'text'], t.io)).toBe(0);
    expect(t.out()).toMatch(
      /^learning curve \(accuracy\): measured: the value at ~\d+k examples is 0\.\d pp below that at 2M, the training size/,
    );
    expect(t.out()).toContain('125k');
  });

  it('gives the documented JSON fields, for a report and for the same points as CSV', async () => {
    const dir = files({ 'curve.csv': example, 'report.yaml': report });
    const fromReport = io(dir),
      fromCsv = io(dir);
    expect(await runCli(['curve', 'report.yaml', '--format', 'json'], fromReport.io)).toBe(0);
    expect(await runCli(['curve', 'curve.csv', '--format', 'json'], fromCsv.io)).toBe(0);
    const j = JSON.parse(fromReport.out());
    for (const k of [
      'reliable',
      'reason',
      'family',
      'current_size',
      'recommended_size',
      'oversize_factor',
      'predicted_gain_per_doubling',
      'projected_savings',
      'points',
      'curve',
    ]) {
      expect(j).toHaveProperty(k);
    }
    expect(j.reliable).toBe(true);
    expect(j.reason).toBeNull();
    expect(j.current_size).toBe(2000000);
    expect(j.points).toHaveLength(5);
    expect(j.points[0]).toMatchObject({ train_size: 125000, value: 0.871 });
    expect(j.recommended_size).toBeGreaterThan(250000);
    expect(j.recommended_size).toBeLessThan(2000000);
    expect(j.oversize_factor).toBeCloseTo(2000000 / j.recommended_size, 2);
    expect(j.predicted_gain_per_doubling.value).toBeGreaterThan(0);
    expect(j.predicted_gain_per_doubling.value).toBeLessThan(0.005);
    expect(j.projected_savings.cost).toBeGreaterThan(0);
    expect(j.projected_savings.metric_delta).toBeLessThan(0);
    expect(j.curve.length).toBeGreaterThan(8);
    // The CSV path gives the same analysis.
    const c = JSON.parse(fromCsv.out());
    expect(c.recommended_size).toBe(j.recommended_size);
    expect(c.family).toBe(j.family);
  });

  it('labels a curve analysed on its own without "PR", and draws no fit through too few points', async () => {
    const dir = files({ 'c.csv': example, 'two.csv': 'train_size,accuracy\n1000,0.8\n2000,0.85\n' });
    const full = io(dir);
    expect(await runCli(['curve', 'c.csv'], full.io)).toBe(0);
    // The fit passes through every measured value at the chart's sizes: drawn once, and the legend says so.
    expect(full.out()).toMatch(/line "measured" \[/);
    expect(full.out()).not.toMatch(/line "fitted"/);
    expect(full.out()).toContain('Lines: 🟦 measured. The fitted curve equals the measured values here.');
    expect(full.out()).toContain('| training size | accuracy | fitted |');
    expect(full.out()).not.toContain('PR ');
    const two = io(dir);
    expect(await runCli(['curve', 'two.csv'], two.io)).toBe(0);
    expect(two.out()).not.toMatch(/fitted"|\| fitted/);
    expect(two.out()).toContain(
      'no model fitted; threshold 0.5 pp per doubling; not reliable: only 2 points (at least 4 needed)',
    );
  });

  it('a bad CSV row: file:line on stderr and exit 2', async () => {
    const bad = example.replace('500000,0.901,0.37', '500000,ninety,0.37');
    const t = io(files({ 'curve.csv': bad }));
    expect(await runCli(['curve', 'curve.csv'], t.io)).toBe(2);
    expect(t.err()).toContain('curve.csv:4');
    expect(t.out()).toBe('');
  });
});
