import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  VERDICT_ICON,
  renderMarkdown
} from "./chunk-7NYZELPS.js";
import {
  changedFiles,
  checklistItemIds,
  dismissOurReviews,
  postReplies,
  postReportReview,
  requestChanges,
  scanCommands
} from "./chunk-FFP66OKL.js";
import {
  InputError,
  escapeMarkdownInline
} from "./chunk-4ITU3WLR.js";

// src/adapters/github/context.ts
import { readFileSync } from "node:fs";
function readActionContext(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new InputError("GITHUB_REPOSITORY is not set: run mlgate as a GitHub Action step, or use the CLI");
  const payload = readPayload(env);
  const pull = pullOf(payload.pull_request);
  const mergeGroup = mergeGroupOf(payload.merge_group);
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    sha: pull?.head_sha ?? mergeGroup?.head_sha ?? env.GITHUB_SHA ?? "",
    pull,
    comment: commentOf(payload.comment),
    mergeGroup,
    repoPrivate: privateOf(payload),
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl,
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd()
  };
}
function readPayload(env) {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    throw new InputError("the event payload (GITHUB_EVENT_PATH) cannot be read as JSON");
  }
}
function pullOf(pr) {
  if (!pr) return null;
  if (typeof pr.number !== "number" || typeof pr.base?.sha !== "string" || typeof pr.head?.sha !== "string")
    throw new InputError("the event payload has a pull_request without number, base.sha or head.sha");
  return {
    number: pr.number,
    base_sha: pr.base.sha,
    ...typeof pr.base.ref === "string" ? { base_ref: pr.base.ref } : {},
    head_sha: pr.head.sha,
    author: pr.user?.login ?? "",
    body: pr.body ?? "",
    fork: !!pr.head.repo?.full_name && pr.head.repo.full_name !== pr.base.repo?.full_name
  };
}
function mergeGroupOf(mg) {
  if (!mg) return null;
  if (typeof mg.head_sha !== "string" || typeof mg.base_sha !== "string")
    throw new InputError("the event payload has a merge_group without head_sha or base_sha");
  return { head_sha: mg.head_sha, base_sha: mg.base_sha };
}
function commentOf(c) {
  return c ? { id: c.id, body: c.body ?? "", user: c.user?.login ?? "" } : null;
}
function privateOf(payload) {
  const p = payload.repository?.private;
  return typeof p === "boolean" ? p : null;
}
function issueNumberOf(env) {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    return payload.issue?.pull_request ? payload.issue.number : null;
  } catch {
    return null;
  }
}
function pullLinks(ctx, number) {
  return { pull_url: `${ctx.serverUrl.replace(/\/+$/, "")}/${ctx.owner}/${ctx.repo}/pull/${number}` };
}
var FORK_READ_ONLY_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
function tokenIsReadOnly(ctx) {
  return !!ctx.pull?.fork && FORK_READ_ONLY_EVENTS.has(ctx.eventName) && ctx.repoPrivate !== true;
}

// src/adapters/github/checklist-bot.ts
async function pullForEvent(client, ctx, env) {
  if (ctx.pull) return ctx.pull;
  const number = issueNumberOf(env);
  if (number === null) return null;
  const { data } = await client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number });
  return {
    number: data.number,
    base_sha: data.base.sha,
    base_ref: data.base.ref,
    head_sha: data.head.sha,
    author: data.user?.login ?? "",
    body: data.body ?? "",
    fork: !!data.head.repo?.full_name && data.head.repo.full_name !== data.base.repo.full_name
  };
}
function blocks(result, settings) {
  if (settings.failOn === "never") return false;
  return result.verdict === "fail" || settings.failOn === "warn" && result.verdict === "warn";
}
async function handleBotEvent(client, ctx, settings, result, config, scan = true) {
  const pull = ctx.pull;
  const t = { owner: ctx.owner, repo: ctx.repo, pull_number: pull.number };
  const issue = { owner: ctx.owner, repo: ctx.repo, issue_number: pull.number };
  const out = { replies: 0, review: null, request_changes: null };
  if (scan) {
    const scanned = await scanCommands(client, issue, {
      pr_author: pull.author,
      bot: settings.commentAuthor,
      items: checklistItemIds(config),
      allow_author: config.checklist.waivers.allow_author,
      ...config.checklist.waivers.team ? { team: config.checklist.waivers.team } : {}
    });
    out.replies = await postReplies(client, issue, scanned.replies);
  }
  if (settings.commentMode === "review") {
    const body = renderMarkdown(result, {
      target: "comment",
      ...ctx.serverUrl ? { links: pullLinks({ ...ctx, serverUrl: ctx.serverUrl }, pull.number) } : {},
      ...ctx.runUrl ? { details_url: ctx.runUrl } : {}
    });
    const inline = inlineComments(result, await changedFiles(client, t));
    out.review = await postReportReview(client, t, {
      author: settings.commentAuthor,
      head_sha: pull.head_sha,
      body,
      inline
    });
  }
  if (settings.review === "request-changes") {
    if (blocks(result, settings)) {
      const reason = escapeMarkdownInline(result.reason, 300);
      const body = `${VERDICT_ICON.fail} **mlgate blocks this PR:** ${reason}

See mlgate's report for what to fix. This review is dismissed automatically once the gate passes.`;
      out.request_changes = await requestChanges(client, t, {
        author: settings.commentAuthor,
        head_sha: pull.head_sha,
        body
      });
    } else {
      const n = await dismissOurReviews(client, t, {
        author: settings.commentAuthor,
        message: `mlgate: the gate passes now (${result.verdict}).`
      });
      if (n > 0) out.request_changes = "dismissed";
    }
  }
  return out;
}
var MAX_INLINE = 30;
function inlineComments(result, files) {
  const diff = new Map(files.map((f) => [f.filename, f.lines]));
  const byLine = /* @__PURE__ */ new Map();
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
  return [...byLine.values()].slice(0, MAX_INLINE).map((c) => ({ path: c.path, line: c.line, body: `**mlgate**

${c.parts.join("\n\n")}` }));
}

export {
  readActionContext,
  pullLinks,
  tokenIsReadOnly,
  pullForEvent,
  handleBotEvent
};
