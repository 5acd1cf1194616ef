// A report can point `learning_curve.file` or `eval.predictions` at any file of the workspace; a step before
// mlgate may have left a credential there. Its first line must not be echoed — lower-cased or not — in the
// comment, the check run, the annotations, the job summary or the result file.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { isSecretShaped, redactSecrets } from '../../src/kernel/secrets.js';
import { escapeLog, escapeMarkdownInline } from '../../src/kernel/escape.js';
import { describeColumns, quoteToken } from '../../src/kernel/quote.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { makeWorkspace, REPO, testClient, useEnv } from '../support/workspace.js';

// Shaped like GitHub's tokens (prefix, 36 base62 characters); not a real credential.
const TOKEN = 'ghp_' + 'R8kq2ZxV7mN4pL1sT9wY3bC6dF0hJ5gA2eU8';
const AWS = 'AKIA' + 'Z7Q2M4X9R1T6V3B8';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
let log: string[] = [];
const write = process.stdout.write.bind(process.stdout);
beforeEach(async () => {
  fake = await startGitHubServer();
  process.exitCode = undefined;
  log = [];
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

const PREDS = 'id,label,prediction\n1,a,a\n2,b,a\n';
const report = (extra: string) =>
  `version: 1\nmodel: m\nmetrics:\n  accuracy: 0.9\neval:\n  dataset: gold\n  size: 1000\n${extra}`;

function everything(ws: { summary(): string; outputs(): Record<string, string> }): string {
  const comments = fake.comments(REPO, 7).map((c) => String(c.body));
  const checks = fake.checkRuns(REPO).map((c) => JSON.stringify(c));
  const result = readFileSync(ws.outputs()['result-json']!, 'utf8');
  return [log.join(''), ws.summary(), result, ...comments, ...checks].join('\n');
}

describe('a token-shaped first line of a workspace file is never echoed', () => {
  for (const [what, extra] of [
    ['learning_curve.file', 'learning_curve:\n  metric: accuracy\n  file: creds.txt\n'],
    ['eval.predictions', 'eval:\n  dataset: gold\n  size: 1000\n  predictions: creds.txt\n'],
  ] as const) {
    for (const secret of [TOKEN, TOKEN.toLowerCase(), `${AWS},x`]) {
      it(`${what} -> ${secret.slice(0, 6)}…`, async () => {
        const preds = what === 'eval.predictions';
        const strip = (r: string) => r.replace(/eval:\n.*\n.*\n/, '');
        const base: Record<string, string> = preds
          ? { 'mlgate.yaml': strip(report(extra.replace('creds.txt', 'preds.csv'))), 'preds.csv': PREDS }
          : { 'mlgate.yaml': report('') };
        const text = preds ? strip(report(extra)) : report(extra);
        const ws = makeWorkspace(base, { 'mlgate.yaml': text, 'creds.txt': `${secret}\n` });
        fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha });
        restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
        await run({ client: testClient });
        const all = everything(ws).toLowerCase();
        expect(all).toContain('creds.txt'); // the refusal names the file ...
        expect(all).not.toContain(secret.split(',')[0]!.toLowerCase().slice(4)); // ... never its first line
      });
    }
  }
});

describe('redaction and quoting', () => {
  it('known prefixes in any case, and long opaque runs, are token-shaped; names and SHAs are not', () => {
    for (const s of [
      TOKEN,
      TOKEN.toLowerCase(),
      AWS,
      'xoxb-1234567890-abcdefghij',
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ])
      expect(isSecretShaped(s), s).toBe(true);
    for (const s of [
      'accuracy',
      'validation_accuracy_top5_on_the_gold_set_2026',
      'ResNet50FineTunedImageNet1kWithAugmentation',
      'a'.repeat(40),
      '3f2a9c1b7e4d5f6a8b9c0d1e2f3a4b5c6d7e8f90',
    ])
      expect(isSecretShaped(s), s).toBe(false);
    expect(redactSecrets(`token ${TOKEN} here`)).toBe('token [redacted] here');
  });

  it('every output escaper redacts', () => {
    expect(escapeMarkdownInline(`x ${TOKEN}`)).not.toContain(TOKEN.slice(4));
    expect(escapeLog(`x ${TOKEN.toLowerCase()}`)).not.toContain(TOKEN.toLowerCase().slice(4));
  });

  it('a header is quoted only when it has the columns of a header, and never a token-shaped cell', () => {
    expect(describeColumns([TOKEN])).toBe('1 column');
    expect(describeColumns([TOKEN.toLowerCase(), 'b'])).toBe('2 columns: (column 1: not a plain name), b');
    expect(describeColumns(['size', 'acc'])).toBe('2 columns: size, acc');
    expect(quoteToken(TOKEN)).toBe('a value of 40 characters');
  });
});
