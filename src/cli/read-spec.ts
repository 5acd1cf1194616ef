/**
 * A report named on the command line, `FILE` or `reader:FILE` (the `reports:` syntax, docs/readers.md), read by
 * its reader from the working tree: `compare --head/--base`, `validate` and `curve` read every format the action
 * reads. Without a prefix the reader is chosen by the file's name, as for `reports:`.
 */
import { InputError } from '../kernel/errors.js';
import path from 'node:path';
import type { LoadedReport } from '../kernel/report-types.js';
import {
  chooseEntries,
  defaultModelName,
  detectReader,
  entryPattern,
  parseSourceSpec,
  readerFor,
  type ReaderName,
} from '../readers/index.js';
import { findOnSource } from '../sources/find.js';
import { readReport } from '../sources/read.js';
import { workspaceSource } from '../sources/workspace.js';
import { displayPath } from '../adapters/load-report.js';

export interface NamedReport {
  reader: ReaderName;
  /** The path part of the spec, resolved against the current directory. */
  file: string;
  /** How messages name it: relative to the current directory when inside it. */
  label: string;
  loaded: LoadedReport | null;
}

/** The spec's reader and file, before reading (for checks on the path). */
export function splitNamed(
  spec: string,
  flag: string,
  cwd: string,
): { reader: ReaderName | null; pattern: string; file: string; server: boolean } {
  const { reader, pattern, server } = parseSourceSpec(spec, flag);
  return { reader, pattern, file: path.resolve(cwd, pattern), server: server !== undefined };
}

/**
 * Reads the report `spec` names. `root` bounds what it may read (files it references too): the current
 * directory for compare, the file's own directory for validate and curve (as for a single file before).
 */
export async function readNamed(
  spec: string,
  opts: { cwd: string; flag: string; root: 'cwd' | 'file'; metrics_map?: Record<string, string | null> },
): Promise<NamedReport> {
  const { reader, pattern, file, server } = splitNamed(spec, opts.flag, opts.cwd);
  if (server)
    throw new InputError(
      `${opts.flag} ${pattern.slice(0, 80)} names a tracking server's runs, which are found by commit: use mlgate compare --base-ref REF --head ${pattern.slice(0, 80)} (with MLFLOW_TRACKING_URI set)`,
    );
  const root = opts.root === 'cwd' ? opts.cwd : path.dirname(file);
  const named = path.relative(root, file).split(path.sep).join('/');
  const label = displayPath(opts.cwd, pattern);
  const name = reader ?? detectReader(named);
  let rel = named;
  const labelOf = (p: string) => (p === rel ? label : displayPath(opts.cwd, path.join(root, p)));
  const source = workspaceSource(root, { label: labelOf });
  // An `hf:` output directory or a W&B `latest-run` path: the file it stands for, as in `reports:`.
  const wanted = entryPattern(reader, named);
  if (wanted !== named) {
    const [found] = chooseEntries(() => name, await findOnSource(source, [wanted]));
    if (found === undefined) return { reader: name, file, label, loaded: null };
    rel = found;
  }
  const naming = { fallback: defaultModelName(label), metrics_map: opts.metrics_map ?? {} };
  const loaded = await readReport(source, readerFor(name), rel, { label: labelOf, required: true, naming });
  return { reader: name, file, label, loaded };
}
