// startGitHubServer(): a local HTTP server on 127.0.0.1 behaving like the GitHub REST API for the
// endpoints mlgate uses. FakeGitHub = the running server + state helpers + getters + fault injection.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Tokens } from './auth.js';
import { dispatch, type LoggedRequest } from './dispatch.js';
import { FaultQueue, type FaultRule, type InjectedFault } from './faults.js';
import { registerAccess } from './handlers/access.js';
import { registerArtifacts } from './handlers/artifacts.js';
import { registerChecks } from './handlers/checks.js';
import { fileKey, registerContents } from './handlers/contents.js';
import { registerIssueComments } from './handlers/issue-comments.js';
import { registerIssues } from './handlers/issues.js';
import { registerCommits } from './handlers/commits.js';
import { reactionsOf, registerReactions } from './handlers/reactions.js';
import { registerPulls } from './handlers/pulls.js';
import { registerReviews } from './handlers/reviews.js';
import { Router } from './router.js';
import * as J from './serialize.js';
import { Store } from './store.js';
import type {
  AnnotationRec,
  CommentInput,
  IssueInput,
  Permission,
  PullInput,
  PullRec,
  RepoRec,
  ReviewCommentRec,
  ReviewInput,
  TokenInfo,
  UserInput,
} from './types.js';

export interface StartOptions {
  /** Clock for created_at/updated_at (default: real time). */
  now?: () => Date;
  /** Latency applied to every request, ms (also settable later via `fake.latencyMs`). */
  latencyMs?: number;
  /** Skip the default token 'ghs_test' -> github-actions[bot]. */
  noDefaultToken?: boolean;
}

export const DEFAULT_TOKEN = 'ghs_test';
export const DEFAULT_BOT = 'github-actions[bot]';

function buildRouter(): Router {
  const r = new Router();
  // Order matters only where patterns overlap: fixed segments are registered before `:param` ones.
  registerIssueComments(r);
  registerIssues(r);
  registerCommits(r);
  registerReactions(r);
  registerReviews(r);
  registerPulls(r);
  registerContents(r);
  registerAccess(r);
  registerChecks(r);
  registerArtifacts(r);
  return r;
}

export class FakeGitHub {
  /** Base URL: use as GITHUB_API_URL or Octokit's baseUrl. */
  readonly url: string;
  /** Every request received, in arrival order. */
  readonly requests: LoggedRequest[] = [];
  /** Base URL of the storage server (another port) that artifact downloads redirect to. */
  storageUrl = '';
  /** Requests to the storage server, with their headers (an Authorization header there would be a leak). */
  readonly storageRequests: Array<{ path: string; headers: IncomingHttpHeaders; status: number; time: number }> = [];
  private storage: Server | null = null;
  /** Latency added to every request, ms. */
  latencyMs = 0;
  private readonly faults = new FaultQueue();
  private readonly tokens: Tokens;
  private readonly hanging = new Set<ServerResponse>();
  private closed = false;

  constructor(
    private readonly server: Server,
    private readonly store: Store,
  ) {
    const { port } = server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    store.apiUrl = this.url;
    this.tokens = new Tokens(store);
  }

  /** @internal wires the HTTP server to this fake. */
  attach(router: Router): void {
    const counters = { requests: 0 };
    this.server.on('request', (req, res) => {
      void dispatch(
        {
          store: this.store,
          tokens: this.tokens,
          faults: this.faults,
          router,
          requests: this.requests,
          latencyMs: () => this.latencyMs,
          isClosed: () => this.closed,
          hanging: this.hanging,
          counters,
        },
        req,
        res,
      );
    });
  }

