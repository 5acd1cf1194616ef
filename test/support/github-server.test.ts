// Tests of the fake GitHub server itself, through a real Octokit pointed at it.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_TOKEN,
  primaryRateLimit,
  secondaryRateLimit,
  startGitHubServer,
  type FakeGitHub,
} from './github-server/index.js';

const REPO = 'acme/models';
const owner = 'acme';
const repo = 'models';
const MARKER = '<!-- mlgate -->';

let fake: FakeGitHub;
let gh: Octokit;

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

function client(token = DEFAULT_TOKEN): Octokit {
  return new Octokit({ auth: token, baseUrl: fake.url, log: quiet });
}

/** Octokit rejects with a RequestError; return its status and message for assertions. */
async function failure(
  p: Promise<unknown>,
): Promise<{ status: number; message: string; headers: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; message: string; response?: { headers: Record<string, unknown> } };
    return { status: err.status, message: err.message, headers: err.response?.headers ?? {} };
  }
  throw new Error('expected the request to fail');
}

beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addRepo(REPO);
  fake.addPull(REPO, {
    number: 7,
    head_sha: 'h'.repeat(40),
    base_sha: 'b'.repeat(40),
    user: 'alice',
    head_ref: 'retrain',
    files: ['models/report.yml'],
  });
  gh = client();
});

afterEach(async () => {
  await fake.close();
});

describe('issue comments', () => {
  it('paginates 250 comments like GitHub and finds ours on page 3', async () => {
    for (let i = 0; i < 250; i++) {
      const mine = i === 230;
      fake.addComment(REPO, 7, {
        user: mine ? 'github-actions[bot]' : `user${i % 5}`,
        body: mine ? `${MARKER}\nresult` : `comment ${i}`,
      });
    }
    const all = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: 7, per_page: 100 });
    expect(all).toHaveLength(250);
    const ids = all.map((c) => c.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const ours = all.filter((c) => c.body?.includes(MARKER) && c.user?.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(all.indexOf(ours[0]!)).toBeGreaterThanOrEqual(200);
    expect(ours[0]!.user?.type).toBe('Bot');
    expect(fake.requests.filter((r) => r.path.endsWith('/comments')).map((r) => r.query.page)).toEqual([
      undefined,
      '2',
      '3',
    ]);

    const mid = await gh.rest.issues.listComments({ owner, repo, issue_number: 7, per_page: 100, page: 2 });
    const base = `${fake.url}/repos/${REPO}/issues/7/comments?per_page=100`;
    expect(mid.headers.link).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    );
    const first = await gh.rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(first.data).toHaveLength(30); // default per_page
    expect(first.headers.link).toBe(
      `<${fake.url}/repos/${REPO}/issues/7/comments?page=2>; rel="next", <${fake.url}/repos/${REPO}/issues/7/comments?page=9>; rel="last"`,
    );
  });

  it('creates, updates and deletes a comment; ids grow even under concurrency', async () => {
    const created = await gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: `${MARKER} v1` });
    expect(created.status).toBe(201);
    expect(created.data.html_url).toBe(`https://github.com/${REPO}/pull/7#issuecomment-${created.data.id}`);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    const updated = await gh.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: `${MARKER} v2`,
    });
    expect(updated.data.body).toBe(`${MARKER} v2`);
    expect(fake.comments(REPO, 7).map((c) => c.body)).toEqual([`${MARKER} v2`]);

    const many = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: `c${i}` }),
      ),
    );
    expect(new Set(many.map((r) => r.data.id)).size).toBe(10);
    expect(Math.min(...many.map((r) => r.data.id))).toBeGreaterThan(created.data.id);

    await gh.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id });
    expect((await failure(gh.rest.issues.getComment({ owner, repo, comment_id: created.data.id }))).status).toBe(404);
    expect(
      (await failure(gh.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'x' }))).status,
    ).toBe(404);
    expect((await failure(gh.rest.issues.createComment({ owner, repo, issue_number: 999, body: 'x' }))).status).toBe(
      404,
    );
    expect(
      (await failure(gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x'.repeat(65537) }))).status,
    ).toBe(422);
  });
});

