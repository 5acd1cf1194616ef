// The CLI runs in `run:` steps, where the runner reads every output line for workflow commands (`::warning`,
// `::add-mask::`, `::stop-commands::`, legacy `##[`). A key or value from an untrusted file with a line break in
// it must never start such a line, on stdout or stderr; ordinary output stays byte-for-byte what it was.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { neutraliseWorkflowCommands } from '../../src/kernel/escape.js';
import { captureIo, tempFiles } from '../support/cli.js';

const FORGED = '\n::warning file=x.py::forged\n::add-mask::ghs_x\n::stop-commands::t0k\n##[error]legacy';

function expectNoCommand(output: string): void {
  for (const line of output.split(/\r\n|\r|\n/)) expect(line.trimStart(), line).not.toMatch(/^::/);
  expect(output).not.toContain('##[');
}

describe('file text on the CLI’s output', () => {
  it('validate: an unknown key with line breaks is one error line, no command', async () => {
    const dir = tempFiles({
      'r.yaml': `version: 1\nmodel: m\nmetrics: {acc: 0.9}\n${JSON.stringify(`x${FORGED}`)}: 1\n`,
    });
    const t = captureIo(dir);
    expect(await runCli(['validate', 'r.yaml'], t.io)).toBe(2);
    expect(t.err()).toMatch(/^r\.yaml:4:1: x : :warning .*unknown key "x\?: :warning/);
    expect(t.err().split('\n').filter(Boolean)).toHaveLength(1);
    expectNoCommand(t.err());
  });

  it('compare: a field path with line breaks (a nested unknown key) stays on the error line', async () => {
    const bad = JSON.stringify({ version: 1, model: 'm', metrics: { acc: 0.9 }, eval: { [`k${FORGED}`]: 1 } });
    const dir = tempFiles({ 'head.json': bad, 'base.yaml': 'version: 1\nmodel: m\nmetrics: {acc: 0.9}\n' });
    const t = captureIo(dir);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.json'], t.io)).toBe(2);
    expect(t.err()).toMatch(/^error: head\.json:1:\d+: eval\.k/);
    expectNoCommand(t.err());
  });

  it('aggregate: an unknown key in a result file', async () => {
    const dir = tempFiles({});
    mkdirSync(path.join(dir, 'results'));
    writeFileSync(path.join(dir, 'results', 'm.json'), JSON.stringify({ [`x${FORGED}`]: 1 }));
    const t = captureIo(dir);
    expect(await runCli(['aggregate', 'results/m.json'], t.io)).toBe(2);
    expect(t.err()).toContain('error: results/m.json');
    expectNoCommand(t.err() + t.out());
  });
});

describe('neutraliseWorkflowCommands (the last step of every CLI write)', () => {
  it('breaks a command at the start of any line, after blanks, after a CR, and ##[ anywhere', () => {
    const out = neutraliseWorkflowCommands(`ok\n::add-mask::a\n  ::warning::b\r::error::c\nx ##[group]d\n`);
    expect(out).toBe('ok\n: :add-mask::a\n  : :warning::b\r: :error::c\nx # #[group]d\n');
    expectNoCommand(out);
  });

  it('leaves ordinary output alone, including :: inside a line', () => {
    const text = '| metric | a::b |\nmlgate: PASS — ok\n  ratio 1:2, time 10:30::00\n';
    expect(neutraliseWorkflowCommands(text)).toBe(text);
  });
});
