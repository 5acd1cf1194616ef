// The fake's issues and compare endpoints, through a real Octokit, against what GitHub documents:
// https://docs.github.com/en/rest/issues/issues and https://docs.github.com/en/rest/commits/commits#compare-two-commits
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, startGitHubServer, type FakeGitHub } from './github-server/index.js';

const REPO = 'acme/models';
const at = { owner: 'acme', repo: 'models' };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let fake: FakeGitHub;
let gh: Octokit;

beforeEach(async () => {
  // Every timestamp one second after the last, so that sorting by updated_at has no ties.
  let tick = 0;
  fake = await startGitHubServer({ now: () => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++) });
  fake.addRepo(REPO);
  fake.addPull(REPO, { number: 1, head_sha: 'a'.repeat(40), base_sha: 'b'.repeat(40), user: 'alice' });
  gh = new Octokit({ auth: DEFAULT_TOKEN, baseUrl: fake.url, log: quiet });
});
afterEach(async () => fake.close());

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
  } catch (e) {
    return (e as { status: number }).status;
  }
  return 200;
}

describe('issues', () => {
  it('creates with the next number after the PRs, lists open ones (PRs marked), updates state and body', async () => {
    const { data: created, status: code } = await gh.rest.issues.create({
      ...at,
      title: 'inventory',
      body: 'hello',
      labels: ['mlgate'],
    });
    expect(code).toBe(201);
    expect(created).toMatchObject({ number: 2, state: 'open', body: 'hello', user: { login: 'github-actions[bot]' } });
    expect(created.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['mlgate']);
    const open = (await gh.rest.issues.listForRepo({ ...at })).data;
    expect(open.map((i) => [i.number, 'pull_request' in i && !!i.pull_request])).toEqual([
      [2, false],
      [1, true],
    ]);
    const { data: closed } = await gh.rest.issues.update({ ...at, issue_number: 2, state: 'closed', body: 'bye' });
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed', body: 'bye' });
    expect(closed.closed_at).not.toBeNull();
    expect((await gh.rest.issues.listForRepo({ ...at, state: 'closed' })).data.map((i) => i.number)).toEqual([2]);
    const { data: reopened } = await gh.rest.issues.update({ ...at, issue_number: 2, state: 'open' });
    expect(reopened).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
  });

  it('paginates with a Link header, filters by labels and creator, sorts by updated', async () => {
    for (let i = 0; i < 120; i++) fake.createIssue(REPO, { user: 'carol', title: `t${i}`, labels: i % 2 ? ['x'] : [] });
    fake.createIssue(REPO, { user: 'dave', title: 'mine', labels: ['x', 'y'] });
    const first = await gh.rest.issues.listForRepo({ ...at, state: 'all', per_page: 50 });
    expect(first.headers.link).toContain('rel="next"');
    const all = await gh.paginate(gh.rest.issues.listForRepo, { ...at, state: 'all', per_page: 50 });
    expect(all).toHaveLength(122);
    const xy = await gh.paginate(gh.rest.issues.listForRepo, { ...at, labels: 'x,y' });
    expect(xy.map((i) => i.title)).toEqual(['mine']);
    expect((await gh.paginate(gh.rest.issues.listForRepo, { ...at, creator: 'dave' })).map((i) => i.title)).toEqual([
      'mine',
    ]);
    await gh.rest.issues.update({ ...at, issue_number: 2, body: 'touched' });
    const byUpdate = await gh.rest.issues.listForRepo({ ...at, sort: 'updated', per_page: 1 });
    expect(byUpdate.data[0]!.number).toBe(2);
  });

  it('answers like GitHub: 422 without a title, labels dropped without push access, 403 for a read-only token', async () => {
    expect(await status(gh.rest.issues.create({ ...at, title: '' }))).toBe(422);
    fake.addToken('ghp_reader', { login: 'mallory' });
    const reader = new Octokit({ auth: 'ghp_reader', baseUrl: fake.url, log: quiet });
    const { data } = await reader.rest.issues.create({ ...at, title: 'hi', labels: ['urgent'] });
    expect(data.labels).toEqual([]);
    fake.setTokenReadOnly(DEFAULT_TOKEN);
    expect(await status(gh.rest.issues.create({ ...at, title: 'x' }))).toBe(403);
    expect(await status(gh.rest.issues.update({ ...at, issue_number: 999, title: 'x' }))).toBe(403);
  });
});

describe('compare two commits', () => {
  const sha = (c: string) => c.repeat(40);
  beforeEach(() => {
    fake.addCommit(REPO, sha('1'));
    fake.addCommit(REPO, sha('2'), [sha('1')]);
    fake.addCommit(REPO, sha('3'), [sha('2')]);
    fake.addCommit(REPO, sha('4'), [sha('1')]);
    fake.addCommit(REPO, sha('9'));
  });
  const cmp = (b: string, h: string) => gh.rest.repos.compareCommitsWithBasehead({ ...at, basehead: `${b}...${h}` });

  it('tells ahead, identical, behind and diverged; resolves an unambiguous short SHA', async () => {
    expect((await cmp('1111111', sha('3'))).data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0 });
    expect((await cmp(sha('3'), sha('3'))).data.status).toBe('identical');
    expect((await cmp(sha('3'), sha('1'))).data).toMatchObject({ status: 'behind', behind_by: 2 });
    expect((await cmp(sha('3'), sha('4'))).data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 2 });
  });

  it('404 for an unknown commit and for unrelated histories', async () => {
    expect(await status(cmp('deadbee', sha('3')))).toBe(404);
    expect(await status(cmp(sha('9'), sha('3')))).toBe(404);
  });
});
