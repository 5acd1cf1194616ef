/** Publishing a result: job summary, annotations, the PR comment, outputs and the step's status. */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GateResult } from '../kernel/result-types.js';
import { isReadOnlyError, statusOf } from '../adapters/github/client.js';
import { CHECK_SUMMARY_LIMIT, checkName, createCheckRun } from '../adapters/github/check-runs.js';
import { handleBotEvent } from '../adapters/github/checklist-bot.js';
import { pullLinks, tokenIsReadOnly } from '../adapters/github/context.js';
import { upsertComment } from '../adapters/github/comments.js';
import { escapeLog } from '../kernel/escape.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import type { ModeEnv, ModeOutcome } from './types.js';

/** Appends to the job summary file (core.summary caches the path of its first use, which breaks reruns in one process). */
export async function writeSummary(markdown: string, env: ModeEnv['env']): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(file, markdown + '\n');
}

/** A workspace-relative path (a result file from a fork could name any path for an annotation). */
const RELATIVE_PATH = /^(?![/\\])(?!.*(?:^|\/)\.\.(?:\/|$))[\x21-\x7e ]{1,300}$/;

export function annotate(result: GateResult): void {
  for (const m of result.models) {
    for (const f of m.findings) {
      const title = `mlgate: ${escapeLog(f.rule, 80)}`;
      const props =
        f.location && RELATIVE_PATH.test(f.location.file)
          ? { file: f.location.file, startLine: f.location.line, startColumn: f.location.column, title }
          : { title };
      (f.severity === 'fail' ? core.error : core.warning)(escapeLog(f.message, 500), props);
    }
  }
}

/** Creates or updates the one mlgate comment; a read-only token (fork PRs) only costs the comment. */
export async function postComment(env: ModeEnv, outcome: ModeOutcome): Promise<void> {
  const { settings, ctx, client } = env;
  if (!outcome.target || !client || settings.commentMode !== 'comment') return;
  // A fork PR's token cannot write: say so once instead of collecting a 403.
  if (tokenIsReadOnly(ctx)) return warnReadOnly(env);
  try {
    const body = renderMarkdown(outcome.result, {
      target: 'comment',
      links: pullLinks(ctx, outcome.target.number),
      ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    });
    const posted = await upsertComment(
      client,
      { owner: ctx.owner, repo: ctx.repo, issue_number: outcome.target.number },
      { key: settings.commentKey, head_sha: outcome.target.head_sha, author: settings.commentAuthor, body },
    );
    if (posted.action === 'skipped_stale') core.info('The PR has a newer head commit; its result is not overwritten.');
    if (posted.action === 'outdated')
      core.info(
        'The PR moved to a newer head commit while the comment was written; it now says the result is outdated.',
      );
    if (posted.url) core.setOutput('comment-url', posted.url);
  } catch (e) {
    // The comment is only a copy of the verdict: losing it (after the client's retries) must not change the step's
    // outcome, which the job summary and `finish` still carry. One warning, no stack trace.
    if (isReadOnlyError(e)) {
      warnReadOnly(env);
      return;
    }
    const status = statusOf(e);
    core.warning(
      `mlgate could not comment (GitHub answered ${status ?? 'nothing'}: ${escapeLog(String((e as Error)?.message ?? e), 200)}). The verdict is in the job summary and the step's status.`,
    );
  }
}

/** Runs that already warned about a read-only token (per run, not per process: tests run several in one). */
const warnedReadOnly = new WeakSet<ModeEnv>();