describe('auth', () => {
  it('rejects unknown and missing tokens with 401', async () => {
    const bad = await failure(client('nope').rest.issues.listComments({ owner, repo, issue_number: 7 }));
    expect(bad).toMatchObject({ status: 401 });
    expect(bad.message).toContain('Bad credentials');
    const anon = new Octokit({ baseUrl: fake.url, log: quiet });
    expect((await failure(anon.rest.pulls.get({ owner, repo, pull_number: 7 }))).status).toBe(401);
    // Both header forms work.
    const res = await fetch(`${fake.url}/user`, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } });
    expect(((await res.json()) as { login: string }).login).toBe('github-actions[bot]');
  });

  it('read-only tokens can read but writes get 403 "Resource not accessible by integration"', async () => {
    fake.addToken('ghs_ro', { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
    const ro = client('ghs_ro');
    await expect(ro.rest.issues.listComments({ owner, repo, issue_number: 7 })).resolves.toMatchObject({ status: 200 });
    const err = await failure(ro.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x' }));
    expect(err.status).toBe(403);
    expect(err.message).toContain('Resource not accessible by integration');
    expect(fake.comments(REPO, 7)).toHaveLength(0);
    // The raw Authorization header is kept in the log for secret-leak tests.
    expect(fake.requests.at(-1)?.headers.authorization).toBe('token ghs_ro');
  });
});

describe('pulls and contents', () => {
  it('serves pulls, filters, files and PRs for a commit (forks included)', async () => {
    fake.addPull(REPO, {
      number: 8,
      head_sha: 'f'.repeat(40),
      base_sha: 'b'.repeat(40),
      user: 'mallory',
      head_repo: 'mallory/models',
      head_ref: 'main',
    });
    const pr = await gh.rest.pulls.get({ owner, repo, pull_number: 7 });
    expect(pr.data.head.sha).toBe('h'.repeat(40));
    expect(pr.data.base.repo.full_name).toBe(REPO);
    const byHead = await gh.rest.pulls.list({ owner, repo, state: 'open', head: 'acme:retrain' });
    expect(byHead.data.map((p) => p.number)).toEqual([7]);
    const forCommit = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: 'f'.repeat(40),
    });
    expect(forCommit.data.map((p) => [p.number, p.head.repo?.fork])).toEqual([[8, true]]);
    const files = await gh.rest.pulls.listFiles({ owner, repo, pull_number: 7 });
    expect(files.data.map((f) => f.filename)).toEqual(['models/report.yml']);
    fake.updatePull(REPO, 7, { head_sha: 'n'.repeat(40) });
    expect((await gh.rest.pulls.get({ owner, repo, pull_number: 7 })).data.head.sha).toBe('n'.repeat(40));
  });

  it('serves raw contents, base64 JSON, "none" encoding over 1 MB, and 404', async () => {
    const sha = 'b'.repeat(40);
    fake.setFile(REPO, sha, 'models/report.yml', 'metrics:\n  accuracy: 0.9\n');
    const raw = await gh.rest.repos.getContent({
      owner,
      repo,
      path: 'models/report.yml',
      ref: sha,
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe('metrics:\n  accuracy: 0.9\n');
    const asJson = await gh.rest.repos.getContent({ owner, repo, path: 'models/report.yml', ref: sha });
    const file = asJson.data as { encoding: string; content: string; type: string };
    expect(file.type).toBe('file');
    expect(Buffer.from(file.content, 'base64').toString()).toBe('metrics:\n  accuracy: 0.9\n');

    fake.setFile(REPO, sha, 'big.json', 'x'.repeat(1024 * 1024 + 1));
    const big = (await gh.rest.repos.getContent({ owner, repo, path: 'big.json', ref: sha })).data as {
      encoding: string;
      content: string;
    };
    expect(big).toMatchObject({ encoding: 'none', content: '' });
    const bigRaw = await gh.rest.repos.getContent({
      owner,
      repo,
      path: 'big.json',
      ref: sha,
      mediaType: { format: 'raw' },
    });
    expect((bigRaw.data as unknown as string).length).toBe(1024 * 1024 + 1);

    const dir = await gh.rest.repos.getContent({ owner, repo, path: 'models', ref: sha });
    expect((dir.data as Array<{ name: string }>).map((e) => e.name)).toEqual(['report.yml']);
    const missing = await failure(
      gh.rest.repos.getContent({ owner, repo, path: 'models/report.yml', ref: 'c'.repeat(40) }),
    );
    expect(missing.status).toBe(404);
  });

  it('lists a commit with the git trees API: top level, recursive, truncated, 404', async () => {
    const sha = 'd'.repeat(40);
    fake.setFile(REPO, sha, 'models/a/report.yml', 'a');
    fake.setFile(REPO, sha, 'README.md', 'r');
    const top = await gh.rest.git.getTree({ owner, repo, tree_sha: sha });
    expect(top.data.tree.map((e) => [e.path, e.type])).toEqual([
      ['models', 'tree'],
      ['README.md', 'blob'],
    ]);
    const all = await gh.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: '1' });
    expect(all.data.tree.map((e) => [e.path, e.type, e.mode])).toEqual([
      ['models', 'tree', '040000'],
      ['models/a', 'tree', '040000'],
      ['models/a/report.yml', 'blob', '100644'],
      ['README.md', 'blob', '100644'],
    ]);
    expect(all.data.truncated).toBe(false);
    fake.setTreeLimit(2);
    const cut = await gh.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: '1' });
    expect([cut.data.tree.length, cut.data.truncated]).toEqual([2, true]);
    expect((await failure(gh.rest.git.getTree({ owner, repo, tree_sha: 'e'.repeat(40) }))).status).toBe(404);
  });
});

