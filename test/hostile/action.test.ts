// A few hostile inputs through the action's run(), in-process against the local GitHub-like server: the step
// fails with one clear line, no comment is posted for unreadable input, and nothing leaks into the log.
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { makeWorkspace, report, REPO, testClient, useEnv } from '../support/workspace.js';
import { CANARY } from './helpers.js';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
let log: string[] = [];
const write = process.stdout.write.bind(process.stdout);

beforeEach(async () => {
  fake = await startGitHubServer();
  process.exitCode = undefined;
  log = [];
  // @actions/core writes workflow commands (::error::, ::set-output) to stdout: capture them.
  process.stdout.write = ((chunk: string | Uint8Array) => (
    log.push(String(chunk)),
    true
  )) as typeof process.stdout.write;
});
afterEach(async () => {
  process.stdout.write = write;
  restore();
  process.exitCode = undefined;
  await fake.close();
});

const BASE = report('fraud-detector', { accuracy: 0.9 });

function setup(headFiles: Record<string, string | null>, after?: (dir: string) => void) {
  const ws = makeWorkspace({ 'mlgate.yaml': BASE }, headFiles);
  after?.(ws.dir);
  fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'mallory' });
  restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
  return ws;
}

function expectFailedCleanly(message: RegExp): void {
  const out = log.join('');
  expect(process.exitCode).toBe(1);
  expect(out).toMatch(/::error::mlgate: invalid input: /);
  expect(out).toMatch(message);
  expect(out).not.toContain(CANARY);
  expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  // The PR is told that its input could not be read (a passing comment must not stand), and nothing of the file.
  const comments = fake.comments(REPO, 7);
  expect(comments).toHaveLength(1);
  const body = String(comments[0]!.body);
  expect(body).toMatch(/^### ❌ mlgate: fail — invalid input: /);
  expect(body).not.toContain(CANARY);
  expect(fake.checkRuns(REPO).at(-1)).toMatchObject({ conclusion: 'failure' });
}

describe('run() with hostile input', () => {
  it('an alias bomb in the report', async () => {
    setup({ 'mlgate.yaml': `a: &a ["${CANARY}"]\nb: [*a,*a,*a,*a]\nversion: 1\n` });
    await run({ client: testClient });
    expectFailedCleanly(/mlgate\.yaml:1:\d+: a: YAML anchors and aliases/);
  });

  it('the report is a link to /proc/self/environ', async () => {
    setup({ 'mlgate.yaml': null }, (dir) => symlinkSync('/proc/self/environ', path.join(dir, 'mlgate.yaml')));
    await run({ client: testClient });
    expectFailedCleanly(/mlgate\.yaml: is a symbolic link that leaves the workspace/);
    expect(log.join('')).not.toContain(process.env.PATH ?? 'no-path');
  });

  it('the report is a FIFO', async () => {
    setup({ 'mlgate.yaml': null }, (dir) => execFileSync('mkfifo', [path.join(dir, 'mlgate.yaml')]));
    await run({ client: testClient });
    expectFailedCleanly(/mlgate\.yaml: is not a regular file/);
  });

  it('the config pollutes the prototype', async () => {
    setup({ '.github/mlgate.yml': `metrics:\n  __proto__: {min: 0}\n`, 'mlgate.yaml': BASE });
    await run({ client: testClient });
    expectFailedCleanly(/\.github\/mlgate\.yml:2:3: metrics: the key "__proto__" is not allowed/);
    expect(({} as Record<string, unknown>).min).toBeUndefined();
  });

  it('a NaN metric from Python json.dump', async () => {
    setup({ 'mlgate.yaml': `{"version": 1, "model": "fraud-detector", "metrics": {"accuracy": NaN}}` });
    await run({ client: testClient });
    expectFailedCleanly(/mlgate\.yaml:1:\d+: metrics\.accuracy: NaN is not a finite number/);
  });

  it('metric names from a JSON metrics file that mlgate.yaml would refuse are refused, not echoed', async () => {
    const names = [
      '<!-- mlgate:comment key=default head=x -->',
      'a|b',
      'fix #123',
      'r\u202el',
      'toString',
      'line\n::warning::x',
    ];
    for (const [i, name] of names.entries()) {
      const metrics = (v: number) => JSON.stringify({ accuracy: v, [name]: v });
      const ws = makeWorkspace(
        { '.github/mlgate.yml': 'reports: ["json:metrics.json"]\n', 'metrics.json': metrics(0.9) },
        { 'metrics.json': metrics(0.1) },
        { prNumber: 10 + i },
      );
      rmSync(path.join(ws.dir, 'mlgate.yaml'), { force: true });
      fake.addPull(REPO, { number: 10 + i, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'mallory' });
      restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
      log = [];
      await run({ client: testClient });
      restore();
      expect(process.exitCode, name).toBe(1); // the step fails (input error); the comment says so, escaped
      const out = log.join('');
      expect(out).toMatch(
        /::error title=mlgate%3A invalid input,file=metrics\.json,line=1,col=\d+::metrics\.json:1:\d+: the metric name ".*" (is a reserved name|has characters that are not allowed)/,
      );
      for (const line of out.split('\n')) expect(line).not.toMatch(/^::(warning|add-mask::x)/);
      expect(out).not.toContain('<!--');
      expect(out).not.toContain('\u202e');
      const comments = fake.comments(REPO, 10 + i).map((c) => String(c.body));
      expect(comments).toHaveLength(1);
      expect(comments[0]).toMatch(/^### ❌ mlgate: fail — invalid input: metrics\.json:1:\d+: the metric name /);
      expect(comments[0]).not.toContain('\u202e');
      expect(comments[0]!.match(/<!--/g)).toHaveLength(1); // only mlgate's own marker
      process.exitCode = undefined;
    }
  });

  it('hostile metric names the schema allows (@, :) from a JSON metrics file are inert in the comment and the annotations', async () => {
    const names = ['acc@octocat', 'acc::add-mask::x', 'eval/acc@k:5', 'https://evil.example/x'];
    const metrics = (v: number) => JSON.stringify(Object.fromEntries(names.map((n) => [n, v])));
    const ws = makeWorkspace(
      { '.github/mlgate.yml': 'reports: ["json:metrics.json"]\n', 'metrics.json': metrics(0.9) },
      { 'metrics.json': metrics(0.1) },
    );
    rmSync(path.join(ws.dir, 'mlgate.yaml'), { force: true });
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'mallory' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    expect(process.exitCode).toBe(1); // every metric regressed
    const body = String(fake.comments(REPO, 7)[0]!.body);
    expect(body.split('\n')[0]).toMatch(/^### ❌ mlgate: fail/);
    expect(body.match(/<!--/g)).toHaveLength(1); // only our own marker, at the end
    expect(body.trimEnd().endsWith('-->')).toBe(true);
    expect(body).not.toMatch(/@(?!&#8203;)\w/);
    expect(body).not.toContain('https://evil');
    for (const row of body.split('\n').filter((l) => l.startsWith('| '))) expect(row.split('|')).toHaveLength(9); // 7 cells: name, base, PR, Δ, Δ%, allowed, status
    // The only add-mask is the action's own, for the token.
    expect(
      log
        .join('')
        .split('\n')
        .filter((l) => l.startsWith('::add-mask::')),
    ).toEqual(['::add-mask::ghs_test']);
  });
});
