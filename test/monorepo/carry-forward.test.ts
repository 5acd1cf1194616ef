/** Many models in one repository: one comment with a summary table, and carry-forward of untouched models. */
import { afterEach, describe, expect, it } from 'vitest';
import { baseCommitSource } from '../../src/sources/base-commit.js';
import { untouched } from '../../src/adapters/carry-forward.js';
import { enrichModels } from '../../src/adapters/enrich.js';
import { gatherModels } from '../../src/adapters/gather.js';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { parseConfig } from '../../src/schema/config.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { DEFAULT_TOKEN, startGitHubServer } from '../support/github-server/index.js';
import { makeRepo } from '../readers/git-repo.js';

const report = (model: string, accuracy: number, cpu: number) =>
  `version: 1\nmodel: ${model}\nmetrics:\n  accuracy: ${accuracy}\n  latency_p95_ms: 41\neval:\n  dataset: gold\n  size: 12000\ncost:\n  train_cpu_hours: ${cpu}\n`;

const CONFIG = `reports: models/*/mlgate.yaml
models:
  fraud: {paths: ["models/fraud/**", "features/fraud/**"]}
  churn: {paths: ["models/churn/**"]}
  ranker: {paths: ["models/ranker/**"]}
metrics:
  accuracy: {max_drop: 0.002}
`;

const BASE = {
  '.github/mlgate.yml': CONFIG,
  'models/fraud/mlgate.yaml': report('fraud', 0.912, 1.5),
  'models/churn/mlgate.yaml': report('churn', 0.861, 0.4),
  'models/ranker/mlgate.yaml': report('ranker', 0.702, 3.0),
  'models/ranker/train.py': 'print("train")\n',
};

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function gate(
  head: Record<string, string | null>,
  opts: { config?: string; api?: { url: string; files: string[] } } = {},
) {
  const repo = makeRepo(BASE, head);
  cleanups.push(repo.cleanup);
  const config = parseConfig(opts.config ?? CONFIG, '.github/mlgate.yml');
  const baseline = baseCommitSource({
    processEnv: process.env,
    sha: repo.baseSha,
    workspace: repo.dir,
    client: null,
    owner: 'acme',
    repo: 'models',
  });
  const models = await gatherModels({ workspace: repo.dir, config, patterns: config.reports, baseline });
  const client = opts.api ? createGitHubClient({ token: DEFAULT_TOKEN, baseUrl: opts.api.url }) : null;
  // With `api`, the PR's commits are unknown to git (a shallow checkout): the changed files come from the API.
  const pull = {
    number: 7,
    author: 'alice',
    body: '',
    base_sha: opts.api ? 'f'.repeat(40) : repo.baseSha,
    head_sha: repo.headSha,
  };
  await enrichModels(models, {
    processEnv: process.env,
    workspace: repo.dir,
    config,
    client,
    repo: { owner: 'acme', repo: 'models' },
    pull,
    baseline,
    now: new Date('2026-01-01'),
  });
  return evaluate({
    config,
    models,
    base: { sha: repo.baseSha, source: 'git' },
    head: { sha: repo.headSha },
    now: new Date('2026-01-01'),
  });
}

