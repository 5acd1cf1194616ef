/**
 * The checklist's GitHub side against the local fake GitHub server: reviews (by the author and by others, team
 * membership), commenters' permissions, waivers by allowed and refused users with visible replies (once),
 * REQUEST_CHANGES and its dismissal, review mode with inline comments, and the PR of an issue_comment event.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrichModels } from '../../src/adapters/enrich.js';
import type { GitHubClient } from '../../src/adapters/github/client.js';
import { handleBotEvent, pullForEvent } from '../../src/adapters/github/checklist-bot.js';
import { readActionContext, type PullInfo } from '../../src/adapters/github/context.js';
import { evaluate, type ModelInput } from '../../src/pipeline/evaluate.js';
import type { Config } from '../../src/kernel/config-types.js';
import type { GateResult } from '../../src/kernel/result-types.js';
import { DEFAULT_TOKEN, startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { HEAD_PATH, WORKSPACE, config, day, facts, loadBase, loadHead } from './helpers.js';
import { tempDir } from '../support/temp.js';

const REPO = 'acme/models';
const HEAD = '9d81b07c3a1f2e4d5b6a79880a1b2c3d4e5f6a7b';
const BASE = '4f2c9e1aa0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5';
const BOT = 'github-actions[bot]';
const PATCH =
  '@@ -28,3 +28,3 @@\n   model_card: models/fraud/MODEL_CARD.md\n   owner: "@alice"\n-  backup_owner: "@bob"\n+  backup_owner: "@alice"';

let fake: FakeGitHub;
// The plugin's write spacing (1 s, 3 s for comments) is the client's business, not what these tests check.
const client = (): GitHubClient =>
  new (Octokit.plugin(retry, throttling))({
    auth: DEFAULT_TOKEN,
    baseUrl: fake.url,
    throttle: { enabled: false },
    retry: { enabled: false },
  });
const pull: PullInfo = {
  number: 7,
  base_sha: BASE,
  head_sha: HEAD,
  author: 'alice',
  body: 'Doubles the training data.',
  fork: false,
};
const ctx = { owner: 'acme', repo: 'models', runUrl: null, pull };

beforeEach(async () => {
  fake = await startGitHubServer();
  // The report's code_commit 9d81b07 is the PR's head: the fixture workspace is no git checkout, so the compare
  // API tells whether it is in the head's history.
  fake.addCommit(REPO, BASE);
  fake.addCommit(REPO, HEAD, [BASE]);
  fake.addPull(REPO, {
    number: 7,
    head_sha: HEAD,
    base_sha: BASE,
    user: 'alice',
    body: pull.body,
    files: [
      { filename: HEAD_PATH, status: 'modified', patch: PATCH },
      'models/fraud/MODEL_CARD.md',
      'models/fraud/train.py',
    ],
  });
});
afterEach(async () => fake.close());

async function gather(cfg: Config, edit: (y: string) => string = (y) => y, gh = client()): Promise<GateResult> {
  const models: ModelInput[] = [
    { name: 'fraud-detector', head: loadHead(edit), base: loadBase(), head_path: HEAD_PATH, base_path: HEAD_PATH },
  ];
  const now = day('2026-11-02');
  await enrichModels(models, {
    processEnv: process.env,
    workspace: WORKSPACE,
    config: cfg,
    client: gh,
    repo: { owner: 'acme', repo: 'models' },
    pull,
    baseline: null,
    now,
  });
  return evaluate({ config: cfg, models, base: { sha: BASE, source: 'api' }, head: { sha: HEAD }, now });
}
const itemOf = (r: GateResult, id: string) => r.models[0]!.checklist!.find((i) => i.id === id)!;

describe('independent review from the PR’s reviews', () => {
  it('counts only the latest approval of people other than the author', async () => {
    fake.addReview(REPO, 7, { user: 'alice', state: 'COMMENTED', body: 'self-review notes' });
    fake.addReview(REPO, 7, { user: 'dave', state: 'APPROVED' });
    fake.addReview(REPO, 7, { user: 'dave', state: 'CHANGES_REQUESTED', body: 'wait, the seed changed' });
    let r = await gather(config());
    expect(itemOf(r, 'independent_review')).toMatchObject({
      status: 'fail',
      evidence: '0 of 1 approval by someone with write access other than the author',
    });
    expect(r.verdict).toBe('fail');

    fake.setPermission(REPO, 'carol', 'write');
    fake.addReview(REPO, 7, { user: 'carol', state: 'APPROVED' });
    fake.addReview(REPO, 7, { user: 'carol', state: 'COMMENTED', body: 'nit: typo' }); // a comment keeps the approval
    r = await gather(config());
    expect(itemOf(r, 'independent_review')).toMatchObject({ status: 'pass', evidence: 'approved by @carol' });
    expect(r.verdict).toBe('pass');
  });

  it('a drive-by approval from a user without write access does not count (GitHub’s required reviews do not)', async () => {
    // On a public repository anyone may approve: the author's second account, or a passer-by.
    fake.addReview(REPO, 7, { user: 'mallory', state: 'APPROVED' });
    fake.setPermission(REPO, 'trent', 'triage');
    fake.addReview(REPO, 7, { user: 'trent', state: 'APPROVED' });
    let r = await gather(config());
    expect(itemOf(r, 'independent_review')).toMatchObject({
      status: 'fail',
      evidence:
        '0 of 1 approval by someone with write access other than the author (2 approvals from users without write access)',
    });
    expect(r.verdict).toBe('fail');
    fake.setPermission(REPO, 'mallory', 'maintain');
    r = await gather(config());
    expect(itemOf(r, 'independent_review')).toMatchObject({ status: 'pass', evidence: 'approved by @mallory' });
  });

  it('restricted to a team: membership is looked up for approvers only', async () => {
    fake.addTeamMember('acme', 'ml-audit', 'erin');
    fake.addReview(REPO, 7, { user: 'carol', state: 'APPROVED' });
    fake.addReview(REPO, 7, { user: 'frank', state: 'CHANGES_REQUESTED', body: 'no' });
    const cfg = config({ checklist: { independent_review: { team: 'acme/ml-audit' } } });
    expect(itemOf(await gather(cfg), 'independent_review')).toMatchObject({
      status: 'fail',
      evidence: '0 of 1 approval from acme/ml-audit (1 approval from outside the allowed reviewers)',
    });
    const lookups = fake.requests.filter((q) => q.path.includes('/teams/')).map((q) => q.path);
    expect(lookups).toEqual(['/orgs/acme/teams/ml-audit/memberships/carol']);

    fake.addReview(REPO, 7, { user: 'erin', state: 'APPROVED' });
    expect(itemOf(await gather(cfg), 'independent_review')).toMatchObject({
      status: 'pass',
      evidence: 'approved by @erin',
    });
  });
});

describe('waivers from PR comments', () => {
  const failing = (y: string) =>
    y
      .replace(/ {2}product_metric:\n.*\n.*\n/, '')
      .replace(/ {2}operating_point:\n.*\n.*\n.*\n/, '')
      .replace(/ {2}slices:\n.*\n.*\n/, '');
  const cfg = config({ checklist: { waivers: { team: 'acme/ml-leads' } } });

  beforeEach(() => {
    fake.setPermission(REPO, 'bob', 'write');
    fake.setPermission(REPO, 'grace', 'maintain');
    fake.setPermission(REPO, 'frank', 'triage');
    fake.setPermission(REPO, 'alice', 'admin');
    fake.setPermission(REPO, 'carol', 'write');
    fake.addTeamMember('acme', 'ml-leads', 'frank');
    fake.addReview(REPO, 7, { user: 'carol', state: 'APPROVED' });
    fake.addComment(REPO, 7, { user: 'bob', body: '/mlgate waive fairness no demographic labels in the gold set' });
    fake.addComment(REPO, 7, { user: 'alice', body: '/mlgate waive product_metric trust me, it is mine' });
    fake.addComment(REPO, 7, { user: 'mallory', body: '/mlgate waive product_metric @everyone <b>ship it</b>' });
    fake.addComment(REPO, 7, {
      user: 'frank',
      body: '/mlgate waive operating_point threshold is set by the rules engine',
    });
    fake.addComment(REPO, 7, { user: 'zed', body: '/mlgate deploy now' });
    fake.addComment(REPO, 7, { user: 'grace', body: '/mlgate waive nonexistent because' });
    fake.addComment(REPO, 7, { user: 'carol', body: 'Looks good. `/mlgate waive` is how to skip items.' });
    fake.addComment(REPO, 7, { user: BOT, body: '/mlgate waive product_metric a bot cannot waive' });
  });

  it('accepts waivers from users with write access or the team; refuses the author and readers', async () => {
    const r = await gather(cfg, failing);
    expect(itemOf(r, 'fairness')).toMatchObject({
      status: 'waived',
      waiver: { by: 'bob', reason: 'no demographic labels in the gold set' },
    });
    expect(itemOf(r, 'fairness').waiver!.comment_url).toMatch(/^https?:\/\/.*#issuecomment-\d+$/);
    expect(itemOf(r, 'operating_point')).toMatchObject({ status: 'waived', waiver: { by: 'frank' } });
    expect(itemOf(r, 'product_metric')).toMatchObject({ status: 'fail' }); // alice (author) and mallory (read) were refused
    expect(r.models[0]!.findings.map((f) => f.rule)).toEqual(['checklist.product_metric']);
    // alice is the author: refused before any permission lookup. The bot's own comment is never a command.
    // carol's lookup is for her approval (independent review counts writers only).
    const asked = fake.requests.filter((q) => q.path.includes('/permission')).map((q) => q.path.split('/')[5]);
    expect(asked.sort()).toEqual(['bob', 'carol', 'frank', 'mallory']);
  });

  it('replies visibly to refused and unknown commands, once across reruns', async () => {
    const gh = client();
    const r = await gather(cfg, failing, gh);
    const out = await handleBotEvent(
      gh,
      ctx,
      { commentMode: 'comment', review: 'off', failOn: 'fail', commentAuthor: BOT },
      r,
      cfg,
    );
    expect(out).toEqual({ replies: 4, review: null, request_changes: null });
    // One reply answers every command of the run (each with its own marker).
    const replies = fake.comments(REPO, 7).filter((c) => c.user.login === BOT && c.body.includes('mlgate:reply'));
    expect(replies).toHaveLength(1);
    const body = replies[0]!.body;
    expect(body.match(/<!-- mlgate:reply to=\d+ -->/g)).toHaveLength(4);
    const bodies = body.split('\n').filter((l) => l.startsWith('- @'));
    expect(bodies[0]).toContain(
      '@alice the waiver of `product_metric` was refused: the PR’s author cannot waive items on their own PR',
    );
    expect(bodies[1]).toContain(
      '@mallory the waiver of `product_metric` was refused: waiving needs write access to the repository or membership of acme/ml-leads (you have read)',
    );
    expect(bodies[2]).toContain('@zed mlgate did not understand that command: unknown command.');
    expect(body).toContain('`/mlgate waive <item> <reason>`');
    expect(bodies[3]).toContain(
      '@grace there is no checklist item `nonexistent` to waive. Valid items: `documentation`, `ownership`',
    );
    for (const b of bodies) expect(b).not.toMatch(/<b>|@everyone/);

    // The next event (a push, a review, /mlgate recheck): the same commands are not answered again.
    fake.addComment(REPO, 7, { user: 'bob', body: '/mlgate recheck' });
    const again = client();
    const r2 = await gather(cfg, failing, again);
    expect(
      await handleBotEvent(
        again,
        ctx,
        { commentMode: 'comment', review: 'off', failOn: 'fail', commentAuthor: BOT },
        r2,
        cfg,
      ),
    ).toMatchObject({ replies: 0 });
    expect(fake.comments(REPO, 7).filter((c) => c.user.login === BOT)).toHaveLength(2);
  });

  it('the author may waive when the config allows it', async () => {
    const r = await gather(config({ checklist: { waivers: { allow_author: true } } }), failing);
    expect(itemOf(r, 'product_metric')).toMatchObject({
      status: 'waived',
      waiver: { by: 'alice', reason: 'trust me, it is mine' },
    });
  });
});

describe('blocking with a REQUEST_CHANGES review', () => {
  const settings = {
    commentMode: 'comment' as const,
    review: 'request-changes' as const,
    failOn: 'fail' as const,
    commentAuthor: BOT,
  };

  it('requests changes while the gate fails (once) and dismisses its review once it passes', async () => {
    fake.setPermission(REPO, 'carol', 'write');
    fake.addReview(REPO, 7, { user: 'carol', state: 'APPROVED' });
    const cfg = config();
    const failing = await gather(cfg, (y) => y.replace('backup_owner: "@bob"', 'backup_owner: "@alice"'));
    expect(failing.verdict).toBe('fail');
    expect((await handleBotEvent(client(), ctx, settings, failing, cfg)).request_changes).toBe('submitted');
    expect((await handleBotEvent(client(), ctx, settings, failing, cfg)).request_changes).toBe('exists');
    let ours = fake.reviews(REPO, 7).filter((r) => r.user.login === BOT);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ state: 'CHANGES_REQUESTED' });
    expect(ours[0]!.body).toContain(
      'mlgate blocks this PR:** checklist: Ownership: owner and backup owner are both @&#8203;alice',
    );

    const passing = await gather(cfg);
    expect(passing.verdict).toBe('pass');
    expect((await handleBotEvent(client(), ctx, settings, passing, cfg)).request_changes).toBe('dismissed');
    ours = fake.reviews(REPO, 7).filter((r) => r.user.login === BOT);
    expect(ours.map((r) => r.state)).toEqual(['DISMISSED']);
    expect(fake.reviews(REPO, 7).find((r) => r.user.login === 'carol')!.state).toBe('APPROVED'); // never touches others
    expect((await handleBotEvent(client(), ctx, settings, passing, cfg)).request_changes).toBeNull();
  });
});

describe('review mode', () => {
  const settings = {
    commentMode: 'review' as const,
    review: 'off' as const,
    failOn: 'fail' as const,
    commentAuthor: BOT,
  };
  const result = (edit: (y: string) => string) =>
    evaluate({
      config: config(),
      models: [
        {
          name: 'fraud-detector',
          head: loadHead(edit),
          base: loadBase(),
          head_path: HEAD_PATH,
          base_path: HEAD_PATH,
          extras: { checklist: facts() },
        },
      ],
      base: { sha: BASE, source: 'api' },
      head: { sha: HEAD },
      now: day('2026-11-02'),
    });

  it('posts the report as a review with inline comments on the report’s lines in the diff, and replaces them later', async () => {
    fake.addReviewComment(REPO, 7, { user: 'carol', path: HEAD_PATH, line: 29, body: 'why alice twice?' });
    const r1 = result((y) => y.replace('backup_owner: "@bob"', 'backup_owner: "@alice"'));
    const out = await handleBotEvent(client(), ctx, settings, r1, config());
    expect(out.review).toEqual({ action: 'posted', inline: 1, deleted: 0, superseded: 0 });
    const review = fake.reviews(REPO, 7).find((r) => r.user.login === BOT)!;
    expect(review.state).toBe('COMMENTED');
    expect(review.body).toContain('### ❌ mlgate: fail');
    let inline = fake.reviewComments(REPO, 7).filter((c) => c.user.login === BOT);
    expect(inline).toHaveLength(1);
    expect(inline[0]).toMatchObject({ path: HEAD_PATH, line: 30 });
    expect(inline[0]!.body).toContain('❌ checklist: Ownership: owner and backup owner are both @&#8203;alice');

    // Same head, same report: nothing new.
    expect((await handleBotEvent(client(), ctx, settings, r1, config())).review).toEqual({ action: 'unchanged' });

    // A different result (the retraining date moved outside the diff): the earlier inline comment is replaced.
    const r2 = result((y) => y.replace('expires: 2027-03-31', 'expires: 2026-10-01'));
    expect((await handleBotEvent(client(), ctx, settings, r2, config())).review).toEqual({
      action: 'posted',
      inline: 0,
      deleted: 1,
      superseded: 1,
    });
    inline = fake.reviewComments(REPO, 7);
    expect(inline.map((c) => c.user.login)).toEqual(['carol']);
    // The earlier report review (its body cannot be deleted) is cut to one line; the new one holds the report.
    const [older, newer] = fake.reviews(REPO, 7).filter((r) => r.user.login === BOT);
    expect(older!.body).toMatch(new RegExp(`^<sub>mlgate’s report for ${HEAD.slice(0, 7)}, superseded by a newer run`));
    expect(older!.body).not.toContain('### ❌ mlgate');
    expect(newer!.body).toContain('### ❌ mlgate: fail');
    // The same result again: still unchanged (the superseded body is not mistaken for the latest report).
    expect((await handleBotEvent(client(), ctx, settings, r2, config())).review).toEqual({ action: 'unchanged' });
  });
});

describe('pullForEvent', () => {
  it('fetches head, base and author for an issue_comment on a PR; null for a plain issue', async () => {
    const dir = tempDir('mlgate-event-');
    const event = path.join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        action: 'created',
        issue: { number: 7, pull_request: { url: 'x' } },
        comment: { id: 99, body: '/mlgate recheck', user: { login: 'bob' } },
      }),
    );
    const env = {
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: fake.url,
    };
    const c = readActionContext(env);
    expect(c.pull).toBeNull();
    expect(await pullForEvent(client(), c, env)).toEqual({ ...pull, base_ref: 'main' });

    writeFileSync(
      event,
      JSON.stringify({
        action: 'created',
        issue: { number: 3 },
        comment: { id: 100, body: 'hi', user: { login: 'bob' } },
      }),
    );
    expect(await pullForEvent(client(), readActionContext(env), env)).toBeNull();
  });
});
