// Hostile report and config files through the CLI, in-process: each is refused with exit 2 and one clear
// `file:line:col: field: message` line per problem, never a stack trace, never the file's contents.
import { describe, expect, it } from 'vitest';
import { CANARY, cli, expectCleanRefusal, report, workspace } from './helpers.js';

interface Case {
  name: string;
  text: string | Uint8Array;
  /** What the message must say. */
  message: RegExp;
  /** The field the message must name, when the problem sits in one. */
  field?: string;
}

const bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]);
const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
const blockNest = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n') + ' 1\n';

const REPORT_CASES: Case[] = [
  // Aliases and merge keys: refused outright, so no expansion (billion laughs) can happen.
  {
    name: 'alias bomb',
    text: `a: &a ["${CANARY}","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
    message: /anchors and aliases .* are not allowed/,
    field: 'a',
  },
  {
    name: 'alias of metrics',
    text: report('  acc: &x 0.9\n  f1: *x\n'),
    message: /anchors and aliases/,
    field: 'metrics.acc',
  },
  { name: 'bare alias to an undefined anchor', text: report('  acc: *nothing\n'), message: /alias|anchor|YAML error/ },
  {
    name: 'merge key',
    text: report('  <<: {acc: 0.9}\n'),
    message: /"<<" is not allowed \(YAML merge keys are disabled\)/,
    field: 'metrics',
  },
  {
    name: 'merge-key loop',
    text: `base: &b\n  <<: *b\n  x: ${CANARY}\nversion: 1\n`,
    message: /anchors and aliases|"<<"|YAML error/,
  },
  {
    name: 'merge key with alias list',
    text: `x: &x {a: 1}\ny: &y {b: 2}\nmetrics:\n  <<: [*x, *y]\n`,
    message: /anchors and aliases|"<<"/,
  },
  // Directives and tags.
  {
    name: '%YAML 1.1 directive',
    text: `%YAML 1.1\n---\n${report('  acc: 0.9\n')}`,
    message: /only YAML 1\.2 is accepted; remove the %YAML directive/,
  },
  {
    name: '%YAML 1.1 with yes/no booleans',
    text: `%YAML 1.1\n---\nversion: 1\nmodel: m\nmetrics:\n  acc: yes\n`,
    message: /only YAML 1\.2/,
  },
  {
    name: '%TAG directive with a custom tag',
    text: `%TAG !py! tag:yaml.org,2002:python/\n---\n${report('  acc: !py!object 1\n')}`,
    message: /tags/,
  },
  {
    name: 'python object tag',
    text: report('  acc: !!python/object:os.system 1\n'),
    message: /custom YAML tags .* are not allowed/,
  },
  { name: 'local tag', text: report('  acc: !evil 0.9\n'), message: /custom YAML tags/ },
  { name: 'verbatim tag', text: report('  acc: !<tag:evil.com,2026:x> 0.9\n'), message: /custom YAML tags/ },
  {
    name: 'YAML 1.1 binary tag',
    text: report('  acc: !!binary aGVsbG8=\n'),
    message: /tags .*not allowed|custom YAML tags/,
    field: 'metrics.acc',
  },
  {
    name: 'YAML 1.1 set tag',
    text: report('', 'lifecycle: !!set {a, b}\n'),
    message: /tags .*not allowed|custom YAML tags/,
    field: 'lifecycle',
  },
  {
    name: 'YAML 1.1 timestamp tag',
    text: report('  acc: !!timestamp 2026-01-01\n'),
    message: /tags .*not allowed|custom YAML tags/,
    field: 'metrics.acc',
  },
  // Structure.
  {
    name: '10k-deep flow nesting',
    text: report(`  acc: ${nest(10_000)}\n`),
    message: /nesting is too deep|deeper than 64/,
  },
  {
    name: '100-deep block nesting',
    text: `version: 1\nmodel: m\nmetrics: {acc: 0.9}\nx:\n${blockNest(100)}`,
    message: /nesting is deeper than 64 levels/,
  },
  {
    name: 'duplicate key',
    text: report('  acc: 0.9\n  acc: 0.1\n'),
    message: /the key "acc" appears twice in the same mapping/,
  },
  {
    name: 'duplicate key in JSON',
    text: `{"version":1,"model":"m","eval":{"dataset":"${CANARY}"},"metrics":{"acc":0.9,"acc":0.1}}`,
    message: /the key "acc" appears twice/,
  },
  {
    name: 'duplicate top-level key overriding the model',
    text: `model: m\n${report('  acc: 0.9\n')}`,
    message: /the key "model" appears twice/,
  },
  {
    name: '__proto__ key',
    text: report('  __proto__: 0.9\n'),
    message: /the key "__proto__" is not allowed/,
    field: 'metrics',
  },
  {
    name: 'quoted __proto__ key in JSON',
    text: `{"version":1,"model":"m","metrics":{"__proto__":{"polluted":"${CANARY}"}}}`,
    message: /the key "__proto__" is not allowed/,
    field: 'metrics',
  },
  {
    name: 'constructor key',
    text: report('  constructor: 0.9\n'),
    message: /the key "constructor" is not allowed/,
    field: 'metrics',
  },
  {
    name: 'prototype key at top level',
    text: `prototype: {x: 1}\n${report('  acc: 0.9\n')}`,
    message: /the key "prototype" is not allowed/,
  },
  {
    name: 'non-string key',
    text: report('  ? [a, b]\n  : 0.9\n'),
    message: /mapping keys must be plain strings/,
    field: 'metrics',
  },
  { name: 'null key', text: report('  ~: 0.9\n'), message: /mapping keys must be plain strings/, field: 'metrics' },
  { name: '70k-character key', text: report(`  ${'k'.repeat(70_000)}: 0.9\n`), message: /longer than/ },
  {
    name: '70k-character quoted key in JSON',
    text: `{"version":1,"model":"m","metrics":{"${'k'.repeat(70_000)}":0.9}}`,
    message: /a key is longer than 200 characters/,
    field: 'metrics',
  },
  {
    name: '70k-character model name',
    text: `version: 1\nmodel: ${'m'.repeat(70_000)}\nmetrics:\n  acc: 0.9\n`,
    message: /is longer than 100 characters/,
    field: 'model',
  },
  // Numbers.
  {
    name: '1e400 overflows to Infinity',
    text: report('  acc: 1e400\n'),
    message: /NaN and infinite numbers are not accepted/,
    field: 'metrics.acc',
  },
  {
    name: '-1e400 in JSON',
    text: `{"version":1,"model":"m","metrics":{"acc":-1e400}}`,
    message: /NaN and infinite numbers/,
    field: 'metrics.acc',
  },
  {
    name: '.nan',
    text: report('  acc: .nan\n'),
    message: /NaN and infinite numbers are not accepted/,
    field: 'metrics.acc',
  },
  {
    name: '.inf',
    text: report('  loss: -.inf\n'),
    message: /NaN and infinite numbers are not accepted/,
    field: 'metrics.loss',
  },
  {
    name: 'bare NaN (Python json.dump)',
    text: `{"version":1,"model":"m","metrics":{"acc":NaN}}`,
    message: /NaN is not a finite number .*allow_nan=False.*report a finite number/,
    field: 'metrics.acc',
  },
  {
    name: 'NaN in a cost field',
    text: report('  acc: 0.9\n', 'cost:\n  train_gpu_hours: .NaN\n'),
    message: /NaN and infinite/,
    field: 'cost.train_gpu_hours',
  },
  {
    name: 'integer above 2^53',
    text: report('  acc: 9007199254740993\n'),
    message: /integer is larger than 2\^53/,
    field: 'metrics.acc',
  },
  {
    name: 'integer above 2^53 in JSON',
    text: `{"version":1,"model":"m","metrics":{"n":123456789012345678901234567890}}`,
    message: /integer is larger than 2\^53/,
    field: 'metrics.n',
  },
  {
    name: '0x10',
    text: report('  acc: 0x10\n'),
    message: /hexadecimal, octal and binary numbers are not accepted/,
    field: 'metrics.acc',
  },
  { name: '0o17', text: report('  acc: 0o17\n'), message: /hexadecimal, octal/, field: 'metrics.acc' },
  {
    name: '1.5abc',
    text: report('  acc: 1.5abc\n'),
    message: /expected a number, got text; write a plain number/,
    field: 'metrics.acc',
  },
  {
    name: 'number with thousands separator',
    text: report('  n: 1,000\n'),
    message: /expected a number/,
    field: 'metrics.n',
  },
  // Encodings and truncation.
  { name: 'empty file', text: '', message: /file is empty; expected a YAML or JSON mapping/ },
  { name: 'whitespace and comments only', text: `\n   \n# ${CANARY}\n`, message: /expected a mapping|file is empty/ },
  { name: 'BOM only', text: bom(''), message: /file is empty/ },
  {
    name: 'truncated JSON',
    text: `{"version":1,"model":"m","eval":{"dataset":"${CANARY}"},"metrics":{"acc":0.`,
    message: /closing bracket, brace or quote is missing/,
  },
  {
    name: 'truncated YAML string',
    text: report('  acc: "0.9\n'),
    message: /closing bracket, brace or quote is missing/,
  },
  {
    name: 'UTF-16 LE with BOM',
    text: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report('  acc: 0.9\n'), 'utf16le')]),
    message: /is encoded as UTF-16; save it as UTF-8/,
  },
  {
    name: 'UTF-16 BE with BOM',
    text: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(report('  acc: 0.9\n'), 'utf16le').swap16()]),
    message: /is encoded as UTF-16/,
  },
  {
    name: 'UTF-16 without BOM',
    text: Buffer.from(report('  acc: 0.9\n'), 'utf16le'),
    message: /NUL bytes: it is binary or UTF-16/,
  },
  {
    name: 'invalid UTF-8',
    text: Buffer.concat([Buffer.from(report('  acc: 0.9\n')), Buffer.from([0xc3, 0x28])]),
    message: /is not valid UTF-8 text/,
  },
  {
    name: 'binary file',
    text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    message: /UTF-8|NUL bytes/,
  },
  {
    name: 'several documents',
    text: `${report('  acc: 0.9\n')}---\n${report('  acc: 0.1\n')}`,
    message: /several YAML documents/,
  },
  {
    name: 'tab indentation',
    text: `version: 1\nmodel: m\nmetrics:\n\tacc: 0.9\n`,
    message: /tabs cannot indent YAML|YAML error/,
  },
  { name: 'top-level list', text: `- ${CANARY}\n- 2\n`, message: /expected a mapping with version, model and metrics/ },
  // Values that are hostile to the comment rather than to the parser.
  {
    name: '@mention as model name',
    text: `version: 1\nmodel: "@octocat"\nmetrics:\n  acc: 0.9\n`,
    message: /model: has an invalid format/,
    field: 'model',
  },
  {
    name: 'HTML comment marker as metric name',
    text: report('  "<!-- mlgate -->": 0.9\n'),
    message: /a name here has characters that are not allowed/,
    field: 'metrics',
  },
  {
    name: 'pipe and backticks in metric name',
    text: report('  "a|`b`": 0.9\n'),
    message: /a name here has characters that are not allowed/,
  },
  {
    name: 'right-to-left override in metric name',
    text: report('  "acc\u202eevil": 0.9\n'),
    message: /a name here has characters that are not allowed/,
  },
  {
    name: 'unknown key with a canary value',
    text: report('  acc: 0.9\n', `secrets: ${CANARY}\n`),
    message: /unknown key "secrets"/,
    field: 'secrets',
  },
];

