/**
 * Reading files that a pull request may have written. Bounded in size, regular files only, never through a
 * link that leaves the workspace, UTF-8 only; errors name the file and say how to fix it, never its contents.
 */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, type InputErrorLocation } from '../kernel/errors.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Resolves `relative` against `fromDir`, refusing absolute paths and `..` that leave `root`. `label` names the
 * file that holds the path (a report), `where` the field and its line there.
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

function short(s: string): string {
  const clean = s.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 80 ? clean.slice(0, 79) + '…' : clean;
}

export interface ReadOptions {
  /** Files must stay inside this directory, also after following symbolic links. */
  root: string;
  maxBytes?: number;
  /** How to name the file in messages (workspace-relative). */
  label?: string;
}

/**
 * Where `file` really is, after links, when it is a regular file inside `root` and within `maxBytes`.
 * Returns null when the file does not exist; throws InputError for anything unsafe.
 */
export async function checkUntrustedFile(
  file: string,
  opts: ReadOptions,
): Promise<{ real: string; size: number } | null> {
  const label = opts.label ?? path.relative(opts.root, file) ?? file;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      // A dangling link is not a missing file: it is something to refuse.
      const isLink = await fs.lstat(file).then(
        (s) => s.isSymbolicLink(),
        () => false,
      );
      if (isLink) throw new InputError('is a symbolic link to nothing; commit the file itself', { file: label });
      return null;
    }
    throw new InputError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { file: label });
  }
  const rootReal = await fs.realpath(opts.root).catch(() => path.resolve(opts.root));
  const rel = path.relative(rootReal, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    // Say which it is: a `../` path is fixed differently from a committed link.
    const lexical = path.relative(path.resolve(opts.root), path.resolve(file));
    const byPath = lexical.startsWith('..') || path.isAbsolute(lexical);
    throw new InputError(
      byPath
        ? 'is outside the workspace; use a path inside the repository'
        : 'is a symbolic link that leaves the workspace; commit the file itself',
      { file: label },
    );
  }
  const stat = await fs.stat(real);
  if (!stat.isFile())
    throw new InputError('is not a regular file (a directory, FIFO or device); point to a file', { file: label });
  if (stat.size > maxBytes)
    throw new InputError(`is too large (${stat.size} bytes; the limit is ${maxBytes})`, { file: label });
  return { real, size: stat.size };
}

/** Returns null when the file does not exist; throws InputError for anything unsafe or unreadable. */
export async function readUntrustedText(file: string, opts: ReadOptions): Promise<string | null> {
  const label = opts.label ?? path.relative(opts.root, file) ?? file;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const checked = await checkUntrustedFile(file, opts);
  if (!checked) return null;
  // O_NONBLOCK so that a FIFO swapped in after the check cannot hang us; then insist on a regular file again.
  const handle = await fs
    .open(checked.real, constants.O_RDONLY | constants.O_NONBLOCK)
    .catch((e: NodeJS.ErrnoException) => {
      throw new InputError(`cannot be opened (${e.code ?? 'error'})`, { file: label });
    });
  try {
    const stat = await handle.stat();
    if (!stat.isFile())
      throw new InputError('is not a regular file (a directory, FIFO or device); point to a file', { file: label });
    if (stat.size > maxBytes)
      throw new InputError(`is too large (${stat.size} bytes; the limit is ${maxBytes})`, { file: label });
    const bytes = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    if (bytesRead > maxBytes) throw new InputError(`is too large (more than ${maxBytes} bytes)`, { file: label });
    return decodeUtf8(bytes.subarray(0, bytesRead), label);
  } finally {
    await handle.close();
  }
}

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
