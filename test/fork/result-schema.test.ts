// schemas/result.schema.json must accept every result mlgate itself writes (or the publish workflow would refuse
// genuine artifacts) and refuse what it does not write.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { parseResult } from '../../src/schema/result-check.js';
import { InputError } from '../../src/kernel/errors.js';
import resultSchema from '../../schemas/result.schema.json' with { type: 'json' };

async function demoJson(): Promise<string> {
  let stdout = '';
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: (s) => (stdout += s),
    stderr: () => undefined,
    now: () => new Date('2026-11-01'),
    env: {},
  };
  expect(await runCli(['demo', '--format', 'json'], io)).toBe(0);
  return stdout;
}

describe('the result schema', () => {
  it('accepts the demo’s result: cost, learning curve (with base and comparison), checklist', async () => {
    const text = await demoJson();
    const result = parseResult(text, 'demo.json');
    const m = result.models[0]!;
    // The demo exercises the nested blocks, so the schema is checked against them, not just the top level.
    expect(m.cost).not.toBeNull();
    expect(m.learning_curve).not.toBeNull();
    expect(m.learning_curve!.base).not.toBeNull();
    expect(m.learning_curve!.comparison).not.toBeNull();
    expect(m.checklist?.length).toBeGreaterThan(0);
  });

  it('describes a model’s learning_curve as the base side’s curve_analysis plus base and comparison', () => {
    // JSON Schema draft-07 cannot extend a closed object, so the two definitions repeat their fields; this keeps
    // them from drifting apart (a field added to one side only would be refused on the other).
    type Obj = { required: string[]; properties: Record<string, unknown> };
    const defs = resultSchema.definitions as unknown as Record<string, Obj>;
    const side = defs['curve_analysis']!,
      model = defs['learning_curve']!;
    const { base, comparison, ...shared } = model.properties;
    expect(base).toBeDefined();
    expect(comparison).toBeDefined();
    expect(shared).toEqual(side.properties);
    expect([...model.required].sort()).toEqual([...side.required, 'base', 'comparison'].sort());
  });

  it('refuses an unknown key deep inside a model', async () => {
    const r = JSON.parse(await demoJson());
    r.models[0].learning_curve.points[0].extra = 1;
    let error: unknown;
    try {
      parseResult(JSON.stringify(r), 'r.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError); // one error, not one per branch of `X or null`
    expect((error as InputError).format()).toMatch(
      /^r\.json:1:\d+: models\[0\]\.learning_curve\.points\[0\]: unknown key "extra"/,
    );
  });

  it('refuses a head SHA that is not a SHA', async () => {
    const r = JSON.parse(await demoJson());
    r.head.sha = '../../etc';
    expect(() => parseResult(JSON.stringify(r), 'r.json')).toThrow(/has an invalid format/);
    try {
      parseResult(JSON.stringify(r), 'r.json');
    } catch (e) {
      expect((e as InputError).field).toBe('head.sha');
    }
  });
});
