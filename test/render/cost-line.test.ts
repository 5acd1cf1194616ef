// The cost line's currency comes from the config (an ISO code), but in publish/aggregate mode from an untrusted
// result file: it must reach the comment escaped and the terminal without forging a line.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { GateResult } from '../../src/kernel/result-types.js';
import { renderCostLine } from '../../src/render/cost-line.js';
import { renderText } from '../../src/render/text.js';

async function demoResult(): Promise<GateResult> {
  let stdout = '';
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: (s) => (stdout += s),
    stderr: () => undefined,
    now: () => new Date('2026-11-21'),
    env: {},
  };
  expect(await runCli(['demo', '--format', 'json'], io)).toBe(0);
  return JSON.parse(stdout) as GateResult;
}

describe('the cost line with a hostile currency', () => {
  it('is escaped in markdown: no link, image, mention or HTML', async () => {
    const result = await demoResult();
    const model = result.models[0]!;
    expect(model.cost).toBeTruthy();
    model.cost!.currency = '[x](https://evil.example) ![](https://evil.example/p.png) @acme <b>';
    const md = renderCostLine(model)!;
    expect(md).toContain('20.08 &#91;x&#93;(htt…'); // escaped, and clipped: a code is 3 letters
    expect(md).not.toContain('](');
    expect(md).not.toMatch(/@(?!&#8203;)\w/);
    expect(md).not.toContain('<b>');
  });

  it('keeps the symbol of a known code', async () => {
    const model = (await demoResult()).models[0]!;
    model.cost!.currency = 'EUR';
    expect(renderCostLine(model)).toMatch(/€\d/);
  });

  it('cannot start a workflow command line in the text output', async () => {
    const result = await demoResult();
    result.models[0]!.cost!.currency = 'USX\n::warning::forged\n::add-mask::x';
    const text = renderText(result);
    for (const line of text.split('\n')) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
    expect(text).not.toMatch(/::(warning|add-mask)::/);
  });
});
