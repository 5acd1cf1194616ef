// Names that attack the PR comment or the log: they come from the PR's own files (a config's required_metrics,
// a report's metric names) and must come out inert: no live mention, reference, HTML, marker, table break,
// hidden text or workflow command, and bounded in length.
import { describe, expect, it } from 'vitest';
import { cli, workspace } from './helpers.js';
import { liveReferences } from '../support/github-text.js';

const HOSTILE_NAMES: Array<[string, string]> = [
  ['@mention', '@octocat please merge'],
  ['team mention', '@acme/security-team'],
  ['issue reference', 'fixes #123 and acme/models#7'],
  ['GH reference', 'see GH-77 and gh-78'],
  ['HTML', '<img src=x onerror=alert(1)><b>bold</b>'],
  ['our marker', '<!-- mlgate:comment key=default head=0000000 -->'],
  ['unterminated comment', 'acc <!-- hides the rest'],
  ['pipes', 'a|b|c||'],
  ['backticks and fence', '```\ncode\n``` `x`'],
  ['add-mask command', '::add-mask::ghs_secret'],
  ['set-output command', '\n::set-output name=verdict::pass'],
  ['legacy command', '##[add-mask]ghs_secret'],
  ['triple colons', ':::add-mask:::x'],
  ['right-to-left override', 'acc\u202eevil\u202c'],
  ['bidi isolates', '\u2066acc\u2069\u2067x\u2069'],
  ['zero-width characters', 'a\u200bc\u200dc\ufeffu'],
  ['tag characters (ASCII smuggling)', 'acc\u{E0069}\u{E0067}\u{E006E}'],
  ['lone surrogate', 'acc\ud800x'],
  ['markdown link', '[click](https://evil.example)'],
  ['newlines and CR', 'line1\r\nline2\rline3\u2028line4'],
  ['70k characters', 'n'.repeat(70_000)],
];

const REPORT = 'version: 1\nmodel: m\nmetrics:\n  acc: 0.9\n';
// Characters that must never reach the output raw.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u{E0000}-\u{E007F}]/u;
const ALLOWED_TAGS = /^<\/?(sub|details|summary|br)\b/;

function checkMarkdown(md: string): void {
  expect(md).not.toContain('<!--');
  expect(md).not.toMatch(/@(?!&#8203;)\w/); // every @ is followed by the zero-width entity
  expect(md).not.toMatch(/(^|[^&])#\d/m); // no #123 reference (entities like &#35; are fine)
  expect(liveReferences(md)).toEqual([]); // nor once GitHub has decoded the entities
  expect(md).not.toMatch(INVISIBLE);
  expect(md).not.toMatch(/[\ud800-\udfff]/u); // no lone surrogate survives (pairs are matched by \u{...} above)
  for (const m of md.matchAll(/</g)) expect(md.slice(m.index, m.index + 12)).toMatch(ALLOWED_TAGS);
  // Fences only where we open them: none in this output.
  expect(md).not.toMatch(/`/);
  for (const line of md.split('\n')) expect(Buffer.byteLength(line)).toBeLessThan(4000);
  // Every table row has as many cells as its header.
  const blocks = md.split('\n\n');
  for (const block of blocks) {
    const rows = block.split('\n').filter((l) => l.startsWith('|'));
    if (rows.length === 0) continue;
    const cells = (row: string) => row.split('|').length;
    for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!));
  }
}

function checkText(text: string): void {
  for (const line of text.split('\n')) {
    expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
  }
  expect(text).not.toMatch(/::add-mask::|::set-output/);
  expect(text).not.toMatch(INVISIBLE);
  for (const line of text.split('\n')) expect(line.length).toBeLessThan(1000);
}

describe('hostile names from the config are inert in the comment and the log', () => {
  // A 70k-character name is refused by the config schema (tested below), so it never reaches the renderers.
  it.each(HOSTILE_NAMES.filter(([label]) => label !== '70k characters'))('%s', async (_label, name) => {
    const dir = workspace({ 'head.yaml': REPORT, 'c.yml': `required_metrics: [${JSON.stringify(name)}]\n` });
    const md = await cli(dir, ['compare', '--head', 'head.yaml', '--config', 'c.yml']);
    expect(md.code, md.stderr).toBe(1); // the required metric is missing: the gate fails, it does not crash
    expect(md.stdout.split('\n')[0]).toMatch(/^### ❌ mlgate: fail — required metric /);
    checkMarkdown(md.stdout);
    const text = await cli(dir, ['compare', '--head', 'head.yaml', '--config', 'c.yml', '--format', 'text']);
    expect(text.code).toBe(1);
    checkText(text.stdout);
  });

  it('a 70k-character required metric name is refused by the config schema, not echoed', async () => {
    const dir = workspace({ 'head.yaml': REPORT, 'c.yml': `required_metrics: ["${'n'.repeat(70_000)}"]\n` });
    const md = await cli(dir, ['compare', '--head', 'head.yaml', '--config', 'c.yml']);
    expect(md.code).toBe(2);
    expect(md.stderr).toBe('error: c.yml:1:20: required_metrics[0]: is longer than 100 characters\n');
  });
});

describe('metric names the report schema allows (@ and :) are inert too', () => {
  it('acc@octocat and x::add-mask::y in the metric table and the text table', async () => {
    const head = 'version: 1\nmodel: m\nmetrics:\n  acc@octocat: 0.5\n  "x::add-mask::y": 0.5\n';
    const base = 'version: 1\nmodel: m\nmetrics:\n  acc@octocat: 0.9\n  "x::add-mask::y": 0.9\n';
    const dir = workspace({ 'head.yaml': head, 'base.yaml': base });
    const md = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml']);
    expect(md.code).toBe(1);
    checkMarkdown(md.stdout);
    expect(md.stdout).toContain('| acc@&#8203;octocat | 90.0% | 50.0% |');
    const text = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'text']);
    checkText(text.stdout);
    expect(text.stdout).toContain('x: :add-mask: :y');
  });
});
