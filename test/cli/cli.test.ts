// The CLI in-process (runCli with injected io), on real files in a temp dir.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo, tempFiles } from '../support/cli.js';

const io = captureIo;
const files = (map: Record<string, string>) => tempFiles(map, 'mlgate-cli-');

const report = (acc: number) => `version: 1\nmodel: m\nmetrics:\n  accuracy: ${acc}\n  latency_ms: 40\n`;

describe('mlgate compare', () => {
  it('exits 0 on pass and prints markdown by default', async () => {
    const dir = files({ 'base.yaml': report(0.9), 'head.yaml': report(0.91) });
    const t = io(dir);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml'], t.io)).toBe(0);
    expect(t.out().split('\n')[0]).toBe('### ✅ mlgate: pass — no regressions; 1 metric improved');
  });

  it('exits 1 on fail and prints the documented JSON result', async () => {
    const sized = (acc: number) => `${report(acc)}eval: { size: 5000 }\n`;
    const dir = files({ 'base.yaml': sized(0.9), 'head.yaml': sized(0.85) });
    const t = io(dir);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'], t.io)).toBe(1);
    const json = JSON.parse(t.out());
    expect(json.verdict).toBe('fail');
    expect(json.models[0].name).toBe('m');
    expect(json.models[0].metrics[0]).toMatchObject({
      name: 'accuracy',
      base: 0.9,
      head: 0.85,
      direction: 'higher',
      status: 'fail',
      change: 'regressed',
    });
    expect(Object.keys(json.models[0].metrics[0])).toEqual(
      expect.arrayContaining(['name', 'base', 'head', 'delta', 'delta_pct', 'direction', 'status', 'reason']),
    );
  });

  it('uses the config given with --config and exits 0 on warn', async () => {
    const dir = files({
      'base.yaml': report(0.9),
      'head.yaml': report(0.85),
      'c.yml': 'metrics:\n  accuracy: { severity: warn }\n',
    });
    const t = io(dir);
    expect(
      await runCli(
        ['compare', '--base', 'base.yaml', '--head', 'head.yaml', '--config', 'c.yml', '--format', 'text'],
        t.io,
      ),
    ).toBe(0);
    expect(t.out()).toMatch(/^mlgate: WARN/);
  });

  it('exits 2 with file:line:column on bad input, and on usage errors', async () => {
    const dir = files({
      'base.yaml': report(0.9),
      'head.yaml': 'version: 1\nmodel: m\nmetrics:\n  accuracy: "high"\n',
    });
    const t = io(dir);
    expect(await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml'], t.io)).toBe(2);
    expect(t.err()).toBe(
      'error: head.yaml:4:13: metrics.accuracy: expected a number, got text; write a plain number such as 0.912 or 12000 (no %, units or separators)\n',
    );
    const u = io(dir);
    expect(await runCli(['compare', '--head', 'head.yaml', '--format', 'pdf'], u.io)).toBe(2);
    expect(u.err()).toMatch(/--format must be one of markdown, json, text/);
    expect(await runCli(['compare', '--bogus'], io(dir).io)).toBe(2);
    expect(await runCli(['frobnicate'], io(dir).io)).toBe(2);
    expect(await runCli(['compare', '--head', 'missing.yaml'], io(dir).io)).toBe(2);
  });
});

describe('mlgate validate', () => {
  it('prints every schema error as file:line:column with a fix, exit 2', async () => {
    const dir = files({
      'r.yaml': 'version: 1\nmodel: m\nmetrics:\n  accuracy: 0.9\nevl: {}\n',
      'ok.yaml': report(0.9),
    });
    const t = io(dir);
    expect(await runCli(['validate', 'ok.yaml', 'r.yaml'], t.io)).toBe(2);
    expect(t.out()).toBe('ok.yaml: valid report\n');
    expect(t.err()).toBe('r.yaml:5:1: evl: unknown key "evl"; did you mean "eval"?\n');
  });

  it('recognises a config and validates it', async () => {
    const dir = files({ 'mlgate.yml': 'metrics:\n  accuracy: { max_drop: 0.01 }\n' });
    const t = io(dir);
    expect(await runCli(['validate', 'mlgate.yml'], t.io)).toBe(0);
    expect(t.out()).toBe('mlgate.yml: valid config\n');
  });
});

describe('mlgate demo', () => {
  it('runs on the bundled examples with no token and no network', async () => {
    const t = io(tmpdir());
    expect(await runCli(['demo'], t.io)).toBe(0);
    expect(t.out()).toMatch(/^### (❌|⚠️|✅) mlgate: /);
    expect(t.out()).toContain('| accuracy | 91.2% | 91.5% |');
  });
});

describe('docs/example-comment.md', () => {
  it('is what `mlgate demo --now 2026-11-21` prints (regenerate: node dist/cli.js demo --now 2026-11-21 > docs/example-comment.md)', async () => {
    const { readFileSync } = await import('node:fs');
    const t = io(tmpdir());
    expect(await runCli(['demo', '--now', '2026-11-21'], t.io)).toBe(0);
    expect(t.out()).toBe(readFileSync(path.join(__dirname, '../../docs/example-comment.md'), 'utf8'));
  });
});
