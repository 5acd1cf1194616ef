// The git source on a real repository: files, links and sizes at a commit, one process for many questions, a
// too-large file refused without reading it, and a missing commit handed to the next source.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/kernel/errors.js';
import { gitSource } from '../../src/sources/git.js';
import { defineSource, firstAvailable } from '../../src/sources/source.js';
import { gitCounter } from '../support/git-count.js';
import { tempDir } from '../support/temp.js';
import { makeRepo } from '../readers/git-repo.js';

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

function repoWith(files: Record<string, string>, link?: [string, string]) {
  const repo = makeRepo(files, {});
  if (link) {
    symlinkSync(link[1], path.join(repo.dir, link[0]));
    execFileSync('git', ['add', '-A'], { cwd: repo.dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'link'], {
      cwd: repo.dir,
    });
  }
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim();
  return { dir: repo.dir, sha };
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: unknown) => (e instanceof InputError ? e.format() : `not an InputError: ${String(e)}`),
  );

describe('gitSource', () => {
  it('reads, lists and answers "absent" through one git process', async () => {
    const { dir, sha } = repoWith({
      'a.yaml': 'a: 1\n',
      'models/x/mlgate.yaml': 'x\n',
      'models/y/mlgate.yaml': 'y\n',
      'models/node_modules/z/mlgate.yaml': 'vendored\n',
    });
    const counter = gitCounter();
    process.env.PATH = counter.path;
    const src = gitSource(dir, sha, process.env);
    expect(await src.read('a.yaml')).toBe('a: 1\n');
    expect(await src.read('models/y/mlgate.yaml')).toBe('y\n');
    expect(await src.read('nope.yaml')).toBeNull();
    expect(await src.read('a.yaml/inside')).toBeNull();
    expect((await src.list('models'))?.files).toEqual(['models/x/mlgate.yaml', 'models/y/mlgate.yaml']);
    expect((await src.list('', { maxDepth: 0 }))?.files).toEqual(['a.yaml']);
    expect(await src.list('missing')).toEqual({ files: [] });
    expect(counter.calls()).toEqual(['cat-file --batch']);
    expect(src.describe()).toBe(`git at \`${sha.slice(0, 7)}\``);
  });

  it('refuses a link and a directory at the commit, naming the file', async () => {
    const { dir, sha } = repoWith({ 'models/x/mlgate.yaml': 'x\n' }, ['link.yaml', '/etc/passwd']);
    const src = gitSource(dir, sha, process.env);
    expect(await refusal(src.read('link.yaml'))).toBe(
      `link.yaml: is a symbolic link at the base commit ${sha.slice(0, 7)}; commit the file itself`,
    );
    expect(await refusal(src.read('models/x'))).toBe(`models/x: is not a file at the base commit ${sha.slice(0, 7)}`);
    expect((await src.list(''))?.files).toEqual(['models/x/mlgate.yaml']);
  });

  it('refuses a file over the limit without reading it, and keeps answering', async () => {
    const { dir, sha } = repoWith({ 'big.json': 'x'.repeat(100_000), 'small.json': '{}' });
    const src = gitSource(dir, sha, process.env);
    expect(await refusal(src.read('big.json', { maxBytes: 1000 }))).toBe(
      'big.json: is too large at the base commit (limit 1000 bytes)',
    );
    expect(await src.read('small.json')).toBe('{}');
    expect(await refusal(src.read('../outside.json'))).toBe(
      '../outside.json: is outside the workspace; use a path inside the repository',
    );
  });

  it('copies a file byte for byte for streaming readers', async () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `${i},x,y`).join('\n');
    const { dir, sha } = repoWith({ 'preds.csv': body });
    const out = await gitSource(dir, sha, process.env).toFile(
      'preds.csv',
      mkdtempSync(path.join(tmpdir(), 'mlgate-copy-')),
      1e7,
    );
    expect(out).not.toBeNull();
    expect(readFileSync(out!, 'utf8')).toBe(body);
  });

  it('a commit the checkout lacks: the next source answers, and is the one named', async () => {
    const { dir } = repoWith({ 'a.yaml': 'from git\n' });
    const api = defineSource({
      kind: 'api',
      describe: () => 'the other source',
      label: (p) => p,
      readBytes: async (p) => (p === 'a.yaml' ? Buffer.from('from the other source\n') : null),
      toFile: async () => null,
      list: async () => ({ files: ['a.yaml'] }),
    });
    const src = firstAvailable([gitSource(dir, 'b'.repeat(40), process.env), api]);
    expect(src.kind).toBe('none');
    expect(await src.read('a.yaml')).toBe('from the other source\n');
    expect(src.kind).toBe('api');
    expect(src.describe()).toBe('the other source');
    expect(await src.list('')).toEqual({ files: ['a.yaml'] });
  });

  it('outside a repository git is unavailable, not an error', async () => {
    const src = firstAvailable([gitSource(tempDir('mlgate-nogit-'), 'c'.repeat(40), process.env)]);
    expect(await src.read('a.yaml')).toBeNull();
    expect(src.kind).toBe('none');
  });
});
