/**
 * The workspace (the PR's checkout, or the CLI's current directory) as a Source: regular files only, never
 * through a link that leaves the root, bounded in size; listings never descend into a linked directory.
 */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { DEFAULT_MAX_BYTES, decodeUtf8, isSkippedDir, tooLarge } from './bounds.js';
import { defineSource, type ListOptions, type Listing, type Source, type SourceKind } from './source.js';

export interface ReadOptions {
  /** Files must stay inside this directory, also after following symbolic links. */
  root: string;
  maxBytes?: number;
  /** How to name the file in messages (workspace-relative). */
  label?: string;
}

/**
 * The files under `root`; `kind` is how a baseline read from it shows in the result (`file`: named by hand),
 * `label` how its files are named in messages (default: root-relative).
 */
export function workspaceSource(
  root: string,
  opts: { kind?: SourceKind; label?: (rel: string) => string } = {},
): Source {
  const label = opts.label ?? ((rel: string) => rel);
  return defineSource({
    kind: opts.kind ?? 'file',
    describe: () => 'the working tree',
    label,
    readBytes: (rel, maxBytes) => readUntrustedBytes(path.join(root, rel), { root, label: label(rel), maxBytes }),
    async toFile(rel, _tempDir, maxBytes) {
      const checked = await checkUntrustedFile(path.join(root, rel), { root, label: label(rel), maxBytes });
      return checked ? checked.real : null;
    },
    list: (dir, o) => listWorkspace(root, dir, o),
  });
}

/**
 * Where `file` really is, after links, when it is a regular file inside `root` and within `maxBytes`.
 * Returns null when the file does not exist; throws InputError for anything unsafe.
 */
export async function checkUntrustedFile(
  file: string,
  opts: ReadOptions,
): Promise<{ real: string; size: number } | null> {
  const label = opts.label ?? path.relative(opts.root, file);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const real = await realpathOrNull(file, label);
  if (real === null) return null;
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
  if (!stat.isFile()) throw notRegular(label);
  if (stat.size > maxBytes) throw tooLarge(label, maxBytes, stat.size);
  return { real, size: stat.size };
}

async function realpathOrNull(file: string, label: string): Promise<string | null> {
  try {
    return await fs.realpath(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new InputError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { file: label });
    // A dangling link is not a missing file: it is something to refuse.
    const isLink = await fs.lstat(file).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    if (isLink) throw new InputError('is a symbolic link to nothing; commit the file itself', { file: label });
    return null;
  }
}

const notRegular = (label: string) =>
  new InputError('is not a regular file (a directory, FIFO or device); point to a file', { file: label });

/** Returns null when the file does not exist; throws InputError for anything unsafe or unreadable. */
export async function readUntrustedBytes(file: string, opts: ReadOptions): Promise<Uint8Array | null> {
  const label = opts.label ?? path.relative(opts.root, file);
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
    if (!stat.isFile()) throw notRegular(label);
    if (stat.size > maxBytes) throw tooLarge(label, maxBytes, stat.size);
    const bytes = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    if (bytesRead > maxBytes) throw tooLarge(label, maxBytes);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Returns null when the file does not exist; throws InputError for anything unsafe or unreadable. */
export async function readUntrustedText(file: string, opts: ReadOptions): Promise<string | null> {
  const bytes = await readUntrustedBytes(file, opts);
  return bytes === null ? null : decodeUtf8(bytes, opts.label ?? path.relative(opts.root, file));
}

/** The first component of `dir` that is a symbolic link (readdir would follow it out of the root), or null. */
async function linkedComponent(root: string, dir: string): Promise<string | null> {
  let rel = '';
  for (const part of dir.split('/').filter((p) => p !== '')) {
    rel = rel ? `${rel}/${part}` : part;
    const st = await fs.lstat(path.join(root, rel)).catch(() => null);
    if (!st) return null; // nothing there: the listing is empty
    if (st.isSymbolicLink()) return rel;
  }
  return null;
}

/** A sorted walk that never follows a directory link and skips vendored trees below `dir`. */
async function listWorkspace(root: string, dir: string, opts: Required<ListOptions>): Promise<Listing> {
  const link = await linkedComponent(root, dir);
  if (link !== null) return { files: [], link };
  const files: string[] = [];
  let seen = 0;
  const walk = async (rel: string, depth: number): Promise<boolean> => {
    const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (++seen > opts.maxEntries) return false;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!isSkippedDir(e.name) && depth < opts.maxDepth && !(await walk(child, depth + 1))) return false;
      } else if (!opts.regularOnly || e.isFile()) files.push(child);
    }
    return true;
  };
  const complete = await walk(dir, 0);
  return complete ? { files } : { files, truncated: true };
}
