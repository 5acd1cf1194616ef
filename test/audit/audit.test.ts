/**
 * `mode: audit` end to end, in-process, against the local fake GitHub server: a real checkout of the default
 * branch with two models derived from the demo, a schedule event, and the one "mlgate: model inventory" issue
 * created, updated in place, closed and reopened; owners mentioned once per state entered.
 */
import { realSleep } from '../../src/adapters/github/retry.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { DEFAULT_TOKEN } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { git, makeWorkspace, REPO, testClient, useEnv, type Workspace } from '../support/workspace.js';
import { captured } from '../fork/helpers.js';
import { demoText } from '../checklist/demo.js';
import { dollars } from '../support/github-text.js';

const BOT = 'github-actions[bot]';
const MARKER = '<!-- mlgate:inventory -->';
let fake: FakeGitHub;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);

/** The demo's PR report as model `name`, trained and expiring on the given days. */
function model(name: string, trained: string, expires: string, owner = '@alice'): string {
  return demoText('examples/demo/head.yaml')
    .replace('model: fraud-detector', `model: ${name}`)
    .replace('owner: "@alice"', `owner: "${owner}"`)
    .replace(
      / {2}retraining:\n(?: {4}.*\n)+/,
      `  retraining:\n    cadence: quarterly\n    trained_at: ${trained}\n    expires: ${expires}\n`,
    );
}

const CONFIG = 'version: 1\nreports: ["models/*/mlgate.yaml"]\n';

function setup(files: Record<string, string>, inputs: Record<string, string> = {}): Workspace {
  const ws = makeWorkspace(
    { '.github/mlgate.yml': CONFIG, ...files },
    {},
    { eventName: 'schedule', inputs: { mode: 'audit', ...inputs } },
  );
  writeFileSync(
    path.join(ws.runnerDir, 'event.json'),
    JSON.stringify({ schedule: '17 6 * * 1', repository: { full_name: REPO } }),
  );
  fake.addRepo(REPO);
  restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
  return ws;
}

const audit = (day: string) => run({ client: testClient, now: () => new Date(`${day}T06:17:00Z`) });
const ours = () => fake.issues(REPO).filter((i) => i.user.login === BOT);
const mentions = () => {
  const issue = ours()[0];
  return issue ? fake.comments(REPO, issue.number).map((c) => c.body) : [];
};

