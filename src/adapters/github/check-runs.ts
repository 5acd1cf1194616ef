/**
 * The `mlgate` check run on a commit: how the fork-PR publish workflow puts the verdict on the PR's head SHA
 * (its own job runs on the default branch, so its status would not show on the PR).
 */
import type { Verdict } from '../../kernel/result-types.js';
import { clipText, escapeLog } from '../../kernel/escape.js';
import type { GitHubClient } from './client.js';

export interface CheckRunInput {
  /** Default `mlgate`; `mlgate (<comment-key>)` for runs with their own comment key. */
  name?: string;
  owner: string;
  repo: string;
  head_sha: string;
  verdict: Verdict;
  /** The action's `fail-on`: what the check blocks, like the step's status (see conclusionOf). */
  failOn: 'fail' | 'warn' | 'never';
  /** One line: the verdict's main reason (untrusted text: it is clipped and goes into a plain-text title). */
  reason: string;
  /** Markdown, already escaped and fitted by the renderer. */
  summary: string;
  details_url?: string;
}

export const CHECK_NAME = 'mlgate';
/** GitHub refuses check-run summaries over 65,535 characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/**
 * The check's conclusion follows `fail-on` as the step's status does: `failure` blocks a required check, so with
 * `fail-on: never` (advisory) a failing verdict is `neutral`, and a warning is `failure` only with `fail-on: warn`.
 */
export function conclusionOf(verdict: Verdict, failOn: CheckRunInput['failOn']): 'success' | 'neutral' | 'failure' {
  if (verdict === 'pass') return 'success';
  if (failOn === 'never') return 'neutral';
  return verdict === 'fail' || failOn === 'warn' ? 'failure' : 'neutral';
}

/** The check's name: `mlgate`, or `mlgate (<comment-key>)` for a gate with its own comment key. */
export function checkName(commentKey: string): string {
  return commentKey === 'default' ? CHECK_NAME : `${CHECK_NAME} (${commentKey})`;
}

/**
 * Creates a completed check run; returns its URL. Retried like any request on 5xx: GitHub shows the newest run of a
 * name on a commit, so a duplicate from a lost answer carries the same verdict and changes nothing.
 */
export async function createCheckRun(client: GitHubClient, c: CheckRunInput): Promise<string> {
  const { data } = await client.rest.checks.create({
    owner: c.owner,
    repo: c.repo,
    name: c.name ?? CHECK_NAME,
    head_sha: c.head_sha,
    status: 'completed',
    conclusion: conclusionOf(c.verdict, c.failOn),
    ...(c.details_url ? { details_url: c.details_url } : {}),
    output: {
      title: clipText(`mlgate: ${c.verdict} — ${escapeLog(c.reason, 200)}`, 200),
      summary: clipText(c.summary, CHECK_SUMMARY_LIMIT),
    },
  });
  return data.html_url ?? data.url;
}