/** Waiver replies, review mode and request-changes (docs/checklist.md); a read-only token skips them with one warning. */
export async function runBot(env: ModeEnv, outcome: ModeOutcome): Promise<void> {
  const { client, ctx, settings } = env;
  if (!client || !outcome.bot) return;
  if (tokenIsReadOnly(ctx)) {
    if (settings.commentMode === 'review' || settings.review === 'request-changes') warnReadOnly(env);
    return;
  }
  try {
    // Commands need answers on the run they trigger, and waivers matter only where a checklist applies.
    const scan = ctx.eventName === 'issue_comment' || outcome.result.models.some((m) => m.checklist !== null);
    await handleBotEvent(
      client,
      { owner: ctx.owner, repo: ctx.repo, runUrl: ctx.runUrl, serverUrl: ctx.serverUrl, pull: outcome.bot.pull },
      settings,
      outcome.result,
      outcome.bot.config,
      scan,
    );
  } catch (e) {
    if (!isReadOnlyError(e)) throw e;
    warnReadOnly(env);
  }
}

/** One warning per run, whichever write (check run, comment, review) found out first. */
/**
 * Runs triggered by a comment or a review do not run on the PR's head commit, so their job status never reaches
 * the PR: the verdict goes onto the head SHA as the `mlgate` check run (needs `checks: write`), which is the
 * check to require in branch protection when waivers and reviews should unblock a merge. A merge queue's group
 * gets the same check run on its own commit, so that a required `mlgate` check is also met in the queue.
 */
export async function postHeadCheckRun(env: ModeEnv, outcome: ModeOutcome): Promise<void> {
  const { client, ctx, settings } = env;
  if (!client) return;
  const onPull = outcome.target && ['issue_comment', 'pull_request_review', 'pull_request'].includes(ctx.eventName);
  const headSha = onPull
    ? outcome.target!.head_sha
    : ctx.eventName === 'merge_group'
      ? ctx.mergeGroup?.head_sha
      : undefined;
  if (!headSha) return;
  // `comment-mode: none` writes nothing to the PR; a fork PR's token cannot write (docs/forks.md), and on
  // pull_request the job's own status is on the head already.
  if (settings.commentMode === 'none' || tokenIsReadOnly(ctx)) return;
  try {
    await createCheckRun(client, {
      name: checkName(settings.commentKey),
      owner: ctx.owner,
      repo: ctx.repo,
      head_sha: headSha,
      verdict: outcome.result.verdict,
      failOn: settings.failOn,
      reason: outcome.result.reason,
      summary: renderMarkdown(outcome.result, {
        target: 'comment',
        limit: CHECK_SUMMARY_LIMIT - 1024,
        ...(outcome.target ? { links: pullLinks(ctx, outcome.target.number) } : {}),
      }),
      ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    });
  } catch (e) {
    // Without `checks: write` the job status is all there is; on pull_request events it is on the head already.
    if (statusOf(e) === 403) {
      if (ctx.eventName !== 'pull_request' && ctx.eventName !== 'merge_group') warnReadOnly(env);
      return;
    }
    throw e;
  }
}

export function warnReadOnly(env: ModeEnv): void {
  if (warnedReadOnly.has(env)) return;
  warnedReadOnly.add(env);
  core.warning(
    'mlgate could not write to the pull request: the token is read-only (a fork PR or restricted permissions). The verdict is in the job summary; see docs/forks.md for the two-workflow set-up.',
  );
}

/** Writes the result file and the `verdict` and `result-json` outputs. */
export function writeOutputs(result: GateResult, env: ModeEnv['env']): void {
  const file = path.join(env.RUNNER_TEMP || tmpdir(), 'mlgate', 'result.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderJson(result));
  core.setOutput('verdict', result.verdict);
  core.setOutput('result-json', file);
}

/** Writes the result file and outputs, and fails the step according to `fail-on`. */
export function finish(result: GateResult, env: ModeEnv, failOn = env.settings.failOn): void {
  writeOutputs(result, env.env);
  const line = `mlgate: ${result.verdict} — ${escapeLog(result.reason, 300)}`;
  core.info(line);
  if (failOn !== 'never' && (result.verdict === 'fail' || (failOn === 'warn' && result.verdict === 'warn')))
    core.setFailed(line);
}
