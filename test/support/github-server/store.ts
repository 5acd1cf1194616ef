// In-memory state of the fake. Every mutation is synchronous, so concurrent requests see a
// consistent state and ids only ever grow (one counter for the whole fake, like GitHub's global ids).
import type { IssueRec, PullInput, PullRec, RepoRec, UserInput, UserRec } from './types.js';

/** GitHub's timestamp format: ISO 8601 without milliseconds. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class Store {
  private lastId = 1000;
  private readonly users = new Map<string, UserRec>();
  readonly repos = new Map<string, RepoRec>();
  /** Keyed by `${org}/${slug}`, value: login -> role. */
  readonly teams = new Map<string, Map<string, 'member' | 'maintainer'>>();
  /** Base URL of the running server, used for the `url` fields. Set once it listens. */
  apiUrl = 'http://127.0.0.1';
  /** Base URL of the storage server that artifact downloads redirect to (another port, like another host). */
  storageUrl = 'http://127.0.0.1';
  /** Entries above which a recursive tree listing is truncated (GitHub: 100,000 entries or 7 MB). */
  treeLimit = 100_000;
  /**
   * Whether `GET /commits/{sha}/pulls` lists PRs from forks. The docs describe it as the PRs "associated with" the
   * commit; users report that it answers `[]` for a fork PR's head commit (the commit lives in the fork), which
   * `forkCommitPulls: 'empty'` reproduces.
   */
  forkCommitPulls: 'listed' | 'empty' = 'listed';

  constructor(private readonly clock: () => Date = () => new Date()) {}

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  now(): string {
    return isoSeconds(this.clock());
  }

  /** Same login -> same user record (stable id), so `user.id` is consistent across responses. */
  user(input: UserInput): UserRec {
    const login = typeof input === 'string' ? input : input.login;
    const known = this.users.get(login.toLowerCase());
    if (known) {
      if (typeof input !== 'string' && input.type) known.type = input.type;
      return known;
    }
    const type = typeof input !== 'string' && input.type ? input.type : login.endsWith('[bot]') ? 'Bot' : 'User';
    const rec: UserRec = { login, type, id: this.nextId() };
    this.users.set(login.toLowerCase(), rec);
    return rec;
  }

  repo(fullName: string): RepoRec | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  ensureRepo(fullName: string, opts: { private?: boolean; default_branch?: string } = {}): RepoRec {
    const existing = this.repo(fullName);
    if (existing) return existing;
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length > 0) throw new Error(`repository must be "owner/name", got "${fullName}"`);
    const rec: RepoRec = {
      id: this.nextId(),
      owner: this.user(owner),
      name,
      full_name: `${owner}/${name}`,
      private: opts.private ?? false,
      default_branch: opts.default_branch ?? 'main',
      issues: new Map(),
      pulls: new Map(),
      comments: new Map(),
      files: new Map(),
      reviews: new Map(),
      reviewComments: new Map(),
      permissions: new Map(),
      customRoles: new Map(),
      checkRuns: new Map(),
      artifacts: new Map(),
      commits: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), rec);
    return rec;
  }

  /** Registers an issue number (pull requests are issues too) so comments can be posted on it. */
  ensureIssue(repo: RepoRec, number: number, user: UserInput = 'octocat'): IssueRec {
    const existing = repo.issues.get(number);
    if (existing) return existing;
    const rec: IssueRec = {
      number,
      title: `Issue ${number}`,
      user: this.user(user),
      body: null,
      isPull: false,
      created_at: this.now(),
      state: 'open',
      state_reason: null,
      labels: [],
      updated_at: this.now(),
      closed_at: null,
    };
    repo.issues.set(number, rec);
    return rec;
  }

  /** Issues and PRs share one number sequence per repository, as on GitHub. */
  nextIssueNumber(repo: RepoRec): number {
    return Math.max(0, ...repo.issues.keys()) + 1;
  }

  addPull(repo: RepoRec, input: PullInput): PullRec {
    if (repo.pulls.has(input.number)) throw new Error(`pull #${input.number} already exists in ${repo.full_name}`);
    const user = this.user(input.user ?? 'octocat');
    const now = this.now();
    const rec: PullRec = {
      number: input.number,
      id: this.nextId(),
      title: input.title ?? `PR ${input.number}`,
      user,
      body: input.body ?? null,
      head_sha: input.head_sha,
      base_sha: input.base_sha,
      head_ref: input.head_ref ?? `feature-${input.number}`,
      base_ref: input.base_ref ?? repo.default_branch,
      head_repo: input.head_repo ?? null,
      state: input.state ?? 'open',
      merged: input.merged ?? false,
      draft: input.draft ?? false,
      files: (input.files ?? []).map((f) => (typeof f === 'string' ? { filename: f } : { ...f })),
      created_at: now,
      updated_at: now,
    };
    repo.pulls.set(rec.number, rec);
    repo.issues.set(rec.number, {
      number: rec.number,
      title: rec.title,
      user,
      body: rec.body,
      isPull: true,
      created_at: now,
    });
    return rec;
  }
}
