// What a user gets wrong, and that `validate` and `compare` must both refuse the same way (exit 2, file:line,
// the field, how to fix it): JSON held to JSON's grammar, impossible dates, swapped bounds, a bad --now.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo, tempFiles } from '../support/cli.js';

const GOOD = 'version: 1\nmodel: m\nmetrics:\n  accuracy: 0.9\n';
const lifecycle = (extra: string) => `${GOOD}lifecycle:\n${extra}`;

async function both(file: string, text: string): Promise<{ validate: string; compare: string }> {
  const dir = tempFiles({ [file]: text, 'base.yaml': GOOD });
  const v = captureIo(dir);
  expect(await runCli(['validate', file], v.io)).toBe(2);
  const c = captureIo(dir);
  expect(await runCli(['compare', '--base', 'base.yaml', '--head', file], c.io)).toBe(2);
  expect(c.out()).toBe('');
  // compare prefixes its one error with "error: "; validate lists one per file.
  return { validate: v.err(), compare: c.err().replace(/^error: /, '') };
}

describe('validate and compare refuse the same inputs', () => {
  it.each([
    [
      'a trailing comma in a .json report',
      'r.json',
      '{"version": 1, "model": "m", "metrics": {"accuracy": 0.9,}}',
      /^r\.json:1:58: not valid JSON: a trailing comma before a closing \} or \]; remove it\n$/,
    ],
    [
      'single quotes in a .json report',
      'r.json',
      "{'version': 1, 'model': 'm', 'metrics': {'accuracy': 0.9}}",
      /^r\.json:1:2: not valid JSON: check the syntax near this position/,
    ],
    [
      'NaN written by Python into a .json report',
      'r.json',
      '{"version": 1, "model": "m", "metrics": {"accuracy": NaN}}',
      /^r\.json:1:\d+: metrics\.accuracy: NaN is not a finite number .*report a finite number or leave the field out\n$/,
    ],
    [
      'an expiry that is not a calendar date',
      'r.yaml',
      lifecycle('  retraining: { cadence: monthly, expires: 2027-02-30 }\n'),
      /^r\.yaml:6:\d+: lifecycle\.retraining\.expires: "2027-02-30" is not a calendar date; write it as YYYY-MM-DD/,
    ],
    [
      'an unclosed [ (YAML then blames the next line)',
      'r.yaml',
      'version: 1\nmodel: m\nmetrics: { accuracy: 0.9 }\neval: { dataset: gold, slices: [a, b\ncost: { train_cpu_hours: 1 }\n',
      /^r\.yaml:4:7: this \[ or \{ is not closed; add the closing bracket or brace \(YAML error BAD_INDENT\)\n$/,
    ],
    [
      'a trailing comma in a JSON list',
      'r.json',
      '{"version": 1, "model": "m", "metrics": {"accuracy": 0.9}, "eval": {"slices": {}}, "x": [1, ]}',
      /^r\.json:1:\d+: not valid JSON: a trailing comma before a closing \} or \]; remove it\n$/,
    ],
    [
      'JSON5-style keys next to a "NaN" inside a string',
      'r.json',
      '{"note": "x: NaN", version: 1, "model": "m", "metrics": {"accuracy": 0.9}}',
      /^r\.json:1:20: not valid JSON: check the syntax near this position/,
    ],
    [
      'thousands of nested brackets (the YAML parser would run out of memory)',
      'r.yaml',
      `version: 1\nmodel: m\nmetrics: ${'['.repeat(100_000)}\n`,
      /^r\.yaml:1:1: nesting is deeper than 64 levels\n$/,
    ],
    [
      'a million one-character items (refused before the parser spends gigabytes on them)',
      'r.yaml',
      `version: 1\nmodel: m\nmetrics: { accuracy: 0.9 }\nx: [${'1,'.repeat(1_000_000)}1]\n`,
      /^r\.yaml: too many values \(more than 200000\)\n$/,
    ],
    [
      'an apostrophe inside a list does not hide a bad indent',
      'r.yaml',
      "version: 1\nmodel: m\nmetrics: { accuracy: 0.9 }\ntags: [don't, x]\neval:\n  dataset: gold\n size: 10\n",
      /^r\.yaml:7:\d+: (the indentation is inconsistent|.*YAML error)/,
    ],
    [
      'monitoring bounds with min above max',
      'r.yaml',
      lifecycle(
        '  monitoring:\n    inputs: [{ name: amount, min: 10, max: 1 }]\n    outputs: [{ name: score, min: 0, max: 1 }]\n',
      ),
      /^r\.yaml:7:\d+: lifecycle\.monitoring\.inputs\[0\]\.min: min \(10\) is greater than max \(1\); swap them/,
    ],
  ])('%s', async (_name, file, text, message) => {
    const r = await both(file, text);
    expect(r.validate).toMatch(message);
    expect(r.compare).toMatch(message);
  });

  it('accepts YAML strings that only look like NaN or infinity', async () => {
    const dir = tempFiles({
      'r.yaml': 'version: 1\nmodel: inf\nmetrics:\n  accuracy: 0.9\neval: { dataset: nan, size: 10 }\n',
    });
    const t = captureIo(dir);
    expect(await runCli(['validate', 'r.yaml'], t.io)).toBe(0);
    expect(t.out()).toBe('r.yaml: valid report\n');
  });

  it('still accepts the same report written as valid JSON', async () => {
    const dir = tempFiles({ 'r.json': '{"version": 1, "model": "m", "metrics": {"accuracy": 0.9}}' });
    const t = captureIo(dir);
    expect(await runCli(['validate', 'r.json'], t.io)).toBe(0);
    expect(t.out()).toBe('r.json: valid report\n');
  });
});

