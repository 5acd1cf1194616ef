/**
 * The shape of a reader: a pure function from the files it has been handed to a report. A format that spans
 * several files (dvc.yaml and the metrics files it declares, an MLflow run directory) says what it needs next as
 * data (`{ need }`), and `sources/read.ts` fetches it from whatever Source and calls again: bytes flow down from
 * the source to the reader to the pipeline, and a reader never calls back into sources or adapters.
 */
import { clipName, InputError } from '../kernel/errors.js';
import type { LoadedReport } from '../kernel/report-types.js';
import { modelNameProblem } from '../kernel/metric-name.js';
import { toLoadedReport, type ReaderName, type ReaderOutput } from './common.js';

/** A read-only SQLite database (MLflow's tracking store), opened from the Source's bounded bytes. */
export interface SqliteDb {
  /** Rows of one SELECT, as objects keyed by column name; `params` bind `?` placeholders. */
  all(sql: string, params?: ReadonlyArray<string | number>): Array<Record<string, unknown>>;
}

/** What a reader has been handed so far. `undefined`: not fetched yet; null: the source has no such file. */
export interface Fetched {
  file(path: string): string | null | undefined;
  /** A database asked for with `need({ databases })`. */
  db?(path: string): SqliteDb | null | undefined;
  /** The files under a directory, relative to it (`val/acc`); empty when the directory does not exist. */
  dir(path: string): readonly string[] | undefined;
}

/** What to fetch before the reader can answer. */
export interface Need {
  files?: readonly string[];
  /** Size limit of each of `files` (default: the source's, 5 MiB). */
  maxBytes?: number;
  dirs?: readonly string[];
  /** SQLite files to open (bytes, never text), each at most `maxBytes` (default 64 MiB). */
  databases?: readonly string[];
  /** Bounds of each listing of `dirs`. */
  listing?: { maxEntries: number; maxDepth: number; regularOnly: boolean };
}

export type Step<T> = { need: Need } | { done: T };

export const need = (n: Need): { need: Need } => ({ need: n });
export const done = <T>(value: T): { done: T } => ({ done: value });

export interface NamingOptions {
  /** The config's name for this source (`models.<name>.report`); wins over everything else. */
  model?: string;
  /** Used when neither the config nor the file names the model. */
  fallback: string;
  metrics_map: Record<string, string | null>;
}

export interface ReadContext {
  /** How a file of this side is named in messages: `dvc.yaml`, `dvc.yaml (base)`. */
  label(path: string): string;
  /** The PR's side: files a report names must exist there (the base may simply not have them yet). */
  required: boolean;
  naming: NamingOptions;
}

/** A format: the files of one tool's output at `entry` -> one report, or null when `entry` is not there. */
export interface Reader {
  readonly name: ReaderName;
  read(entry: string, got: Fetched, ctx: ReadContext): Step<LoadedReport | null>;
}

/** A reader whose input is one file: fetch it, then parse its text. */
export function singleFileReader(
  name: ReaderName,
  parse: (text: string, label: string, naming: NamingOptions) => LoadedReport,
): Reader {
  return {
    name,
    read(entry, got, ctx) {
      const text = got.file(entry);
      if (text === undefined) return need({ files: [entry] });
      return done(text === null ? null : parse(text, ctx.label(entry), ctx.naming));
    },
  };
}

/** A reader's output as a report, named by the config, else by the tool, else by the folder. */
export function finish(out: ReaderOutput, naming: NamingOptions): LoadedReport {
  const model = naming.model ?? out.model_hint ?? naming.fallback;
  const problem = modelNameProblem(model);
  if (problem !== null) {
    const from =
      naming.model !== undefined
        ? 'the config'
        : out.model_hint !== undefined
          ? `the ${out.reader} run's model param or tag`
          : 'the folder name';
    throw new InputError(
      `the model name "${clipName(model)}" (from ${from}) ${problem}; name the model in the config with models.<name>.report`,
      { file: out.file },
    );
  }
  return toLoadedReport(out, model, naming.metrics_map);
}