describe('carry-forward', () => {
  it('matches changed files against model paths (pure)', () => {
    expect(untouched(['models/churn/**'], ['models/fraud/train.py', 'README.md'])).toBe(true);
    expect(untouched(['models/churn/**'], ['models/churn/data/x.csv'])).toBe(false);
    expect(untouched(['models/churn/**'], null)).toBe(false); // unknown: never carry forward
    expect(untouched([], ['README.md'])).toBe(false); // no paths configured: always evaluated
  });

  it('reuses the baseline of models the PR does not touch (changed files from git)', async () => {
    // The PR retrains fraud (worse) and leaves a stale, different churn report in the tree without touching churn's paths... except
    // the report itself: a report edit counts as touching the model. Ranker's code is untouched and its report regenerated with noise.
    const result = await gate({
      'models/fraud/mlgate.yaml': report('fraud', 0.88, 1.2), // −3.2 pp on 12,000 examples: a real regression
      'features/fraud/build.py': 'print(1)\n',
    });
    const by = Object.fromEntries(result.models.map((m) => [m.name, m]));
    expect(by.fraud!.baseline).toBe('present');
    expect(by.fraud!.verdict).toBe('fail');
    expect(by.churn!.baseline).toBe('carried_forward');
    expect(by.churn!.verdict).toBe('pass');
    expect(by.churn!.notes.join(' ')).toMatch(/reused/);
    expect(by.ranker!.baseline).toBe('carried_forward');
    expect(result.verdict).toBe('fail');

    const md = renderMarkdown(result, { target: 'comment' });
    // One summary row per model (verdict, headline delta, cost delta), then a collapsible section each.
    // (The cost column reads "—" until the cost evaluation fills ModelResult.cost.)
    expect(md).toContain('| | Model | Headline Δ | Cost Δ | Reason |');
    expect(md).toMatch(/\| ❌ \| fraud \| accuracy −3\.20 pp \| [^|]+ \| accuracy regressed/);
    expect(md).toMatch(/\| ✅ \| churn \| accuracy ±0 pp \| .* \| unchanged \(carried forward\) \|/);
    expect(md.match(/<details[^>]*><summary>(✅|❌|⚠️) /g)).toHaveLength(3);
    expect(md).toMatch(/<details open><summary>❌ fraud<\/summary>/);
  });

  it('does not carry forward a model whose report the PR changed', async () => {
    const result = await gate({ 'models/churn/mlgate.yaml': report('churn', 0.85, 0.4) });
    const churn = result.models.find((m) => m.name === 'churn')!;
    expect(churn.baseline).toBe('present');
    expect(churn.verdict).toBe('fail');
  });

  it('asks the API for the PR files when git does not have the commits, across pages', async () => {
    const fake = await startGitHubServer();
    try {
      const files = [...Array.from({ length: 150 }, (_, i) => `docs/page-${i}.md`), 'models/ranker/train.py'];
      fake.addPull('acme/models', { number: 7, head_sha: 'a'.repeat(40), base_sha: 'f'.repeat(40), files });
      const result = await gate({ 'models/ranker/train.py': 'print("train v2")\n' }, { api: { url: fake.url, files } });
      const by = Object.fromEntries(result.models.map((m) => [m.name, m.baseline]));
      expect(by).toEqual({ churn: 'carried_forward', fraud: 'carried_forward', ranker: 'present' });
      const calls = fake.requests.filter((r) => r.path.startsWith('/repos/acme/models/pulls/7/files'));
      expect(calls).toHaveLength(2); // 151 files, 100 per page
    } finally {
      await fake.close();
    }
  });

  it('a model named with models.<name>.report is carried forward even when the PR did not write its report', async () => {
    const config = `models:
  fraud: {report: models/fraud/mlgate.yaml, paths: ["models/fraud/**"]}
  churn: {report: models/churn/mlgate.yaml, paths: ["models/churn/src/**"]}
`;
    // The PR retrains fraud only; churn's report is not regenerated (the job skipped it) and churn's code is untouched.
    const result = await gate(
      { 'models/fraud/mlgate.yaml': report('fraud', 0.913, 1.5), 'models/churn/mlgate.yaml': null },
      { config },
    );
    const by = Object.fromEntries(result.models.map((m) => [m.name, [m.baseline, m.verdict]]));
    // Deleting the report counts as touching the model: then it is gated, and the missing report fails.
    expect(by).toEqual({ fraud: ['present', 'pass'], churn: ['present', 'fail'] });
    const untouchedRun = await gate({ 'models/fraud/mlgate.yaml': report('fraud', 0.913, 1.5) }, { config });
    expect(Object.fromEntries(untouchedRun.models.map((m) => [m.name, [m.baseline, m.verdict]]))).toEqual({
      fraud: ['present', 'pass'],
      churn: ['carried_forward', 'pass'],
    });
  });
});
