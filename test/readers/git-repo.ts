/** Test support: a real git repository with a base commit and a PR commit, so baselines come from `git`. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp.js';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'readers');

export type Tree = Record<string, string | null>;

/** Every file under a fixture directory, keyed by `prefix` + its relative path. */
export function fixtureTree(dir: string, prefix = ''): Tree {
  const out: Tree = {};
  const walk = (rel: string) => {
    const full = path.join(FIXTURES, dir, rel);
    if (statSync(full).isDirectory()) for (const e of readdirSync(full)) walk(rel ? `${rel}/${e}` : e);
    else out[`${prefix}${rel}`] = readFileSync(full, 'utf8');
  };
  walk('');
  return out;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

function write(dir: string, tree: Tree) {
  for (const [rel, text] of Object.entries(tree)) {
    const full = path.join(dir, rel);
    if (text === null) rmSync(full, { force: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
}

/** base: the files at the PR's base; head: what the PR adds, changes (or deletes with null). */
export function makeRepo(
  base: Tree,
  head: Tree,
): { dir: string; baseSha: string; headSha: string; cleanup: () => void } {
  const dir = tempDir('mlgate-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
  write(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'pr');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  return { dir, baseSha, headSha, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
