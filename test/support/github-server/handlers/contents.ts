// Repository contents at a ref: raw bytes with the raw media type, else JSON with base64 content
// (empty content and encoding "none" above 1 MB, as GitHub does), or a directory listing.
import { createHash } from 'node:crypto';
import { json, notFound, type Ctx, type Reply } from '../http.js';
import type { Router } from '../router.js';
import type { RepoRec } from '../types.js';
import { requireRepo } from './common.js';

const ONE_MB = 1024 * 1024;

export function fileKey(ref: string, path: string): string {
  return `${ref}\0${path.replace(/^\/+/, '')}`;
}

function blobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** GitHub wraps base64 content at 60 characters with a trailing newline. */
function wrapBase64(bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  return b64.length === 0 ? '' : `${b64.match(/.{1,60}/g)?.join('\n') ?? ''}\n`;
}

function entry(ctx: Ctx, repo: RepoRec, ref: string, path: string, bytes: Buffer | undefined) {
  const name = path.split('/').pop() ?? path;
  const url = `${ctx.store.apiUrl}/repos/${repo.full_name}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const html = `https://github.com/${repo.full_name}/${bytes ? 'blob' : 'tree'}/${ref}/${path}`;
  const sha = bytes ? blobSha(bytes) : '0'.repeat(40);
  return {
    type: bytes ? 'file' : 'dir',
    size: bytes?.length ?? 0,
    name,
    path,
    sha,
    url,
    git_url: `${ctx.store.apiUrl}/repos/${repo.full_name}/git/${bytes ? 'blobs' : 'trees'}/${sha}`,
    html_url: html,
    download_url: bytes ? `https://raw.githubusercontent.com/${repo.full_name}/${ref}/${path}` : null,
    _links: { self: url, git: null, html },
  };
}

function wantsRaw(ctx: Ctx): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/i.test(String(ctx.headers.accept ?? ''));
}

function get(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const ref = ctx.query.get('ref') || repo.default_branch;
  const bytes = repo.files.get(fileKey(ref, path));
  if (bytes) {
    if (wantsRaw(ctx)) return { status: 200, body: bytes, headers: { 'content-type': 'text/plain; charset=utf-8' } };
    const large = bytes.length > ONE_MB;
    return json(200, {
      ...entry(ctx, repo, ref, path, bytes),
      content: large ? '' : wrapBase64(bytes),
      encoding: large ? 'none' : 'base64',
    });
  }
  // A directory exists when some file at this ref lives under it.
  const prefix = fileKey(ref, `${path}/`);
  const children = new Map<string, Buffer | undefined>();
  for (const [key, value] of repo.files) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const [first, ...more] = rest.split('/');
    if (first) children.set(first, more.length > 0 ? undefined : value);
  }
  if (children.size === 0) throw notFound();
  const listing = [...children.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, b]) => entry(ctx, repo, ref, `${path}/${name}`, b));
  return json(200, listing);
}

/**
 * The git trees API at a commit: with `recursive`, every file and directory under it (directories as `tree`
 * entries), `truncated: true` past the store's treeLimit, as GitHub does for very large trees.
 */
function tree(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const ref = ctx.params.sha ?? '';
  const recursive = ['1', 'true'].includes(ctx.query.get('recursive') ?? '');
  const files = [...repo.files.entries()]
    .filter(([k]) => k.startsWith(`${ref}\0`))
    .map(([k, v]) => [k.slice(ref.length + 1), v] as const);
  if (files.length === 0) throw notFound();
  const entries = new Map<
    string,
    { path: string; mode: string; type: string; sha: string; size?: number; url: string }
  >();
  for (const [path, bytes] of files) {
    const parts = path.split('/');
    if (!recursive && parts.length > 1) {
      entries.set(parts[0]!, { path: parts[0]!, mode: '040000', type: 'tree', sha: '0'.repeat(40), url: '' });
      continue;
    }
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      entries.set(dir, { path: dir, mode: '040000', type: 'tree', sha: '0'.repeat(40), url: '' });
    }
    const sha = blobSha(bytes);
    entries.set(path, {
      path,
      mode: '100644',
      type: 'blob',
      sha,
      size: bytes.length,
      url: `${ctx.store.apiUrl}/repos/${repo.full_name}/git/blobs/${sha}`,
    });
  }
  const all = [...entries.values()].sort((a, b) => a.path.localeCompare(b.path));
  const truncated = all.length > ctx.store.treeLimit;
  return json(200, {
    sha: ref,
    url: `${ctx.store.apiUrl}/repos/${repo.full_name}/git/trees/${ref}`,
    tree: all.slice(0, ctx.store.treeLimit),
    truncated,
  });
}

export function registerContents(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/contents/*path', get);
  r.add('GET', '/repos/:owner/:repo/git/trees/:sha', tree);
}
