/** The readers end to end: files in a real git checkout -> gatherModels (baseline from git) -> evaluate. */
import { afterEach, describe, expect, it } from 'vitest';
import { baseCommitSource } from '../../src/sources/base-commit.js';
import { gatherModels } from '../../src/adapters/gather.js';
import { parseConfig } from '../../src/schema/config.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { InputError } from '../../src/kernel/errors.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { fixtureTree, makeRepo } from './git-repo.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function run(base: Record<string, string | null>, head: Record<string, string | null>, configYaml: string) {
  const repo = makeRepo(base, head);
  cleanups.push(repo.cleanup);
  const config = parseConfig(configYaml, '.github/mlgate.yml');
  const baseline = baseCommitSource({
    processEnv: process.env,
    sha: repo.baseSha,
    workspace: repo.dir,
    client: null,
    owner: 'acme',
    repo: 'models',
  });
  const models = await gatherModels({ workspace: repo.dir, config, patterns: config.reports, baseline });
  const result = evaluate({
    config,
    models,
    base: { sha: repo.baseSha, source: baseline.kind },
    head: { sha: repo.headSha },
    now: new Date('2026-01-01'),
  });
  return { models, result };
}

describe('DVC through gather', () => {
  it('compares the metrics files of dvc.yaml at the PR and at the base commit', async () => {
    const { models, result } = await run(
      fixtureTree('dvc/base', 'models/fraud/'),
      fixtureTree('dvc/head', 'models/fraud/'),
      'reports: [dvc:models/fraud/dvc.yaml]\nmetrics_map: {step: null, avg_prec.train: null, roc_auc.train: null}\nmetrics:\n  roc_auc.test: {max_drop: 0.005}\n',
    );
    expect(models.map((m) => [m.name, m.head?.reader, m.base?.reader])).toEqual([['fraud', 'dvc', 'dvc']]);
    const m = result.models[0]!;
    expect(m.reader).toBe('dvc');
    expect(m.metrics.map((x) => [x.name, x.base, x.head, x.status])).toEqual([
      // Average precision (DVC's example names it avg_prec), a fraction without a test: −1.55 pp only warns
      ['avg_prec.test', 0.9404720291493917, 0.9249974999612706, 'warn'],
      ['roc_auc.test', 0.9538130215476189, 0.9460213440787918, 'fail'],
      ['test.log_loss', 0.1987301, 0.2214716, 'fail'],
    ]);
    // The finding points into the DVC metrics files (one dvc.yaml, two files: the dvc.yaml is named).
    expect(m.findings[0]!.location?.file).toBe('models/fraud/dvc.yaml');
    expect(result.verdict).toBe('fail');
  });

  it('says which declared metrics file is missing in the PR', async () => {
    const head = { ...fixtureTree('dvc/head'), 'eval/live/metrics.json': null };
    await expect(run(fixtureTree('dvc/base'), head, 'reports: [dvc.yaml]\n')).rejects.toThrow(
      /declares the metrics file eval\/live\/metrics\.json, which does not exist/,
    );
  });

  it('reads a committed `dvc metrics show --json` dump', async () => {
    const { result } = await run(
      {
        'metrics-show.json': JSON.stringify({
          workspace: { data: { 'eval/metrics.json': { data: { roc_auc: 0.9538 } } } },
        }),
      },
      {
        'metrics-show.json': JSON.stringify({
          workspace: { data: { 'eval/metrics.json': { data: { roc_auc: 0.9561 } } } },
        }),
      },
      'reports: [dvc-show:metrics-show.json]\nmodels:\n  fraud: {report: dvc-show:metrics-show.json}\n',
    );
    expect(result.models.map((m) => [m.name, m.reader, m.verdict, m.metrics[0]!.change])).toEqual([
      ['fraud', 'dvc-show', 'pass', 'improved'],
    ]);
  });
});

