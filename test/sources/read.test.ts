// Source -> reader on a source made in the test: a reader gets its bytes from any Source, and the bounds of
// defineSource apply to every source, whatever its backend does.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/kernel/errors.js';
import { readerFor } from '../../src/readers/index.js';
import { readReport } from '../../src/sources/read.js';
import { defineSource, type Source } from '../../src/sources/source.js';

/** A source over an in-memory tree; `asked` records every read, the way a server would see requests. */
function memorySource(files: Record<string, string | Uint8Array>): Source & { asked: string[] } {
  const asked: string[] = [];
  const src = defineSource({
    kind: 'file',
    describe: () => 'memory',
    label: (p) => `${p} in memory`,
    async readBytes(p) {
      asked.push(p);
      const v = files[p];
      return v === undefined ? null : typeof v === 'string' ? Buffer.from(v) : v;
    },
    toFile: async () => null,
    list: async (dir) => ({ files: Object.keys(files).filter((f) => f.startsWith(dir ? `${dir}/` : '')) }),
  });
  return Object.assign(src, { asked });
}

const naming = { fallback: 'model', metrics_map: {} };
const head = { label: (p: string) => p, required: true, naming };
const base = { label: (p: string) => `${p} (base)`, required: false, naming };

const message = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: unknown) => (e instanceof InputError ? e.format() : `not an InputError: ${String(e)}`),
  );

describe('readReport', () => {
  const DVC = 'stages:\n  eval:\n    metrics:\n      - eval/metrics.json\n      - eval/extra.json\n';

  it('reads dvc.yaml and then the metrics files it declares, from the one source', async () => {
    const src = memorySource({
      'dvc.yaml': DVC,
      'eval/metrics.json': '{"accuracy": 0.9}',
      'eval/extra.json': '{"f1": 0.8}',
    });
    const report = await readReport(src, readerFor('dvc'), 'dvc.yaml', head);
    expect(report?.report.metrics).toEqual({ accuracy: 0.9, f1: 0.8 });
    expect(src.asked).toEqual(['dvc.yaml', 'eval/metrics.json', 'eval/extra.json']);
  });

  it('a declared metrics file missing in the PR is an error; at the base it is skipped', async () => {
    const src = memorySource({ 'dvc.yaml': DVC, 'eval/metrics.json': '{"accuracy": 0.9}' });
    expect(await message(readReport(src, readerFor('dvc'), 'dvc.yaml', head))).toMatch(
      /^dvc\.yaml: metrics: declares the metrics file eval\/extra\.json, which does not exist/,
    );
    const atBase = await readReport(src, readerFor('dvc'), 'dvc.yaml', base);
    expect(atBase?.report.metrics).toEqual({ accuracy: 0.9 });
  });

  it('an MLflow run directory: meta.yaml, then the listings, then the files', async () => {
    const src = memorySource({
      'mlruns/1/r1/meta.yaml': 'run_id: r1\nexperiment_id: "1"\nstatus: 3\nstart_time: 5\n',
      'mlruns/1/r1/metrics/val/acc': '1 0.5 0\n2 0.75 1\n',
      'mlruns/1/r1/params/model': 'churn',
    });
    const report = await readReport(src, readerFor('mlflow'), 'mlruns/1/r1', head);
    expect(report?.report.model).toBe('churn');
    expect(report?.report.metrics).toEqual({ 'val/acc': 0.75 });
  });

  it('an entry the source does not have is null, not an error', async () => {
    expect(await readReport(memorySource({}), readerFor('json'), 'eval/metrics.json', head)).toBeNull();
  });
});

describe('defineSource applies the bounds whatever the backend', () => {
  it('refuses paths that leave the root before the backend is asked', async () => {
    const src = memorySource({ 'a.json': '{}' });
    expect(await message(src.read('../a.json'))).toBe(
      '../a.json: is outside the workspace; use a path inside the repository',
    );
    expect(await message(src.read('/etc/passwd'))).toBe(
      '/etc/passwd: is outside the workspace; use a path inside the repository',
    );
    expect(await message(src.read('a\0.json'))).toBe('a?.json: path contains a NUL character');
    expect(src.asked).toEqual([]);
  });

  it('refuses more bytes than allowed, and text that is not UTF-8, naming the file as the source does', async () => {
    const src = memorySource({ 'big.json': 'x'.repeat(2000), 'latin1.csv': new Uint8Array([0x61, 0xe9, 0x0a]) });
    expect(await message(src.read('big.json', { maxBytes: 100 }))).toBe(
      'big.json in memory: is too large (more than 100 bytes)',
    );
    expect(await message(src.read('latin1.csv'))).toBe(
      'latin1.csv in memory: is not valid UTF-8 text; save it as UTF-8',
    );
    expect(await src.read('./big.json')).toHaveLength(2000);
  });
});
