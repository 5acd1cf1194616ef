import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/cli/compare.js';
import { renderAs } from '../../src/render/any.js';
import { BASE_PATH, HEAD_PATH, WORKSPACE, day } from './helpers.js';

describe('mlgate compare (no GitHub)', () => {
  it('checks every item that needs no GitHub data from the workspace; reviews are not checked', async () => {
    const result = await compareFiles({ head: HEAD_PATH, base: BASE_PATH, now: day('2026-11-02') }, WORKSPACE);
    const items = result.models[0]!.checklist!;
    expect(items.filter((i) => i.status !== 'pass').map((i) => [i.id, i.status])).toEqual([
      ['independent_review', 'not_checked'],
    ]);
    expect(items.find((i) => i.id === 'documentation')!.evidence).toBe('models/fraud/MODEL_CARD.md');
    const json = JSON.parse(renderAs(result, 'json')) as {
      models: Array<{ checklist: Array<Record<string, unknown>> }>;
    };
    expect(json.models[0]!.checklist[0]).toEqual({
      id: 'documentation',
      title: 'Documentation',
      status: 'pass',
      severity: 'required',
      evidence: 'models/fraud/MODEL_CARD.md',
      fix: null,
    });
  });

  it('finds a zombie model on the day after its expiry', async () => {
    const result = await compareFiles({ head: HEAD_PATH, now: day('2027-04-01', '00:00:00') }, WORKSPACE);
    expect(result.verdict).toBe('fail');
    expect(result.reason).toBe(
      'checklist: Retraining and expiry: zombie model: expired on 2027-03-31 (1 day ago) — retrain the model and move lifecycle.retraining.expires forward, or retire it',
    );
  });
});
