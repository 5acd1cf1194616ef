/**
 * Source -> reader: hands a reader the files it asks for, from one Source, until it answers. The reader stays
 * pure (it only returns what it needs next); every byte it sees went through the Source's bounds.
 */
import type { LoadedReport } from '../kernel/report-types.js';
import type { Fetched, ReadContext, Reader, Step } from '../readers/index.js';
import type { Source } from './source.js';
import { openSqlite, type OpenDb } from './sqlite.js';

/** A tracking database is read whole into memory: bounded so that a PR cannot make the job run out of it. */
const MAX_DB_BYTES = 64 * 1024 * 1024;

/** More rounds than any format needs (a dvc.yaml declares at most 50 metrics files, read one by one). */
const MAX_ROUNDS = 64;

export async function fetchFor<T>(source: Source, step: (got: Fetched) => Step<T>): Promise<T> {
  const files = new Map<string, string | null>();
  const dirs = new Map<string, string[]>();
  const dbs = new Map<string, OpenDb | null>();
  const got: Fetched = { file: (p) => files.get(p), dir: (p) => dirs.get(p), db: (p) => dbs.get(p) };
  try {
    return await rounds(source, step, got, { files, dirs, dbs });
  } finally {
    for (const db of dbs.values()) db?.close();
  }
}

async function rounds<T>(
  source: Source,
  step: (got: Fetched) => Step<T>,
  got: Fetched,
  {
    files,
    dirs,
    dbs,
  }: { files: Map<string, string | null>; dirs: Map<string, string[]>; dbs: Map<string, OpenDb | null> },
): Promise<T> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const s = step(got);
    if ('done' in s) return s.done;
    const { files: wanted = [], dirs: listings = [], databases = [], maxBytes, listing } = s.need;
    for (const f of wanted) if (!files.has(f)) files.set(f, await source.read(f, maxBytes ? { maxBytes } : {}));
    for (const f of databases) {
      if (dbs.has(f)) continue;
      const bytes = await source.readBytes(f, { maxBytes: maxBytes ?? MAX_DB_BYTES });
      dbs.set(f, bytes === null ? null : await openSqlite(bytes, source.label(f)));
    }
    for (const d of listings) {
      if (dirs.has(d)) continue;
      const l = await source.list(d, listing);
      const prefix = `${d}/`;
      dirs.set(
        d,
        (l?.files ?? []).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)),
      );
    }
  }
  throw new Error(`a reader asked for files more than ${MAX_ROUNDS} times`);
}

/** The report at `entry` of `source`, read by `reader`; null when the source has none there. */
export function readReport(
  source: Source,
  reader: Reader,
  entry: string,
  ctx: ReadContext,
): Promise<LoadedReport | null> {
  return fetchFor(source, (got) => reader.read(entry, got, ctx));
}
