// Public input types of the fake GitHub server and the in-memory records behind it.
// Records are internal: the API and the getters expose GitHub-shaped JSON (see serialize.ts).

export type UserType = 'User' | 'Bot' | 'Organization';
/** A login, or a login with its type; bare logins ending in `[bot]` are Bots. */
export type UserInput = string | { login: string; type?: UserType };
export interface UserRec {
  login: string;
  type: UserType;
  id: number;
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface TokenInfo {
  login: string;
  type?: UserType;
  readOnly?: boolean;
  /**
   * The job token's `actions` permission: `none` (a workflow whose `permissions:` omits it) gets 403 `Resource
   * not accessible by integration` on every `/repos/{o}/{r}/actions/…` endpoint. Default `read`.
   */
  actions?: 'read' | 'none';
}

export interface PullFileInput {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions?: number;
  deletions?: number;
  /** Unified diff of the file; when set, review comments must target lines of this diff (like GitHub). */
  patch?: string;
  previous_filename?: string;
}

export interface PullInput {
  number: number;
  head_sha: string;
  base_sha: string;
  user?: UserInput;
  title?: string;
  body?: string | null;
  head_ref?: string;
  base_ref?: string;
  /** 'owner/name' of the fork the PR comes from; absent = same repository. */
  head_repo?: string;
  state?: 'open' | 'closed';
  merged?: boolean;
  draft?: boolean;
  files?: Array<string | PullFileInput>;
}

export interface CommentInput {
  user: UserInput;
  body: string;
  created_at?: string;
  updated_at?: string;
}
export interface ReviewInput {
  user: UserInput;
  state: ReviewState;
  commit_id?: string;
  body?: string;
  submitted_at?: string;
}

export interface IssueRec {
  number: number;
  title: string;
  user: UserRec;
  body: string | null;
  isPull: boolean;
  created_at: string;
  /** Plain issues only (a PR's state is its pull's). */
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened' | null;
  labels?: string[];
  updated_at?: string;
  closed_at?: string | null;
}

export interface IssueInput {
  title?: string;
  body?: string | null;
  user?: UserInput;
  state?: 'open' | 'closed';
  labels?: string[];
}

export interface CommitRec {
  sha: string;
  parents: string[];
}

export interface PullRec {
  number: number;
  id: number;
  title: string;
  user: UserRec;
  body: string | null;
  head_sha: string;
  base_sha: string;
  head_ref: string;
  base_ref: string;
  head_repo: string | null;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  files: PullFileInput[];
  created_at: string;
  updated_at: string;
}

export interface CommentRec {
  id: number;
  issue: number;
  user: UserRec;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface ReviewRec {
  id: number;
  pull: number;
  user: UserRec;
  body: string;
  state: ReviewState;
  commit_id: string;
  submitted_at: string | null;
}

export interface ReviewCommentRec {
  id: number;
  pull: number;
  review_id: number | null;
  user: UserRec;
  path: string;
  line: number | null;
  side: 'LEFT' | 'RIGHT';
  start_line: number | null;
  body: string;
  commit_id: string;
  created_at: string;
  updated_at: string;
}

export interface AnnotationRec {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
}

export interface CheckRunRec {
  id: number;
  name: string;
  head_sha: string;
  app: UserRec;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  external_id: string | null;
  started_at: string;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: AnnotationRec[];
}

export interface ArtifactRec {
  id: number;
  run_id: number;
  name: string;
  bytes: Buffer;
  expired: boolean;
  head_sha: string | null;
  /** The branch of the run that uploaded it (`workflow_run.head_branch`). */
  head_branch: string | null;
  /** Uploaded by a run of a fork's PR: `workflow_run.head_repository_id` is another repository's. */
  fork: boolean;
  created_at: string;
}

export interface RepoRec {
  id: number;
  owner: UserRec;
  name: string;
  full_name: string;
  private: boolean;
  default_branch: string;
  issues: Map<number, IssueRec>;
  pulls: Map<number, PullRec>;
  comments: Map<number, CommentRec>;
  /** Keyed by `${ref}\0${path}`. */
  files: Map<string, Buffer>;
  reviews: Map<number, ReviewRec>;
  reviewComments: Map<number, ReviewCommentRec>;
  permissions: Map<string, Permission>;
  /** Custom repository roles by login: the role's name; `permissions` holds the base role it inherits. */
  customRoles: Map<string, string>;
  checkRuns: Map<number, CheckRunRec>;
  artifacts: Map<number, ArtifactRec>;
  /** The commit graph, for the compare endpoint (keyed by full SHA). */
  commits: Map<string, CommitRec>;
}
