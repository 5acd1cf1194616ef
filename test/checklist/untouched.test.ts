/**
 * Two models, a and b, in one repository: a PR that changes only a must not fail because b expired (the inventory
 * issue tracks b), unless the config says so. Reports derived from the demo; facts as the enricher gathers them.
 */
import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../src/checklist/evaluate.js';
import type { ChecklistFacts } from '../../src/kernel/checklist-types.js';
import { parseReport } from '../../src/schema/report.js';
import { config } from './helpers.js';
import { demoText } from './demo.js';

const NOW = new Date('2027-04-05T12:00:00Z');
const modelB = (expires: string) =>
  parseReport(
    demoText('examples/demo/head.yaml')
      .replace('model: fraud-detector', 'model: b')
      .replace(
        / {2}retraining:\n(?: {4}.*\n)+/,
        `  retraining:\n    cadence: quarterly\n    trained_at: 2026-11-02\n    expires: ${expires}\n`,
      ),
    'models/b/mlgate.yaml',
  );

const facts = (changed: string[] | null): ChecklistFacts => ({
  files: {},
  model_card: null,
  changed_files: changed,
  pr_body: '',
  author: 'alice',
  reviews: [],
  waivers: [],
  learning_curve_points: null,
});

function retrainingOfB(changed: string[] | null, raw: Record<string, unknown> = {}) {
  const head = modelB('2027-01-31');
  const out = evaluateChecklist({
    head,
    base: head,
    report_path: 'models/b/mlgate.yaml',
    config: config(raw),
    facts: facts(changed),
    now: NOW,
  });
  return out.items!.find((i) => i.id === 'retraining')!;
}

describe('an expired model the PR does not touch', () => {
  it('warns and points to the inventory when the PR changes only model a', () => {
    expect(retrainingOfB(['models/a/mlgate.yaml', 'models/a/train.py'])).toMatchObject({
      status: 'warn',
      evidence:
        'zombie model: expired on 2027-01-31 (64 days ago); this PR does not touch the model, so it warns here — the “mlgate: model inventory” issue tracks it',
    });
  });
  it('fails when the PR touches it (its report), when the changed files are unknown, or with expired_untouched: fail', () => {
    expect(retrainingOfB(['models/b/mlgate.yaml']).status).toBe('fail');
    expect(retrainingOfB(null).status).toBe('fail');
    expect(retrainingOfB(['models/a/mlgate.yaml'], { checklist: { expired_untouched: 'fail' } }).status).toBe('fail');
  });
  it('models.<name>.paths say which files are the model', () => {
    const cfg = { models: { b: { paths: ['models/b/**', 'features/b.sql'] } } };
    expect(retrainingOfB(['features/b.sql'], cfg).status).toBe('fail');
    expect(retrainingOfB(['features/a.sql'], cfg).status).toBe('warn');
  });
});
