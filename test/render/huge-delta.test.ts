// A relative change of 10^22 % is shown bounded and readable in every renderer, never as "1.0989e+22%".
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { formatPct } from '../../src/kernel/format.js';
import { captureIo, tempFiles } from '../support/cli.js';

const report = (v: string) => `version: 1\nmodel: m\nmetrics:\n  mse: ${v}\n`;

describe('huge relative changes', () => {
  it.each(['markdown', 'text'])('%s: a metric 1 → 1.0989e20 prints a capped percentage', async (format) => {
    const dir = tempFiles({ 'b.yaml': report('1'), 'h.yaml': report('1.0989010989010989e20') });
    const t = captureIo(dir);
    await runCli(['compare', '--base', 'b.yaml', '--head', 'h.yaml', '--format', format], t.io);
    expect(t.out()).toContain('> +999,999%');
    expect(t.out()).not.toMatch(/e\+\d+%/);
  });

  it('keeps ordinary and large-but-bounded changes exact, with separators', () => {
    expect(formatPct(2.43)).toBe('+2.4%');
    expect(formatPct(-123456.4)).toBe('−123,456%');
    expect(formatPct(-5e9)).toBe('< −999,999%');
    expect(formatPct(Infinity)).toBe('> +999,999%');
  });
});
