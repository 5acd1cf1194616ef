// A PR that renames its gated metric to another name of the same kind (accuracy -> acc, val_accuracy ->
// val_acc) must not turn a regression into "removed" (a warning) plus "new" (a pass): the registry knows both
// names are one accuracy, so the drop is still judged, or the rename itself blocks.
import { describe, expect, it } from 'vitest';
import { gate } from '../metrics/helpers.js';

describe('renaming the gated metric to an alias does not hide its regression', () => {
  it.each([
    ['accuracy', 'acc'],
    ['accuracy', 'Accuracy'],
    ['val_accuracy', 'val_acc'],
    ['f1_macro', 'macro_f1'],
  ])('%s 0.91 -> %s 0.50 fails', (before, after) => {
    const r = gate({ [before]: 0.91 }, { [after]: 0.5 }, { size: 12000 });
    expect(r.verdict).toBe('fail');
  });
});

describe('what a rename is and is not', () => {
  it('says in a note which PR name was judged as which base name', () => {
    const r = gate({ accuracy: 0.91 }, { acc: 0.5 }, { size: 12000 });
    expect(r.models[0]!.notes.join('\n')).toContain('acc is judged as accuracy');
    expect(r.models[0]!.metrics.map((m) => m.name)).toEqual(['accuracy']);
  });

  it('pairs nothing across units, splits or two candidates', () => {
    for (const [base, head] of [
      [{ latency_ms: 40 }, { latency_s: 0.04 }],
      [{ val_accuracy: 0.91 }, { test_accuracy: 0.5 }],
      [{ accuracy: 0.91 }, { acc: 0.5, Accuracy: 0.6 }],
    ] as Array<[Record<string, number>, Record<string, number>]>) {
      const r = gate(base, head, { size: 12000 });
      expect(r.models[0]!.notes.join('\n')).not.toContain('is judged as');
    }
  });
});
