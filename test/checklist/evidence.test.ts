/**
 * Evidence, not presence: each case changes one thing in the demo (examples/demo) and must no longer pass. The
 * demo is a real git checkout (demo.ts); `mlgate compare` gathers the files and asks git about the code commit.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/kernel/errors.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { modelCardTemplate } from '../../src/cli/init-templates.js';
import { git } from '../support/workspace.js';
import { compareDemo, demoCheckout, demoText, HEAD, itemOf } from './demo.js';
import { dollars } from '../support/github-text.js';

const NOW = '2026-11-21';
const retraining = (block: string) => (y: string) =>
  y.replace(/ {2}retraining:\n(?: {4}.*\n)+/, `  retraining:\n${block.replace(/^/gm, '    ')}\n`);
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('the demo as shipped', () => {
  it('passes every item it can verify; the review needs GitHub', async () => {
    const r = await compareDemo(demoCheckout(), NOW);
    const open = r.models[0]!.checklist!.filter((i) => i.status !== 'pass').map((i) => [i.id, i.status]);
    expect(open).toEqual([['independent_review', 'not_checked']]);
    expect(itemOf(r, 'reproducibility').evidence).toMatch(/^code [0-9a-f]{10} \(in the history, checked with git\)/);
  });
});

describe('business case and serving cost', () => {
  it('a model that loses money warns (recommended) and fails when required', async () => {
    const head = (y: string) =>
      y.replace(
        / {2}business_case:\n(?: {4}.*\n)+/,
        '  business_case: { value_per_month: 1000, cost_per_month: 2400 }\n',
      );
    const r = await compareDemo(demoCheckout({ head }), NOW);
    expect(itemOf(r, 'business_case')).toMatchObject({
      status: 'warn',
      evidence: 'losing money: value $1,000/month against $2,400 running/month (net −$1,400/month)',
    });
    const required = await compareDemo(
      demoCheckout({ head, config: (c) => `${c}checklist:\n  items: { business_case: required }\n` }),
      NOW,
    );
    expect(itemOf(required, 'business_case').status).toBe('fail');
    expect(required.verdict).toBe('fail');
  });

  it('judges the inference cost (+45 % per 1,000 predictions) and puts serving into the P&L line', async () => {
    const r = await compareDemo(demoCheckout(), NOW);
    const m = r.models[0]!;
    expect(m.findings.find((f) => f.rule === 'cost.max_inference_increase_pct')).toMatchObject({
      severity: 'warn',
      message: 'inference price per 1,000 predictions rose +45% ($0.04 → $0.058); allowed 25%',
    });
    // 30 M predictions a month at $0.040 and $0.058 per 1,000; value 180,000 − running 2,400 − serving.
    expect(m.cost).toMatchObject({
      serving_per_month: { base: 1200, head: 1740 },
      net_value_per_month: { base: 176_400, head: 175_860 },
    });
    expect(dollars(renderMarkdown(r, { target: 'comment' }))).toContain(
      'serving $1,200 → $1,740/month · net value +$176,400 → +$175,860/month',
    );
  });

  it('without a price per 1,000 predictions, prices the milliseconds with cost.prices.inference_hour', async () => {
    const noPrice = (y: string) => y.replace(/ {2}price_per_1k_predictions: .*\n/, '');
    const c = demoCheckout({
      head: noPrice,
      base: noPrice,
      config: (y) =>
        y.replace(
          'prices: { cpu_hour: 0.05, gpu_hour: 2.5 }',
          'prices: { cpu_hour: 0.05, gpu_hour: 2.5, inference_hour: 3600 }',
        ),
    });
    const m = (await compareDemo(c, NOW)).models[0]!;
    // 30,000 × 1,000 predictions × 38 (55) ms, at $3,600 an hour = $1 a second.
    expect(m.cost!.serving_per_month!.base).toBeCloseTo(1140, 9);
    expect(m.cost!.serving_per_month!.head).toBeCloseTo(1650, 9);
    expect(m.findings.find((f) => f.rule === 'cost.max_inference_increase_pct')!.message).toMatch(
      /^inference time per 1,000 predictions rose \+45% \(38 ms → 55 ms\); allowed 25%$/,
    );
  });
});

describe('retraining and expiry as a contract', () => {
  it('an expiry moved from 2027-03-31 to 2099-12-31 with the same code, data and metrics fails on 2027-04-05', async () => {
    const c = demoCheckout({
      head: retraining('cadence: monthly\nexpires: 2099-12-31'),
      base: (_b, head) => head.replace('expires: 2099-12-31', 'expires: 2027-03-31'),
    });
    const r = await compareDemo(c, '2027-04-05');
    expect(itemOf(r, 'retraining')).toMatchObject({ status: 'fail' });
    expect(itemOf(r, 'retraining').evidence).toContain(
      'expiry extended without retraining: 2027-03-31 → 2099-12-31 with the same code commit, data version and metrics',
    );
    expect(itemOf(r, 'retraining').evidence).toContain('no training date');
  });

  it('an expiry later than trained_at + cadence + grace fails; an ISO-8601 cadence is read', async () => {
    const beyond = await compareDemo(
      demoCheckout({ head: retraining('cadence: quarterly\ntrained_at: 2026-11-02\nexpires: 2099-12-31') }),
      NOW,
    );
    expect(itemOf(beyond, 'retraining')).toMatchObject({
      status: 'fail',
      evidence: `expiry beyond the cadence: trained 2026-11-02, retrained quarterly → due 2027-02-02; expires 2099-12-31 is ${days('2027-02-02', '2099-12-31')} days later (grace 30)`,
      fix: 'set lifecycle.retraining.expires to 2027-03-04 at the latest, or a longer cadence that the team keeps',
    });
    const iso = retraining('cadence: P90D\ntrained_at: 2026-11-02\nexpires: 2027-02-28');
    expect(itemOf(await compareDemo(demoCheckout({ head: iso }), NOW), 'retraining').status).toBe('pass');
    const strict = await compareDemo(
      demoCheckout({ head: iso, config: (y) => `${y}checklist:\n  expiry_grace_days: 14\n` }),
      NOW,
    );
    // 2026-11-02 + 90 days = 2027-01-31; 2027-02-28 is 28 days later.
    expect(itemOf(strict, 'retraining').evidence).toContain('due 2027-01-31; expires 2027-02-28 is 28 days later');
  });

  it('without trained_at, a PR that changes data.version was trained today', async () => {
    const r = await compareDemo(demoCheckout({ head: retraining('cadence: quarterly\nexpires: 2027-02-28') }), NOW);
    expect(itemOf(r, 'retraining')).toMatchObject({
      status: 'pass',
      evidence: `trained ${NOW} (today: the PR changes data.version), retrained quarterly; expires 2027-02-28 (in 99 days)`,
    });
  });

  it('cadence: never is an input error naming the field and line', async () => {
    const c = demoCheckout({ head: retraining('cadence: never\nexpires: 2027-02-28') });
    const err = await compareDemo(c, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).format()).toMatch(
      /^examples\/demo\/head\.yaml:\d+:\d+: lifecycle\.retraining\.cadence: "never" is not a retraining cadence; write daily, weekly/,
    );
  });
});

describe('reproducibility is verified', () => {
  it('a code_commit that is no commit of the repository fails, naming it', async () => {
    const r = await compareDemo(demoCheckout({ codeCommit: 'deadbee' }), NOW);
    expect(itemOf(r, 'reproducibility')).toMatchObject({
      status: 'fail',
      evidence: 'code_commit deadbee is not a commit of this repository',
    });
  });

  it('a commit of another branch is not in the history of the commit under test', async () => {
    const c = demoCheckout();
    git(c.dir, 'checkout', '-q', '-b', 'side', c.codeSha);
    git(c.dir, 'commit', '-q', '--allow-empty', '-m', 'elsewhere');
    const side = git(c.dir, 'rev-parse', 'HEAD');
    git(c.dir, 'checkout', '-q', 'main');
    const file = path.join(c.dir, HEAD);
    const text = readFileSync(file, 'utf8').replace(/code_commit: "\w+"/, `code_commit: "${side}"`);
    writeFileSync(file, text);
    git(c.dir, 'commit', '-q', '-am', 'report names the side commit');
    const r = await compareDemo(c, NOW);
    expect(itemOf(r, 'reproducibility').evidence).toBe(
      `code_commit ${side.slice(0, 12)} is not in the history of the commit under test ${git(c.dir, 'rev-parse', 'HEAD').slice(0, 12)}`,
    );
  });

  it('lock_sha256 must match the committed lock file', async () => {
    const lock = createHash('sha256').update(demoText('examples/demo/requirements.lock')).digest('hex');
    const withHash = (h: string) => (y: string) =>
      y.replace(
        'lock_file: examples/demo/requirements.lock',
        `lock_file: examples/demo/requirements.lock\n    lock_sha256: ${h}`,
      );
    const ok = await compareDemo(demoCheckout({ head: withHash(`"sha256:${lock}"`) }), NOW);
    expect(itemOf(ok, 'reproducibility').evidence).toContain('examples/demo/requirements.lock (sha256 matches)');
    const bad = await compareDemo(demoCheckout({ head: withHash(`"${'0'.repeat(64)}"`) }), NOW);
    expect(itemOf(bad, 'reproducibility')).toMatchObject({
      status: 'fail',
      evidence: `examples/demo/requirements.lock has sha256 ${lock.slice(0, 12)}…, the report records 000000000000…: the environment changed since training`,
    });
  });
});

describe('documentation needs a model card with content', () => {
  const card = (text: string) => ({ files: { 'examples/demo/MODEL_CARD.md': text } });

  it('a 0-byte model card fails with the sections it lacks', async () => {
    const r = await compareDemo(demoCheckout(card('')), NOW);
    expect(itemOf(r, 'documentation')).toMatchObject({
      status: 'fail',
      evidence:
        'examples/demo/MODEL_CARD.md lacks “Intended use”, “Training data”, “Evaluation”, “Limitations”, “Owners” and “How to reproduce”',
    });
  });

  it('headings with placeholder bodies fail, and so does the template mlgate init writes until it is filled', async () => {
    const todo = demoText('examples/demo/MODEL_CARD.md').replace(/^(#{2} .*\n)[^#]+/gm, '$1TODO\n\n');
    const r = await compareDemo(demoCheckout(card(todo)), NOW);
    expect(itemOf(r, 'documentation').status).toBe('fail');
    expect(itemOf(r, 'documentation').evidence).toContain('“Intended use” (1 word)');
    expect(itemOf(r, 'documentation').evidence).toContain('are empty or a placeholder');
    const template = await compareDemo(demoCheckout(card(modelCardTemplate())), NOW);
    expect(itemOf(template, 'documentation').evidence).toContain('“Owners” (0 words)');
  });
});

describe('judge, don’t list', () => {
  it('a training-time mean 5σ away from the base’s bounds is drift (warn); a removed bound too', async () => {
    const drift = await compareDemo(
      demoCheckout({ head: (y) => y.replace('name: amount_eur, mean: 52.4', 'name: amount_eur, mean: 210') }),
      NOW,
    );
    expect(itemOf(drift, 'monitoring').status).toBe('warn');
    // (210 − 52.4) / 31.0 = 5.084 standard deviations; the base alerts at 2.
    expect(itemOf(drift, 'monitoring').evidence).toContain(
      "training data drifted: amount_eur mean 52.4 → 210, 5.084σ from the base's (alert at 2σ)",
    );
    const removed = await compareDemo(
      demoCheckout({ head: (y) => y.replace(/ {6}- \{ name: merchant_risk.*\n/, '') }),
      NOW,
    );
    expect(itemOf(removed, 'monitoring')).toMatchObject({ status: 'warn' });
    expect(itemOf(removed, 'monitoring').evidence).toContain('bounds removed: merchant_risk removed');
  });

  it('slices at 97 % and 70 % (a 27 pp gap) warn; a gap that grows by more than 5 pp warns', async () => {
    const slices = (a: number, b: number) => (y: string) =>
      y
        .replace('card_present: { accuracy: 0.93 }', `card_present: { accuracy: ${a} }`)
        .replace('card_not_present: { accuracy: 0.89 }', `card_not_present: { accuracy: ${b} }`);
    const wide = await compareDemo(demoCheckout({ head: slices(0.97, 0.7) }), NOW);
    expect(itemOf(wide, 'fairness')).toMatchObject({
      status: 'warn',
      evidence:
        'gap between slices: accuracy 27 pp between card_present (97.0%) and card_not_present (70.0%); allowed 10 pp; the gap grew: accuracy 4 pp → 27 pp; allowed +5 pp',
    });
    const grown = await compareDemo(demoCheckout({ head: slices(0.96, 0.865) }), NOW);
    expect(itemOf(grown, 'fairness').evidence).toBe('the gap grew: accuracy 4 pp → 9.5 pp; allowed +5 pp');
    const cfg = await compareDemo(
      demoCheckout({ head: slices(0.97, 0.7), config: (y) => `${y}checklist:\n  fairness: { max_gap: 30 }\n` }),
      NOW,
    );
    expect(itemOf(cfg, 'fairness').evidence).toContain('the gap grew: accuracy 4 pp → 27 pp');
  });

  it('operating-point precision 0.71 → 0.40 is a regression under the metric rules; min_precision is a floor', async () => {
    const low = await compareDemo(demoCheckout({ head: (y) => y.replace('precision: 0.71', 'precision: 0.40') }), NOW);
    expect(itemOf(low, 'operating_point').status).toBe('warn');
    expect(itemOf(low, 'operating_point').evidence).toMatch(
      /^against the base: precision at the threshold regressed −31\.00 pp/,
    );
    const floor = await compareDemo(
      demoCheckout({ config: (y) => `${y}checklist:\n  operating_point: { min_precision: 0.75 }\n` }),
      NOW,
    );
    expect(itemOf(floor, 'operating_point')).toMatchObject({
      status: 'warn',
      evidence: 'precision 71.0% is below the minimum 75.0%',
    });
  });

  it('a changed data.version is a finding shown next to the metric deltas', async () => {
    const r = await compareDemo(demoCheckout(), NOW);
    expect(r.models[0]!.findings.find((f) => f.rule === 'data.changed')).toMatchObject({
      severity: 'warn',
      message:
        'training data changed: sha256:6f1ab0a5c1d2… → sha256:0a9b8c7d6e5f…; the metric deltas include the data change',
      location: { file: HEAD, line: 24 },
    });
    const md = renderMarkdown(r, { target: 'comment' });
    const table = md.indexOf('| latency_p95_ms |');
    const data = md.indexOf('⚠️ training data changed: sha256:6f1ab0a5c1d2… → sha256:0a9b8c7d6e5f…');
    expect(table).toBeGreaterThan(0);
    expect(data).toBeGreaterThan(table);
    expect(data).toBeLessThan(md.indexOf('**Cost:**'));
    const quiet = await compareDemo(demoCheckout({ config: (y) => `${y}data: { when_changed: pass }\n` }), NOW);
    expect(quiet.models[0]!.findings.some((f) => f.rule === 'data.changed')).toBe(false);
    expect(quiet.models[0]!.notes[0]).toMatch(/^training data changed/);
  });
});

describe('visible by default', () => {
  it('without a lifecycle block the comment says the checklist is off and what is already evidenced, never blocking', async () => {
    const strip = (y: string) => y.slice(0, y.indexOf('lifecycle:'));
    const r = await compareDemo(demoCheckout({ head: strip, base: strip }), NOW);
    const m = r.models[0]!;
    expect(m.checklist).toBeNull();
    expect(m.checklist_off).toEqual({
      evidenced: ['Gold-set evaluation', 'Compute cost', 'Learning curve', 'Fairness'],
      total: 13,
    });
    expect(m.findings.some((f) => f.rule.startsWith('checklist.'))).toBe(false);
    expect(renderMarkdown(r, { target: 'comment' })).toContain(
      '<sub>Lifecycle checklist: off — 4 of 13 items already evidenced (Gold-set evaluation, Compute cost, Learning curve, Fairness); add lifecycle: to the report to turn it on (docs/checklist.md)</sub>',
    );
  });
});
