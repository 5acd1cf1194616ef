/**
 * A commit of the checkout as a Source: trees and files read through one `git cat-file --batch` process
 * (sources/git-batch.ts) and cached for the run, so each tree is read once whatever the number of reports and
 * patterns. Links and submodules are not files; a commit the checkout lacks (a shallow clone) makes the source
 * unavailable, and `firstAvailable` asks the next one (the contents API).
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { isSkippedDir } from './bounds.js';
import { GitBatch, ObjectTooLarge } from './git-batch.js';
import { gitEnv, type ProcessEnv } from './git-env.js';
import { defineSource, SourceUnavailable, type ListOptions, type Listing, type Source } from './source.js';

/** A tree entry: `40000` tree, `100644`/`100755` file, `120000` link, `160000` submodule. */
interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
}

const MAX_TREE_BYTES = 16 * 1024 * 1024;

/** The trees of one commit, each read once and kept for the run. */
class CommitTrees {
  private readonly trees = new Map<string, Promise<TreeEntry[] | null>>();
  private root: Promise<string | null> | null = null;
  readonly short: string;

  constructor(
    readonly batch: GitBatch,
    readonly sha: string,
  ) {
    this.short = sha.slice(0, 7);
  }

  tree(oid: string): Promise<TreeEntry[] | null> {
    let t = this.trees.get(oid);
    if (!t) this.trees.set(oid, (t = readTree(this.batch, oid)));
    return t;
  }

  /** The entry at `rel` (walking the trees from the root), or null when the commit has no such path. */
  async entryAt(rel: string): Promise<TreeEntry | null> {
    this.root ??= commitTree(this.batch, this.sha);
    const oid = await this.root;
    if (oid === null) throw new SourceUnavailable(`the checkout has no commit ${this.short}`);
    let current: TreeEntry = { mode: '40000', name: '', oid };
    for (const part of rel.split('/').filter(Boolean)) {
      if (current.mode !== '40000') return null;
      const entries = await this.tree(current.oid);
      if (entries === null) throw new SourceUnavailable(`git cannot read a tree of ${this.short}`);
      const next = entries.find((e) => e.name === part);
      if (!next) return null;
      current = next;
    }
    return current;
  }

  /** The file at `rel`, or null; a link or a directory there is refused. */
  async blobAt(rel: string): Promise<TreeEntry | null> {
    const e = await this.entryAt(rel);
    if (e === null) return null;
    if (e.mode === '120000')
      throw new InputError(`is a symbolic link at the base commit ${this.short}; commit the file itself`, {
        file: rel,
      });
    if (!e.mode.startsWith('100'))
      throw new InputError(`is not a file at the base commit ${this.short}`, { file: rel });
    return e;
  }
}

const tooLargeAtBase = (rel: string, maxBytes: number) => (err: unknown) => {
  throw err instanceof ObjectTooLarge
    ? new InputError(`is too large at the base commit (limit ${maxBytes} bytes)`, { file: rel })
    : err;
};

/** Commit `sha` of the repository at `cwd` (a hex SHA only: nothing else reaches git). */
export function gitSource(cwd: string, sha: string, env: ProcessEnv): Source {
  const commit = new CommitTrees(new GitBatch(cwd, env), sha);
  const unreadable = (rel: string) => new SourceUnavailable(`git cannot read ${rel} at ${commit.short}`);
  return defineSource({
    kind: 'git',
    describe: () => `git at \`${commit.short}\``,
    label: (rel) => `${rel}@${commit.short}`,
    async readBytes(rel, maxBytes) {
      const e = await commit.blobAt(rel);
      if (e === null) return null;
      const got = await commit.batch.read(e.oid, maxBytes).catch(tooLargeAtBase(rel, maxBytes));
      if (got === null || got === 'missing') throw unreadable(rel);
      return got.bytes;
    },
    async toFile(rel, tempDir, maxBytes) {
      const e = await commit.blobAt(rel);
      if (e === null) return null;
      const dest = path.join(tempDir, `base-${path.basename(rel).replace(/[^A-Za-z0-9._-]/g, '_')}`);
      const out = createWriteStream(dest);
      const sink = (chunk: Buffer) =>
        new Promise<void>((resolve, reject) => out.write(chunk, (err) => (err ? reject(err) : resolve())));
      try {
        const got = await commit.batch.copy(e.oid, maxBytes, sink).catch(tooLargeAtBase(rel, maxBytes));
        if (got !== 'found') throw unreadable(rel);
      } finally {
        await new Promise<void>((resolve) => out.end(() => resolve()));
      }
      return dest;
    },
    async list(dir, opts) {
      const start = await commit.entryAt(dir);
      if (start === null || start.mode !== '40000') return { files: [] };
      return walkTree((oid) => commit.tree(oid), start.oid, dir, opts);
    },
  });
}

