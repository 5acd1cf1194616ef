/**
 * A commit read through GitHub's REST API, for checkouts without the base commit (shallow clones): files from the
 * contents API with the raw media type (works for large files), the listing from one recursive git-trees request
 * per run. Bodies are read with a byte limit, whatever the server claims.
 */
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { belowSkipped, boundedChunks } from './bounds.js';
import { defineSource, SourceUnavailable, type Source } from './source.js';

/** The part of an Octokit client a source needs (sources sit below adapters/github). */
export interface RestClient {
  request(route: string, params: Record<string, unknown>): Promise<{ data: unknown }>;
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

interface Commit {
  client: RestClient | null;
  owner: string;
  repo: string;
  sha: string;
}

export function contentsApiSource(opts: Commit): Source {
  const short = opts.sha.slice(0, 7);
  let tree: Promise<string[] | null> | null = null;
  const tooLarge = (rel: string, maxBytes: number) => () =>
    new InputError(`is too large at the base commit (limit ${maxBytes} bytes)`, { file: rel });
  return defineSource({
    kind: 'api',
    describe: () => `the contents API at \`${short}\``,
    label: (rel) => `${rel}@${short}`,
    async readBytes(rel, maxBytes) {
      const data = await rawContent(opts, rel);
      if (data === null) return null;
      const chunks: Uint8Array[] = [];
      for await (const c of boundedChunks(data, maxBytes, tooLarge(rel, maxBytes), rel)) chunks.push(c);
      return Buffer.concat(chunks);
    },
    async toFile(rel, tempDir, maxBytes) {
      const data = await rawContent(opts, rel);
      if (data === null) return null;
      const dest = path.join(tempDir, `base-${path.basename(rel).replace(/[^A-Za-z0-9._-]/g, '_')}`);
      const out = createWriteStream(dest);
      try {
        for await (const chunk of boundedChunks(data, maxBytes, tooLarge(rel, maxBytes), rel)) {
          if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
        }
      } finally {
        await new Promise<void>((r) => out.end(() => r()));
      }
      return dest;
    },
    async list(dir, bounds) {
      const all = await (tree ??= listTree(opts));
      if (all === null) return null;
      const prefix = dir ? `${dir}/` : '';
      const files = all.filter((f) => f.startsWith(prefix) && !belowSkipped(f.slice(prefix.length), bounds.maxDepth));
      const { maxEntries } = bounds;
      return files.length > maxEntries ? { files: files.slice(0, maxEntries), truncated: true } : { files };
    },
  });
}

function clientOf(c: Commit): RestClient {
  if (!c.client) throw new SourceUnavailable('no API client');
  return c.client;
}

/** The raw body of `rel` at the commit, or null on 404. */
async function rawContent(c: Commit, rel: string): Promise<unknown> {
  try {
    const res = await clientOf(c).request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: c.owner,
      repo: c.repo,
      path: rel,
      ref: c.sha,
      headers: { accept: 'application/vnd.github.raw' },
      request: { parseSuccessResponseBody: false },
    });
    return res.data;
  } catch (e) {
    if (statusOf(e) === 404) return null;
    throw e;
  }
}

/** Every file of the commit from the git trees API (one request), when the checkout lacks the commit. */
async function listTree(c: Commit): Promise<string[] | null> {
  try {
    const res = await clientOf(c).request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: c.owner,
      repo: c.repo,
      tree_sha: c.sha,
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
