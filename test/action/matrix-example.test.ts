// examples/workflows/matrix.yml, run as the runner would run it: each matrix job is the action with the inputs the
// example gives it (one model each), the result files are laid out as download-artifact lays them out, and the
// aggregate job is the action with the example's `mode: aggregate` inputs. Against a real git repository whose PR
// loosens the policy and changes a model's predictions: the base's policy and the base's predictions must apply.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/main.js';
import type { GateResult } from '../../src/kernel/result-types.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { tempDir } from '../support/temp.js';
import { makeWorkspace, REPO, testClient, useEnv } from '../support/workspace.js';

type Step = { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, string> };
type Job = { needs?: string; steps: Step[]; strategy?: { matrix: { model: string[] } } };
const ROOT = path.resolve(__dirname, '../..');
const TEXT = readFileSync(path.join(ROOT, 'examples/workflows/matrix.yml'), 'utf8');
const workflow = parse(TEXT) as { jobs: { evaluate: Job; aggregate: Job } };

let fake: FakeGitHub;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);

const matrixValue = (s: string, model: string) => s.replace(/\$\{\{\s*matrix\.model\s*\}\}/g, model);
const inputsEnv = (inputs: Record<string, string>, model = '') =>
  Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, matrixValue(String(v), model)]),
  );

/** 400 examples; `wrong` of them predicted wrong. */
function predictions(wrong: number): string {
  const rows = ['id,label,prediction'];
  for (let i = 0; i < 400; i++) rows.push(`${i},a,${i < wrong ? 'b' : 'a'}`);
  return rows.join('\n') + '\n';
}
const report = (model: string, accuracy: number) =>
  `version: 1\nmodel: ${model}\nmetrics: { accuracy: ${accuracy} }\neval: { dataset: gold, size: 400, predictions: preds.csv }\n`;

describe('examples/workflows/matrix.yml', () => {
  it('runs mlgate as the pinned action, never a package fetched at run time, and never overrides where the policy comes from', () => {
    expect(TEXT).not.toMatch(/\bnpx\b|npm (exec|install|i )|mlgate@\d/);
    const gate = workflow.jobs.evaluate.steps.find((s) => s.uses?.startsWith('mlgate/mlgate@'))!;
    expect(gate.with).not.toHaveProperty('config');
    expect(gate.with).not.toHaveProperty('config-from');
    expect(gate.with?.['comment-mode']).toBe('none');
    // No step of the example runs mlgate from the shell.
    for (const job of Object.values(workflow.jobs))
      for (const s of job.steps) expect(s.run ?? '').not.toMatch(/\bnpx\b|cli\.js|\bmlgate (compare|aggregate)\b/);
  });

  it('gates each model with the base commit’s policy and predictions, and the aggregate posts one failing comment', async () => {
    const strict = 'version: 1\nmetrics:\n  accuracy: { max_drop: 0.01 }\n';
    const ws = makeWorkspace(
      {
        '.github/mlgate.yml': strict,
        'models/fraud/mlgate.yaml': report('fraud', 0.99),
        'models/fraud/preds.csv': predictions(4),
        'models/churn/mlgate.yaml': report('churn', 0.9),
        'models/churn/preds.csv': predictions(40),
      },
      {
        // The PR loosens its own gate and regresses fraud by 9 pp on the same 400 examples.
        '.github/mlgate.yml': 'version: 1\nmetrics:\n  accuracy: { max_drop: 0.5 }\n',
        'models/fraud/mlgate.yaml': report('fraud', 0.9),
        'models/fraud/preds.csv': predictions(40),
        'models/churn/mlgate.yaml': report('churn', 0.9025),
        'models/churn/preds.csv': predictions(39),
      },
    );
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });

    const evaluate = workflow.jobs.evaluate;
    const gate = evaluate.steps.find((s) => s.uses?.startsWith('mlgate/mlgate@'))!;
    const upload = evaluate.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    const download = workflow.jobs.aggregate.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(evaluate.strategy!.matrix.model).toEqual(['fraud', 'churn', 'ranker']);

    // The aggregate job's workspace: download-artifact without merge-multiple writes <path>/<artifact name>/<file>.
    const aggregateDir = tempDir('mlgate-agg-');
    for (const model of ['fraud', 'churn']) {
      restore = useEnv({ ...ws.env, ...inputsEnv(gate.with!, model), GITHUB_API_URL: fake.url });
      await run({ client: testClient });
      restore();
      expect(process.exitCode, `${model}: fail-on never leaves the job green`).toBeUndefined();
      const resultFile = ws.outputs()['result-json']!;
      const result = JSON.parse(readFileSync(resultFile, 'utf8')) as GateResult;
      expect(result.models.map((m) => m.name)).toEqual([model]);
      const accuracy = result.models[0]!.metrics.find((m) => m.name === 'accuracy')!;
      // The paired test ran: the base's predictions were read at the base commit, next to the base report.
      expect(accuracy.test).toBe('mcnemar_mid_p');
      if (model === 'fraud') {
        expect(result.verdict).toBe('fail');
        expect(result.notes.join(' ')).toMatch(/this PR changes \.github\/mlgate\.yml: the base’s policy applies/);
      } else expect(result.verdict).toBe('pass');
      const artifact = matrixValue(upload.with!.name!, model);
      mkdirSync(path.join(aggregateDir, download.with!.path!, artifact), { recursive: true });
      copyFileSync(resultFile, path.join(aggregateDir, download.with!.path!, artifact, path.basename(resultFile)));
    }
    expect(fake.comments(REPO, 7)).toHaveLength(0);
    expect(fake.checkRuns(REPO)).toHaveLength(0); // the matrix jobs write nothing to the PR

    const aggregate = workflow.jobs.aggregate.steps.find((s) => s.uses?.startsWith('mlgate/mlgate@'))!;
    restore = useEnv({
      ...ws.env,
      GITHUB_WORKSPACE: aggregateDir,
      ...inputsEnv(aggregate.with!),
      GITHUB_API_URL: fake.url,
    });
    await run({ client: testClient });
    const comments = fake.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(String(comments[0]!.body)).toMatch(/^### ❌ mlgate: fail/);
    expect(String(comments[0]!.body)).toContain('churn');
    expect(process.exitCode).toBe(1);
    // The check to require in branch protection comes from the aggregate job.
    expect(fake.checkRuns(REPO)).toMatchObject([{ name: 'mlgate', head_sha: ws.headSha, conclusion: 'failure' }]);
  });
});
