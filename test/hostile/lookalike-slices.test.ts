// A PR that respells a slice with a lookalike letter (Cyrillic е for e), a zero-width character or full-width
// letters turned its regression into "removed" (a warning) beside a "new" slice that reads the same in the
// comment. The respelled slice is compared with the base's.
import { describe, expect, it } from 'vitest';
import { gateTexts } from '../metrics/helpers.js';

const report = (slice: string, acc: number) =>
  `version: 1\nmodel: m\nmetrics: {accuracy: 0.91}\neval:\n  dataset: gold\n  size: 1000\n  slices:\n    ${JSON.stringify(slice)}: { accuracy: ${acc}, size: 500 }\n    us: { accuracy: 0.92, size: 500 }\n`;

describe('a lookalike slice name does not hide the slice’s regression', () => {
  it.each([
    ['Cyrillic е', '\u0435u'],
    ['zero-width space', 'e\u200bu'],
    ['full-width letters', '\uff45\uff55'],
    ['upper case', 'EU'],
  ])('%s', (_label, respelled) => {
    const r = gateTexts(report('eu', 0.9), report(respelled, 0.5));
    expect(r.verdict).toBe('fail');
    const row = r.models[0]!.metrics.find((m) => m.name === `accuracy [${respelled}]`)!;
    expect(row).toMatchObject({ base: 0.9, head: 0.5, change: 'regressed' });
    expect(r.models[0]!.metrics.some((m) => m.change === 'removed')).toBe(false);
  });

  it('two base slices that look alike are left as they are (no guess)', () => {
    const base = report('eu', 0.9).replace('    us:', '    EU: { accuracy: 0.9, size: 500 }\n    us:');
    const r = gateTexts(base, report('\u0435u', 0.5));
    expect(r.models[0]!.metrics.filter((m) => m.change === 'removed')).toHaveLength(2);
  });
});