describe('fault injection', () => {
  it('answers an injected 500 once, then the real thing; plugin-retry gets through', async () => {
    const fault = fake.inject({ method: 'GET', path: `/repos/${REPO}/pulls/7`, status: 500 });
    expect((await failure(gh.rest.pulls.get({ owner, repo, pull_number: 7 }))).status).toBe(500);
    expect(fault).toMatchObject({ hits: 1, remaining: 0 });
    await expect(gh.rest.pulls.get({ owner, repo, pull_number: 7 })).resolves.toMatchObject({ status: 200 });

    fake.inject({ path: /\/pulls\/7$/, status: 502, times: 2 });
    const Retrying = Octokit.plugin(retry);
    const r = new Retrying({ auth: DEFAULT_TOKEN, baseUrl: fake.url, log: quiet, retry: { retryAfterBaseValue: 1 } });
    await expect(r.rest.pulls.get({ owner, repo, pull_number: 7 })).resolves.toMatchObject({ status: 200 });
    expect(fake.requests.filter((q) => q.fault)).toHaveLength(3);
  });

  it('afterHandle applies the write but loses the response', async () => {
    fake.inject({ method: 'POST', path: `/repos/${REPO}/issues/7/comments`, status: 502, afterHandle: true });
    expect((await failure(gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'lost' }))).status).toBe(
      502,
    );
    expect(fake.comments(REPO, 7).map((c) => c.body)).toEqual(['lost']);
  });

  it('a hanging request is cut by the client timeout; the server keeps serving', async () => {
    fake.inject({ path: `/repos/${REPO}/pulls/7`, hang: true });
    const t0 = Date.now();
    await expect(
      gh.rest.pulls.get({ owner, repo, pull_number: 7, request: { signal: AbortSignal.timeout(200) } }),
    ).rejects.toThrow();
    expect(Date.now() - t0).toBeLessThan(1500);
    await expect(gh.rest.pulls.get({ owner, repo, pull_number: 7 })).resolves.toMatchObject({ status: 200 });
  });

  it('rate limits look like GitHub to the throttling plugin; latency applies to every request', async () => {
    // A GET: the plugin spaces out comment POSTs by 3 s, which would only slow the test down.
    fake.inject(secondaryRateLimit({ method: 'GET', path: `/repos/${REPO}/pulls/7`, retryAfter: 1 }));
    const seen: number[] = [];
    const Throttled = Octokit.plugin(throttling);
    const t = new Throttled({
      auth: DEFAULT_TOKEN,
      baseUrl: fake.url,
      log: quiet,
      throttle: {
        retryAfterBaseValue: 1, // 1 ms per "second": keep the test fast
        onSecondaryRateLimit: (after: number) => (seen.push(after), true),
        onRateLimit: () => false,
      },
    });
    await expect(t.rest.pulls.get({ owner, repo, pull_number: 7 })).resolves.toMatchObject({ status: 200 });
    expect(seen).toEqual([1]);
    const limited = fake.requests.find((r) => r.fault);
    expect(limited).toMatchObject({ status: 403, method: 'GET' });

    fake.inject(primaryRateLimit({ status: 429 }));
    const primary = await failure(gh.rest.pulls.get({ owner, repo, pull_number: 7 }));
    expect(primary.status).toBe(429);
    expect(primary.headers['x-ratelimit-remaining']).toBe('0');

    const ok = await gh.rest.pulls.get({ owner, repo, pull_number: 7 });
    expect(Number(ok.headers['x-ratelimit-remaining'])).toBeGreaterThan(0);
    fake.latencyMs = 50;
    const t0 = Date.now();
    await gh.rest.pulls.get({ owner, repo, pull_number: 7 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
  });

  it('logs every request with its parsed body; delay-only rules slow the real answer', async () => {
    const slow = fake.inject({ method: 'POST', delayMs: 120, headers: { 'x-slow': '1' } });
    const t0 = Date.now();
    const res = await gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'hello' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110);
    expect(res.headers['x-slow']).toBe('1');
    expect(slow.hits).toBe(1);
    const logged = fake.requests.find((r) => r.method === 'POST');
    expect(logged).toMatchObject({
      path: `/repos/${REPO}/issues/7/comments`,
      json: { body: 'hello' },
      status: 201,
      fault: true,
    });
  });

  it('unknown routes answer 404 JSON', async () => {
    const res = await fetch(`${fake.url}/repos/${REPO}/nothing-here`, {
      headers: { authorization: `token ${DEFAULT_TOKEN}` },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ message: 'Not Found' });
  });
});

