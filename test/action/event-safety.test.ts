// run() on events where a quiet wrong answer was possible, against the local GitHub-like server and real git
// workspaces: pull_request_target (its checkout is the base branch), `fail-on: never` (advisory: the check must
// not block), and the push that creates a branch (`github.event.before` is all zeros).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { git, makeWorkspace, report, REPO, testClient, useEnv } from '../support/workspace.js';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);

const BASE = report('fraud-detector', { accuracy: 0.912, f1_macro: 0.874, latency_p95_ms: 41 });
const WORSE = report('fraud-detector', { accuracy: 0.85, f1_macro: 0.874, latency_p95_ms: 41 });

describe('pull_request_target', () => {
  it('refuses to judge the base branch’s checkout as the PR (a fork’s regression would pass), and says so on the PR', async () => {
    const ws = makeWorkspace({ 'mlgate.yaml': BASE }, { 'mlgate.yaml': WORSE }, { eventName: 'pull_request_target' });
    // pull_request_target checks out the base branch.
    git(ws.dir, 'checkout', '-q', ws.baseSha);
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'mallory' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, GITHUB_SHA: ws.baseSha });
    await run({ client: testClient });
    expect(process.exitCode).toBe(1);
    expect(ws.outputs().verdict).toBe('fail');
    const body = String(fake.comments(REPO, 7)[0]!.body);
    // Line 1 holds what fits in 120 characters; the whole reason, with both commits, follows below it.
    expect(body.split('\n')[0]).toBe(
      `### ❌ mlgate: fail — invalid input: mlgate ran on pull_request_target, whose checkout is the base branch…`,
    );
    expect(body).toContain(
      `mlgate ran on pull_request_target, whose checkout is the base branch (commit ${ws.baseSha.slice(0, 7)}, not the PR’s head ${ws.headSha.slice(0, 7)})`,
    );
    expect(body).toContain('docs/forks.md');
  });

  it('judges the PR when its head is what the workflow checked out', async () => {
    const ws = makeWorkspace({ 'mlgate.yaml': BASE }, { 'mlgate.yaml': WORSE }, { eventName: 'pull_request_target' });
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, GITHUB_SHA: ws.baseSha });
    await run({ client: testClient });
    expect(ws.outputs().verdict).toBe('fail');
    expect(String(fake.comments(REPO, 7)[0]!.body)).toMatch(/^### ❌ mlgate: fail — accuracy regressed −6\.20 pp/);
  });
});

describe('fail-on: never', () => {
  it('leaves the step green and the check run neutral on a failing verdict, so a required check does not block', async () => {
    const ws = makeWorkspace({ 'mlgate.yaml': BASE }, { 'mlgate.yaml': WORSE }, { inputs: { 'fail-on': 'never' } });
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    expect([ws.outputs().verdict, process.exitCode]).toEqual(['fail', undefined]);
    expect(fake.checkRuns(REPO)).toMatchObject([{ name: 'mlgate', head_sha: ws.headSha, conclusion: 'neutral' }]);
  });
});

describe('push that creates a branch', () => {
  it('reads base-sha 0000000 as no baseline: absolute bounds, said plainly, no API lookups of a zero commit', async () => {
    const ws = makeWorkspace(
      { 'mlgate.yaml': BASE },
      {},
      { eventName: 'push', inputs: { 'base-sha': '0'.repeat(40) } },
    );
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url, GITHUB_EVENT_PATH: '' });
    await run({ client: testClient });
    const summary = ws.summary();
    expect(summary).toContain('mlgate: pass');
    expect(summary).toContain(
      'base-sha is 0000000 (the push created the branch): nothing to compare with, absolute bounds only',
    );
    expect(summary).toContain(`Compared commit \`${ws.headSha.slice(0, 7)}\` with no baseline.`);
    expect(fake.requests).toHaveLength(0);
    expect(JSON.parse(readFileSync(ws.outputs()['result-json']!, 'utf8'))).toMatchObject({
      base: { sha: null, source: 'none' },
    });
  });
});
