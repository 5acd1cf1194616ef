/**
 * Test support for the tools' own output (test/fixtures/tools, written by its generate.py): a real git repository
 * whose base commit holds one tree and whose PR commit another, gathered and evaluated as the action does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gatherModels } from '../../src/adapters/gather.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { parseConfig } from '../../src/schema/config.js';
import { baseCommitSource } from '../../src/sources/base-commit.js';
import { tempDir } from '../support/temp.js';

export const TOOLS = path.join(import.meta.dirname, '..', 'fixtures', 'tools');

/** Path -> bytes (Buffer: SQLite files stay binary), a `{ link }` for a symbolic link, or null to delete. */
export type Tree = Record<string, Buffer | string | { link: string } | null>;

/** Every file under a fixture directory of test/fixtures/tools, keyed by `prefix` + its relative path. */
export function toolTree(dir: string, prefix = ''): Tree {
  const out: Tree = {};
  const walk = (rel: string) => {
    const full = path.join(TOOLS, dir, rel);
    if (statSync(full).isDirectory()) for (const e of readdirSync(full)) walk(rel ? `${rel}/${e}` : e);
    else out[`${prefix}${rel}`] = readFileSync(full);
  };
  walk('');
  return out;
}

export const readTool = (rel: string) => readFileSync(path.join(TOOLS, rel), 'utf8');

function git(cwd: string, ...args: string[]): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e.x',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e.x',
  };
  return execFileSync('git', args, { cwd, encoding: 'utf8', env }).trim();
}

export function writeTree(dir: string, tree: Tree): void {
  for (const [rel, v] of Object.entries(tree)) {
    const full = path.join(dir, rel);
    rmSync(full, { force: true });
    if (v === null) continue;
    mkdirSync(path.dirname(full), { recursive: true });
    if (typeof v === 'object' && 'link' in v) symlinkSync(v.link, full);
    else writeFileSync(full, v);
  }
}

const cleanups: Array<() => void> = [];
export const cleanUp = () => cleanups.splice(0).forEach((c) => c());

/** base: the files at the PR's base; head: what the PR adds, changes or deletes (null). */
export function repo(base: Tree, head: Tree): { dir: string; baseSha: string; headSha: string } {
  const dir = tempDir('mlgate-tools-');
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
  writeTree(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  writeTree(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'pr');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

/** The action's gather and evaluate on a repository, with its base commit as the baseline. */
export async function gate(base: Tree, head: Tree, configYaml: string) {
  const r = repo(base, head);
  const config = parseConfig(configYaml, '.github/mlgate.yml');
  const baseline = baseCommitSource({
    processEnv: process.env,
    sha: r.baseSha,
    workspace: r.dir,
    client: null,
    owner: 'o',
    repo: 'r',
  });
  const models = await gatherModels({ workspace: r.dir, config, patterns: config.reports, baseline });
  const result = evaluate({
    config,
    models,
    base: { sha: r.baseSha, source: baseline.kind },
    head: { sha: r.headSha },
    now: new Date('2026-01-01'),
  });
  return { models, result, dir: r.dir };
}
