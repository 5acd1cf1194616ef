/** Matrix builds: each job writes `mlgate compare --format json`; `mlgate aggregate` merges them into one result. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateResults } from '../../src/adapters/aggregate.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlgate-agg-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out = { stdout: '', stderr: '' };
  const cli: CliIo = {
    cwd: dir,
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    now: () => new Date('2026-01-01'),
    env: {},
  };
  return { cli, out };
}

const report = (model: string, accuracy: number) =>
  `version: 1\nmodel: ${model}\nmetrics:\n  accuracy: ${accuracy}\n  latency_p95_ms: 41\neval:\n  size: 12000\n`;

/** What a matrix job does: compare its model and write the JSON result (exit 1 on fail is expected). */
async function matrixJob(model: string, base: number, head: number): Promise<number> {
  mkdirSync(path.join(dir, model), { recursive: true });
  writeFileSync(path.join(dir, model, 'base.yaml'), report(model, base));
  writeFileSync(path.join(dir, model, 'head.yaml'), report(model, head));
  const { cli, out } = io();
  const code = await runCli(
    ['compare', '--base', `${model}/base.yaml`, '--head', `${model}/head.yaml`, '--format', 'json'],
    cli,
  );
  mkdirSync(path.join(dir, 'results'), { recursive: true });
  writeFileSync(path.join(dir, 'results', `${model}.json`), out.stdout);
  return code;
}

describe('mlgate aggregate', () => {
  it('merges the matrix results; the verdict is the worst model’s', async () => {
    expect(await matrixJob('fraud', 0.912, 0.915)).toBe(0);
    expect(await matrixJob('churn', 0.861, 0.83)).toBe(1);
    const merged = await aggregateResults(['results/*.json'], dir);
    expect(merged.models.map((m) => [m.name, m.verdict])).toEqual([
      ['churn', 'fail'],
      ['fraud', 'pass'],
    ]);
    expect(merged.verdict).toBe('fail');
    expect(merged.reason).toMatch(/^churn: accuracy regressed/);

    const { cli, out } = io();
    expect(await runCli(['aggregate', 'results/churn.json', 'results/fraud.json', '--format', 'markdown'], cli)).toBe(
      1,
    );
    expect(out.stdout).toContain('| | Model | Headline Δ | Cost Δ | Reason |');
    // One collapsible section per model (each holds its own collapsed rows and items).
    expect(out.stdout.match(/<details[^>]*><summary>(✅|❌|⚠️) /g)).toHaveLength(2);
  });

  it('says what else failed or warned by kind, and "no regression beyond tolerance" under a tolerated drop, as the gate does', async () => {
    await matrixJob('churn', 0.861, 0.83); // accuracy and the 5 % default on nothing else: one failure
    await matrixJob('fraud', 0.7, 0.6);
    const merged = await aggregateResults(['results/*.json'], dir);
    const fails = merged.models.flatMap((m) => m.findings).filter((f) => f.severity === 'fail').length;
    expect(fails).toBeGreaterThan(1);
    expect(merged.reason).toMatch(new RegExp(`^churn: accuracy regressed .*\\(\\+${fails - 1} more failures?\\)$`));
    rmSync(path.join(dir, 'results'), { recursive: true });
    await matrixJob('ranker', 0.86, 0.86);
    expect((await aggregateResults(['results/*.json'], dir)).reason).toBe('1 model checked, no regressions');
    // Latency 41 → 42 ms (+2.4 %) regressed within the zero-config 5 %: the row says so, the reason must not deny it.
    const json = path.join(dir, 'results', 'ranker.json');
    writeFileSync(
      path.join(dir, 'ranker', 'head.yaml'),
      report('ranker', 0.86).replace('latency_p95_ms: 41', 'latency_p95_ms: 42'),
    );
    const { cli, out } = io();
    await runCli(['compare', '--base', 'ranker/base.yaml', '--head', 'ranker/head.yaml', '--format', 'json'], cli);
    writeFileSync(json, out.stdout);
    const tolerated = await aggregateResults(['results/*.json'], dir);
    expect(tolerated.models[0]!.metrics.find((m) => m.name === 'latency_p95_ms')).toMatchObject({
      change: 'regressed',
      status: 'pass',
    });
    expect([tolerated.verdict, tolerated.reason]).toEqual(['pass', '1 model checked, no regression beyond tolerance']);
  });

  it('passes when every job passed (exit 0), and prints text', async () => {
    await matrixJob('fraud', 0.912, 0.915);
    await matrixJob('ranker', 0.7, 0.7);
    const { cli, out } = io();
    expect(await runCli(['aggregate', 'results/*.json', '--format', 'text'], cli)).toBe(0);
    expect(out.stdout).toMatch(/^mlgate: PASS/);
  });

  it('refuses a result that claims to pass while its findings fail, and one with keys the schema does not know', async () => {
    await matrixJob('churn', 0.861, 0.83);
    const file = path.join(dir, 'results', 'churn.json');
    const forged = JSON.parse(readFileSync(file, 'utf8'));
    forged.verdict = 'pass';
    forged.models[0].verdict = 'pass';
    writeFileSync(file, JSON.stringify(forged));
    await expect(aggregateResults(['results/churn.json'], dir)).rejects.toThrow(
      /verdict "pass" contradicts a finding of severity "fail"/,
    );
    await matrixJob('churn', 0.861, 0.83);
    const extra = JSON.parse(readFileSync(file, 'utf8'));
    extra.models[0].metrics[0].override = 'pass';
    writeFileSync(file, JSON.stringify(extra));
    await expect(aggregateResults(['results/churn.json'], dir)).rejects.toThrow(/unknown key "override"/);
  });

  it('refuses malformed, oversized and duplicate results with exit 2 and no echo of the contents', async () => {
    await matrixJob('fraud', 0.912, 0.915);
    const good = readFileSync(path.join(dir, 'results', 'fraud.json'), 'utf8');
    const cases: Array<[string, string, RegExp]> = [
      [
        'nan.json',
        good.replace(/"head": 0\.915/, '"head": NaN'),
        /results\/nan\.json:\d+:\d+: models\[0\]\.metrics\[0\]\.head: NaN is not a finite number/,
      ],
      [
        'shape.json',
        JSON.stringify({
          schema_version: 1,
          verdict: 'pass',
          reason: 'x',
          base: {},
          head: {},
          models: 'SECRET',
          notes: [],
        }),
        /base\.sha|models/,
      ],
      ['other.json', '{"accuracy": 0.9}', /expected an mlgate result/],
      ['huge.json', `{"pad": "${'x'.repeat(3 * 1024 * 1024)}"}`, /too large/],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(path.join(dir, 'results', name), text);
      const { cli, out } = io();
      expect(await runCli(['aggregate', `results/${name}`], cli)).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stderr).not.toContain('SECRET');
    }
    writeFileSync(path.join(dir, 'results', 'again.json'), good);
    const { cli, out } = io();
    expect(await runCli(['aggregate', 'results/fraud.json', 'results/again.json'], cli)).toBe(2);
    expect(out.stderr).toMatch(/model "fraud" is in both/);
  });

  it('says when nothing matches, and refuses paths outside the directory', async () => {
    await expect(aggregateResults(['results/*.json'], dir)).rejects.toThrow(/no result file matches/);
    await expect(aggregateResults(['../x.json'], dir)).rejects.toThrow(/inside the working directory/);
  });
});