describe('MLflow through gather', () => {
  const runs = fixtureTree('mlflow');
  const pr = '4f5d7c2b9e8a4b1c9d3e2f1a0b9c8d7e';
  const failed = '77aa0c2b9e8a4b1c9d3e2f1a0b9c0000';
  const baseTree = Object.fromEntries(Object.entries(runs).filter(([k]) => !k.includes(pr) && !k.includes(failed)));

  it('gates the newest run; the baseline is the newest run that existed at the base commit', async () => {
    const { models, result } = await run(
      baseTree,
      runs,
      'reports: ["mlflow:mlruns/1/*"]\nmetrics_map: {val/loss: log_loss, training_cpu_hours: cost.train_cpu_hours}\nmetrics:\n  accuracy: {max_drop: 0.001}\n',
    );
    expect(models.map((m) => [m.name, m.head_path, m.base_path])).toEqual([
      ['fraud-detector', `mlruns/1/${pr}`, 'mlruns/1/9b1e6f0c2d3a4e5f8a7b6c5d4e3f2a1b'],
    ]);
    expect(models[0]!.head!.report.cost).toEqual({ train_cpu_hours: 1.1 });
    const m = result.models[0]!;
    expect(m.reader).toBe('mlflow');
    expect(m.metrics.map((x) => [x.name, x.base, x.head])).toEqual([
      ['accuracy', 0.9114, 0.9052],
      ['log_loss', 0.2456, 0.2519],
    ]);
    // −0.62 pp on 12,000 examples: beyond max_drop; fail or, once significance is known, warn "within noise".
    expect(m.verdict).not.toBe('pass');
    expect(m.findings.map((f) => f.rule)).toEqual(['metric.max_drop']);
    expect(m.eval.size).toBe(12000);
  });

  it('reports a model removed when the PR deletes all of its runs (base listed with git)', async () => {
    const old = '9b1e6f0c2d3a4e5f8a7b6c5d4e3f2a1b';
    // A second model, in experiment 2: a copy of an old run that names itself "ranker".
    const ranker = Object.fromEntries(
      Object.entries(baseTree)
        .filter(([k]) => k.includes(old))
        .map(([k, v]) => [k.replace('mlruns/1/', 'mlruns/2/'), k.endsWith('/params/model') ? 'ranker' : v]),
    );
    const deleted = Object.fromEntries(Object.keys(ranker).map((k) => [k, null]));
    const { models, result } = await run(
      { ...baseTree, ...ranker },
      { ...runs, ...deleted },
      'reports: ["mlflow:mlruns/*/*"]\nmetrics_map: {val/loss: log_loss, training_cpu_hours: cost.train_cpu_hours}\n',
    );
    expect(models.map((m) => [m.name, m.head_path, m.base_path, m.removed ?? false])).toEqual([
      ['fraud-detector', `mlruns/1/${pr}`, `mlruns/1/${old}`, false],
      ['ranker', null, `mlruns/2/${old}`, true],
    ]);
    expect(result.models[1]).toMatchObject({
      name: 'ranker',
      verdict: 'fail',
      findings: [expect.objectContaining({ rule: 'report.removed' })],
    });
    expect(result.models[1]!.reasons[0]).toContain(`the PR removes the report mlruns/2/${old} of ranker`);
  });

  it('refuses to gate when the newest run failed', async () => {
    const newestFailed = {
      ...runs,
      [`mlruns/1/${failed}/meta.yaml`]: runs[`mlruns/1/${failed}/meta.yaml`]!.replace(
        'start_time: 1718090000000',
        'start_time: 1718099999999',
      ),
    };
    await expect(run(baseTree, newestFailed, 'reports: ["mlflow:mlruns/1/*"]\n')).rejects.toThrow(
      /failed; gate a finished run/,
    );
  });
});

describe('W&B and flat files through gather', () => {
  it('reads wandb-summary.json by its name, names the model after its directory and says which reader', async () => {
    const summary = fixtureTree(
      'wandb/run-20240611_093512-3kq9xz1b/files',
      'models/churn/wandb/run-20240611_093512-3kq9xz1b/files/',
    );
    const file = 'models/churn/wandb/run-20240611_093512-3kq9xz1b/files/wandb-summary.json';
    const base = { [file]: summary[file]!.replace('"val/acc": 0.9177500009536743', '"val/acc": 0.9121') };
    const { result } = await run(
      base,
      summary,
      'reports: ["models/*/wandb/run-*/files/wandb-summary.json"]\nmetrics_map: {val/acc: accuracy, epoch: null, lr: null, train/loss: null, train/acc: null}\n',
    );
    const m = result.models[0]!;
    expect([m.name, m.reader, m.verdict]).toEqual(['churn', 'wandb', 'pass']);
    expect(m.metrics.find((x) => x.name === 'accuracy')).toMatchObject({
      base: 0.9121,
      head: 0.9177500009536743,
      change: 'improved',
    });
    expect(renderMarkdown(result, { target: 'summary' })).toContain('accuracy');
  });

  it('a configured model whose report the PR deleted is reported removed; one with no report anywhere, missing', async () => {
    const config = 'models:\n  ranker: {report: "csv:eval/metrics.csv"}\n';
    const { result } = await run(
      { 'eval/metrics.csv': 'metric,value\naccuracy,0.91\n' },
      { 'eval/metrics.csv': null },
      config,
    );
    expect(result.models.map((m) => [m.name, m.verdict, m.findings[0]?.rule, m.baseline])).toEqual([
      ['ranker', 'fail', 'report.removed', 'present'],
    ]);
    const never = await run({ 'README.md': 'x' }, {}, config);
    expect(never.result.models.map((m) => [m.name, m.verdict, m.findings[0]?.rule, m.baseline])).toEqual([
      ['ranker', 'fail', 'report.missing', 'missing'],
    ]);
  });

  it('refuses two sources that produce the same model', async () => {
    const tree = { 'x/fraud/metrics.json': '{"accuracy": 0.9}', 'y/fraud/metrics.json': '{"accuracy": 0.8}' };
    const err = await run(tree, {}, 'reports: ["json:*/fraud/metrics.json"]\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/reported twice/);
    // Named apart in the config, they are two models.
    const { result } = await run(
      tree,
      {},
      'models:\n  fraud-eu: {report: "json:x/fraud/metrics.json"}\n  fraud-us: {report: "json:y/fraud/metrics.json"}\n',
    );
    expect(result.models.map((m) => m.name)).toEqual(['fraud-eu', 'fraud-us']);
  });
});
