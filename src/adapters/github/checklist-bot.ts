/**
 * The bot's side effects after a run (called from src/main.ts once the result is known):
 * - replies to refused, malformed and unknown `/mlgate` commands (each answered once);
 * - review mode: the report as a PR review with inline comments on the report's failing lines in the diff;
 * - `review: request-changes`: a REQUEST_CHANGES review while the gate blocks, dismissed once it passes.
 * Plus `pullForEvent`, which gives issue_comment runs the PR that pull_request runs find in their payload.
 */
import { checklistItemIds } from '../../checklist/evaluate.js';
import type { Config } from '../../kernel/config-types.js';
import type { GateResult } from '../../kernel/result-types.js';
import { escapeMarkdownInline } from '../../kernel/escape.js';
import { VERDICT_ICON } from '../../render/icons.js';
import { renderMarkdown } from '../../render/markdown.js';
import type { Settings } from '../settings.js';
import type { GitHubClient } from './client.js';
import { issueNumberOf, pullLinks, type ActionContext, type PullInfo } from './context.js';
import {
  changedFiles,
  dismissOurReviews,
  postReportReview,
  requestChanges,
  type InlineComment,
  type PullTarget,
  type ReviewPostResult,
} from './reviews.js';
import { postReplies, scanCommands } from './waivers.js';

/**
 * The PR of this run. pull_request and pull_request_review payloads carry it (ctx.pull); an issue_comment
 * payload only has the issue number, so the PR's head, base and author come from GET /pulls/{n}. null when the
 * comment is on a plain issue or the event has no PR.
 */
export async function pullForEvent(
  client: GitHubClient,
  ctx: ActionContext,
  env: Record<string, string | undefined>,
): Promise<PullInfo | null> {
  if (ctx.pull) return ctx.pull;
  const number = issueNumberOf(env);
  if (number === null) return null;
  const { data } = await client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number });
  return {
    number: data.number,
    base_sha: data.base.sha,
    base_ref: data.base.ref,
    head_sha: data.head.sha,
    author: data.user?.login ?? '',
    body: data.body ?? '',
    fork: !!data.head.repo?.full_name && data.head.repo.full_name !== data.base.repo.full_name,
  };
}

export interface BotOutcome {
  replies: number;
  review: ReviewPostResult | null;
  request_changes: 'submitted' | 'exists' | 'dismissed' | null;
}

/** Does the result block the merge? The same rule as the step's status (`fail-on`). */
export function blocks(result: GateResult, settings: Pick<Settings, 'failOn'>): boolean {
  if (settings.failOn === 'never') return false;
  return result.verdict === 'fail' || (settings.failOn === 'warn' && result.verdict === 'warn');
}

export async function handleBotEvent(
  client: GitHubClient,
  ctx: Pick<ActionContext, 'owner' | 'repo' | 'runUrl'> & { pull: PullInfo; serverUrl?: string },
  settings: Pick<Settings, 'commentMode' | 'review' | 'failOn' | 'commentAuthor'>,
  result: GateResult,
  config: Config,
  /** Scan the PR's comments for /mlgate commands to answer (false saves a request when nothing can use them). */
  scan = true,
): Promise<BotOutcome> {
  const pull = ctx.pull;
  const t: PullTarget = { owner: ctx.owner, repo: ctx.repo, pull_number: pull.number };
  const issue = { owner: ctx.owner, repo: ctx.repo, issue_number: pull.number };
  const out: BotOutcome = { replies: 0, review: null, request_changes: null };

  if (scan) {
    const scanned = await scanCommands(client, issue, {
      pr_author: pull.author,
      bot: settings.commentAuthor,
      items: checklistItemIds(config),
      allow_author: config.checklist.waivers.allow_author,
      ...(config.checklist.waivers.team ? { team: config.checklist.waivers.team } : {}),
    });
    out.replies = await postReplies(client, issue, scanned.replies);
  }

  if (settings.commentMode === 'review') {
    const body = renderMarkdown(result, {
      target: 'comment',
      ...(ctx.serverUrl ? { links: pullLinks({ ...ctx, serverUrl: ctx.serverUrl }, pull.number) } : {}),
      ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    });
    const inline = inlineComments(result, await changedFiles(client, t));
    out.review = await postReportReview(client, t, {
      author: settings.commentAuthor,
      head_sha: pull.head_sha,
      body,
      inline,
    });
  }

  if (settings.review === 'request-changes') {
    if (blocks(result, settings)) {
      const reason = escapeMarkdownInline(result.reason, 300);
      const body = `${VERDICT_ICON.fail} **mlgate blocks this PR:** ${reason}\n\nSee mlgate's report for what to fix. This review is dismissed automatically once the gate passes.`;
      out.request_changes = await requestChanges(client, t, {
        author: settings.commentAuthor,
        head_sha: pull.head_sha,
        body,
      });
    } else {
      const n = await dismissOurReviews(client, t, {
        author: settings.commentAuthor,
        message: `mlgate: the gate passes now (${result.verdict}).`,
      });
      if (n > 0) out.request_changes = 'dismissed';
    }
  }
  return out;
}

const MAX_INLINE = 30;

/**
 * One inline comment per line of a report file where a metric or a checklist item fails or warns, only on
 * lines the PR's diff shows (GitHub refuses others). Several findings on one line share a comment.
 */
export function inlineComments(
  result: GateResult,
  files: ReadonlyArray<{ filename: string; lines: Set<number> | null }>,
): InlineComment[] {
  const diff = new Map(files.map((f) => [f.filename, f.lines]));
  const byLine = new Map<string, { path: string; line: number; parts: string[] }>();
  for (const model of result.models) {
    for (const f of model.findings) {
      const loc = f.location;
      if (!loc?.line || !diff.get(loc.file)?.has(loc.line)) continue;
      const key = `${loc.file}:${loc.line}`;
      const entry = byLine.get(key) ?? { path: loc.file, line: loc.line, parts: [] };
      entry.parts.push(`${VERDICT_ICON[f.severity]} ${escapeMarkdownInline(f.message, 400)}`);
      byLine.set(key, entry);
    }
  }
  return [...byLine.values()]
    .slice(0, MAX_INLINE)
    .map((c) => ({ path: c.path, line: c.line, body: `**mlgate**\n\n${c.parts.join('\n\n')}` }));
}
