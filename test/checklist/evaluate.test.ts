import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../src/checklist/evaluate.js';
import type { ChecklistInput } from '../../src/checklist/evaluate.js';
import type { ChecklistFacts } from '../../src/kernel/checklist-types.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { InputError } from '../../src/kernel/errors.js';
import { HEAD_PATH, config, day, facts, loadBase, loadHead } from './helpers.js';

const NOW = day('2026-11-02');

function run(over: Partial<ChecklistInput> = {}) {
  return evaluateChecklist({
    head: loadHead(),
    base: loadBase(),
    report_path: HEAD_PATH,
    config: config(),
    facts: facts(),
    now: NOW,
    ...over,
  });
}
const item = (out: ReturnType<typeof run>, id: string) => out.items!.find((i) => i.id === id)!;

describe('evaluateChecklist on a complete report', () => {
  it('passes every built-in item with evidence, and gives no finding', () => {
    const out = run();
    expect(out.items!.map((i) => [i.id, i.status])).toEqual([
      ['documentation', 'pass'],
      ['ownership', 'pass'],
      ['reproducibility', 'pass'],
      ['evaluation', 'pass'],
      ['cost', 'pass'],
      ['learning_curve', 'pass'],
      ['monitoring', 'pass'],
      ['retraining', 'pass'],
      ['product_metric', 'pass'],
      ['operating_point', 'pass'],
      ['business_case', 'pass'],
      ['fairness', 'pass'],
      ['independent_review', 'pass'],
    ]);
    expect(out.findings).toEqual([]);
    expect(item(out, 'ownership').evidence).toBe('owner @alice, backup @bob');
    expect(item(out, 'evaluation').evidence).toBe('3 metrics on gold-2026-10 (12,000 examples)');
    expect(item(out, 'independent_review').evidence).toBe('approved by @carol');
    expect(item(out, 'business_case').evidence).toBe(
      'value €42,000/month against €900 running/month: net +€41,100/month (46.7×)',
    );
  });

  it('shows monitoring bounds that moved against the base; a removed bound warns', () => {
    expect(item(run(), 'monitoring')).toMatchObject({
      status: 'pass',
      evidence:
        '2 inputs, 1 output monitored, alert at ±3σ; moved vs base: amount_eur mean 52.1 → 61.2; merchant_risk added',
    });
    const base = loadBase((y) =>
      y.replace('    outputs:', '      - { name: country_code_freq, min: 0, max: 1 }\n    outputs:'),
    );
    const m = item(run({ base }), 'monitoring');
    expect(m.status).toBe('warn');
    expect(m.evidence).toContain('bounds removed: country_code_freq removed');
    expect(m.evidence).toContain('merchant_risk added');
    expect(m.evidence).not.toContain('fraud_score'); // unchanged bounds are not listed
  });

  it('reports GitHub-only and PR-only items as not checked when there is no PR (CLI)', () => {
    const out = run({
      facts: facts({ reviews: null, waivers: null, pr_body: null, author: null, changed_files: null }),
    });
    expect(item(out, 'independent_review')).toMatchObject({
      status: 'not_checked',
      evidence: 'reviews are read on GitHub only',
    });
    expect(item(out, 'documentation').status).toBe('pass');
    expect(out.findings).toEqual([]);
  });
});