describe('compare on two files', () => {
  it('notes when the base and PR reports name different models', async () => {
    const dir = tempFiles({
      'b.yaml': GOOD.replace('model: m', 'model: churn'),
      'h.yaml': GOOD.replace('model: m', 'model: fraud'),
    });
    const t = captureIo(dir);
    expect(await runCli(['compare', '--base', 'b.yaml', '--head', 'h.yaml', '--format', 'json'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).notes).toEqual([
      'the base report is for model "churn" and the PR\'s for "fraud": check that --base and --head are the same model',
    ]);
  });
});

describe('--now', () => {
  it.each(['2026-13-45', '2026-02-30', '21/11/2026', 'tomorrow'])('refuses %s with exit 2', async (now) => {
    const dir = tempFiles({ 'h.yaml': GOOD });
    const t = captureIo(dir);
    expect(await runCli(['compare', '--head', 'h.yaml', '--now', now], t.io)).toBe(2);
    expect(t.err()).toContain(`--now must be a calendar date YYYY-MM-DD (got "${now}")`);
  });

  it('takes a real date as that UTC day', async () => {
    const dir = tempFiles({ 'h.yaml': lifecycle('  retraining: { cadence: monthly, expires: 2026-03-01 }\n') });
    const t = captureIo(dir);
    await runCli(['compare', '--head', 'h.yaml', '--now', '2026-02-28', '--format', 'json'], t.io);
    const item = JSON.parse(t.out()).models[0].checklist.find((c: { id: string }) => c.id === 'retraining');
    expect(item.evidence).toMatch(/expires in 1 day \(2026-03-01\)/);
  });
});

describe('typos on the command line', () => {
  it('suggests the command or option the user meant, with exit 2', async () => {
    const dir = tempFiles({ 'h.yaml': GOOD });
    const cmd = captureIo(dir);
    expect(await runCli(['comapre'], cmd.io)).toBe(2);
    expect(cmd.err().split('\n')[0]).toBe('mlgate: unknown command "comapre"; did you mean "compare"?');
    const opt = captureIo(dir);
    expect(await runCli(['compare', '--head', 'h.yaml', '--basee', 'b.yaml'], opt.io)).toBe(2);
    expect(opt.err().split('\n')[0]).toBe("mlgate compare: Unknown option '--basee'; did you mean --base?");
    const far = captureIo(dir);
    expect(await runCli(['compare', '--head', 'h.yaml', '--xyzzy'], far.io)).toBe(2);
    expect(far.err().split('\n')[0]).toMatch(/^mlgate compare: Unknown option '--xyzzy'/);
    expect(far.err()).not.toContain('did you mean'); // nothing close: no guess
  });

  it('lists every command on one line each in --help', async () => {
    const t = captureIo('.');
    expect(await runCli(['--help'], t.io)).toBe(0);
    const lines = t
      .out()
      .split('\n')
      .filter((l) => /^ {2}[a-z]+ {2,}/.test(l));
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual([
      'compare',
      'validate',
      'demo',
      'preview',
      'init',
      'aggregate',
      'curve',
      'audit',
      'explain',
      'record',
    ]);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
  });
});

describe('did you mean, for longer spellings and swapped letters', () => {
  it('--baseline gets --base, and eval.szie gets size (a swap of two letters is one typo)', async () => {
    const dir = tempFiles({
      'r.yaml': 'version: 1\nmodel: m\nmetrics: { accuracy: 0.9 }\neval:\n  dataset: gold\n  szie: 3\n',
    });
    const opt = captureIo(dir);
    expect(await runCli(['compare', '--head', 'r.yaml', '--baseline', 'b.yaml'], opt.io)).toBe(2);
    expect(opt.err().split('\n')[0]).toBe("mlgate compare: Unknown option '--baseline'; did you mean --base?");
    const v = captureIo(dir);
    expect(await runCli(['validate', 'r.yaml'], v.io)).toBe(2);
    expect(v.err()).toBe('r.yaml:6:3: eval.szie: unknown key "szie"; did you mean "size"?\n');
  });
});

describe('schema messages say what is allowed and show the number', () => {
  it('a model name with a space, a fractional size, an out-of-range alpha, a lower-case currency', async () => {
    const dir = tempFiles({
      'r.yaml':
        'version: 1\nmodel: fraud detector\nmetrics: { accuracy: 0.9 }\neval: { dataset: gold, size: 5000.5 }\nlifecycle:\n  retraining: { expires: 2027/03/31 }\n',
      'c.yml': 'version: 1\nsignificance:\n  alpha: 0.7\ncost:\n  currency: usd\n',
    });
    const r = captureIo(dir);
    expect(await runCli(['validate', 'r.yaml'], r.io)).toBe(2);
    expect(r.err().split('\n')).toEqual([
      'r.yaml:2:8: model: has an invalid format: it contains a space; use letters, digits and . _ - / only (no spaces), starting with a letter or digit, e.g. fraud-detector',
      'r.yaml:4:30: eval.size: expected a whole number, got 5000.5',
      'r.yaml:6:26: lifecycle.retraining.expires: has an invalid format; write a date as YYYY-MM-DD',
      '',
    ]);
    const c = captureIo(dir);
    expect(await runCli(['validate', 'c.yml'], c.io)).toBe(2);
    expect(c.err().split('\n')).toEqual([
      "c.yml:3:10: significance.alpha: must be less than 0.5, got 0.7 — Significance level, default 0.05 (Holm-adjusted across a model's gated metrics).",
      'c.yml:5:13: cost.currency: has an invalid format; write a three-letter currency code in capitals, e.g. USD or EUR',
      '',
    ]);
  });
});
