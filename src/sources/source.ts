/**
 * Where bytes come from. A Source is a tree of files under a root (the workspace, a commit, a baseline bundle, a
 * tracking server's runs laid out as files): it reads, copies and lists by root-relative `/`-separated path, and
 * nothing else. Readers (src/readers) never see a Source; `sources/read.ts` hands them the bytes. Every Source is
 * built with `defineSource`, which applies the untrusted-input bounds of `bounds.ts` in one place.
 */
import { checkSourcePath, decodeUtf8, DEFAULT_MAX_BYTES, MAX_LIST_ENTRIES, tooLarge } from './bounds.js';

/** The JSON result's `base.source` for a baseline read from it (`mlflow`: a tracking server; `none`: a fallback
 * that has not answered yet). */
export type SourceKind = 'git' | 'api' | 'file' | 'artifact' | 'mlflow' | 'none';

/** Files under a directory, root-relative. `truncated`: more entries than asked for; `link`: a component of the
 * directory is a symbolic link, so nothing was listed (listings never follow links). */
export interface Listing {
  files: string[];
  truncated?: boolean;
  link?: string;
}

export interface ListOptions {
  /** Entries visited (files and directories) before the listing stops and says `truncated`. */
  maxEntries?: number;
  /** Directory levels below `dir` that are walked. */
  maxDepth?: number;
  /** Only regular files (no links, FIFOs or devices); by default every non-directory entry is listed, so that
   * reading it is refused with a message rather than the entry being silently skipped. */
  regularOnly?: boolean;
}

export interface Source {
  readonly kind: SourceKind;
  /** What the comment's small print and messages call it, with `code` spans: "the working tree", "git at `abc1234`". */
  describe(): string;
  /** How a file of this source is named in encoding and size errors: `eval/m.json`, `eval/m.json@abc1234`. */
  label(path: string): string;
  /** The text of `path` (bounded, UTF-8), or null when the source has no such file. */
  read(path: string, opts?: { maxBytes?: number }): Promise<string | null>;
  /** The raw bytes of `path` (bounded), or null when absent; for formats that are not text. */
  readBytes(path: string, opts?: { maxBytes?: number }): Promise<Uint8Array | null>;
  /** A local file with the bytes of `path`, for streaming readers (predictions files): the file itself when the
   * source is local, else a copy under `tempDir`. Null when absent. */
  toFile(path: string, tempDir: string, maxBytes: number): Promise<string | null>;
  /** The files under `dir` ('' for the root), recursively, skipping vendored trees; null when it cannot list. */
  list(dir: string, opts?: ListOptions): Promise<Listing | null>;
}

/** What one kind of source implements; `defineSource` adds the bounds and the text decoding. */
export interface SourceBackend {
  kind: SourceKind;
  describe(): string;
  label(path: string): string;
  /** At most maxBytes + 1 bytes (more is refused by the caller) or an InputError; null when absent. */
  readBytes(path: string, maxBytes: number): Promise<Uint8Array | null>;
  toFile(path: string, tempDir: string, maxBytes: number): Promise<string | null>;
  list(dir: string, opts: Required<ListOptions>): Promise<Listing | null>;
}

/**
 * Thrown by a backend that cannot answer at all (git without the commit, no API client): `firstAvailable` then
 * asks the next source. Never shown to users.
 */
export class SourceUnavailable extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'SourceUnavailable';
  }
}

export function defineSource(b: SourceBackend): Source {
  const readBytes = async (rel: string, opts?: { maxBytes?: number }) => {
    const clean = checkSourcePath(rel);
    const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
    const bytes = await b.readBytes(clean, maxBytes);
    if (bytes !== null && bytes.byteLength > maxBytes) throw tooLarge(b.label(clean), maxBytes);
    return bytes;
  };
  return {
    get kind() {
      return b.kind;
    },
    describe: () => b.describe(),
    label: (rel) => b.label(rel),
    readBytes,
    async read(rel, opts) {
      const bytes = await readBytes(rel, opts);
      return bytes === null ? null : decodeUtf8(bytes, b.label(checkSourcePath(rel)));
    },
    toFile: (rel, tempDir, maxBytes) => b.toFile(checkSourcePath(rel), tempDir, maxBytes),
    list: (dir, opts) =>
      b.list(dir === '' ? '' : checkSourcePath(dir), {
        maxEntries: opts?.maxEntries ?? MAX_LIST_ENTRIES,
        maxDepth: opts?.maxDepth ?? Infinity,
        regularOnly: opts?.regularOnly ?? false,
      }),
  };
}

/**
 * The first of `sources` that can answer, asked call by call: the base commit from git when the checkout has it,
 * else through the contents API. `kind` and `describe()` name the source that answered the last read.
 */
export function firstAvailable(sources: readonly Source[]): Source {
  let answered: Source | null = null;
  async function ask<T>(call: (s: Source) => Promise<T>, fallback: T, isRead: boolean): Promise<T> {
    for (const s of sources) {
      try {
        const out = await call(s);
        if (isRead) answered = s;
        return out;
      } catch (e) {
        if (!(e instanceof SourceUnavailable)) throw e;
      }
    }
    return fallback;
  }
  return {
    get kind() {
      return answered?.kind ?? 'none';
    },
    describe: () => answered?.describe() ?? 'no baseline source',
    label: (rel) => (answered ?? sources[0])?.label(rel) ?? rel,
    read: (rel, opts) => ask((s) => s.read(rel, opts), null, true),
    readBytes: (rel, opts) => ask((s) => s.readBytes(rel, opts), null, true),
    toFile: (rel, tempDir, maxBytes) => ask((s) => s.toFile(rel, tempDir, maxBytes), null, false),
    list: (dir, opts) => ask((s) => s.list(dir, opts), null, false),
  };
}
