/**
 * The bundled demo (examples/demo) as a real git checkout, for tests that change one thing in it: the reports
 * live at examples/demo/ as in the package, the PR's code_commit names a commit of the checkout's history.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFiles } from '../../src/cli/compare.js';
import type { GateResult } from '../../src/kernel/result-types.js';
import { tempDir } from '../support/temp.js';
import { git } from '../support/workspace.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HEAD = 'examples/demo/head.yaml';
export const BASE = 'examples/demo/base.yaml';
export const CONFIG = 'examples/demo/mlgate.yml';

export const demoText = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

export interface DemoEdits {
  head?: (yaml: string) => string;
  /** Gets the demo's base and the PR's report as written (with its code_commit). */
  base?: (yaml: string, head: string) => string;
  config?: (yaml: string) => string;
  /** Extra or replaced files (null deletes), committed with the reports. */
  files?: Record<string, string | null>;
  /** The PR's code_commit: default, the checkout's training commit (an ancestor of HEAD), quoted (a SHA of digits is a YAML number). */
  codeCommit?: string;
}

export interface DemoCheckout {
  dir: string;
  codeSha: string;
  headSha: string;
}

export function demoCheckout(edits: DemoEdits = {}): DemoCheckout {
  const dir = tempDir('mlgate-demo-');
  mkdirSync(path.join(dir, 'examples'), { recursive: true });
  cpSync(path.join(ROOT, 'examples/demo'), path.join(dir, 'examples/demo'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'training code');
  const codeSha = git(dir, 'rev-parse', 'HEAD');
  const write = (rel: string, text: string | null) => {
    if (text === null) rmSync(path.join(dir, rel), { force: true });
    else {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
  };
  const commit = edits.codeCommit ?? codeSha.slice(0, 10);
  const head = (edits.head ?? ((y) => y))(demoText(HEAD).replace('code_commit: 9d81b07', `code_commit: "${commit}"`));
  write(HEAD, head);
  write(BASE, (edits.base ?? ((y) => y))(demoText(BASE), head));
  write(CONFIG, (edits.config ?? ((y) => y))(demoText(CONFIG)));
  for (const [rel, text] of Object.entries(edits.files ?? {})) write(rel, text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'the PR');
  return { dir, codeSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

/** `mlgate compare` on the checkout's demo reports, as a user runs it. */
export function compareDemo(c: DemoCheckout, now: string): Promise<GateResult> {
  return compareFiles(
    { processEnv: process.env, head: HEAD, base: BASE, config: CONFIG, now: new Date(`${now}T12:00:00Z`) },
    c.dir,
  );
}

export const itemOf = (r: GateResult, id: string) => r.models[0]!.checklist!.find((i) => i.id === id)!;
