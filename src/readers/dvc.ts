/**
 * DVC (followed: DVC 3.x docs and `dvc/repo/metrics/show.py`). Metrics files are declared in `dvc.yaml`, in a
 * stage's `metrics:` list or the top-level `metrics:` list, each entry a path or `{path: {cache: false}}`;
 * paths are relative to the dvc.yaml's directory. A metrics file is JSON or YAML and nested keys are named
 * with dots (`train.loss`), the way `dvc metrics show` prints them. `dvc metrics show --json` prints
 * `{rev: {data: {path: {data: {...}}}}}` with `workspace` as the working tree's rev.
 */
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { flattenNumbers, type RawMetric, type ReaderOutput } from './common.js';
import { done, finish, need, singleFileReader, type Reader } from './reader.js';

const MAX_METRICS_FILES = 50;

/** Workspace-relative paths of the metrics files that a dvc.yaml (at `dvcYamlPath`) declares. */
export function parseDvcYaml(text: string, dvcYamlPath: string): string[] {
  const doc = parseYamlOrJson(text, dvcYamlPath);
  const root = asMap(doc.value);
  if (!root)
    throw new InputError('expected a dvc.yaml mapping with `stages:` or `metrics:`', {
      file: dvcYamlPath,
      line: 1,
      column: 1,
    });
  const entries: unknown[] = [];
  if (Array.isArray(root.metrics)) entries.push(...root.metrics);
  for (const stage of Object.values(asMap(root.stages) ?? {})) {
    const metrics = asMap(stage)?.metrics;
    if (Array.isArray(metrics)) entries.push(...metrics);
  }
  const dir = path.posix.dirname(dvcYamlPath);
  const out: string[] = [];
  for (const entry of entries) {
    // `- eval/metrics.json` or `- eval/metrics.json: {cache: false}`
    const rel = typeof entry === 'string' ? entry : Object.keys(asMap(entry) ?? {})[0];
    if (!rel) continue;
    if (rel.includes('${')) {
      throw new InputError(
        'metrics paths with ${...} templating are not resolved by mlgate; point `reports` at the metrics file itself (json:path)',
        { file: dvcYamlPath, field: 'metrics' },
      );
    }
    const joined = path.posix.normalize(dir === '.' ? rel : `${dir}/${rel}`);
    if (!out.includes(joined)) out.push(joined);
  }
  if (out.length === 0) {
    throw new InputError(
      'declares no metrics files; add `metrics: [path/to/metrics.json]` to the stage that evaluates the model',
      { file: dvcYamlPath },
    );
  }
  if (out.length > MAX_METRICS_FILES)
    throw new InputError(`declares more than ${MAX_METRICS_FILES} metrics files`, { file: dvcYamlPath });
  return out;
}

/** One DVC metrics file (JSON or YAML), nested keys flattened with dots. */
export function parseDvcMetricsFile(text: string, file: string): RawMetric[] {
  const doc = parseYamlOrJson(text, file, { nonFinite: 'number' });
  if (!asMap(doc.value))
    throw new InputError('expected a mapping of metric names to numbers', { file, line: 1, column: 1 });
  return flattenNumbers(doc.value, doc.positions, { sep: '.' });
}

/** Several metrics files of one dvc.yaml, merged; a name found in two files is ambiguous. */
export function mergeDvcMetrics(
  files: Array<{ file: string; metrics: RawMetric[] }>,
  dvcYamlPath: string,
): ReaderOutput {
  const seen = new Map<string, string>();
  const metrics: RawMetric[] = [];
  for (const f of files) {
    for (const m of f.metrics) {
      const other = seen.get(m.name);
      if (other) {
        throw new InputError(
          `metric "${m.name.slice(0, 60)}" appears in both ${other} and ${f.file}; rename one of them`,
          { file: f.file, line: m.line, column: m.column },
        );
      }
      seen.set(m.name, f.file);
      metrics.push(m);
    }
  }
  // Positions point into the metrics file when there is one; with several, they name the dvc.yaml.
  const file = files.length === 1 ? files[0]!.file : dvcYamlPath;
  return {
    reader: 'dvc',
    file,
    metrics: files.length === 1 ? metrics : metrics.map(({ name, value }) => ({ name, value })),
  };
}

