/**
 * A report the base has and the PR does not: deleting a model's report must not take the model out of the
 * gate. Seen by listing the base commit (git, or the git trees API when the checkout lacks it).
 */
import { describe, expect, it } from 'vitest';
import { baseCommitSource } from '../../src/sources/base-commit.js';
import { gatherModels } from '../../src/adapters/gather.js';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { parseConfig } from '../../src/schema/config.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { run } from '../../src/main.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { DEFAULT_TOKEN, type FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { makeWorkspace, report, REPO, testClient, useEnv } from '../support/workspace.js';
import { makeRepo } from '../readers/git-repo.js';

const CONFIG = 'reports: models/*/mlgate.yaml\nmetrics:\n  accuracy: {max_drop: 0.002}\n';
const BASE = {
  'models/fraud/mlgate.yaml': report('fraud', { accuracy: 0.912 }),
  'models/churn/mlgate.yaml': report('churn', { accuracy: 0.861 }),
};

let fake: FakeGitHub;
let restore: () => void = () => undefined;
const cleanups: Array<() => void> = [];
withFakeGitHub(
  (f) => (fake = f),
  () => {
    cleanups.splice(0).forEach((c) => c());
    restore();
  },
);

/** gather + evaluate with the baseline from git, or (api) from the fake's contents and trees at a SHA git lacks. */
async function gate(head: Record<string, string | null>, opts: { config?: string; api?: boolean } = {}) {
  const repo = makeRepo(BASE, head);
  cleanups.push(repo.cleanup);
  const config = parseConfig(opts.config ?? CONFIG, '.github/mlgate.yml');
  const sha = opts.api ? 'a'.repeat(40) : repo.baseSha;
  if (opts.api) for (const [path, text] of Object.entries(BASE)) fake.setFile(REPO, sha, path, text);
  const client = opts.api ? createGitHubClient({ token: DEFAULT_TOKEN, baseUrl: fake.url, retries: 0 }) : null;
  const baseline = baseCommitSource({
    processEnv: process.env,
    sha,
    workspace: repo.dir,
    client,
    owner: 'acme',
    repo: 'models',
  });
  const models = await gatherModels({ workspace: repo.dir, config, patterns: config.reports, baseline });
  return evaluate({
    config,
    models,
    base: { sha, source: baseline.kind },
    head: { sha: repo.headSha },
    now: new Date('2026-01-01'),
  });
}

const summary = (r: Awaited<ReturnType<typeof gate>>) =>
  r.models.map((m) => [m.name, m.verdict, m.findings[0]?.rule ?? null, m.baseline]);

describe('reports removed by the PR', () => {
  it('fails a model whose report the PR deleted (baseline listed with git)', async () => {
    const r = await gate({
      'models/churn/mlgate.yaml': null,
      'models/fraud/mlgate.yaml': report('fraud', { accuracy: 0.913 }),
    });
    expect(summary(r)).toEqual([
      ['fraud', 'pass', null, 'present'],
      ['churn', 'fail', 'report.removed', 'present'],
    ]);
    expect(r.verdict).toBe('fail');
    const churn = r.models[1]!;
    expect(churn.reasons[0]).toBe(
      'the PR removes the report models/churn/mlgate.yaml of churn: this model is no longer gated; restore the report, or retire the model with baseline.when_removed: warn on the base branch',
    );
    expect(churn.report_path).toBeNull();
    expect(renderMarkdown(r, { target: 'comment' })).toMatch(/churn.*no longer gated/);
  });

  it('follows baseline.when_removed: warn, or pass with a note (retiring a model)', async () => {
    const head = { 'models/churn/mlgate.yaml': null };
    const warn = await gate(head, { config: `${CONFIG}baseline: {when_removed: warn}\n` });
    expect([warn.verdict, summary(warn)[1]]).toEqual(['warn', ['churn', 'warn', 'report.removed', 'present']]);
    const pass = await gate(head, { config: `${CONFIG}baseline: {when_removed: pass}\n` });
    expect([pass.verdict, pass.models[1]!.findings, pass.models[1]!.notes[0]]).toEqual([
      'pass',
      [],
      expect.stringMatching(/removes the report models\/churn/),
    ]);
  });

  it('treats a moved report as the same model, with the old file as its baseline', async () => {
    const r = await gate({
      'models/churn/mlgate.yaml': null,
      'models/churn-v2/mlgate.yaml': report('churn', { accuracy: 0.84 }),
    });
    expect(summary(r)).toEqual([
      ['churn', 'fail', 'metric.max_drop', 'present'],
      ['fraud', 'pass', null, 'present'],
    ]);
    expect(r.models[0]!.metrics[0]).toMatchObject({ base: 0.861, head: 0.84 });
  });

  it('does not let a PR hand one model another model’s baseline: the taken-over model is reported removed', async () => {
    // The PR deletes churn's report and rewrites fraud's file to call itself churn, with figures better than fraud's.
    const r = await gate({
      'models/churn/mlgate.yaml': null,
      'models/fraud/mlgate.yaml': report('churn', { accuracy: 0.92 }),
    });
    expect(summary(r)).toEqual([
      ['churn', 'pass', null, 'present'],
      ['fraud', 'fail', 'report.removed', 'present'],
    ]);
    // churn is compared with churn's own past (0.861, from the deleted file), not with fraud's 0.912.
    expect(r.models[0]!.metrics[0]).toMatchObject({ base: 0.861, head: 0.92 });
    expect(r.verdict).toBe('fail');
  });

  it('keeps a rename in place compared with its past, and swapped files matched by name', async () => {
    const renamed = await gate({ 'models/churn/mlgate.yaml': report('churn-v2', { accuracy: 0.84 }) });
    expect(summary(renamed)).toEqual([
      ['churn-v2', 'fail', 'metric.max_drop', 'present'],
      ['fraud', 'pass', null, 'present'],
    ]);
    expect(renamed.models[0]!.metrics[0]).toMatchObject({ base: 0.861, head: 0.84 });
    const swapped = await gate({
      'models/churn/mlgate.yaml': report('fraud', { accuracy: 0.912 }),
      'models/fraud/mlgate.yaml': report('churn', { accuracy: 0.861 }),
    });
    expect(swapped.models.map((m) => [m.name, m.verdict, m.metrics[0]!.base])).toEqual([
      ['fraud', 'pass', 0.912],
      ['churn', 'pass', 0.861],
    ]);
  });

  it('lists the base through the git trees API when the checkout lacks the base commit', async () => {
    const r = await gate({ 'models/churn/mlgate.yaml': null }, { api: true });
    expect(r.base.source).toBe('api');
    expect(summary(r)).toEqual([
      ['fraud', 'pass', null, 'present'],
      ['churn', 'fail', 'report.removed', 'present'],
    ]);
    expect(fake.requests.filter((q) => q.path.includes('/git/trees/')).length).toBe(1);
  });

  it('does not guess from a truncated tree listing', async () => {
    fake.setTreeLimit(1);
    const r = await gate({ 'models/churn/mlgate.yaml': null }, { api: true });
    expect(summary(r)).toEqual([['fraud', 'pass', null, 'present']]);
  });

  it('refuses to read more than 100 removed reports from the base', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 101; i++) many[`models/m${i}/mlgate.yaml`] = report(`m${i}`, { accuracy: 0.9 });
    const repo = makeRepo(
      { ...many, 'models/keep/mlgate.yaml': report('keep', { accuracy: 0.9 }) },
      Object.fromEntries(Object.keys(many).map((k) => [k, null])),
    );
    cleanups.push(repo.cleanup);
    const config = parseConfig(CONFIG, '.github/mlgate.yml');
    const baseline = baseCommitSource({
      processEnv: process.env,
      sha: repo.baseSha,
      workspace: repo.dir,
      client: null,
      owner: 'acme',
      repo: 'models',
    });
    await expect(gatherModels({ workspace: repo.dir, config, patterns: config.reports, baseline })).rejects.toThrow(
      /removes 101 reports matching "models\/\*\/mlgate\.yaml" \(more than 100\)/,
    );
  });

  it('end to end: the action comments on the removed model and fails the step', async () => {
    const ws = makeWorkspace({ ...BASE, '.github/mlgate.yml': CONFIG }, { 'models/churn/mlgate.yaml': null });
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    const body = fake.comments(REPO, 7)[0]!.body as string;
    expect(body.split('\n')[0]).toMatch(/^### ❌ mlgate: fail — .*churn/);
    expect(body).toContain('the PR removes the report models/churn/mlgate.yaml of churn');
    expect(process.exitCode).toBe(1);
  });
});
