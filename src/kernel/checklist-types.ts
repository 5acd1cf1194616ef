/**
 * What the checklist needs besides the report: facts the adapter gathered from the workspace and from GitHub.
 * `null` always means "not known here" (e.g. the CLI has no PR, no reviews, no waivers): the items that need it
 * are reported as `not_checked`, never as passing.
 */

/** A reviewer's latest effective review on the PR (GitHub's rule: the last APPROVED / CHANGES_REQUESTED / DISMISSED). */
export interface ReviewFact {
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED';
  /** Member of `checklist.independent_review.team`; null when no team is configured or membership is unknown. */
  team_member: boolean | null;
  /** Write access to the repository (GitHub counts only such approvals); null when it could not be read. */
  can_write?: boolean | null;
}

/** A waiver that the adapter has already checked (the commenter may waive; the item exists). */
export interface WaiverFact {
  item: string;
  by: string;
  reason: string;
  comment_id: number;
  comment_url?: string;
}

export interface ChecklistFacts {
  /** Workspace-relative paths that were asked about (model card, lock file, custom `file_exists`) -> is a file. */
  files: Record<string, boolean>;
  /**
   * The model card's markdown headings, when the card exists, and each heading's body length in words (up to the
   * next heading of the same or a higher level; code blocks and HTML comments do not count).
   */
  model_card: { path: string; headings: string[]; sections?: CardSection[] } | null;
  /** sha256 (hex) of files that were hashed (the lock file when the report records `lock_sha256`). */
  sha256?: Record<string, string>;
  /** Whether `lifecycle.reproducibility.code_commit` is in the history of the commit under test; absent: not asked. */
  code_commit?: CodeCommitFact;
  /** Files changed by the PR (workspace-relative); null outside a PR or when unknown. */
  changed_files: string[] | null;
  /** The PR's description (for `- [x] <id>` checkboxes); null outside a PR. */
  pr_body: string | null;
  /** The PR's author; null outside a PR. */
  author: string | null;
  /** Latest effective review per reviewer; null when reviews were not read (CLI, no token). */
  reviews: ReviewFact[] | null;
  /** Accepted waivers in comment order (the latest waiver of an item wins); null when not read. */
  waivers: WaiverFact[] | null;
  /** Distinct training sizes in the learning curve's CSV when the report points to a file; null when not counted. */
  learning_curve_points: number | null;
}

export interface CardSection {
  heading: string;
  words: number;
}

/**
 * `ancestor`: the commit is the head or one of its ancestors; `not_ancestor`: it exists but is not in the head's
 * history; `missing`: no such commit in the repository; `unknown`: it could not be told (`reason` says why).
 */
export interface CodeCommitFact {
  commit: string;
  head: string | null;
  status: 'ancestor' | 'not_ancestor' | 'missing' | 'unknown';
  via: 'git' | 'api' | null;
  reason?: string;
}

/** What one check concluded, before severity and waivers are applied. */
export interface Outcome {
  /** `fail` is mapped by the item's level (required -> fail, recommended -> warn); `warn` stays a warning. */
  status: 'pass' | 'fail' | 'warn' | 'not_checked';
  evidence: string | null;
  /** One line: how to make the item pass. */
  fix: string | null;
  /** JSON pointer into the report where the evidence is (or should be), for annotations and inline comments. */
  pointer?: string;
}

export const pass = (evidence: string, pointer?: string): Outcome => ({
  status: 'pass',
  evidence,
  fix: null,
  ...(pointer ? { pointer } : {}),
});
export const fail = (evidence: string | null, fix: string, pointer?: string): Outcome => ({
  status: 'fail',
  evidence,
  fix,
  ...(pointer ? { pointer } : {}),
});
export const notChecked = (evidence: string): Outcome => ({ status: 'not_checked', evidence, fix: null });
