/**
 * A real git repository in a temp dir, with a base commit and a PR head commit, and the runner's environment
 * (event payload, GITHUB_* variables, INPUT_* inputs) for running the action as the runner would.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { run } from '../../src/main.js';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { tempDir } from './temp.js';

export const REPO = 'acme/models';

export function git(cwd: string, ...args: string[]): string {
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

export interface Workspace {
  dir: string;
  baseSha: string;
  headSha: string;
  /** Runner files: event payload, outputs, summary. */
  runnerDir: string;
  env: Record<string, string>;
  outputs(): Record<string, string>;
  summary(): string;
}

/** Files of the base commit, then files changed by the PR (null deletes). */
export function makeWorkspace(
  baseFiles: Record<string, string>,
  headFiles: Record<string, string | null>,
  opts: { prNumber?: number; author?: string; inputs?: Record<string, string>; eventName?: string } = {},
): Workspace {
  const dir = tempDir('mlgate-ws-');
  const write = (files: Record<string, string | null>) => {
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(dir, file);
      if (text === null) execFileSync('rm', ['-f', full]);
      else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
    }
  };
  git(dir, 'init', '-q', '-b', 'main');
  write(baseFiles);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(headFiles);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');

  const number = opts.prNumber ?? 7;
  const event = {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      body: 'Retrain with more data',
      user: { login: opts.author ?? 'alice' },
      base: { sha: baseSha, ref: 'main', repo: { full_name: REPO } },
      head: { sha: headSha, ref: 'feature', repo: { full_name: REPO } },
    },
    repository: { full_name: REPO },
  };
  const runner = runnerEnv({
    dir,
    eventName: opts.eventName ?? 'pull_request',
    event,
    sha: headSha,
    inputs: opts.inputs ?? {},
  });
  return { dir, baseSha, headSha, ...runner };
}

/** The runner's side of a run in `dir`: event payload, output and summary files, GITHUB_* and INPUT_* variables. */
export function runnerEnv(opts: {
  dir: string;
  eventName: string;
  event: unknown;
  sha: string;
  inputs?: Record<string, string>;
  ref?: string;
}): Pick<Workspace, 'runnerDir' | 'env' | 'outputs' | 'summary'> {
  const runnerDir = tempDir('mlgate-runner-');
  const eventPath = path.join(runnerDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event));
  const outputPath = path.join(runnerDir, 'output.txt');
  const summaryPath = path.join(runnerDir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { 'github-token': 'ghs_test', ...(opts.inputs ?? {}) };
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: opts.sha,
    GITHUB_WORKSPACE: opts.dir,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runnerDir,
    ...(opts.ref ? { GITHUB_REF: opts.ref } : {}),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return {
    runnerDir,
    env,
    outputs: () => parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: () => readFileSync(summaryPath, 'utf8'),
  };
}

/** GITHUB_OUTPUT uses heredoc blocks: `name<<DELIM\nvalue\nDELIM`. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** Sets process.env for an in-process run() and returns a function that restores it. */
export function useEnv(env: Record<string, string>): () => void {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env))
    if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(process.env, env);
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}

export function report(model: string, metrics: Record<string, number>, extra = ''): string {
  const lines = Object.entries(metrics).map(([k, v]) => `  ${k}: ${v}`);
  return `version: 1\nmodel: ${model}\nmetrics:\n${lines.join('\n')}\neval:\n  dataset: gold-2026-10\n  size: 12000\n${extra}`;
}

/**
 * The action's client with GitHub's write spacing turned off, so tests do not wait 1–3 s per write; its other
 * waits go through the run's `sleep` (real unless the test passes one to `run`).
 */
export const testClient: NonNullable<Parameters<typeof run>[0]>['client'] = (s, ctx, d) =>
  createGitHubClient({
    token: s.token,
    baseUrl: ctx.apiUrl,
    timeoutMs: 2000,
    retries: 2,
    writeSpacingMs: { write: 0, notifications: 0 },
    sleep: d.sleep,
  });