/** `dvc metrics show --json` output: the `workspace` rev (or the only rev), all its files merged. */
export function parseDvcShowJson(text: string, file: string): ReaderOutput {
  const doc = parseYamlOrJson(text, file, { nonFinite: 'number' });
  const revs = asMap(doc.value);
  if (!revs)
    throw new InputError('expected the JSON object printed by `dvc metrics show --json`', { file, line: 1, column: 1 });
  refuseDiff(revs, file);
  const names = Object.keys(revs);
  const rev = names.includes('workspace') ? 'workspace' : names.length === 1 ? names[0]! : null;
  if (rev === null) {
    throw new InputError('holds several revisions and no `workspace`; run `dvc metrics show --json` without -a/-T/-A', {
      file,
    });
  }
  const revValue = asMap(revs[rev]);
  if (revValue?.error !== undefined && revValue.data === undefined) {
    throw new InputError(`DVC could not collect metrics for ${rev}; fix the error that \`dvc metrics show\` prints`, {
      file,
      field: rev,
    });
  }
  // DVC >= 2.x wraps in `data`; DVC 1.x printed {rev: {path: {...metrics}}}.
  const byFile = asMap(revValue?.data) ?? revValue ?? {};
  const parts: Array<{ file: string; metrics: RawMetric[] }> = [];
  for (const [metricsFile, result] of Object.entries(byFile)) {
    const r = asMap(result);
    if (!r) continue;
    if (r.error !== undefined && r.data === undefined) {
      throw new InputError(
        `DVC could not read ${metricsFile.slice(0, 80)}; fix that file and run \`dvc metrics show --json\` again`,
        { file, field: `${rev}.data` },
      );
    }
    const data = 'data' in r ? r.data : r;
    // Positions are keyed from the document's root; re-key the sub-tree so lines point at each value.
    const prefix = [rev, ...(asMap(revValue?.data) ? ['data'] : []), metricsFile, ...('data' in r ? ['data'] : [])];
    const metrics = flattenNumbers(data, prefixed(doc.positions, prefix), { sep: '.' });
    parts.push({ file: metricsFile, metrics });
  }
  if (parts.length === 0)
    throw new InputError('holds no metrics files; check the `dvc metrics show --json` output', { file });
  mergeDvcMetrics(parts, file); // refuses a name found in two files
  // Every position points into this one output file, so all of them stay.
  return { reader: 'dvc-show', file, metrics: parts.flatMap((p) => p.metrics) };
}

/** `{path: {metric: {old, new, diff}}}` (every metric of every file an old/new pair) is not metrics. */
function refuseDiff(top: Record<string, unknown>, file: string): void {
  const metrics = Object.values(top).flatMap((f) => Object.values(asMap(f) ?? {}));
  const pairs = metrics.every((m) => {
    const keys = Object.keys(asMap(m) ?? {});
    return keys.length > 0 && keys.every((k) => k === 'old' || k === 'new' || k === 'diff');
  });
  if (metrics.length > 0 && pairs) {
    throw new InputError(
      'is the output of `dvc metrics diff --json` (old/new/diff per metric), not of `dvc metrics show --json`; save `dvc metrics show --json` instead, or point a dvc: entry at the dvc.yaml (mlgate compares with the base commit itself)',
      { file, line: 1, column: 1 },
    );
  }
}

/** The positions under `prefix`, re-keyed as if the sub-tree were the whole document. */
function prefixed(positions: Map<string, { line: number; column: number }>, prefix: string[]) {
  const head = prefix.map((p) => '/' + p.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  const out = new Map<string, { line: number; column: number }>();
  for (const [k, v] of positions) if (k === head || k.startsWith(head + '/')) out.set(k.slice(head.length), v);
  return out;
}

function asMap(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

export const dvcShowReader = singleFileReader('dvc-show', (text, label, naming) =>
  finish(parseDvcShowJson(text, label), naming),
);

/**
 * `dvc.yaml`, then each metrics file it declares, in order, from the same side. At the base a metrics file may
 * simply not exist yet; in the PR it must, or the gate compares nothing.
 */
export const dvcReader: Reader = {
  name: 'dvc',
  read(entry, got, ctx) {
    const yaml = got.file(entry);
    if (yaml === undefined) return need({ files: [entry] });
    if (yaml === null) return done(null);
    const declared = parseDvcYaml(yaml, entry);
    // A `metrics:` entry without a metrics file's extension may be a directory: DVC reads every file under it.
    const maybeDirs = declared.filter((f) => !METRICS_EXT.test(f) && got.dir(f) === undefined);
    if (maybeDirs.length) return need({ dirs: maybeDirs, listing: DIR_LISTING });
    const files = declared.flatMap((f) => {
      const under = METRICS_EXT.test(f) ? [] : (got.dir(f) ?? []);
      if (under.length === 0) return [f];
      const readable = under.filter((n) => READABLE.test(n)).map((n) => `${f}/${n}`);
      if (readable.length === 0 && ctx.required)
        throw new InputError(`declares the metrics directory ${f.slice(0, 120)}, which holds no JSON or YAML file`, {
          file: entry,
          field: 'metrics',
        });
      return readable;
    });
    if (files.length > MAX_METRICS_FILES)
      throw new InputError(`declares more than ${MAX_METRICS_FILES} metrics files`, { file: entry });
    const parts: Array<{ file: string; metrics: RawMetric[] }> = [];
    for (const f of files) {
      const text = got.file(f);
      if (text === undefined) return need({ files: [f] });
      if (text === null) {
        if (!ctx.required) continue;
        throw new InputError(
          `declares the metrics file ${f.slice(0, 120)}, which does not exist; run the evaluation stage (dvc repro) before mlgate, or commit the file`,
          { file: entry, field: 'metrics' },
        );
      }
      parts.push({ file: ctx.label(f), metrics: parseDvcMetricsFile(text, ctx.label(f)) });
    }
    return done(parts.length === 0 ? null : finish(mergeDvcMetrics(parts, ctx.label(entry)), ctx.naming));
  },
};

/** A metrics file's own name; anything else in dvc.yaml's `metrics:` is looked up as a directory first. */
const METRICS_EXT = /\.(json|ya?ml|toml)$/i;
/** The files of a metrics directory that are metrics (dvclive keeps its plots' TSVs beside them). */
const READABLE = /\.(json|ya?ml)$/i;
const DIR_LISTING = { maxEntries: 1000, maxDepth: 4, regularOnly: true };