describe('reviews, permissions, teams', () => {
  it('submits reviews with inline comments, dismisses them, and enforces GitHub rules', async () => {
    fake.addPull(REPO, {
      number: 9,
      head_sha: 'd'.repeat(40),
      base_sha: 'b'.repeat(40),
      user: 'alice',
      files: [
        {
          filename: 'models/report.yml',
          patch: '@@ -1,2 +1,3 @@\n metrics:\n-  accuracy: 0.9\n+  accuracy: 0.8\n+  f1: 0.7',
        },
      ],
    });
    const review = await gh.rest.pulls.createReview({
      owner,
      repo,
      pull_number: 9,
      event: 'REQUEST_CHANGES',
      body: 'accuracy dropped',
      comments: [{ path: 'models/report.yml', line: 2, side: 'RIGHT', body: 'accuracy fell 10 points' }],
    });
    expect(review.data).toMatchObject({ state: 'CHANGES_REQUESTED', commit_id: 'd'.repeat(40) });
    expect(fake.reviewComments(REPO, 9)).toMatchObject([
      { path: 'models/report.yml', line: 2, pull_request_review_id: review.data.id },
    ]);
    const outside = await failure(
      gh.rest.pulls.createReview({
        owner,
        repo,
        pull_number: 9,
        event: 'COMMENT',
        body: 'x',
        comments: [{ path: 'models/report.yml', line: 40, body: 'no' }],
      }),
    );
    expect(outside.status).toBe(422);

    const dismissed = await gh.rest.pulls.dismissReview({
      owner,
      repo,
      pull_number: 9,
      review_id: review.data.id,
      message: 'gate passes now',
    });
    expect(dismissed.data.state).toBe('DISMISSED');
    const commented = await gh.rest.pulls.createReview({ owner, repo, pull_number: 9, event: 'COMMENT', body: 'fyi' });
    expect(
      (
        await failure(
          gh.rest.pulls.dismissReview({ owner, repo, pull_number: 9, review_id: commented.data.id, message: 'm' }),
        )
      ).status,
    ).toBe(422);

    fake.addToken('ghp_alice', { login: 'alice' });
    const own = await failure(
      client('ghp_alice').rest.pulls.createReview({ owner, repo, pull_number: 9, event: 'APPROVE' }),
    );
    expect(own).toMatchObject({ status: 422 });
    expect(own.message).toContain('Can not approve your own pull request');

    fake.addReview(REPO, 9, { user: 'bob', state: 'APPROVED' });
    const listed = await gh.paginate(gh.rest.pulls.listReviews, { owner, repo, pull_number: 9 });
    expect(listed.map((r) => [r.user?.login, r.state])).toEqual([
      ['github-actions[bot]', 'DISMISSED'],
      ['github-actions[bot]', 'COMMENTED'],
      ['bob', 'APPROVED'],
    ]);
    // Updating a review's body: its author only, and `body` is required.
    const updated = await gh.rest.pulls.updateReview({
      owner,
      repo,
      pull_number: 9,
      review_id: commented.data.id,
      body: 'superseded',
    });
    expect(updated.data.body).toBe('superseded');
    const bobs = fake.reviews(REPO, 9).find((r) => r.user.login === 'bob')!;
    expect(
      (await failure(gh.rest.pulls.updateReview({ owner, repo, pull_number: 9, review_id: bobs.id, body: 'x' })))
        .status,
    ).toBe(403);
    expect(
      (
        await failure(
          gh.request({
            method: 'PUT',
            url: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}',
            owner,
            repo,
            pull_number: 9,
            review_id: commented.data.id,
          }),
        )
      ).status,
    ).toBe(422);
    const commentId = fake.reviewComments(REPO, 9)[0]!.id;
    await gh.rest.pulls.deleteReviewComment({ owner, repo, comment_id: commentId });
    expect(await gh.paginate(gh.rest.pulls.listReviewComments, { owner, repo, pull_number: 9 })).toEqual([]);
  });

  it('reports collaborator permission and team membership', async () => {
    fake.setPermission(REPO, 'carol', 'maintain');
    const carol = await gh.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'carol' });
    expect(carol.data).toMatchObject({ permission: 'write', role_name: 'maintain', user: { login: 'carol' } });
    const stranger = await gh.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'stranger' });
    expect(stranger.data.permission).toBe('read'); // public repository
    fake.addTeamMember('acme', 'ml-audit', 'dave');
    const member = await gh.rest.teams.getMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'ml-audit',
      username: 'dave',
    });
    expect(member.data).toMatchObject({ state: 'active', role: 'member' });
    expect(
      (await failure(gh.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'ml-audit', username: 'erin' })))
        .status,
    ).toBe(404);
  });
});

