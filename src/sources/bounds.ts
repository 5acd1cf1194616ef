/**
 * The untrusted-input bounds every Source applies (a PR, a fork, an artifact or a server may have written the
 * bytes): sizes, paths that stay under the root, bounded listings, UTF-8 only. Errors name the file and say how
 * to fix it, never its contents.
 */
import path from 'node:path';
import { InputError, type InputErrorLocation } from '../kernel/errors.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Entries a listing visits before it stops (a report glob over a whole monorepo is a mistake, not a scan). */
export const MAX_LIST_ENTRIES = 50_000;

/** Vendored trees, virtualenvs and VCS data: never listed (they hold other projects' files, not reports). */
const SKIP_DIRS = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', '.dvc', 'mlruns']);

export function isSkippedDir(name: string): boolean {
  return SKIP_DIRS.has(name);
}

/** A file below a vendored directory, or deeper than `maxDepth` directories: not listed. */
export function belowSkipped(rel: string, maxDepth: number): boolean {
  const dirs = rel.split('/').slice(0, -1);
  return dirs.length > maxDepth || dirs.some(isSkippedDir);
}

/** True for a path inside a directory that listings skip. */
export function inSkippedDir(rel: string): boolean {
  return rel
    .split('/')
    .slice(0, -1)
    .some((d) => SKIP_DIRS.has(d));
}

/**
 * The root-relative form of a path a source is asked for; refuses a NUL, an absolute path and `..` that leaves
 * the root, whatever the source (a base commit or an artifact must not be read outside its tree either).
 */
export function checkSourcePath(rel: string): string {
  if (rel.includes('\0')) throw new InputError('path contains a NUL character', { file: short(rel) });
  const clean = path.posix.normalize(rel).replace(/^(\.\/)+/, '');
  if (path.posix.isAbsolute(clean) || clean === '..' || clean.startsWith('../'))
    throw new InputError('is outside the workspace; use a path inside the repository', { file: short(rel) });
  return clean === '.' ? '' : clean.replace(/\/+$/, '');
}

export function tooLarge(label: string, maxBytes: number, size?: number): InputError {
  const what = size === undefined ? `more than ${maxBytes} bytes` : `${size} bytes; the limit is ${maxBytes}`;
  return new InputError(`is too large (${what})`, { file: label });
}

/** UTF-8 text, or an InputError that says which encoding to save the file in. */
export function decodeUtf8(bytes: Uint8Array, label: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('is encoded as UTF-16; save it as UTF-8', { file: label });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text; save it as UTF-8', { file: label });
  }
}

/**
 * The chunks of a response body, whatever shape the HTTP client gave it (string, ArrayBuffer or a stream),
 * failing as soon as more than maxBytes arrive: a hostile server cannot make us hold or write an unbounded file.
 */
export async function* boundedChunks(
  data: unknown,
  maxBytes: number,
  tooBig: () => InputError,
  label: string,
): AsyncGenerator<Uint8Array> {
  if (typeof data === 'string' || data instanceof ArrayBuffer) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data);
    if (bytes.byteLength > maxBytes) throw tooBig();
    yield bytes;
    return;
  }
  const stream = data as ReadableStream<Uint8Array> | null;
  if (!stream || typeof stream.getReader !== 'function')
    throw new InputError('the server returned an unexpected body', { file: label });
  const reader = stream.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    yield value;
  }
}

/**
 * Resolves `relative` (a path written in a report) against `fromDir`, refusing absolute paths and `..` that
 * leave `root`. `label` names the file that holds the path, `where` the field and its line there.
 */
export function resolveInside(
  root: string,
  fromDir: string,
  relative: string,
  label: string,
  where: Omit<InputErrorLocation, 'file'> = {},
): string {
  const at = { file: label, ...where };
  if (relative.includes('\0')) throw new InputError('path contains a NUL character', at);
  if (path.isAbsolute(relative))
    throw new InputError(
      `path "${short(relative)}" is absolute; use a path relative to ${folderName(root, fromDir)}`,
      at,
    );
  const full = path.resolve(fromDir, relative);
  const rel = path.relative(path.resolve(root), full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new InputError(
      `path "${short(relative)}" points outside the repository (it is resolved against ${folderName(root, fromDir)}); keep files inside the workspace`,
      at,
    );
  }
  return full;
}

/** `models/fraud/`, or `the workspace root`: a folder inside `root`, for messages. */
export function folderName(root: string, dir: string): string {
  const rel = path.relative(path.resolve(root), path.resolve(dir)).split(path.sep).join('/');
  return rel === '' ? 'the workspace root' : `${short(rel)}/`;
}

/**
 * "not found: models/fraud/preds.csv (…resolved against the report's folder, models/fraud/)": the message for a
 * file that a report names and that does not exist, with the path as it was resolved.
 */
export function notFoundFromReport(what: string, root: string, fromDir: string, full: string): string {
  const resolved = path.relative(path.resolve(root), full).split(path.sep).join('/');
  return `${what} not found: ${short(resolved)} does not exist (a relative path is resolved against the report's folder, ${folderName(root, fromDir)})`;
}

/** Printable and short: a path from untrusted input, for messages. */
export function short(s: string): string {
  const clean = s.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 80 ? clean.slice(0, 79) + '…' : clean;
}