/** Regular files below a tree, in git's order (as `git ls-tree -r` prints them), vendored trees skipped. */
async function walkTree(
  tree: (oid: string) => Promise<TreeEntry[] | null>,
  oid: string,
  dir: string,
  opts: Required<ListOptions>,
): Promise<Listing | null> {
  const files: string[] = [];
  let seen = 0;
  const walk = async (treeOid: string, prefix: string, depth: number): Promise<boolean | null> => {
    const entries = await tree(treeOid);
    if (entries === null) return null;
    for (const e of entries) {
      if (++seen > opts.maxEntries) return false;
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.mode === '40000') {
        if (isSkippedDir(e.name) || depth >= opts.maxDepth) continue;
        const done = await walk(e.oid, rel, depth + 1);
        if (done !== true) return done;
      } else if (e.mode.startsWith('100')) files.push(rel);
    }
    return true;
  };
  const done = await walk(oid, dir, 0);
  if (done === null) return null;
  return done ? { files } : { files, truncated: true };
}

/** The root tree of commit `sha`, or null when the checkout does not have that commit. */
async function commitTree(batch: GitBatch, sha: string): Promise<string | null> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return null;
  const got = await batch.read(`${sha}^{commit}`, 1024 * 1024).catch(() => null);
  if (got === null || got === 'missing' || got.header.type !== 'commit') return null;
  return /^tree ([0-9a-f]{40,64})$/m.exec(got.bytes.toString('utf8'))?.[1] ?? null;
}

/** The entries of a tree object: `<mode> <name>\0<raw oid>` repeated. */
async function readTree(batch: GitBatch, oid: string): Promise<TreeEntry[] | null> {
  const oidBytes = oid.length / 2; // SHA-1 or SHA-256, as the repository hashes
  const got = await batch.read(oid, MAX_TREE_BYTES).catch(() => null);
  if (got === null || got === 'missing' || got.header.type !== 'tree') return null;
  const bytes = got.bytes;
  const out: TreeEntry[] = [];
  let i = 0;
  while (i < bytes.length) {
    const space = bytes.indexOf(0x20, i);
    const nul = bytes.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + oidBytes > bytes.length) return null;
    out.push({
      mode: bytes.subarray(i, space).toString('latin1'),
      name: bytes.subarray(space + 1, nul).toString('utf8'),
      oid: bytes.subarray(nul + 1, nul + 1 + oidBytes).toString('hex'),
    });
    i = nul + 1 + oidBytes;
  }
  return out;
}

function git(
  args: string[],
  cwd: string,
  maxBuffer: number,
  env: ProcessEnv,
): Promise<{ ok: boolean; stdout: Buffer }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer, encoding: 'buffer', env: gitEnv(env) }, (error, stdout) =>
      resolve({ ok: !error, stdout: stdout ?? Buffer.alloc(0) }),
    );
  });
}

/**
 * The commit a user's ref names (`main`, `origin/main`, `HEAD~1`, a SHA), or null. Only plain ref characters
 * reach git, never an option (a leading `-`).
 */
export async function gitResolveCommit(cwd: string, ref: string, env: ProcessEnv): Promise<string | null> {
  // Anything git's ref syntax allows may pass (arguments go to git as an array, never through a shell), except
  // what would read as an option or break a line.
  if (
    ref.length === 0 ||
    ref.length > 200 ||
    ref.startsWith('-') ||
    /\s/.test(ref) ||
    [...ref].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)
  )
    return null;
  const r = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, 1024, env);
  const sha = r.stdout.toString('utf8').trim();
  return r.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}

/** The top level of the work tree that contains `cwd`, or null outside a git repository. */
export async function gitTopLevel(cwd: string, env: ProcessEnv): Promise<string | null> {
  const r = await git(['rev-parse', '--show-toplevel'], cwd, 64 * 1024, env);
  return r.ok ? r.stdout.toString('utf8').trim() : null;
}