describe('mode: audit', () => {
  it('creates the issue when a model starts to expire, mentions its owners once, closes and reopens it', async () => {
    const ws = setup({
      'models/fraud/mlgate.yaml': model('fraud-detector', '2026-11-02', '2027-02-28'),
      'models/churn/mlgate.yaml': model('churn', '2026-12-01', '2027-03-31', '@carol'),
    });
    await audit('2026-11-21');
    expect(ours()).toEqual([]); // nothing needs attention: no issue
    expect(ws.outputs().verdict).toBe('pass');
    expect(ws.summary()).toContain('mlgate: model inventory: 2 models — nothing needs attention');

    await audit('2027-02-10');
    let issues = ours();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ title: 'mlgate: model inventory', state: 'open' });
    expect(issues[0]!.labels.map((l) => l.name)).toEqual(['mlgate-inventory']);
    expect(issues[0]!.body).toContain(
      '| fraud-detector | @&#8203;alice, @&#8203;bob | 2026-11-02 | 2027-02-28 | ⚠️ expiring in 18 days |',
    );
    expect(issues[0]!.body).toContain(
      '| churn | @&#8203;carol, @&#8203;bob | 2026-12-01 | 2027-03-31 | ✅ ok (49 days left) |',
    );
    expect(mentions()).toEqual(['- @alice @bob: **fraud-detector** expires on 2027-02-28: plan its retraining']);
    expect(ws.outputs().verdict).toBe('warn');
    expect(ws.outputs()['inventory-url']).toBe(issues[0]!.html_url);

    // The next week: still expiring, the same issue is updated in place and nobody is mentioned again.
    await audit('2027-02-17');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('⚠️ expiring in 11 days');
    expect(mentions()).toHaveLength(1);

    // Expired: a new state, one more mention; churn now expires within 30 days: its owners are told too.
    await audit('2027-03-05');
    expect(mentions()).toHaveLength(2);
    expect(mentions()[1]).toBe(
      [
        '- @alice @bob: **fraud-detector** expired on 2027-02-28 (a zombie model): retrain it and move its expiry forward, or retire it',
        '- @carol @bob: **churn** expires on 2027-03-31: plan its retraining',
      ].join('\n'),
    );

    // Both retrained on the default branch: nothing needs attention, the issue is closed (not deleted).
    writeFileSync(path.join(ws.dir, 'models/fraud/mlgate.yaml'), model('fraud-detector', '2027-03-06', '2027-06-06'));
    writeFileSync(path.join(ws.dir, 'models/churn/mlgate.yaml'), model('churn', '2027-03-06', '2027-06-06', '@carol'));
    git(ws.dir, 'commit', '-qam', 'retrained');
    await audit('2027-03-08');
    issues = ours();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issues[0]!.body).toContain('nothing needs attention');
    expect(mentions()).toHaveLength(2);

    // Expiring again: the same issue is reopened and the owners are told again (they left the state in between).
    await audit('2027-05-20');
    issues = ours();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(mentions()).toHaveLength(3);
  });

  it('finds its issue on a later page when the label was removed, and leaves a human’s issue with the marker alone', async () => {
    setup({ 'models/fraud/mlgate.yaml': model('fraud-detector', '2026-11-02', '2027-02-28') });
    const human = fake.createIssue(REPO, {
      user: 'mallory',
      title: 'mlgate: model inventory',
      body: `${MARKER}\nmine`,
    });
    await audit('2027-02-10');
    const [issue] = ours();
    expect(issue).toBeDefined();
    expect(issue!.number).not.toBe(human);
    expect(fake.issues(REPO).find((i) => i.number === human)).toMatchObject({ body: `${MARKER}\nmine`, state: 'open' });

    // Someone removes the label; 150 newer issues push ours to the second page of the listing by update time.
    const gh = testClient!({ token: DEFAULT_TOKEN } as never, { apiUrl: fake.url } as never, { sleep: realSleep });
    await gh.rest.issues.update({ owner: 'acme', repo: 'models', issue_number: issue!.number, labels: [] });
    for (let i = 0; i < 150; i++) fake.createIssue(REPO, { user: 'carol', title: `bug ${i}` });
    fake.clearRequests();
    await audit('2027-02-17');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('⚠️ expiring in 11 days');
    const listed = fake.requests.filter((r) => r.method === 'GET' && r.path === '/repos/acme/models/issues');
    expect(listed.map((r) => r.query.page ?? '1')).toEqual(['1', '1', '2']);
    expect(fake.issues(REPO).find((i) => i.number === human)!.body).toBe(`${MARKER}\nmine`);
  });

  it('a read-only token (a fork, issues: read) writes the summary only, with one warning; the step passes', async () => {
    const ws = setup({ 'models/fraud/mlgate.yaml': model('fraud-detector', '2026-11-02', '2027-02-28') });
    fake.setTokenReadOnly(DEFAULT_TOKEN);
    const log = await captured(() => audit('2027-02-10'));
    expect(fake.issues(REPO)).toEqual([]);
    expect(ws.summary()).toContain('⚠️ expiring in 18 days');
    expect(log.match(/^::warning::/gm) ?? []).toHaveLength(1);
    expect(log).toContain('the inventory is in the job summary only');
    expect(process.exitCode).toBeUndefined();
    expect(ws.outputs().verdict).toBe('warn');
  });

  it('lists a model that lost its report as “no report”, and one that loses money', async () => {
    const ws = setup({
      'models/fraud/mlgate.yaml': model('fraud-detector', '2026-11-02', '2027-02-28'),
      'models/churn/mlgate.yaml': model('churn', '2026-12-01', '2027-03-31', '@carol').replace(
        'value_per_month: 180000',
        'value_per_month: 1000',
      ),
    });
    await audit('2026-11-21');
    let body = ours()[0]!.body!;
    expect(body).toContain('1 losing money');
    expect(dollars(body)).toMatch(/\| churn \|.*\| ❌ −\$3,140 \|/); // 1,000 − 2,400 running − 1,740 serving
    git(ws.dir, 'rm', '-q', 'models/churn/mlgate.yaml');
    git(ws.dir, 'commit', '-qm', 'churn report gone');
    await audit('2026-11-28');
    body = ours()[0]!.body!;
    expect(body).toContain('| churn | — | — | — | ❌ no report |');
  });
});
