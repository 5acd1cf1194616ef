/**
 * SQLite files from a Source, opened in memory with sql.js (SQLite compiled to WebAssembly; the build with the
 * WebAssembly inlined, so the bundle in dist/ needs no file beside it). Works the same on every Node version,
 * needs no native module, and never writes the untrusted bytes to disk. docs/CONTRIBUTING.md says why this one.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { InputError } from '../kernel/errors.js';
import type { SqliteDb } from '../readers/index.js';

let engine: Promise<SqlJsStatic> | null = null;

const SQLITE_MAGIC = 'SQLite format 3\0';
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

/** Why these bytes are not a database, in words a user can act on; null when they look like one. */
function notSqlite(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  if (head.startsWith(LFS_POINTER))
    return 'is a Git LFS pointer, not the database: check out LFS files (actions/checkout with lfs: true) or commit the database itself';
  if (!head.startsWith(SQLITE_MAGIC)) return 'is not a SQLite database (its first bytes are not "SQLite format 3")';
  return null;
}

export interface OpenDb extends SqliteDb {
  close(): void;
}

/** The database in `bytes`, read-only in practice (only SELECTs are run); `label` names it in errors. */
export async function openSqlite(bytes: Uint8Array, label: string): Promise<OpenDb> {
  const problem = notSqlite(bytes);
  if (problem) throw new InputError(problem, { file: label });
  // Loaded on first use: the engine is 1 MB of JavaScript that every command importing the readers would parse.
  engine ??= import('sql.js/dist/sql-wasm-inline.js').then((m) => m.default());
  const SQL = await engine;
  let db: Database;
  try {
    db = new SQL.Database(bytes);
    db.exec('PRAGMA query_only = ON');
  } catch {
    throw new InputError('is not a readable SQLite database (corrupt, or written by an incompatible SQLite)', {
      file: label,
    });
  }
  return {
    all(sql, params = []) {
      try {
        const stmt = db.prepare(sql, [...params]);
        const rows: Array<Record<string, unknown>> = [];
        while (stmt.step()) rows.push(stmt.getAsObject());
        stmt.free();
        return rows;
      } catch {
        throw new InputError('could not be queried as an MLflow tracking database (corrupt, or another schema)', {
          file: label,
        });
      }
    },
    close: () => db.close(),
  };
}