describe('failing items', () => {
  it('a report without a lifecycle block (the base has one) fails the required items with a fix each', () => {
    const head = loadHead((y) => y.slice(0, y.indexOf('lifecycle:')));
    const out = run({ head });
    const failed = out.items!.filter((i) => i.status === 'fail').map((i) => i.id);
    expect(failed).toEqual([
      'documentation',
      'ownership',
      'reproducibility',
      'monitoring',
      'retraining',
      'product_metric',
    ]);
    expect(item(out, 'ownership')).toMatchObject({
      evidence: 'lifecycle.owner and lifecycle.backup_owner missing',
      fix: 'add lifecycle.owner and lifecycle.backup_owner: two different GitHub handles',
    });
    // Recommended items warn instead of failing.
    expect(item(out, 'operating_point')).toMatchObject({ status: 'warn', severity: 'recommended' });
    expect(out.findings.filter((f) => f.severity === 'fail').map((f) => f.rule)).toEqual(
      failed.map((id) => `checklist.${id}`),
    );
    expect(out.findings.find((f) => f.rule === 'checklist.reproducibility')!.message).toBe(
      'checklist: Reproducibility: lifecycle.reproducibility.code_commit, lifecycle.reproducibility.seed and lifecycle.reproducibility.lock_file missing — add lifecycle.reproducibility.code_commit, lifecycle.reproducibility.seed and lifecycle.reproducibility.lock_file',
    );
  });

  it('zero config and no lifecycle block anywhere: the checklist is off, with what is already evidenced', () => {
    const head = loadHead((y) => y.slice(0, y.indexOf('lifecycle:')));
    expect(run({ head, base: null })).toEqual({
      items: null,
      findings: [],
      notes: [],
      off: { evidenced: ['Gold-set evaluation', 'Compute cost', 'Learning curve', 'Fairness'], total: 13 },
    });
  });

  it('a checklist section in the config applies it to reports without a lifecycle block', () => {
    const head = loadHead((y) => y.slice(0, y.indexOf('lifecycle:')));
    const out = run({ head, base: null, config: config({ checklist: { items: { fairness: 'off' } } }) });
    expect(item(out, 'ownership').status).toBe('fail');
    expect(item(out, 'fairness')).toMatchObject({ status: 'off', severity: 'off', evidence: null });
  });

  it('owner and backup owner must be two people (case and @ ignored)', () => {
    const out = run({ head: loadHead((y) => y.replace('backup_owner: "@bob"', 'backup_owner: "Alice"')) });
    expect(item(out, 'ownership')).toMatchObject({
      status: 'fail',
      evidence: 'owner and backup owner are both @alice',
    });
    expect(item(out, 'ownership').location).toEqual({ file: HEAD_PATH, line: 30, column: 17 });
  });

  it('documentation: missing card file, missing sections, card not updated with the model', () => {
    expect(
      item(run({ facts: facts({ files: { 'models/fraud/requirements.lock': true } }) }), 'documentation'),
    ).toMatchObject({
      status: 'fail',
      evidence: 'models/fraud/MODEL_CARD.md does not exist',
    });
    const sections = config({
      checklist: { documentation: { required_sections: ['Intended use', 'Model details|Overview', 'evaluation'] } },
    });
    expect(item(run({ config: sections }), 'documentation')).toMatchObject({
      status: 'fail',
      evidence: 'models/fraud/MODEL_CARD.md lacks “Model details”',
      fix: 'add the section Model details to models/fraud/MODEL_CARD.md (mlgate init writes a template)',
    });
    const untouched = facts({ changed_files: [HEAD_PATH] });
    expect(item(run({ facts: untouched }), 'documentation')).toMatchObject({
      status: 'fail',
      evidence: 'this PR changes the model but not models/fraud/MODEL_CARD.md',
    });
  });

  it('reproducibility needs the lock file to exist in the repository', () => {
    const out = run({ facts: facts({ files: { 'models/fraud/MODEL_CARD.md': true } }) });
    expect(item(out, 'reproducibility')).toMatchObject({
      status: 'fail',
      evidence: 'models/fraud/requirements.lock does not exist',
    });
  });

  it('learning curve needs the configured number of points', () => {
    const out = run({ config: config({ learning_curve: { min_points: 5 } }) });
    expect(item(out, 'learning_curve')).toMatchObject({ status: 'fail', evidence: '4 training sizes' });
  });

  it('compute cost stated as zero everywhere is not a training cost', () => {
    const zero = (y: string) => y.replace(/train_(cpu|gpu)_hours: [0-9.]+/g, 'train_$1_hours: 0');
    const out = run({ head: loadHead(zero) });
    expect(item(out, 'cost')).toMatchObject({ status: 'fail' });
    expect(item(out, 'cost').evidence).toMatch(/zero compute is no training cost$/);
  });

  it('learning curve counts training sizes, not rows: one size repeated is no curve', () => {
    const oneSize = (y: string) => y.replace(/train_size: \d+, accuracy/g, 'train_size: 4000000, accuracy');
    const out = run({ head: loadHead(oneSize) });
    expect(item(out, 'learning_curve')).toMatchObject({ status: 'fail', evidence: '1 training size (4 points)' });
  });
});

