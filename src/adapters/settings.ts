/**
 * The action's inputs as one typed settings object (the pattern of actions/checkout's input-helper), validated
 * once, so the rest of the code never calls getInput. Every input is described in action.yml.
 */
import { InputError } from '../kernel/errors.js';

export type CommentMode = 'comment' | 'review' | 'none';
export type FailOn = 'fail' | 'warn' | 'never';
export type ActionMode = 'gate' | 'aggregate' | 'publish' | 'audit' | 'record';
export type BaselineMode = 'auto' | 'git' | 'artifact' | 'file';

/** The artifact name recorded bundles are uploaded under and looked up by (input `baseline-artifact`). */
export const DEFAULT_ARTIFACT = 'mlgate-baseline';

export interface Settings {
  token: string;
  /** Report paths or globs; empty: the config's `reports`. */
  reports: string[];
  configPath: string;
  /**
   * Whose policy applies: `base` (default) reads the config at the PR's base commit, so a PR cannot loosen the
   * gate that judges it; `head` trusts the PR's own config (for repositories where only trusted people open PRs).
   */
  configFrom: 'base' | 'head';
  /** Compare with this commit instead of the PR's base. */
  baseSha: string | null;
  commentMode: CommentMode;
  /** `request-changes`: also submit a REQUEST_CHANGES review while the gate fails. */
  review: 'off' | 'request-changes';
  failOn: FailOn;
  /** Login that posts the comment (github-actions[bot] for GITHUB_TOKEN). */
  commentAuthor: string;
  /**
   * Which mlgate comment (and check run) this run owns: workflows that gate different models of one PR use
   * different keys and get one comment each; `default` otherwise.
   */
  commentKey: string;
  mode: ActionMode;
  /** aggregate mode: result JSON files or globs. */
  results: string[];
  /** Per-attempt timeout of GitHub API calls. */
  apiTimeoutMs: number;
  /** Where a PR's baseline comes from (docs/baselines.md). */
  baseline: BaselineMode;
  /** The name `mode: record` runs upload their bundle under and gate runs look for. */
  baselineArtifact: string;
  /** `baseline: file`: the reports of this job to compare with. */
  baseReports: string[];
}

export type GetInput = (name: string) => string;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`expected one of ${allowed.join(', ')}, got "${value.slice(0, 40)}"`, {
    field: `input ${name}`,
  });
}

function list(value: string): string[] {
  return value
    .split(/\r?\n|,/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function commentKey(value: string): string {
  if (value === '') return 'default';
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(value)) {
    throw new InputError('expected letters, digits, ".", "_" or "-" (at most 40)', { field: 'input comment-key' });
  }
  return value;
}

/** An artifact name as upload-artifact accepts it, and safe to show in the comment's small print. */
function artifactName(value: string): string {
  if (value === '') return DEFAULT_ARTIFACT;
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(value))
    throw new InputError('expected letters, digits, ".", "_" or "-" (at most 100)', {
      field: 'input baseline-artifact',
    });
  return value;
}

export function readSettings(getInput: GetInput): Settings {
  const timeout = getInput('api-timeout-ms');
  const apiTimeoutMs = timeout === '' ? 15_000 : Number(timeout);
  if (!Number.isInteger(apiTimeoutMs) || apiTimeoutMs < 100) {
    throw new InputError('expected a whole number of milliseconds (at least 100)', { field: 'input api-timeout-ms' });
  }
  const baseSha = getInput('base-sha');
  if (baseSha !== '' && !/^[0-9a-f]{7,64}$/i.test(baseSha)) {
    throw new InputError('expected a commit SHA', { field: 'input base-sha' });
  }
  return {
    token: getInput('github-token'),
    reports: list(getInput('report')),
    configPath: getInput('config') || '.github/mlgate.yml',
    configFrom: oneOf('config-from', getInput('config-from'), ['base', 'head'] as const, 'base'),
    baseSha: baseSha || null,
    commentMode: oneOf('comment-mode', getInput('comment-mode'), ['comment', 'review', 'none'] as const, 'comment'),
    review: oneOf('review', getInput('review'), ['off', 'request-changes'] as const, 'off'),
    failOn: oneOf('fail-on', getInput('fail-on'), ['fail', 'warn', 'never'] as const, 'fail'),
    commentAuthor: getInput('comment-author') || 'github-actions[bot]',
    commentKey: commentKey(getInput('comment-key')),
    mode: oneOf('mode', getInput('mode'), ['gate', 'aggregate', 'publish', 'audit', 'record'] as const, 'gate'),
    results: list(getInput('results')),
    apiTimeoutMs,
    baseline: oneOf('baseline', getInput('baseline'), ['auto', 'git', 'artifact', 'file'] as const, 'auto'),
    baselineArtifact: artifactName(getInput('baseline-artifact')),
    baseReports: list(getInput('base-report')),
  };
}
