/**
 * The baseline: the same report at the PR's base commit. From git when the checkout has the history (no API
 * request), otherwise through the contents API at that SHA with the raw media type (works for large files).
 */
import { InputError } from '../kernel/errors.js';
import type { GitHubClient } from './github/client.js';
import { statusOf } from './github/client.js';
import path from 'node:path';
import { createWriteStream } from 'node:fs';
import { checkUntrustedFile, decodeUtf8, DEFAULT_MAX_BYTES, readUntrustedText } from './files.js';
import { gitCopyFile, gitListFiles, gitReadFile } from './git.js';
import { globBase, globToRegExp, isGlob } from '../kernel/glob.js';
import { inSkippedDir } from './find-reports.js';

export interface BaselineReader {
  /** Text of `path` at the base commit, or null when the base has no such file. */
  read(path: string): Promise<string | null>;
  /**
   * Copies `path` at the base commit to a local file for streaming readers (predictions); returns the local
   * path, or null when the base has no such file. The CLI's reader returns the file in place.
   */
  toFile(path: string, tempDir: string, maxBytes: number): Promise<string | null>;
  /**
   * The files at the base commit that match a report pattern (a glob or a plain path), so that a report the
   * PR deleted is still seen; null when the base cannot be listed (no commit in the checkout and no API, or a
   * tree too large for one API response).
   */
  list(pattern: string): Promise<string[] | null>;
  /** Where the last read came from, for the comment. */
  source: 'git' | 'api' | 'none';
}

/** The CLI's baseline: files in the working tree (the user named the base report on the command line). */
export function createFileBaselineReader(root: string): BaselineReader {
  return {
    source: 'none',
    async read(rel: string) {
      return readUntrustedText(path.join(root, rel), { root, label: rel });
    },
    async toFile(rel: string, _tempDir: string, maxBytes: number) {
      const checked = await checkUntrustedFile(path.join(root, rel), { root, label: rel, maxBytes });
      return checked ? checked.real : null;
    },
    // The CLI names both reports: there is no base tree to list.
    list: async () => null,
  };
}

export function createBaselineReader(opts: {
  sha: string;
  workspace: string;
  client: GitHubClient | null;
  owner: string;
  repo: string;
  maxBytes?: number;
}): BaselineReader {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // Through the API, one listing of the whole base tree per run, shared by every pattern.
  let apiTree: Promise<string[] | null> | null = null;
  const reader: BaselineReader = {
    async list(pattern: string) {
      const glob = isGlob(pattern);
      // git lists only the directory the pattern can match in (the whole tree of a monorepo is large).
      let files: string[] | null | 'unavailable' = await gitListFiles(
        opts.workspace,
        opts.sha,
        glob ? globBase(pattern) : pattern,
      );
      if (files === 'unavailable') files = await (apiTree ??= listTreeFromApi(opts));
      if (!files) return null;
      const re = glob ? globToRegExp(pattern) : null;
      // Like the working-tree walk, which skips vendored directories below where the pattern starts.
      const start = glob ? globBase(pattern).length : 0;
      return files.filter((f) => (re ? re.test(f) && !inSkippedDir(f.slice(start)) : f === pattern));
    },
    source: 'none',
    async read(path: string) {
      const fromGit = await gitReadFile(opts.workspace, opts.sha, path, maxBytes);
      if (fromGit.status === 'found') {
        reader.source = 'git';
        return fromGit.text;
      }
      if (fromGit.status === 'absent') {
        reader.source = 'git';
        return null;
      }
      if (!opts.client) return null;
      try {
        const res = await opts.client.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner: opts.owner,
          repo: opts.repo,
          path,
          ref: opts.sha,
          headers: { accept: 'application/vnd.github.raw' },
          request: { parseSuccessResponseBody: false },
        });
        reader.source = 'api';
        const bytes = await readBounded(res.data as unknown, maxBytes, path);
        return decodeUtf8(bytes, `${path}@${opts.sha.slice(0, 7)}`);
      } catch (e) {
        if (e instanceof InputError) throw e;
        if (statusOf(e) === 404) {
          reader.source = 'api';
          return null;
        }
        throw e;
      }
    },
    async toFile(rel: string, tempDir: string, maxBytes: number) {
      const dest = path.join(tempDir, `base-${path.basename(rel).replace(/[^A-Za-z0-9._-]/g, '_')}`);
      const fromGit = await gitCopyFile(opts.workspace, opts.sha, rel, dest, maxBytes);
      if (fromGit === 'found') return dest;
      if (fromGit === 'absent' || !opts.client) return null;
      try {
        const res = await opts.client.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner: opts.owner,
          repo: opts.repo,
          path: rel,
          ref: opts.sha,
          headers: { accept: 'application/vnd.github.raw' },
          request: { parseSuccessResponseBody: false },
        });
        await streamToFile(res.data as unknown, dest, maxBytes, rel);
        return dest;
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw e;
      }
    },
  };
  return reader;
}

/** Every file of the base commit from the git trees API (one request), when the checkout lacks the commit. */
async function listTreeFromApi(opts: {
  sha: string;
  client: GitHubClient | null;
  owner: string;
  repo: string;
}): Promise<string[] | null> {
  if (!opts.client) return null;
  try {
    const res = await opts.client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: opts.owner,
      repo: opts.repo,
      tree_sha: opts.sha,
      recursive: '1',
    });
    const data = res.data as { truncated?: boolean; tree?: Array<{ path?: unknown; type?: unknown; mode?: unknown }> };
    // A truncated listing could miss exactly the deleted report: better unknown than wrong.
    if (data.truncated || !Array.isArray(data.tree)) return null;
    return data.tree
      .filter((e) => e.type === 'blob' && e.mode !== '120000' && typeof e.path === 'string')
      .map((e) => e.path as string);
  } catch (e) {
    if (statusOf(e) === 404 || statusOf(e) === 409) return null;
    throw e;
  }
}

/**
 * The chunks of a contents-API body, whatever shape fetch gave it (string, ArrayBuffer or a stream), failing as
 * soon as more than maxBytes arrive: a hostile base commit cannot make us hold or write an unbounded file.
 */
async function* boundedChunks(data: unknown, maxBytes: number, label: string): AsyncGenerator<Uint8Array> {
  const tooLarge = () => new InputError(`is too large at the base commit (limit ${maxBytes} bytes)`, { file: label });
  if (typeof data === 'string' || data instanceof ArrayBuffer) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data);
    if (bytes.byteLength > maxBytes) throw tooLarge();
    yield bytes;
    return;
  }
  const stream = data as ReadableStream<Uint8Array> | null;
  if (!stream || typeof stream.getReader !== 'function')
    throw new InputError('the contents API returned an unexpected body', { file: label });
  const reader = stream.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    yield value;
  }
}

async function streamToFile(data: unknown, dest: string, maxBytes: number, label: string): Promise<void> {
  const out = createWriteStream(dest);
  try {
    for await (const chunk of boundedChunks(data, maxBytes, label)) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  } finally {
    await new Promise<void>((r) => out.end(() => r()));
  }
}

/** The raw body, without holding more than maxBytes. */
async function readBounded(data: unknown, maxBytes: number, label: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of boundedChunks(data, maxBytes, label)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