const CONFIG_CASES: Case[] = [
  { name: 'config alias bomb', text: `metrics: &a {acc: {min: 0.1}}\nmodels: *a\n`, message: /anchors and aliases/ },
  {
    name: 'config __proto__ under metrics',
    text: `metrics:\n  __proto__: {min: 0}\n`,
    message: /the key "__proto__" is not allowed/,
    field: 'metrics',
  },
  {
    name: 'config NaN tolerance',
    text: `metrics:\n  acc: {max_drop: .nan}\n`,
    message: /NaN and infinite numbers/,
    field: 'metrics.acc.max_drop',
  },
  {
    name: 'config 0x10 tolerance',
    text: `defaults:\n  max_drop_pct: 0x10\n`,
    message: /hexadecimal/,
    field: 'defaults.max_drop_pct',
  },
  {
    name: 'config 1e400 minimum',
    text: `metrics:\n  acc: {min: 1e400}\n`,
    message: /NaN and infinite numbers/,
    field: 'metrics.acc.min',
  },
  {
    name: 'config UTF-16',
    text: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('metrics: {}\n', 'utf16le')]),
    message: /UTF-16/,
  },
];

const GOOD = 'version: 1\nmodel: m\nmetrics:\n  acc: 0.9\n';

describe('hostile reports are refused with a clear error (mlgate compare)', () => {
  it.each(REPORT_CASES)('$name', async (c) => {
    const dir = workspace({ 'head.yaml': c.text, 'base.yaml': GOOD });
    const run = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml']);
    expectCleanRefusal(run, 'head.yaml', c.message);
    expect(run.stdout).toBe(''); // no verdict is printed for a report that could not be read
    if (c.field) expect(run.stderr).toMatch(new RegExp(`head\\.yaml(:\\d+:\\d+)?: ${escapeRe(c.field)}: `));
  });
});

