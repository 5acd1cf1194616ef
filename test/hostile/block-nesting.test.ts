// Compact block collections nest on one line (`- - - 1`, `? ? 1`, `x: - - 1`) without a bracket or a line break,
// so the bracket and separator counts before parsing did not see them: a 5 MiB file of `- ` cost the YAML parser
// ~16 s and 2.6 GB (and aborted node with a 1 GB heap). They are refused before parsing, cheaply, with the line.
import { describe, expect, it } from 'vitest';
import { flowScan } from '../../src/kernel/syntax-hints.js';
import { cli, expectCleanRefusal, workspace } from './helpers.js';

const HEAD = 'version: 1\nmodel: m\nmetrics: {acc: 0.9}\n';
const FIVE_MIB = 5 * 1024 * 1024;
/** `body` repeated to fill a 5 MiB file after `prefix` (the reviewer's reproduction when body is "- "). */
const fill = (prefix: string, body: string) =>
  prefix + body.repeat(Math.floor((FIVE_MIB - prefix.length - 3) / body.length)) + '1\n';

describe('block collections nested on one line', () => {
  it.each([
    ['"- " sequences', fill(`${HEAD}x:\n  `, '- '), 5, 3],
    ['"? " explicit keys', fill(`${HEAD}x:\n  `, '? '), 5, 3],
    ['"- ? " mixed', fill(`${HEAD}x:\n  `, '- ? '), 5, 3],
    ['after a key: "x: - - "', fill(HEAD + 'x: ', '- '), 4, 2],
    ['after a compact mapping: "- a: - - "', fill(`${HEAD}x:\n  - a: `, '- '), 5, 6],
  ])(
    '5 MiB of %s: refused before parsing, naming the file and line, in well under a second',
    async (_name, text, line, column) => {
      const dir = workspace({ 'r.yaml': text });
      const started = Date.now();
      const run = await cli(dir, ['validate', 'r.yaml']);
      const ms = Date.now() - started;
      expectCleanRefusal(
        run,
        'r.yaml',
        new RegExp(`^r\\.yaml:${line}:${column}: nesting is deeper than 64 levels: more than 64 block indicators`),
      );
      expect(ms).toBeLessThan(3000); // the parser took ~16 s on this before
    },
  );

  it('65 on a line is refused, 64 still parses (the walk’s own depth limit names the field)', async () => {
    const ok = workspace({ 'r.yaml': `${HEAD}x:\n  ${'- '.repeat(63)}1\n` });
    const run = await cli(ok, ['validate', 'r.yaml']);
    expect(run.stderr).not.toMatch(/block indicators/);
    const bad = workspace({ 'r.yaml': `${HEAD}x:\n  ${'- '.repeat(65)}1\n` });
    expectCleanRefusal(
      await cli(bad, ['validate', 'r.yaml']),
      'r.yaml',
      /^r\.yaml:5:3: nesting is deeper than 64 levels/,
    );
  });

  it('dashes and colons in text, quotes and comments are not indicators', () => {
    const text = [
      `title: ${'a - '.repeat(100)}b`,
      `note: "${'- '.repeat(100)}"`,
      `# ${'- '.repeat(100)}`,
      `url: http://x.example/a:b ${'-x '.repeat(100)}`,
      `time: 10:30`,
    ].join('\n');
    expect(flowScan(text).blockRun).toBeLessThanOrEqual(2);
  });
});
