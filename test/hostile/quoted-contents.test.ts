// A report can point `learning_curve.file` or `eval.predictions` at any file in the workspace, such as the
// credentials JSON that google-github-actions/auth leaves there. The error must say what was expected and where,
// and quote nothing of the file but plain column names and tokens.
import { describe, expect, it } from 'vitest';
import { cli, workspace } from './helpers.js';

const CREDS = JSON.stringify({
  type: 'service_account',
  project_id: 'prod-ml',
  private_key_id: '3f9a1c0d2b7e4f51a8c6',
  private_key: '-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
  client_email: 'deploy@prod-ml.iam.gserviceaccount.com',
});
const SECRETS = [
  'service_account',
  'prod-ml',
  '3f9a1c0d2b7e4f51a8c6',
  'PRIVATE KEY',
  'private key',
  'MIIEvQ',
  'deploy@',
  'gserviceaccount',
];

const base = 'version: 1\nmodel: m\nmetrics: {accuracy: 0.9}\neval: {size: 1000}\n';
async function refusalFor(head: string, files: Record<string, string>): Promise<string> {
  const dir = workspace({ 'base.yaml': base, 'head.yaml': head, ...files });
  const run = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml']);
  expect(run.code, run.stderr).toBe(2);
  return run.stderr;
}

describe('error messages do not quote the file they could not read', () => {
  it('a learning-curve CSV that is a credentials JSON: the column count and positions, no contents', async () => {
    const err = await refusalFor(`${base}learning_curve:\n  metric: accuracy\n  file: gha-creds-1a2b.json\n`, {
      'gha-creds-1a2b.json': CREDS,
    });
    expect(err).toMatch(
      /^error: gha-creds-1a2b\.json:1: no train_size column \(found 5 columns: \(column 1: not a plain name\), \(column 2/,
    );
    for (const s of SECRETS) expect(err).not.toContain(s);
  });

  it('plain column names are still named', async () => {
    const err = await refusalFor(`${base}learning_curve:\n  metric: accuracy\n  file: curve.csv\n`, {
      'curve.csv': 'size_of_data,acc\n1,0.5\n',
    });
    expect(err).toMatch(/no train_size column \(found 2 columns: size_of_data, acc\)/);
  });

  it.each([
    [
      'CSV',
      'preds.csv',
      `${CREDS}\n`,
      /preds\.csv \(base\):1: the header is not valid CSV \(check its quotes\); it must name the columns id,label,prediction/,
    ],
    [
      'CSV, unquoted',
      'preds.csv',
      `${CREDS.replace(/"/g, '')}\n`,
      /preds\.csv \(base\):1: the header must name the columns id,label,prediction \(optionally score\); found 5 columns: \(column 1: not a plain name\)/,
    ],
    [
      'CSV rows',
      'preds.csv',
      `id,label,prediction\n1,a,a\n${CREDS}\n`,
      /preds\.csv \(base\):3: malformed CSV quoting in this record/,
    ],
    [
      'CSV rows, unquoted',
      'preds.csv',
      `id,label,prediction\n1,a,a\n${CREDS.replace(/"/g, '')}\n`,
      /preds\.csv \(base\):3: expected 3 comma-separated fields like the header, found 5; quote values/,
    ],
    [
      'JSON Lines',
      'preds.jsonl',
      `{"id": 1, "label": "a", "prediction": "a"}\n${CREDS.slice(0, -1)}\n`,
      /preds\.jsonl \(base\):2: not valid JSON; each line must be one object/,
    ],
    [
      'JSON Lines, not an object',
      'preds.jsonl',
      `["${CREDS.replace(/"/g, '')}"]\n`,
      /preds\.jsonl \(base\):1: expected a JSON object with id, label and prediction, got an array/,
    ],
  ])('predictions %s holding credentials', async (_kind, file, text, message) => {
    const head = base.replace('eval: {size: 1000}', `eval: {size: 1000, predictions: ${file}}`);
    const dir = workspace({ 'base.yaml': head, 'head.yaml': head, [file]: text });
    const run = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml']);
    const all = run.stdout + run.stderr;
    expect(all).toMatch(message);
    for (const s of SECRETS) expect(all).not.toContain(s);
  });
});
