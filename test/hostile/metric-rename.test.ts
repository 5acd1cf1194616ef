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
