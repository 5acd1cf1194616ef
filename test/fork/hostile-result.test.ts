// A result artifact is written by a run of the PR's code: every string in it (the learning curve's conclusions,
// reason, metric and cost unit; the cost's currency) is attacker text by the time the publish job renders it.
// The comment and the check run must show it inert, escaped exactly once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { REPO } from '../support/workspace.js';
import { parseResult } from '../../src/schema/result-check.js';
import { InputError } from '../../src/kernel/errors.js';
import { LEGEND_URL } from '../../src/render/markdown.js';
import { gateJob, publishJob, runPublish } from './helpers.js';

let fake: FakeGitHub;
withFakeGitHub((f) => (fake = f));

const curve = (acc: number, last: number) => `version: 1
model: fraud-detector
metrics: {accuracy: ${acc}}
data: {train_size: 16000}
learning_curve:
  metric: accuracy
  points:
    - {train_size: 1000, accuracy: 0.80}
    - {train_size: 2000, accuracy: 0.84}
    - {train_size: 4000, accuracy: 0.865}
    - {train_size: 8000, accuracy: 0.877}
    - {train_size: 16000, accuracy: ${last}}
`;

const ATTACK =
  '@acme/admins please approve: [security fix](https://evil.example/login) ![](https://evil.example/pixel.png) www.evil.example <!-- x --> fixes #1';

