/** Reading files at a commit with git (no shell; bounded output; symbolic links refused). */
import { execFile, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { InputError } from '../kernel/errors.js';
import { decodeUtf8 } from './files.js';

function git(args: string[], cwd: string, maxBuffer: number): Promise<{ ok: boolean; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer, encoding: 'buffer', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        resolve({ ok: !error, stdout: stdout ?? Buffer.alloc(0), stderr: String(stderr ?? '') });
      },
    );
  });
}

/** The checkout has commit `sha` (a hex SHA only: nothing else reaches git's command line). */
async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return /^[0-9a-f]{7,64}$/i.test(sha) && (await git(['cat-file', '-e', `${sha}^{commit}`], cwd, 1024)).ok;
}

export type GitRead = { status: 'found'; text: string } | { status: 'absent' } | { status: 'unavailable' };

/**
 * The file `path` at commit `sha`. `unavailable`: the checkout does not have that commit (a shallow clone),
 * so the caller should ask the API; `absent`: the commit exists and the file does not.
 */
export async function gitReadFile(cwd: string, sha: string, path: string, maxBytes: number): Promise<GitRead> {
  if (!(await hasCommit(cwd, sha))) return { status: 'unavailable' };
  const tree = await git(['ls-tree', '-z', sha, '--', path], cwd, 64 * 1024);
  if (!tree.ok) return { status: 'unavailable' };
  const entry = tree.stdout.toString('utf8');
  if (entry === '') return { status: 'absent' };
  const [meta] = entry.split('\t');
  const [mode, type] = (meta ?? '').split(' ');
  if (mode === '120000')
    throw new InputError(`is a symbolic link at the base commit ${sha.slice(0, 7)}; commit the file itself`, {
      file: path,
    });
  if (type !== 'blob') throw new InputError(`is not a file at the base commit ${sha.slice(0, 7)}`, { file: path });
  const show = await git(['cat-file', 'blob', `${sha}:${path}`], cwd, maxBytes + 1);
  if (!show.ok) {
    if (/maxBuffer/i.test(show.stderr) || show.stdout.length > maxBytes)
      throw new InputError(`is too large at the base commit (limit ${maxBytes} bytes)`, { file: path });
    return { status: 'unavailable' };
  }
  return { status: 'found', text: decodeUtf8(show.stdout, `${path}@${sha.slice(0, 7)}`) };
}

/**
 * Streams `path` at `sha` into `dest` without holding it in memory (predictions files can be large).
 * Same answers as gitReadFile: `unavailable` when the commit is not in the checkout.
 */
export async function gitCopyFile(
  cwd: string,
  sha: string,
  path: string,
  dest: string,
  maxBytes: number,
): Promise<'found' | 'absent' | 'unavailable'> {
  if (!(await hasCommit(cwd, sha))) return 'unavailable';
  const tree = await git(['ls-tree', '-z', '-l', sha, '--', path], cwd, 64 * 1024);
  if (!tree.ok) return 'unavailable';
  const entry = tree.stdout.toString('utf8');
  if (entry === '') return 'absent';
  const [mode, type, , size] = (entry.split('\t')[0] ?? '').split(/\s+/);
  if (mode === '120000')
    throw new InputError(`is a symbolic link at the base commit ${sha.slice(0, 7)}; commit the file itself`, {
      file: path,
    });
  if (type !== 'blob') throw new InputError(`is not a file at the base commit ${sha.slice(0, 7)}`, { file: path });
  if (Number(size) > maxBytes)
    throw new InputError(`is too large at the base commit (limit ${maxBytes} bytes)`, { file: path });
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['cat-file', 'blob', `${sha}:${path}`], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    const out = createWriteStream(dest);
    child.stdout.pipe(out);
    child.on('error', reject);
    out.on('error', reject);
    out.on('finish', () =>
      child.exitCode === 0 || child.exitCode === null ? resolve() : reject(new Error('git cat-file failed')),
    );
  });
  return 'found';
}

/**
 * Every file path under `dir` at commit `sha` (regular files only: links and submodules are not reports), or
 * `unavailable` when the checkout lacks the commit. Bounded: a listing larger than maxBytes is `unavailable`.
 */
export async function gitListFiles(
  cwd: string,
  sha: string,
  dir: string,
  maxBytes = 16 * 1024 * 1024,
): Promise<string[] | 'unavailable'> {
  if (!(await hasCommit(cwd, sha))) return 'unavailable';
  const args = ['ls-tree', '-r', '-z', sha];
  if (dir) args.push('--', dir);
  const tree = await git(args, cwd, maxBytes);
  if (!tree.ok) return 'unavailable';
  const out: string[] = [];
  for (const entry of tree.stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000') out.push(entry.slice(tab + 1));
  }
  return out;
}

/**
 * The commit a user's ref names (`main`, `origin/main`, `HEAD~1`, a SHA), or null. Only plain ref characters
 * reach git, never an option (a leading `-`).
 */
export async function gitResolveCommit(cwd: string, ref: string): Promise<string | null> {
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
  const r = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, 1024);
  const sha = r.stdout.toString('utf8').trim();
  return r.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}

/** The top level of the work tree that contains `cwd`, or null outside a git repository. */
export async function gitTopLevel(cwd: string): Promise<string | null> {
  const r = await git(['rev-parse', '--show-toplevel'], cwd, 64 * 1024);
  return r.ok ? r.stdout.toString('utf8').trim() : null;
}
