// The predictions enricher: errors name the base file as `<path in repo> (base)` and the head file by its
// workspace-relative path, never by the temp copy of the base or the resolved real path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EnrichEnv } from '../../src/adapters/enrich.js';
import { predictionsEnricher } from '../../src/adapters/predictions.js';
import { InputError } from '../../src/kernel/errors.js';
import type { ModelInput } from '../../src/pipeline/evaluate.js';
import { resolveConfig } from '../../src/schema/config.js';

const root = mkdtempSync(join(tmpdir(), 'mlgate-enrich-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GOOD = 'id,label,prediction\n1,cat,cat\n2,dog,cat\n3,dog,dog\n';

/** A workspace with models/m/report.json naming preds.csv, and a base commit whose preds.csv has `baseCsv`. */
function setup(name: string, baseCsv: string, headCsv: string): { model: ModelInput; env: EnrichEnv } {
  const workspace = join(root, name);
  const baseDir = join(root, `${name}-base`);
  mkdirSync(join(workspace, 'models', 'm'), { recursive: true });
  mkdirSync(join(baseDir, 'models', 'm'), { recursive: true });
  writeFileSync(join(workspace, 'models', 'm', 'preds.csv'), headCsv);
  writeFileSync(join(baseDir, 'models', 'm', 'preds.csv'), baseCsv);
  const report = {
    report: { eval: { predictions: 'preds.csv' } },
    source: { file: 'models/m/report.json', positions: new Map() },
  };
  const model = {
    name: 'm',
    head: report,
    base: report,
    head_path: 'models/m/report.json',
    base_path: 'models/m/report.json',
  } as unknown as ModelInput;
  const env = {
    workspace,
    config: { significance: { bootstrap_iterations: 200, seed: 1 } },
    baseline: {
      source: 'git',
      read: async () => null,
      // Like the git reader: a copy in the temp directory, under a name that means nothing to the user.
      async toFile(rel: string, tempDir: string) {
        const copy = join(tempDir, 'blob-1234');
        writeFileSync(copy, baseCsv);
        expect(rel).toBe('models/m/preds.csv');
        return copy;
      },
    },
  } as unknown as EnrichEnv;
  return { model, env };
}

async function enrichError(model: ModelInput, env: EnrichEnv): Promise<InputError> {
  try {
    await predictionsEnricher(model, env);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('predictionsEnricher', () => {
  it('names a bad row in the base file as "<path in repo> (base):LINE"', async () => {
    const { model, env } = setup('bad-base', 'id,label,prediction\n1,cat,cat\n2,dog\n', GOOD);
    const e = await enrichError(model, env);
    expect(e.format()).toBe(
      'models/m/preds.csv (base):3: expected 3 comma-separated fields like the header, found 2; quote values that contain commas',
    );
  });

  it('names a bad row in the head file by its workspace-relative path', async () => {
    const { model, env } = setup('bad-head', GOOD, 'id,label,prediction\n1,cat,cat\n2,,cat\n');
    expect((await enrichError(model, env)).format()).toMatch(/^models\/m\/preds\.csv:3: label: empty label/);
  });

  it('runs the paired analysis when both files are good', async () => {
    const { model, env } = setup('good', GOOD, 'id,label,prediction\n1,cat,cat\n2,dog,dog\n3,dog,dog\n');
    await predictionsEnricher(model, env);
    expect(model.extras?.paired).toBeDefined();
  });

  it('resamples the macro metrics only when the config gates one of them', async () => {
    const headCsv = 'id,label,prediction\n1,cat,cat\n2,dog,dog\n3,dog,cat\n';
    for (const [gate, expected] of [
      [true, true],
      [false, false],
    ] as const) {
      const { model, env } = setup(`gated-${gate}`, GOOD, headCsv);
      for (const side of [model.head!, model.base!])
        (side.report as { metrics?: object }).metrics = { accuracy: 0.6, f1_macro: 0.5 };
      env.config = { ...resolveConfig({ metrics: { f1_macro: { gate } } }), significance: env.config.significance };
      await predictionsEnricher(model, env);
      expect(model.extras?.paired?.bootstrap.accuracy, `gate: ${gate}`).toBeDefined();
      expect(model.extras?.paired?.bootstrap.f1_macro !== undefined, `gate: ${gate}`).toBe(expected);
    }
  });
});
