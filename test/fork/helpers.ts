/**
 * The two-workflow fork set-up, run in-process the way the runner runs it: the `pull_request` job (read-only
 * token, comment-mode none) writes the result file; the `workflow_run` job gets that file as a downloaded
 * artifact in an otherwise empty workspace (it never checks out the PR) and publishes it.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { run } from '../../src/main.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { makeWorkspace, REPO, testClient, useEnv, type Workspace } from '../support/workspace.js';
import { tempDir } from '../support/temp.js';

export const FORK = 'mallory/models';
export const PUBLISH_TOKEN = 'ghs_publishFAKE0123456789';

/** Captures the workflow commands (`::warning::` ...) that @actions/core writes to stdout. */
export async function captured(fn: () => Promise<void>): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

/** The `pull_request` job of a fork PR: read-only token, no comment; returns the workspace and its result file. */
export async function gateJob(
  fake: FakeGitHub,
  base: string,
  head: string,
): Promise<{ ws: Workspace; resultFile: string; log: string }> {
  const ws = makeWorkspace({ 'mlgate.yaml': base }, { 'mlgate.yaml': head }, { inputs: { 'comment-mode': 'none' } });
  fake.addPull(REPO, {
    number: 7,
    head_sha: ws.headSha,
    base_sha: ws.baseSha,
    user: 'mallory',
    head_repo: FORK,
    head_ref: 'feature',
  });
  fake.setTokenReadOnly('ghs_test');
  const restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
  try {
    const log = await captured(() => run({ client: testClient }));
    return { ws, resultFile: ws.outputs()['result-json']!, log };
  } finally {
    restore();
  }
}

export interface PublishJob {
  dir: string;
  env: Record<string, string>;
  outputs(): string;
  summary(): string;
}

/** The `workflow_run` job's runner: an empty workspace with the artifact downloaded into `mlgate-result/`. */
export function publishJob(
  fake: FakeGitHub,
  artifact: string | { text: string },
  run: { head_sha: string; head_repository?: string | null; head_branch?: string | null },
  inputs: Record<string, string> = {},
): PublishJob {
  const dir = tempDir('mlgate-publish-');
  const runner = tempDir('mlgate-publish-runner-');
  mkdirSync(path.join(dir, 'mlgate-result'));
  const target = path.join(dir, 'mlgate-result', 'result.json');
  if (typeof artifact === 'string') copyFileSync(artifact, target);
  else writeFileSync(target, artifact.text);
  const event = {
    action: 'completed',
    workflow_run: {
      id: 99,
      event: 'pull_request',
      conclusion: 'failure',
      head_sha: run.head_sha,
      head_branch: run.head_branch === undefined ? 'feature' : run.head_branch,
      head_repository: run.head_repository === null ? null : { full_name: run.head_repository ?? FORK },
      html_url: 'https://github.com/acme/models/actions/runs/99',
      pull_requests: [], // GitHub leaves this empty for fork PRs
    },
    repository: { full_name: REPO },
  };
  writeFileSync(path.join(runner, 'event.json'), JSON.stringify(event));
  writeFileSync(path.join(runner, 'output.txt'), '');
  writeFileSync(path.join(runner, 'summary.md'), '');
  fake.addToken(PUBLISH_TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
  const all = { 'github-token': PUBLISH_TOKEN, mode: 'publish', results: 'mlgate-result/result.json', ...inputs };
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
    GITHUB_SHA: 'd'.repeat(40), // the default branch's commit: workflow_run jobs run there
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: path.join(runner, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '100',
    GITHUB_API_URL: fake.url,
    RUNNER_TEMP: runner,
  };
  for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v;
  return {
    dir,
    env,
    outputs: () => readFileSync(env.GITHUB_OUTPUT!, 'utf8'),
    summary: () => readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
  };
}

/** Runs the publish job in-process; returns what it wrote to stdout (workflow commands). */
export async function runPublish(job: PublishJob): Promise<string> {
  const restore = useEnv(job.env);
  try {
    return await captured(() => run({ client: testClient }));
  } finally {
    restore();
  }
}
