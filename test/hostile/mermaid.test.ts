// The learning curve's metric names the Mermaid chart. A name that starts a directive (`%%{init: …}%%`), ends a
// quoted string, or carries bidi, zero-width or control characters never reaches it: the curve's metric follows
// the one rule for metric names wherever it comes from (a report, `mlgate curve --metric`, a result file).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/schema/report.js';
import { parseResult } from '../../src/schema/result-check.js';
import { InputError } from '../../src/kernel/errors.js';
import { cli, expectCleanRefusal, workspace } from './helpers.js';

const NAMES = [
  '%%{init: {"theme": "dark"}}%%',
  '%% comment',
  'acc" ]\nline',
  'acc\u202eevil',
  'a\u200bcc',
  'acc\u0007',
];

const report = (metric: string) =>
  `version: 1\nmodel: m\nmetrics:\n  accuracy: 0.9\nlearning_curve:\n  metric: ${JSON.stringify(metric)}\n  points:\n` +
  [1000, 2000, 4000, 8000].map((n, i) => `    - { train_size: ${n}, ${JSON.stringify(metric)}: 0.8${i} }\n`).join('');

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.format();
    throw e;
  }
  return 'accepted';
}

describe('a curve metric cannot reach the chart as anything but a name', () => {
  it('is refused in a report, naming the field', () => {
    for (const name of NAMES)
      expect(
        refusal(() => parseReport(report(name), 'mlgate.yaml')),
        JSON.stringify(name),
      ).toMatch(/^mlgate\.yaml:6:\d+: learning_curve\.metric: has an invalid format.*write a metric name/);
    expect(refusal(() => parseReport(report('val/acc@5'), 'mlgate.yaml'))).toBe('accepted');
  });

  it('is refused by `mlgate curve --metric`', async () => {
    const dir = workspace({ 'curve.csv': 'train_size,accuracy\n1000,0.8\n2000,0.81\n4000,0.82\n8000,0.83\n' });
    for (const name of NAMES.slice(0, 2)) {
      const run = await cli(dir, ['curve', 'curve.csv', '--metric', name]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--metric has characters that are not allowed/);
      expect(run.stderr + run.stdout).not.toContain('%%');
    }
  });

  it('is refused in a result file (publish and aggregate read them)', async () => {
    const dir = workspace({ 'mlgate.yaml': report('accuracy') });
    const json = JSON.parse((await cli(dir, ['compare', '--head', 'mlgate.yaml', '--format', 'json'])).stdout);
    expect(json.models[0].learning_curve.metric).toBe('accuracy');
    for (const name of NAMES) {
      json.models[0].learning_curve.metric = name;
      expect(refusal(() => parseResult(JSON.stringify(json), 'r.json'))).toMatch(
        /learning_curve\.metric: has an invalid format/,
      );
    }
  });

  it('the CLI refusal of a report is clean', async () => {
    const dir = workspace({ 'mlgate.yaml': report('%%{init: {"theme": "dark"}}%%') });
    expectCleanRefusal(await cli(dir, ['compare', '--head', 'mlgate.yaml']), 'mlgate.yaml', /learning_curve\.metric/);
  });
});