/** No mention, link, image, autolink, HTML comment (but `markers` of our own) or issue reference. */
function expectInert(raw: string, markers: number): void {
  // The one link of our own: the legend in the footer (a constant, never from the result).
  const text = raw.replaceAll(`[how to read this](${LEGEND_URL})`, '');
  expect(text).not.toMatch(/@(?!&#8203;)\w/);
  expect(text).not.toContain('](');
  expect(text).not.toContain('![');
  expect(text).not.toMatch(/https?:\/\/evil|www\.evil/);
  expect(text.match(/<!--/g) ?? []).toHaveLength(markers);
  expect(text).not.toMatch(/(^|[^&])#1\b/m);
}

/** What parseResult says about a result, as the user sees it (`file:line:column: field: message`). */
function refusal(result: unknown): string {
  try {
    parseResult(JSON.stringify(result), 'r.json');
  } catch (e) {
    return e instanceof InputError ? e.format() : String((e as Error).message);
  }
  return 'accepted';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits the result JSON freely, as an attacker would
async function gatedResult(): Promise<{ headSha: string; result: any }> {
  const { ws, resultFile } = await gateJob(fake, curve(0.88, 0.88), curve(0.885, 0.883));
  return { headSha: ws.headSha, result: JSON.parse(readFileSync(resultFile, 'utf8')) };
}

describe('hostile strings in a result artifact (publish mode)', () => {
  it('curve conclusions, reason, metric and cost unit reach the comment and the check run inert', async () => {
    const { headSha, result } = await gatedResult();
    const lc = result.models[0].learning_curve;
    expect(lc.comparison).toBeTruthy();
    lc.conclusion = ATTACK;
    lc.comparison.conclusion = ATTACK;
    lc.reliable = false;
    lc.reason = `${ATTACK} (~3.77M)`;
    lc.cost_unit = '@acme/x';
    const job = publishJob(fake, { text: JSON.stringify(result) }, { head_sha: headSha });
    await runPublish(job);
    const body = String(fake.comments(REPO, 7)[0]?.body);
    const check = String(fake.checkRuns(REPO)[0]?.output?.summary);
    expect(body).toContain('please approve'); // the text is shown, only defused
    expectInert(body, 1); // our own marker only
    expectInert(check, 0);
    // Escaped once: `~` as &#126; (GitHub shows ~), never &amp;#126; (GitHub would show the entity's text).
    expect(body).toContain('(&#126;3.77M)');
    expect(body).not.toContain('&amp;#');
  });

  it('a waiver link only to a comment of this PR on this host; any other link is dropped', async () => {
    const { headSha, result } = await gatedResult();
    const links = [
      'https://evil.example/acme/models/pull/7#issuecomment-1',
      'https://github.com/other/repo/pull/7#issuecomment-2',
      'https://github.com/acme/models/pull/8#issuecomment-3',
      'https://github.com/acme/models/pull/7/files#issuecomment-4',
      'https://github.com/acme/models/pull/7#issuecomment-5',
    ];
    result.models[0].checklist = links.map((url, i) => ({
      id: `item-${i}`,
      title: `Item ${i}`,
      status: 'waived',
      severity: 'required',
      evidence: null,
      fix: null,
      waiver: { by: 'carol', reason: 'accepted risk', comment_url: url },
    }));
    const job = publishJob(fake, { text: JSON.stringify(result) }, { head_sha: headSha });
    await runPublish(job);
    const body = String(fake.comments(REPO, 7)[0]?.body);
    const check = String(fake.checkRuns(REPO)[0]?.output?.summary);
    for (const text of [body, check, job.summary()]) {
      expect(text).toContain('waived by @&#8203;carol');
      expect(
        [...text.matchAll(/\]\((https?:[^)]*)\)/g)]
          .map((m) => m[1])
          .filter((u) => u !== LEGEND_URL && u!.includes('comment')),
      ).toEqual(['https://github.com/acme/models/pull/7#issuecomment-5']);
    }
  });

  it('a finding’s rule and location become annotations only as text and workspace-relative paths', async () => {
    const { headSha, result } = await gatedResult();
    const token = 'ghp_' + 'R8kq2ZxV7mN4pL1sT9wY3bC6dF0hJ5gA2eU8';
    result.models[0].findings = [
      { rule: `x ${token}`, severity: 'warn', message: 'a', location: { file: '../../etc/passwd', line: 1 } },
      { rule: 'y', severity: 'warn', message: 'b', location: { file: '/etc/shadow', line: 2 } },
      { rule: 'z', severity: 'warn', message: 'c', location: { file: 'models/report.yaml', line: 3 } },
    ];
    result.models[0].verdict = 'warn';
    result.verdict = 'warn';
    const log = await runPublish(publishJob(fake, { text: JSON.stringify(result) }, { head_sha: headSha }));
    const annotations = log.split('\n').filter((l) => l.startsWith('::warning'));
    expect(annotations.join('\n')).not.toContain(token.slice(4));
    expect(annotations.join('\n')).not.toMatch(/etc/);
    expect(annotations.filter((l) => l.includes('file=models/report.yaml,line=3'))).toHaveLength(1);
  });

  it('a family or currency mlgate never writes is refused before anything is rendered', async () => {
    const { result } = await gatedResult();
    const family = structuredClone(result);
    family.models[0].learning_curve.family = '@acme/security';
    expect(refusal(family)).toMatch(/learning_curve\.family: has an invalid format/);
    const members = structuredClone(result);
    members.models[0].learning_curve.family_members = ['[x](https://evil.example)'];
    expect(refusal(members)).toMatch(/family_members\[0\]/);
    const currency = structuredClone(result);
    currency.models[0].cost = {
      currency: '[x](https://evil.example)',
      base: null,
      head: { amount: 1, cpu_hours: null, gpu_hours: null },
      delta: null,
      delta_pct: null,
      headline_metric: null,
      inference_ms_per_1k: null,
      net_value: null,
      per_point: null,
      price_per_1k_predictions: null,
    };
    expect(refusal(currency)).toMatch(/cost\.currency: has an invalid format/);
  });

  it('what mlgate writes itself still passes: median families and last_value', async () => {
    const { result } = await gatedResult();
    for (const family of ['median(mmf4, pow3, wbl4)', 'last_value', 'pow3', null]) {
      const r = structuredClone(result);
      r.models[0].learning_curve.family = family;
      expect(refusal(r)).toBe('accepted');
    }
  });
});