describe('retraining expiry (UTC calendar days; expires = last valid day)', () => {
  const at = (iso: string, time?: string, warn = 30) =>
    item(run({ now: day(iso, time), config: config({ checklist: { expiry_warning_days: warn } }) }), 'retraining');

  it('expires today: still valid, warns even late in the UTC day', () => {
    expect(at('2027-03-31', '00:00:00')).toMatchObject({
      status: 'warn',
      evidence: 'expires today (2027-03-31); retrained half-yearly',
    });
    expect(at('2027-03-31', '23:59:59')).toMatchObject({ status: 'warn' });
  });
  it('the next UTC day: a zombie model, a required failure', () => {
    const r = at('2027-04-01', '00:00:00');
    expect(r).toMatchObject({ status: 'fail', evidence: 'zombie model: expired on 2027-03-31 (1 day ago)' });
    expect(r.fix).toContain('retrain the model');
  });
  it('warns exactly within expiry_warning_days, not one day earlier', () => {
    expect(at('2027-03-01')).toMatchObject({
      status: 'warn',
      evidence: 'expires in 30 days (2027-03-31); retrained half-yearly',
    });
    expect(at('2027-02-28')).toMatchObject({
      status: 'pass',
      evidence: 'trained 2026-10-15, retrained half-yearly; expires 2027-03-31 (in 31 days)',
    });
    expect(at('2027-03-30', undefined, 0)).toMatchObject({ status: 'pass' });
    expect(at('2027-03-31', undefined, 0)).toMatchObject({ status: 'warn' });
  });
  it('an expiring model warns even when the item is required, and the verdict is warn', () => {
    const result = evaluate({
      config: config(),
      models: [
        {
          name: 'fraud-detector',
          head: loadHead(),
          base: loadBase(),
          head_path: HEAD_PATH,
          base_path: HEAD_PATH,
          extras: { checklist: facts() },
        },
      ],
      base: { sha: null, source: 'file' },
      head: { sha: null },
      now: day('2027-03-20'),
    });
    expect(result.verdict).toBe('warn');
    expect(result.models[0]!.findings.map((f) => [f.rule, f.severity])).toEqual([['checklist.retraining', 'warn']]);
  });
  it('an impossible date is an input error naming file, field and line (when the report is read)', () => {
    let err: unknown;
    try {
      run({ head: loadHead((y) => y.replace('expires: 2027-03-31', 'expires: 2027-02-30')) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).format()).toBe(
      `${HEAD_PATH}:45:14: lifecycle.retraining.expires: "2027-02-30" is not a calendar date; write it as YYYY-MM-DD, e.g. 2027-03-31`,
    );
  });
});

describe('malformed lifecycle blocks are rejected when the report is read', () => {
  const parse = (edit: (y: string) => string) => {
    try {
      loadHead(edit);
    } catch (e) {
      return e instanceof InputError ? e.format() : String(e);
    }
    return 'no error';
  };
  it('names the line and the expected shape', () => {
    expect(parse((y) => y.replace('expires: 2027-03-31', 'expires: next year'))).toMatch(
      /models\/fraud\/mlgate\.yaml:45:\d+: lifecycle\.retraining\.expires/,
    );
    expect(parse((y) => y.replace('owner: "@alice"', 'owner: 42'))).toMatch(/:29:\d+: lifecycle\.owner/);
    expect(parse((y) => y.replace('  owner: "@alice"', '  ownr: "@alice"'))).toMatch(/lifecycle.*ownr/);
  });
  it('does not echo a long malicious value', () => {
    const msg = parse((y) => y.replace('cadence: half-yearly', `cadence: ${'x'.repeat(5000)}`));
    expect(msg.length).toBeLessThan(600);
  });
});

describe('independent review', () => {
  const review = (reviews: ChecklistFacts['reviews'], raw = {}) =>
    item(
      run({ facts: facts({ reviews }), config: config({ checklist: { independent_review: raw } }) }),
      'independent_review',
    );

  it('the author’s own approval does not count', () => {
    expect(review([{ login: 'Alice', state: 'APPROVED', team_member: null }])).toMatchObject({
      status: 'fail',
      evidence:
        '0 of 1 approval by someone with write access other than the author (the author’s own approval does not count)',
      fix: 'ask a reviewer with write access other than the author to approve the PR',
    });
  });
  it('a dismissed or changes-requested review does not count; two approvals needed', () => {
    const reviews = [
      { login: 'carol', state: 'APPROVED' as const, team_member: null },
      { login: 'dave', state: 'DISMISSED' as const, team_member: null },
      { login: 'erin', state: 'CHANGES_REQUESTED' as const, team_member: null },
    ];
    expect(review(reviews, { approvals: 2 })).toMatchObject({
      status: 'fail',
      evidence: '1 of 2 approvals by someone with write access other than the author',
    });
  });
  it('restricted to a team: only members count', () => {
    const reviews = [
      { login: 'carol', state: 'APPROVED' as const, team_member: false },
      { login: 'mallory', state: 'APPROVED' as const, team_member: null },
    ];
    expect(review(reviews, { team: 'acme/ml-audit' })).toMatchObject({
      status: 'fail',
      evidence: '0 of 1 approval from acme/ml-audit (2 approvals from outside the allowed reviewers)',
      fix: 'ask a member of acme/ml-audit to approve the PR',
    });
    expect(review([{ login: 'carol', state: 'APPROVED', team_member: true }], { team: 'acme/ml-audit' }).status).toBe(
      'pass',
    );
  });
  it('restricted to listed reviewers (handles with or without @)', () => {
    expect(review([{ login: 'carol', state: 'APPROVED', team_member: null }], { reviewers: ['@Dave'] }).status).toBe(
      'fail',
    );
    expect(review([{ login: 'dave', state: 'APPROVED', team_member: null }], { reviewers: ['@Dave'] }).status).toBe(
      'pass',
    );
  });
});

describe('waivers', () => {
  it('a waiver turns a failing item into waived with who and why, and removes its finding', () => {
    const head = loadHead((y) => y.replace(/ {2}product_metric:\n.*\n.*\n/, ''));
    const waivers = [
      { item: 'product_metric', by: 'dave', reason: 'first iteration', comment_id: 11 },
      {
        item: 'product_metric',
        by: 'erin',
        reason: 'internal model, no product surface',
        comment_id: 12,
        comment_url: 'https://github.com/acme/models/pull/7#issuecomment-12',
      },
    ];
    const out = run({ head, facts: facts({ waivers }) });
    expect(item(out, 'product_metric')).toMatchObject({
      status: 'waived',
      severity: 'required',
      waiver: {
        by: 'erin',
        reason: 'internal model, no product surface',
        comment_url: 'https://github.com/acme/models/pull/7#issuecomment-12',
      },
    });
    expect(out.findings).toEqual([]);
  });
  it('a waiver of a passing item changes nothing', () => {
    const out = run({ facts: facts({ waivers: [{ item: 'ownership', by: 'dave', reason: 'n/a', comment_id: 1 }] }) });
    expect(item(out, 'ownership')).toMatchObject({ status: 'pass' });
    expect(item(out, 'ownership').waiver).toBeUndefined();
  });
});

describe('custom items', () => {
  const custom = [
    { id: 'security-scan', title: 'Security scan report', file_exists: 'models/fraud/SECURITY.md' },
    {
      id: 'data-sheet',
      title: 'Data sheet',
      report_field: 'lifecycle.reproducibility.command',
      level: 'recommended' as const,
    },
    { id: 'privacy-review', title: 'Privacy review', pr_checkbox: true },
    { id: 'load-test', title: 'Load test', pr_checkbox: true, level: 'recommended' as const },
  ];
  it('file exists, report field present and PR-body checkbox', () => {
    const out = run({ config: config({ checklist: { custom } }) });
    expect(item(out, 'security-scan')).toMatchObject({
      status: 'fail',
      evidence: 'models/fraud/SECURITY.md does not exist',
      fix: 'commit models/fraud/SECURITY.md',
    });
    expect(item(out, 'data-sheet')).toMatchObject({
      status: 'pass',
      evidence: 'lifecycle.reproducibility.command is set',
    });
    expect(item(out, 'privacy-review')).toMatchObject({ status: 'pass', evidence: 'ticked in the PR description' });
    expect(item(out, 'load-test')).toMatchObject({
      status: 'warn',
      fix: 'add `- [x] load-test` to the PR description once done',
    });
    const present = run({
      config: config({ checklist: { custom } }),
      facts: facts({ files: { ...facts().files, 'models/fraud/SECURITY.md': true } }),
    });
    expect(item(present, 'security-scan').status).toBe('pass');
  });
  it('a checkbox inside a code block, or a different id with the same prefix, does not count', () => {
    const body = '```\n- [x] privacy-review\n```\n- [x] privacy-review-draft';
    const out = run({ config: config({ checklist: { custom } }), facts: facts({ pr_body: body }) });
    expect(item(out, 'privacy-review').status).toBe('fail');
  });
  it('no PR body (CLI): the checkbox is not checked', () => {
    const out = run({ config: config({ checklist: { custom } }), facts: facts({ pr_body: null }) });
    expect(item(out, 'privacy-review').status).toBe('not_checked');
  });
  it('a custom item without exactly one rule, or reusing a built-in id, is a config error', () => {
    expect(() =>
      run({
        config: config({ checklist: { custom: [{ id: 'x', title: 'X', file_exists: 'a', pr_checkbox: true }] } }),
      }),
    ).toThrow('item "x" needs exactly one rule: file_exists, report_field or pr_checkbox: true (it has 2)');
    expect(() =>
      run({ config: config({ checklist: { custom: [{ id: 'fairness', title: 'F', pr_checkbox: true }] } }) }),
    ).toThrow(/built-in item/);
  });
});

describe('model_paths', () => {
  it('skips the checklist with a note when the PR changes no model path', () => {
    const cfg = config({ checklist: { model_paths: ['models/**/*.py'] } });
    expect(run({ config: cfg, facts: facts({ changed_files: ['README.md'] }) })).toEqual({
      items: null,
      findings: [],
      notes: ['the checklist was skipped: this PR changes no file under checklist.model_paths'],
    });
    expect(run({ config: cfg }).items).not.toBeNull();
  });
});

describe('through evaluate()', () => {
  it('a failing required item fails the model and the gate, with a located finding', () => {
    const head = loadHead((y) => y.replace('backup_owner: "@bob"', 'backup_owner: "@alice"'));
    const result = evaluate({
      config: config(),
      models: [
        {
          name: 'fraud-detector',
          head,
          base: loadBase(),
          head_path: HEAD_PATH,
          base_path: HEAD_PATH,
          extras: { checklist: facts() },
        },
      ],
      base: { sha: null, source: 'file' },
      head: { sha: null },
      now: NOW,
    });
    expect(result.verdict).toBe('fail');
    const m = result.models[0]!;
    expect(m.checklist!.find((i) => i.id === 'ownership')!.status).toBe('fail');
    expect(m.findings).toEqual([
      {
        rule: 'checklist.ownership',
        severity: 'fail',
        message:
          'checklist: Ownership: owner and backup owner are both @alice — name a different person as lifecycle.backup_owner, so two people can run the model',
        location: { file: HEAD_PATH, line: 30, column: 17 },
      },
    ]);
  });
});
