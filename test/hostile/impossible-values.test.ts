// Values a metric's kind cannot take: an accuracy of 150 or 1e9, an error rate below zero. Compared as numbers
// they read as huge improvements, so a PR could pass by writing nonsense; each is refused with the value named.
import { describe, expect, it } from 'vitest';
import { gate, judge } from '../metrics/helpers.js';

describe('a value outside its kind’s range cannot pass', () => {
  it.each([
    ['accuracy', 0.91, 150],
    ['accuracy', 0.91, 1e9],
    ['f1', 0.8, 101],
    ['error_rate', 0.1, -5],
    ['error_rate', 0.1, -0.3],
    ['wer', 0.1, -0.01],
  ])('%s %d -> %d fails and says why', (name, base, head) => {
    const r = judge(name, base, head);
    expect(r.verdict).toBe('fail');
    const finding = r.model.findings.find((f) => f.rule === 'metric.impossible');
    expect(finding?.message).toMatch(new RegExp(`^${name} is .* in the PR, outside what a metric of kind`));
  });

  it('a broken base is named too (the comparison means nothing)', () => {
    const r = judge('accuracy', 250, 0.9);
    expect(r.verdict).toBe('fail');
    expect(r.model.findings[0]!.message).toMatch(/^accuracy is 250 in the base, outside/);
  });

  it('in range, in either scale, nothing changes', () => {
    expect(judge('accuracy', 0.91, 0.95).verdict).toBe('pass');
    expect(judge('accuracy', 91, 95).verdict).toBe('pass');
    expect(judge('wer', 0.04, 1.2).verdict).toBe('fail'); // a regression, not an impossible value
    expect(gate({ wer: 4 }, { wer: 3 }).models[0]!.findings).toEqual([]);
  });

  it('the config can say the name means something else', () => {
    const r = judge('accuracy', 0.91, 150, { config: 'metrics:\n  accuracy: { direction: higher }\n' });
    expect(r.model.findings.some((f) => f.rule === 'metric.impossible')).toBe(false);
  });
});

describe('a higher-is-better fraction that would “rise” from at most 1 % is a unit slip, not an improvement', () => {
  // Read as percent on both sides, 0.91 -> 15 is 0.91 % -> 15 %; the likely reading is 91 % -> 15 %.
  it.each([
    ['accuracy', 0.91, 15],
    ['recall', 0.6, 9],
    ['accuracy', 0.91, 1.5],
    ['auc', 0.95, 3],
  ])('%s %d -> %d fails with metric.scale', (name, base, head) => {
    const r = judge(name, base, head, { size: 1000 });
    expect(r.verdict).toBe('fail');
    const f = r.model.findings.find((x) => x.rule === 'metric.scale');
    expect(f?.message).toMatch(/one is a fraction, the other a percentage \(or both are percentages/);
  });

  it('percentages on both sides, and error rates around 1 %, are read as before', () => {
    expect(judge('accuracy', 91, 95).verdict).toBe('pass');
    expect(judge('error_rate', 1.2, 0.8).change).toBe('improved');
    expect(judge('error_rate', 0.8, 1.2, { size: 100000 }).change).toBe('regressed');
    expect(judge('accuracy', 1.5, 0.91, { size: 100000 }).change).toBe('regressed');
  });
});