describe('check runs and artifacts', () => {
  it('creates, updates and lists check runs; user tokens cannot', async () => {
    const sha = 'h'.repeat(40);
    const run = await gh.rest.checks.create({ owner, repo, name: 'mlgate', head_sha: sha, status: 'in_progress' });
    expect(run.data).toMatchObject({ status: 'in_progress', conclusion: null, pull_requests: [{ number: 7 }] });
    await gh.rest.checks.update({
      owner,
      repo,
      check_run_id: run.data.id,
      conclusion: 'failure',
      output: {
        title: 'fail',
        summary: 'accuracy dropped',
        annotations: [
          { path: 'models/report.yml', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'drop' },
        ],
      },
    });
    const listed = await gh.rest.checks.listForRef({ owner, repo, ref: sha });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.check_runs[0]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { annotations_count: 1 },
    });
    expect(fake.checkRuns(REPO)[0]?.annotations).toHaveLength(1);
    expect(
      (await failure(gh.rest.checks.create({ owner, repo, name: 'x', head_sha: sha, status: 'completed' }))).status,
    ).toBe(422);
    fake.addToken('ghp_user', { login: 'alice' });
    expect(
      (await failure(client('ghp_user').rest.checks.create({ owner, repo, name: 'x', head_sha: sha }))).status,
    ).toBe(403);
  });

  it('lists artifacts of a run and downloads the zip through the redirect', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    fake.addArtifact(REPO, 4242, 'mlgate-result', zip, { head_sha: 'h'.repeat(40) });
    fake.addArtifact(REPO, 4242, 'old', 'x', { expired: true });
    const list = await gh.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 4242 });
    expect(list.data.artifacts.map((a) => [a.name, a.expired])).toEqual([
      ['mlgate-result', false],
      ['old', true],
    ]);
    const id = list.data.artifacts[0]!.id;
    const dl = await gh.rest.actions.downloadArtifact({ owner, repo, artifact_id: id, archive_format: 'zip' });
    expect(Buffer.from(dl.data as ArrayBuffer)).toEqual(zip);
    const expired = await failure(
      gh.rest.actions.downloadArtifact({ owner, repo, artifact_id: list.data.artifacts[1]!.id, archive_format: 'zip' }),
    );
    expect(expired.status).toBe(410);
  });

  it("lists the repository's artifacts newest first with their run's head, and refuses a token without actions: read", async () => {
    const a = fake.addArtifact(REPO, 1, 'mlgate-baseline', 'x', { head_sha: 'a'.repeat(40) });
    const b = fake.addArtifact(REPO, 2, 'mlgate-baseline', 'y', {
      head_sha: 'b'.repeat(40),
      head_branch: 'dev',
      fork: true,
    });
    fake.addArtifact(REPO, 3, 'other', 'z');
    const list = await gh.rest.actions.listArtifactsForRepo({ owner, repo, name: 'mlgate-baseline', per_page: 1 });
    expect(list.data.total_count).toBe(2);
    expect(list.data.artifacts.map((x) => x.id)).toEqual([b.id]);
    expect(list.headers.link).toContain('page=2');
    expect(list.data.artifacts[0]!.workflow_run).toMatchObject({ head_branch: 'dev', head_sha: 'b'.repeat(40) });
    expect(list.data.artifacts[0]!.workflow_run!.head_repository_id).not.toBe(
      list.data.artifacts[0]!.workflow_run!.repository_id,
    );
    const page2 = await gh.rest.actions.listArtifactsForRepo({
      owner,
      repo,
      name: 'mlgate-baseline',
      per_page: 1,
      page: 2,
    });
    expect(page2.data.artifacts[0]).toMatchObject({ id: a.id, workflow_run: { head_branch: 'main' } });
    // The download redirects to the storage server on another port, which needs no token.
    const dl = await gh.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: a.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    expect(dl.status).toBe(302);
    const location = String(dl.headers.location);
    expect(location.startsWith(fake.storageUrl)).toBe(true);
    expect(Buffer.from(await (await fetch(location)).arrayBuffer()).toString()).toBe('x');
    expect(fake.storageRequests[0]!.headers.authorization).toBeUndefined();
    fake.setTokenActions('ghs_test', 'none');
    expect((await failure(gh.rest.actions.listArtifactsForRepo({ owner, repo }))).status).toBe(403);
    expect((await failure(gh.rest.actions.listArtifactsForRepo({ owner, repo }))).message).toContain(
      'Resource not accessible by integration',
    );
  });

  it('compares two commits of the graph it was given', async () => {
    const [c0, c1, c2, side] = ['0', '1', '2', '9'].map((d) => d.repeat(40)) as [string, string, string, string];
    fake.addCommits(REPO, [
      { sha: c0, parents: [] },
      { sha: c1, parents: [c0] },
      { sha: c2, parents: [c1] },
      { sha: side, parents: [c0] },
    ]);
    const cmp = (basehead: string) =>
      gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead });
    expect((await cmp(`${c0}...${c2}`)).data).toMatchObject({
      status: 'ahead',
      ahead_by: 2,
      behind_by: 0,
      total_commits: 2,
    });
    expect((await cmp(`${c0}...${c2}`)).data.commits.map((c: { sha: string }) => c.sha)).toEqual([c1, c2]);
    expect((await cmp(`${c2}...${c0}`)).data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2 });
    expect((await cmp(`${c2}...${side}`)).data).toMatchObject({
      status: 'diverged',
      ahead_by: 1,
      behind_by: 2,
      merge_base_commit: { sha: c0 },
    });
    expect((await cmp(`${c1}...${c1}`)).data.status).toBe('identical');
    expect((await failure(cmp(`${c1}...${'f'.repeat(40)}`))).status).toBe(404);
  });
});