describe('hostile reports are refused by mlgate validate too', () => {
  it.each(REPORT_CASES.slice(0, 12))('$name', async (c) => {
    const dir = workspace({ 'r.yaml': c.text });
    const run = await cli(dir, ['validate', '--kind', 'report', 'r.yaml']);
    expectCleanRefusal(run, 'r.yaml', c.message);
  });
});

describe('hostile configs are refused (mlgate compare --config)', () => {
  it.each(CONFIG_CASES)('$name', async (c) => {
    const dir = workspace({ 'c.yml': c.text, 'head.yaml': GOOD, 'base.yaml': GOOD });
    const run = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--config', 'c.yml']);
    expectCleanRefusal(run, 'c.yml', c.message);
    if (c.field) expect(run.stderr).toMatch(new RegExp(`c\\.yml(:\\d+:\\d+)?: ${escapeRe(c.field)}: `));
  });
});

describe('inputs that look hostile but are valid are handled correctly', () => {
  it('CRLF line endings', async () => {
    const dir = workspace({ 'head.yaml': GOOD.replace(/\n/g, '\r\n'), 'base.yaml': GOOD });
    const run = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).models[0].metrics[0]).toMatchObject({ name: 'acc', base: 0.9, head: 0.9 });
  });

  it('a UTF-8 byte order mark', async () => {
    const dir = workspace({ 'head.yaml': bom(GOOD), 'base.yaml': GOOD });
    const run = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).models[0].metrics[0].head).toBe(0.9);
  });

  it('2^53 exactly, 1e3 and 1.0e308 are ordinary numbers', async () => {
    const dir = workspace({
      'head.yaml': 'version: 1\nmodel: m\nmetrics:\n  a: 9007199254740991\n  b: 1e3\n  c: 1.0e308\n',
    });
    const run = await cli(dir, ['compare', '--head', 'head.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).models[0].metrics.map((m: { head: number }) => m.head)).toEqual([
      9007199254740991, 1000, 1e308,
    ]);
  });

  it('a quoted "NaN" in a free-text field is text, not a number', async () => {
    const dir = workspace({ 'head.yaml': `${GOOD}eval:\n  dataset: "NaN"\n` });
    const run = await cli(dir, ['compare', '--head', 'head.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).models[0].eval.dataset).toBe('NaN');
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
