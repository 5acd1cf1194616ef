/**
 * The `mlgate` check run on a commit: how the fork-PR publish workflow puts the verdict on the PR's head SHA
 * (its own job runs on the default branch, so its status would not show on the PR).
 */
import type { Verdict } from '../../kernel/result-types.js';
import { clipText, escapeLog } from '../../kernel/escape.js';
import { sleepOf, statusOf, type GitHubClient } from './client.js';

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
 * Creates a completed check run; returns its URL. Retried once on 5xx, after a second (the client's backoff of
 * 1 + 4 + 9 s stretched the job by 14 s for a side effect): GitHub shows the newest run of a name on a commit, so
 * a duplicate from a lost answer carries the same verdict and changes nothing. On pull_request events the job's
 * own status is on the head commit too.
 */
export async function createCheckRun(client: GitHubClient, c: CheckRunInput): Promise<string> {
  const request = {
    owner: c.owner,
    repo: c.repo,
    name: c.name ?? CHECK_NAME,
    head_sha: c.head_sha,
    status: 'completed' as const,
    conclusion: conclusionOf(c.verdict, c.failOn),
    ...(c.details_url ? { details_url: c.details_url } : {}),
    output: {
      title: clipText(`mlgate: ${c.verdict} — ${escapeLog(c.reason, 200)}`, 200),
      summary: clipText(c.summary, CHECK_SUMMARY_LIMIT),
    },
    // Our own single retry below; the client's would wait 1 + 4 + 9 s. (Rate limits are still waited out.)
    request: { retries: 0 },
  };
  try {
    return urlOf((await client.rest.checks.create(request)).data);
  } catch (e) {
    const status = statusOf(e);
    if (status !== undefined && status < 500) throw e;
    await sleepOf(client)(CHECK_RETRY_MS);
    return urlOf((await client.rest.checks.create(request)).data);
  }
}

/** The wait before the one retry of a check run that got a 5xx or no answer. */
export const CHECK_RETRY_MS = 1000;

const urlOf = (data: { html_url: string | null; url: string }) => data.html_url ?? data.url;
