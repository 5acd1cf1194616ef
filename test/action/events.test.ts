// run() on the bot's events, end to end against the local GitHub-like server: an `/mlgate waive` comment by a
// maintainer unblocks the merge through the `mlgate` check run on the PR's head; the PR author's own waiver is
// refused visibly; comments that are not commands do nothing.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { withFakeGitHub } from '../support/hooks.js';
import { makeWorkspace, REPO, testClient, useEnv, type Workspace } from '../support/workspace.js';

let fake: FakeGitHub;
let restore: () => void = () => undefined;
withFakeGitHub(
  (f) => (fake = f),
  () => restore(),
);

// A report whose only problem is a missing backup owner (ownership is a required item).
const REPORT = `version: 1
model: ranker
metrics: { accuracy: 0.9 }
eval: { dataset: gold, size: 5000 }
cost: { train_cpu_hours: 2 }
lifecycle:
  owner: "@alice"
`;
const CONFIG =
  'checklist:\n  items: { documentation: off, reproducibility: off, learning_curve: off, monitoring: off, retraining: off, product_metric: off, operating_point: off, business_case: off, fairness: off, independent_review: off }\n';

function commentEvent(ws: Workspace, comment: { id: number; body: string; user: string }): void {
  const event = {
    action: 'created',
    issue: { number: 7, pull_request: { url: 'x' }, user: { login: 'alice' } },
    comment: { id: comment.id, body: comment.body, user: { login: comment.user, type: 'User' } },
    repository: { full_name: REPO },
  };
  writeFileSync(path.join(ws.runnerDir, 'event.json'), JSON.stringify(event));
}

function setup(): Workspace {
  const ws = makeWorkspace(
    { '.github/mlgate.yml': CONFIG, 'mlgate.yaml': REPORT.replace('0.9', '0.89') },
    { 'mlgate.yaml': REPORT },
    { eventName: 'issue_comment' },
  );
  fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
  fake.setPermission(REPO, 'carol', 'maintain');
  return ws;
}

describe('run() on issue_comment events', () => {
  it('applies a maintainer’s waiver and puts the verdict on the PR’s head as the mlgate check run', async () => {
    const ws = setup();
    const c = fake.addComment(REPO, 7, {
      user: 'carol',
      body: '/mlgate waive ownership Bob joins the team next week; tracked in OPS-12',
    });
    commentEvent(ws, { id: c.id, body: String(c.body), user: 'carol' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    expect(ws.outputs().verdict).toBe('pass');
    const body = String(fake.comments(REPO, 7).find((x) => String(x.body).includes('mlgate:comment'))!.body);
    expect(body).toContain('waived');
    expect(body).toContain('@&#8203;carol');
    const check = fake.checkRuns(REPO).at(-1)!;
    expect(check).toMatchObject({ name: 'mlgate', head_sha: ws.headSha, conclusion: 'success' });
  });

  it('refuses the PR author’s own waiver with a visible reply, and the gate still fails', async () => {
    const ws = setup();
    const c = fake.addComment(REPO, 7, { user: 'alice', body: '/mlgate waive ownership I will find a backup later' });
    commentEvent(ws, { id: c.id, body: String(c.body), user: 'alice' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    expect(ws.outputs().verdict).toBe('fail');
    expect(process.exitCode).toBe(1);
    const replies = fake
      .comments(REPO, 7)
      .filter((x) => x.user?.login === 'github-actions[bot]' && !String(x.body).includes('mlgate:comment'));
    expect(replies).toHaveLength(1);
    expect(String(replies[0]!.body)).toMatch(/alice/);
    expect(fake.checkRuns(REPO).at(-1)).toMatchObject({ head_sha: ws.headSha, conclusion: 'failure' });
  });

  it('does nothing for a comment that is not a command', async () => {
    const ws = setup();
    const c = fake.addComment(REPO, 7, { user: 'bob', body: 'Looks good, but see /mlgate docs' });
    commentEvent(ws, { id: c.id, body: String(c.body), user: 'bob' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    fake.clearRequests();
    await run({ client: testClient });
    expect(fake.requests).toHaveLength(0);
    expect(process.exitCode).toBeUndefined();
  });
});

describe('run() on pull_request_review events (the trigger mlgate init writes)', () => {
  it('an approval by someone other than the author re-runs the gate and turns the mlgate check green', async () => {
    const reviewOnly = CONFIG.replace('independent_review: off', 'independent_review: required');
    const head = REPORT.replace('owner: "@alice"', 'owner: "@alice"\n  backup_owner: "@bob"');
    const ws = makeWorkspace({ '.github/mlgate.yml': reviewOnly, 'mlgate.yaml': REPORT }, { 'mlgate.yaml': head });
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    restore = useEnv({ ...ws.env, GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    expect(ws.outputs().verdict).toBe('fail');
    expect(fake.checkRuns(REPO).at(-1)).toMatchObject({ name: 'mlgate', head_sha: ws.headSha, conclusion: 'failure' });
    restore();

    process.exitCode = undefined;
    fake.setPermission(REPO, 'bob', 'write');
    fake.addReview(REPO, 7, { user: 'bob', state: 'APPROVED' });
    restore = useEnv({ ...ws.env, GITHUB_EVENT_NAME: 'pull_request_review', GITHUB_API_URL: fake.url });
    await run({ client: testClient });
    expect(ws.outputs().verdict).toBe('pass');
    expect(process.exitCode).toBeUndefined();
    expect(fake.checkRuns(REPO).at(-1)).toMatchObject({ name: 'mlgate', head_sha: ws.headSha, conclusion: 'success' });
  });
});
