// MLflow's SQLite store (test/fixtures/tools/mlflow/{base,head}/mlflow.db, the schema MLflow's migrations define;
// generate.py), read with sql.js from the Source's bytes, and the file store's experiment name.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js/dist/sql-wasm-inline.js';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { cleanUp, gate, TOOLS, toolTree } from './support.js';

afterEach(cleanUp);
const db = (side: string) => readFileSync(path.join(TOOLS, 'mlflow', side, 'mlflow.db'));

describe('MLflow SQLite store', () => {
  it.each(['mlflow:mlflow.db', 'mlflow.db'])(
    '%s: the PR’s newest run against the base database’s, named by the experiment',
    async (spec) => {
      const { models, result } = await gate(
        { 'mlflow.db': db('base') },
        { 'mlflow.db': db('head') },
        `reports: ["${spec}"]\n`,
      );
      expect(models.map((m) => [m.name, m.head?.reader, m.head_path, m.base_path])).toEqual([
        ['churn-classifier', 'mlflow', 'mlflow.db', 'mlflow.db'],
      ]);
      // eval_size from the run's params; the PR's accuracy was logged as NaN at its last step (is_nan), its loss as inf.
      expect(models[0]!.head?.report.eval?.size).toBe(2000);
      const m = result.models[0]!;
      const rows = Object.fromEntries(m.metrics.map((x) => [x.name, [x.base, x.head, x.diverged ?? null, x.status]]));
      expect(rows).toEqual({ accuracy: [0.9, null, 'head', 'fail'], loss: [0.31, null, 'head', 'fail'] });
      expect(result.verdict).toBe('fail');
    },
  );

  it('the CLI reads a database as its newest run', async () => {
    const dir = tempDir('mlgate-mlflow-db-');
    writeFileSync(path.join(dir, 'base.db'), db('base'));
    writeFileSync(path.join(dir, 'mlflow.db'), db('head'));
    const t = captureIo(dir);
    const code = await runCli(['compare', '--head', 'mlflow.db', '--base', 'mlflow:base.db'], t.io);
    expect(t.err()).toBe('');
    expect(code).toBe(1);
    expect(t.out()).toContain('| accuracy | 90.0% | NaN (diverged) |');
  });

  it.each([
    ['not SQLite', Buffer.from('hello'), /mlflow\.db: is not a SQLite database/],
    [
      'a Git LFS pointer',
      Buffer.from('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n'),
      /is a Git LFS pointer, not the database: check out LFS files/,
    ],
  ])('says why a database cannot be read: %s', async (_, bytes, message) => {
    const dir = tempDir('mlgate-mlflow-db-');
    writeFileSync(path.join(dir, 'mlflow.db'), bytes);
    const t = captureIo(dir);
    const code = await runCli(['compare', '--head', 'mlflow:mlflow.db'], t.io);
    expect(code).toBe(2);
    expect(t.err()).toMatch(message);
  });

  it('says which MLflow tables a SQLite file lacks (a view is not a table: it could compute forever)', async () => {
    const SQL = await initSqlJs();
    const other = new SQL.Database();
    other.run('CREATE TABLE experiments (experiment_id INTEGER, name TEXT); CREATE TABLE runs (run_uuid TEXT);');
    other.run('CREATE VIEW metrics AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c');
    const dir = tempDir('mlgate-mlflow-db-');
    writeFileSync(path.join(dir, 'mlflow.db'), other.export());
    const t = captureIo(dir);
    expect(await runCli(['compare', '--head', 'mlflow:mlflow.db'], t.io)).toBe(2);
    expect(t.err()).toMatch(
      /mlflow\.db: has no MLflow tracking tables \(metrics, params, tags missing\); point mlflow: at/,
    );
  });
});

describe('MLflow file store at the repository root', () => {
  it('names the model by the experiment’s name (mlruns/1/meta.yaml), not "x"', async () => {
    const { models } = await gate({}, toolTree('mlflow/mlruns', 'mlruns/'), 'reports: ["mlflow:mlruns/1/*"]\n');
    expect(models.map((m) => m.name)).toEqual(['churn-classifier']);
  });
});
