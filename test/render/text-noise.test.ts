// The terminal's noise column says why there is no noise figure, in the same words as the comment.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo, tempFiles } from '../support/cli.js';

const report = (metrics: string, size = '') => `version: 1\nmodel: m\nmetrics:\n${metrics}${size}`;

async function both(base: string, head: string): Promise<{ text: string; markdown: string }> {
  const dir = tempFiles({ 'b.yaml': base, 'h.yaml': head });
  const out: Record<string, string> = {};
  for (const format of ['text', 'markdown']) {
    const t = captureIo(dir);
    await runCli(['compare', '--base', 'b.yaml', '--head', 'h.yaml', '--format', format], t.io);
    out[format] = t.out();
  }
  return { text: out.text!, markdown: out.markdown! };
}

const EVAL = 'eval:\n  dataset: gold\n  size: 5000\n';
const BASE = '  accuracy: 0.90\n  f1: 0.80\n  latency_ms: 10\n';
const HEAD = '  accuracy: 0.91\n  f1: 0.81\n  latency_ms: 11\n';

describe('text noise column', () => {
  it.each(['needs predictions', 'no spread known'])('says "%s" where the comment does', async (reason) => {
    const r = await both(report(BASE, EVAL), report(HEAD, EVAL));
    expect(r.markdown).toContain(`— ${reason}`);
    expect(r.text).toContain(`- ${reason}`);
  });

  it('says "no eval size" for a rate without eval.size', async () => {
    const r = await both(report(BASE), report(HEAD));
    expect(r.text).toMatch(/accuracy .*- no eval size/);
  });
});