  /** @internal the storage host: `GET /artifacts/<repo>/<id>?sig=…` serves the artifact's bytes, no token. */
  attachStorage(server: Server): void {
    this.storage = server;
    this.storageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.store.storageUrl = this.storageUrl;
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://storage.invalid');
      const m = /^\/artifacts\/([^/]+)\/(\d+)$/.exec(url.pathname);
      const a =
        m && url.searchParams.get('sig')
          ? this.store.repo(decodeURIComponent(m[1]!))?.artifacts.get(Number(m[2]))
          : undefined;
      const log = { path: url.pathname, headers: req.headers, status: a ? 200 : 404, time: Date.now() };
      this.storageRequests.push(log);
      const answer = () => {
        if (!a)
          res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>BlobNotFound</Code></Error>');
        else
          res
            .writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.bytes.length) })
            .end(a.bytes);
      };
      if (this.latencyMs > 0) setTimeout(answer, this.latencyMs);
      else answer();
    });
  }

  // ---- tokens ----
  addToken(token: string, info: TokenInfo): void {
    this.tokens.add(token, info);
  }
  setTokenReadOnly(token: string, readOnly = true): void {
    this.tokens.setReadOnly(token, readOnly);
  }
  /** `none`: the token gets 403 on `/repos/{o}/{r}/actions/…`, as a job token whose workflow omits `actions: read`. */
  setTokenActions(token: string, actions: 'read' | 'none'): void {
    this.tokens.setActions(token, actions);
  }

  // ---- state ----
  addRepo(fullName: string, opts: { private?: boolean; default_branch?: string } = {}): void {
    this.store.ensureRepo(fullName, opts);
  }
  addIssue(repo: string, number: number, user: UserInput = 'octocat', input: IssueInput = {}): void {
    const rec = this.store.ensureIssue(this.store.ensureRepo(repo), number, input.user ?? user);
    if (input.title !== undefined) rec.title = input.title;
    if (input.body !== undefined) rec.body = input.body;
    if (input.labels) rec.labels = [...input.labels];
    if (input.state === 'closed')
      Object.assign(rec, { state: 'closed', state_reason: 'completed', closed_at: rec.created_at });
  }
  /** An issue with the next free number; returns its number. */
  createIssue(repo: string, input: IssueInput = {}): number {
    const r = this.store.ensureRepo(repo);
    const number = this.store.nextIssueNumber(r);
    this.addIssue(repo, number, input.user ?? 'octocat', input);
    return number;
  }
  /** A commit of the repository's history (for the compare endpoint); parents must be added first. */
  addCommit(repo: string, sha: string, parents: string[] = []): void {
    const r = this.store.ensureRepo(repo);
    for (const p of parents) if (!r.commits.has(p)) throw new Error(`parent ${p} of ${sha} is not a commit of ${repo}`);
    r.commits.set(sha.toLowerCase(), { sha: sha.toLowerCase(), parents: parents.map((p) => p.toLowerCase()) });
  }
  /** Adds a PR (also an issue, so it can be commented on). The repo is created when missing. */
  addPull(repo: string, input: PullInput): ReturnType<typeof J.pullJson> {
    const r = this.store.ensureRepo(repo);
    return J.pullJson(this.store, r, this.store.addPull(r, input));
  }
  /** Changes a PR, e.g. a new `head_sha` after a push, or closes it. */
  updatePull(
    repo: string,
    number: number,
    patch: Partial<Pick<PullRec, 'head_sha' | 'base_sha' | 'body' | 'title' | 'state' | 'merged'>>,
  ): void {
    const p = this.mustRepo(repo).pulls.get(number);
    if (!p) throw new Error(`no pull #${number} in ${repo}`);
    Object.assign(p, patch, { updated_at: this.store.now() });
  }
  /** Adds an issue comment as `user`; the issue is registered when missing. Returns the comment JSON. */
  addComment(repo: string, issue: number, input: CommentInput): ReturnType<typeof J.issueCommentJson> {
    const r = this.store.ensureRepo(repo);
    this.store.ensureIssue(r, issue);
    const created = input.created_at ?? this.store.now();
    const rec = {
      id: this.store.nextId(),
      issue,
      user: this.store.user(input.user),
      body: input.body,
      created_at: created,
      updated_at: input.updated_at ?? created,
    };
    r.comments.set(rec.id, rec);
    return J.issueCommentJson(this.store, r, rec);
  }
  /** Stores a file at a ref (a SHA or a branch name, matched literally against `?ref=`). */
  setFile(repo: string, ref: string, path: string, content: string | Uint8Array): void {
    this.store.ensureRepo(repo).files.set(fileKey(ref, path), Buffer.from(content));
  }
  /** Recursive tree listings longer than this come back `truncated`. */
  setTreeLimit(entries: number): void {
    this.store.treeLimit = entries;
  }
  addReview(repo: string, pull: number, input: ReviewInput): ReturnType<typeof J.reviewJson> {
    const r = this.mustRepo(repo);
    const p = r.pulls.get(pull);
    if (!p) throw new Error(`no pull #${pull} in ${repo}`);
    const rec = {
      id: this.store.nextId(),
      pull,
      user: this.store.user(input.user),
      body: input.body ?? '',
      state: input.state,
      commit_id: input.commit_id ?? p.head_sha,
      submitted_at: input.state === 'PENDING' ? null : (input.submitted_at ?? this.store.now()),
    };
    r.reviews.set(rec.id, rec);
    return J.reviewJson(this.store, r, rec);
  }
  /** A standalone review comment (not part of a review), e.g. a leftover from an earlier run. */
  addReviewComment(
    repo: string,
    pull: number,
    input: { user: UserInput; path: string; line: number; body: string; side?: 'LEFT' | 'RIGHT' },
  ): ReturnType<typeof J.reviewCommentJson> {
    const r = this.mustRepo(repo);
    const p = r.pulls.get(pull);
    if (!p) throw new Error(`no pull #${pull} in ${repo}`);
    const now = this.store.now();
    const rec: ReviewCommentRec = {
      id: this.store.nextId(),
      pull,
      review_id: null,
      user: this.store.user(input.user),
      path: input.path,
      line: input.line,
      side: input.side ?? 'RIGHT',
      start_line: null,
      body: input.body,
      commit_id: p.head_sha,
      created_at: now,
      updated_at: now,
    };
    r.reviewComments.set(rec.id, rec);
    return J.reviewCommentJson(this.store, r, rec);
  }
  /** `empty`: `GET /commits/{sha}/pulls` leaves out fork PRs, as users report GitHub does (see Store). */
  setForkCommitPulls(mode: 'listed' | 'empty'): void {
    this.store.forkCommitPulls = mode;
  }
  setPermission(repo: string, login: string, permission: Permission): void {
    const r = this.store.ensureRepo(repo);
    r.permissions.set(login.toLowerCase(), permission);
    r.customRoles.delete(login.toLowerCase());
  }
  /**
   * A custom repository role (organisations on GitHub Enterprise Cloud): it inherits one of the base roles read,
   * triage, write or maintain, and the permission API answers its own name in `role_name`.
   */
  setCustomRole(repo: string, login: string, roleName: string, base: 'read' | 'triage' | 'write' | 'maintain'): void {
    const r = this.store.ensureRepo(repo);
    r.permissions.set(login.toLowerCase(), base);
    r.customRoles.set(login.toLowerCase(), roleName);
  }
  addTeamMember(org: string, slug: string, login: string, role: 'member' | 'maintainer' = 'member'): void {
    const key = `${org}/${slug}`.toLowerCase();
    const team = this.store.teams.get(key) ?? new Map<string, 'member' | 'maintainer'>();
    team.set(login.toLowerCase(), role);
    this.store.teams.set(key, team);
  }
  addArtifact(
    repo: string,
    runId: number,
    name: string,
    bytes: Uint8Array | string,
    opts: { expired?: boolean; head_sha?: string; head_branch?: string; fork?: boolean; created_at?: string } = {},
  ): ReturnType<typeof J.artifactJson> {
    const r = this.store.ensureRepo(repo);
    const rec = {
      id: this.store.nextId(),
      run_id: runId,
      name,
      bytes: Buffer.from(bytes),
      expired: opts.expired ?? false,
      head_sha: opts.head_sha ?? null,
      head_branch: opts.head_branch ?? r.default_branch,
      fork: opts.fork ?? false,
      created_at: opts.created_at ?? this.store.now(),
    };
    r.artifacts.set(rec.id, rec);
    return J.artifactJson(this.store, r, rec);
  }

  /** Commits for the compare API, each with its parents (a parent must be added before or with its child). */
  addCommits(repo: string, commits: Array<{ sha: string; parents: string[] }>): void {
    const r = this.store.ensureRepo(repo);
    for (const c of commits)
      r.commits.set(c.sha.toLowerCase(), { sha: c.sha.toLowerCase(), parents: c.parents.map((p) => p.toLowerCase()) });
  }

  // ---- getters (fresh GitHub-shaped copies, ascending by id) ----
  /** Reactions on an issue or PR, ascending by id: `{ id, user, content, created_at }`. */
  reactions(repo: string, issue: number): Array<{ id: number; user: string; content: string; created_at: string }> {
    return [...reactionsOf(this.mustRepo(repo)).values()]
      .filter((r) => r.issue === issue)
      .sort((a, b) => a.id - b.id)
      .map((r) => ({ id: r.id, user: r.user.login, content: r.content, created_at: r.created_at }));
  }
  comments(repo: string, issue: number): Array<ReturnType<typeof J.issueCommentJson>> {
    const r = this.mustRepo(repo);
    return [...r.comments.values()]
      .filter((c) => c.issue === issue)
      .sort((a, b) => a.id - b.id)
      .map((c) => J.issueCommentJson(this.store, r, c));
  }
  reviews(repo: string, pull: number): Array<ReturnType<typeof J.reviewJson>> {
    const r = this.mustRepo(repo);
    return [...r.reviews.values()]
      .filter((v) => v.pull === pull)
      .sort((a, b) => a.id - b.id)
      .map((v) => J.reviewJson(this.store, r, v));
  }
  reviewComments(repo: string, pull: number): Array<ReturnType<typeof J.reviewCommentJson>> {
    const r = this.mustRepo(repo);
    return [...r.reviewComments.values()]
      .filter((c) => c.pull === pull)
      .sort((a, b) => a.id - b.id)
      .map((c) => J.reviewCommentJson(this.store, r, c));
  }
  /** All check runs of the repo, with their accumulated `annotations`. */
  checkRuns(repo: string): Array<ReturnType<typeof J.checkRunJson> & { annotations: AnnotationRec[] }> {
    const r = this.mustRepo(repo);
    return [...r.checkRuns.values()]
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ ...J.checkRunJson(this.store, r, c), annotations: c.annotations.map((a) => ({ ...a })) }));
  }
  /** Plain issues (not PRs), ascending by number. */
  issues(repo: string): Array<ReturnType<typeof J.issueJson>> {
    const r = this.mustRepo(repo);
    return [...r.issues.values()]
      .filter((i) => !i.isPull)
      .sort((a, b) => a.number - b.number)
      .map((i) => J.issueJson(this.store, r, i));
  }
  pull(repo: string, number: number): ReturnType<typeof J.pullJson> | undefined {
    const r = this.mustRepo(repo);
    const p = r.pulls.get(number);
    return p ? J.pullJson(this.store, r, p) : undefined;
  }

  // ---- faults and log ----
  /** Adds a fault rule (see FaultRule); rules are tried in the order added. */
  inject(rule: FaultRule): InjectedFault {
    return this.faults.add(rule);
  }
  clearFaults(): void {
    this.faults.clear();
  }
  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Stops the server; hanging and keep-alive connections are cut. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    for (const s of [this.server, this.storage]) {
      if (!s) continue;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    }
  }

  private mustRepo(repo: string): RepoRec {
    const r = this.store.repo(repo);
    if (!r) throw new Error(`unknown repo ${repo}: call addRepo first`);
    return r;
  }
}

async function listen(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return server;
}

export async function startGitHubServer(opts: StartOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHub(await listen(), new Store(opts.now));
  fake.attach(buildRouter());
  fake.attachStorage(await listen());
  fake.latencyMs = opts.latencyMs ?? 0;
  if (!opts.noDefaultToken) fake.addToken(DEFAULT_TOKEN, { login: DEFAULT_BOT, type: 'Bot' });
  return fake;
}
