import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  handleBotEvent,
  pullLinks,
  tokenIsReadOnly
} from "./chunk-D54GOBME.js";
import {
  renderJson
} from "./chunk-QBHVCAI7.js";
import {
  renderMarkdown
} from "./chunk-7NYZELPS.js";
import {
  error,
  info,
  setFailed,
  setOutput,
  warning
} from "./chunk-IRP2PI6N.js";
import {
  isReadOnlyError,
  listIssueComments,
  sleepOf,
  statusOf
} from "./chunk-FFP66OKL.js";
import {
  clipText,
  escapeLog
} from "./chunk-4ITU3WLR.js";

// src/adapters/github/check-runs.ts
var CHECK_NAME = "mlgate";
var CHECK_SUMMARY_LIMIT = 65535;
function conclusionOf(verdict, failOn) {
  if (verdict === "pass") return "success";
  if (failOn === "never") return "neutral";
  return verdict === "fail" || failOn === "warn" ? "failure" : "neutral";
}
function checkName(commentKey) {
  return commentKey === "default" ? CHECK_NAME : `${CHECK_NAME} (${commentKey})`;
}
async function createCheckRun(client, c) {
  const request = {
    owner: c.owner,
    repo: c.repo,
    name: c.name ?? CHECK_NAME,
    head_sha: c.head_sha,
    status: "completed",
    conclusion: conclusionOf(c.verdict, c.failOn),
    ...c.details_url ? { details_url: c.details_url } : {},
    output: {
      title: clipText(`mlgate: ${c.verdict} \u2014 ${escapeLog(c.reason, 200)}`, 200),
      summary: clipText(c.summary, CHECK_SUMMARY_LIMIT)
    },
    // Our own single retry below; the client's would wait 1 + 4 + 9 s. (Rate limits are still waited out.)
    request: { retries: 0 }
  };
  try {
    return urlOf((await client.rest.checks.create(request)).data);
  } catch (e) {
    const status = statusOf(e);
    if (status !== void 0 && status < 500) throw e;
    await sleepOf(client)(CHECK_RETRY_MS);
    return urlOf((await client.rest.checks.create(request)).data);
  }
}
var CHECK_RETRY_MS = 1e3;
var urlOf = (data) => data.html_url ?? data.url;

// src/action/publish.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/adapters/github/claim.ts
var CONTENT = "eyes";
var CLAIM_STALE_MS = 6e4;
async function claimCreation(client, t) {
  let res;
  try {
    res = await client.rest.reactions.createForIssue({ ...t, content: CONTENT, request: { retries: 0 } });
  } catch (e) {
    if (isReadOnlyError(e)) throw e;
    return { kind: "unavailable" };
  }
  const id = res.data.id;
  if (res.status === 201) return { kind: "owned", release: () => removeReaction(client, t, id) };
  const age = Date.parse(String(res.headers.date ?? "")) - Date.parse(res.data.created_at);
  return Number.isFinite(age) && age > CLAIM_STALE_MS ? { kind: "unavailable" } : { kind: "held" };
}
async function removeReaction(client, t, id) {
  try {
    await client.rest.reactions.deleteForIssue({ ...t, reaction_id: id });
  } catch {
  }
}

// src/adapters/github/comments.ts
var CLAIM_POLL_MS = 300;
var MARKER_RE = /<!-- mlgate:comment key=([A-Za-z0-9._-]+) head=([0-9a-f]{7,64}) -->/;
function commentMarker(key, headSha) {
  return `<!-- mlgate:comment key=${key} head=${headSha} -->`;
}
async function findOurs(client, t, key, author, share) {
  const all = await listIssueComments(client, t, { share });
  const ours = [];
  for (const c of all) {
    if (c.user?.login !== author) continue;
    const m = MARKER_RE.exec(c.body ?? "");
    if (m && m[1] === key) ours.push({ ...c, head: m[2] });
  }
  return { ours: ours.sort((a, b) => a.id - b.id) };
}
async function upsertComment(client, t, o) {
  const w = new Writer(client, t, o);
  const r = await upsert(w);
  return r.action !== "updated" || r.id === null ? r : w.recheck(r);
}
async function upsert(w) {
  const ours = await w.list(true);
  return ours[0] ? w.updateFound(ours) : w.createOnce();
}
var Writer = class {
  constructor(client, t, o) {
    this.client = client;
    this.t = t;
    this.o = o;
    this.body = `${o.body}
${commentMarker(o.key, o.head_sha)}`;
  }
  client;
  t;
  o;
  requests = 0;
  /** When this run last read the PR's head from the API (never, at first): see recheck_after_ms. */
  headReadAt = -Infinity;
  body;
  /** Our comment exists: update the oldest copy (unless it holds a newer head's result), drop the others. */
  async updateFound(ours) {
    const updated = await this.updateUnlessStale(ours[0]);
    if (!updated) return this.fold(await this.create());
    await this.remove(ours.slice(1));
    return this.result(updated.action, updated.comment);
  }
  /**
   * No comment yet: create it under the claim (claim.ts), so that runs which find none at once do not each post
   * one (two notifications). A run that finds the claim held waits for the comment to appear, then updates it.
   */
  async createOnce() {
    const deadline = Date.now() + (this.o.claim_wait_ms ?? 1e4);
    for (; ; ) {
      this.requests++;
      const claim = await claimCreation(this.client, this.t);
      if (claim.kind === "owned") {
        try {
          const again2 = await this.list();
          return again2[0] ? await this.updateFound(again2) : this.result("created", await this.create());
        } finally {
          this.requests++;
          await claim.release();
        }
      }
      if (claim.kind === "unavailable" || Date.now() >= deadline) return this.fold(await this.create());
      await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
      const again = await this.list();
      if (again[0]) return this.updateFound(again);
    }
  }
  result(action, c) {
    return { action, url: c.html_url, id: c.id, requests: this.requests };
  }
  async list(share = false) {
    this.requests++;
    const { ours } = await findOurs(this.client, this.t, this.o.key, this.o.author, share);
    return ours;
  }
  async currentHead() {
    this.requests++;
    const { data } = await this.client.rest.pulls.get({
      owner: this.t.owner,
      repo: this.t.repo,
      pull_number: this.t.issue_number
    });
    this.headReadAt = Date.now();
    return data.head.sha;
  }
  /**
   * After a slow write: if the PR's head moved on meanwhile, a newer run may have written before us and we
   * would now show an older result as current. Replace it with a notice; the newer run's result is in its own
   * check and summary, and its next write (or rerun) restores the full comment.
   */
  async recheck(r) {
    if (Date.now() - this.headReadAt <= (this.o.recheck_after_ms ?? 5e3)) return r;
    const head = await this.currentHead();
    if (head === this.o.head_sha) return { ...r, requests: this.requests };
    this.requests++;
    const { data: now } = await this.client.rest.issues.getComment({ owner: this.t.owner, repo: this.t.repo, comment_id: r.id }).catch((e) => {
      if (statusOf(e) === 404) return { data: null };
      throw e;
    });
    if (!now || MARKER_RE.exec(now.body ?? "")?.[2] !== this.o.head_sha) return { ...r, requests: this.requests };
    const notice = [
      `### \u23F3 mlgate: outdated result`,
      `This comment held mlgate\u2019s result for \`${this.o.head_sha.slice(0, 7)}\`, but the pull request moved on to \`${head.slice(0, 7)}\` while it was being written. The run for the newer commit has the current verdict in its check and job summary, and rewrites this comment when it posts (re-run it if it has already finished).`,
      commentMarker(this.o.key, this.o.head_sha)
    ].join("\n\n");
    this.requests++;
    try {
      await this.client.rest.issues.updateComment({
        owner: this.t.owner,
        repo: this.t.repo,
        comment_id: r.id,
        body: notice
      });
    } catch (e) {
      if (statusOf(e) !== 404) throw e;
    }
    return { ...r, action: "outdated", requests: this.requests };
  }
  /** Updates `c` with our body unless it holds another head's result and we are not the PR's head; null: it is gone. */
  async updateUnlessStale(c) {
    if (c.head !== this.o.head_sha && await this.currentHead() !== this.o.head_sha) {
      return { action: "skipped_stale", comment: c };
    }
    try {
      this.requests++;
      const { data } = await this.client.rest.issues.updateComment({
        owner: this.t.owner,
        repo: this.t.repo,
        comment_id: c.id,
        body: this.body
      });
      return { action: "updated", comment: data };
    } catch (e) {
      if (statusOf(e) === 404) return null;
      throw e;
    }
  }
  /**
   * Creates our comment. Never retried blindly: when the answer is lost (5xx, timeout) the comment may exist, so
   * we list again and only create once more if it is not there.
   */
  async create() {
    try {
      return await this.post();
    } catch (e) {
      const status = statusOf(e);
      if (status !== void 0 && status < 500) throw e;
      const again = await this.list();
      const found = again.find((c) => c.head === this.o.head_sha);
      if (!found) return this.post();
      if (found.body === this.body) return found;
      const updated = await this.updateUnlessStale(found);
      return updated ? updated.comment : this.post();
    }
  }
  async post() {
    this.requests++;
    const { data } = await this.client.rest.issues.createComment({
      ...this.t,
      body: this.body,
      request: { retries: 0 }
    });
    return data;
  }
  /**
   * Another run may have created its comment at the same time (both listed before either created). The oldest
   * comment is the one every run keeps: if ours is not the oldest, move our result into it (unless it holds a
   * newer head's) and delete ours. The run whose comment is the oldest does nothing, so no run deletes a comment
   * whose result has not been moved yet.
   */
  async fold(created) {
    const all = await this.list();
    const oldest = all[0];
    if (!oldest || oldest.id >= created.id) return this.result("created", created);
    const moved = await this.updateUnlessStale(oldest);
    if (!moved) return this.result("created", created);
    await this.remove([created]);
    return this.result(moved.action, moved.comment);
  }
  /** Deletes extra copies; a 404 means another run already did. */
  async remove(extra) {
    for (const c of extra) {
      this.requests++;
      try {
        await this.client.rest.issues.deleteComment({ owner: this.t.owner, repo: this.t.repo, comment_id: c.id });
      } catch (e) {
        if (statusOf(e) !== 404) throw e;
      }
    }
  }
};

// src/action/publish.ts
async function writeSummary(markdown, env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(file, markdown + "\n");
}
var RELATIVE_PATH = /^(?![/\\])(?!.*(?:^|\/)\.\.(?:\/|$))[\x21-\x7e ]{1,300}$/;
function annotate(result) {
  for (const m of result.models) {
    for (const f of m.findings) {
      const title = `mlgate: ${escapeLog(f.rule, 80)}`;
      const props = f.location && RELATIVE_PATH.test(f.location.file) ? { file: f.location.file, startLine: f.location.line, startColumn: f.location.column, title } : { title };
      (f.severity === "fail" ? error : warning)(escapeLog(f.message, 500), props);
    }
  }
}
async function postComment(env, outcome) {
  const { settings, ctx, client } = env;
  if (!outcome.target || !client || settings.commentMode !== "comment") return;
  if (tokenIsReadOnly(ctx)) return warnReadOnly(env);
  try {
    const body = renderMarkdown(outcome.result, {
      target: "comment",
      links: pullLinks(ctx, outcome.target.number),
      ...ctx.runUrl ? { details_url: ctx.runUrl } : {}
    });
    const posted = await upsertComment(
      client,
      { owner: ctx.owner, repo: ctx.repo, issue_number: outcome.target.number },
      { key: settings.commentKey, head_sha: outcome.target.head_sha, author: settings.commentAuthor, body }
    );
    if (posted.action === "skipped_stale") info("The PR has a newer head commit; its result is not overwritten.");
    if (posted.action === "outdated")
      info(
        "The PR moved to a newer head commit while the comment was written; it now says the result is outdated."
      );
    if (posted.url) setOutput("comment-url", posted.url);
  } catch (e) {
    if (isReadOnlyError(e)) {
      warnReadOnly(env);
      return;
    }
    const status = statusOf(e);
    warning(
      `mlgate could not comment (GitHub answered ${status ?? "nothing"}: ${escapeLog(String(e?.message ?? e), 200)}). The verdict is in the job summary and the step's status.`
    );
  }
}
var warnedReadOnly = /* @__PURE__ */ new WeakSet();
async function runBot(env, outcome) {
  const { client, ctx, settings } = env;
  if (!client || !outcome.bot) return;
  if (tokenIsReadOnly(ctx)) {
    if (settings.commentMode === "review" || settings.review === "request-changes") warnReadOnly(env);
    return;
  }
  try {
    const scan = ctx.eventName === "issue_comment" || outcome.result.models.some((m) => m.checklist !== null);
    await handleBotEvent(
      client,
      { owner: ctx.owner, repo: ctx.repo, runUrl: ctx.runUrl, serverUrl: ctx.serverUrl, pull: outcome.bot.pull },
      settings,
      outcome.result,
      outcome.bot.config,
      scan
    );
  } catch (e) {
    if (!isReadOnlyError(e)) throw e;
    warnReadOnly(env);
  }
}
async function postHeadCheckRun(env, outcome) {
  const { client, ctx, settings } = env;
  if (!client) return;
  const onPull = outcome.target && ["issue_comment", "pull_request_review", "pull_request"].includes(ctx.eventName);
  const headSha = onPull ? outcome.target.head_sha : ctx.eventName === "merge_group" ? ctx.mergeGroup?.head_sha : void 0;
  if (!headSha) return;
  if (settings.commentMode === "none" || tokenIsReadOnly(ctx)) return;
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
        target: "comment",
        limit: CHECK_SUMMARY_LIMIT - 1024,
        ...outcome.target ? { links: pullLinks(ctx, outcome.target.number) } : {}
      }),
      ...ctx.runUrl ? { details_url: ctx.runUrl } : {}
    });
  } catch (e) {
    if (statusOf(e) === 403) {
      if (ctx.eventName !== "pull_request" && ctx.eventName !== "merge_group") warnReadOnly(env);
      return;
    }
    throw e;
  }
}
function warnReadOnly(env) {
  if (warnedReadOnly.has(env)) return;
  warnedReadOnly.add(env);
  warning(
    "mlgate could not write to the pull request: the token is read-only (a fork PR or restricted permissions). The verdict is in the job summary; see docs/forks.md for the two-workflow set-up."
  );
}
function writeOutputs(result, env) {
  const file = path.join(env.RUNNER_TEMP || tmpdir(), "mlgate", "result.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderJson(result));
  setOutput("verdict", result.verdict);
  setOutput("result-json", file);
}
function finish(result, env, failOn = env.settings.failOn) {
  writeOutputs(result, env.env);
  const line = `mlgate: ${result.verdict} \u2014 ${escapeLog(result.reason, 300)}`;
  info(line);
  if (failOn !== "never" && (result.verdict === "fail" || failOn === "warn" && result.verdict === "warn"))
    setFailed(line);
}

export {
  checkName,
  createCheckRun,
  writeSummary,
  annotate,
  postComment,
  runBot,
  postHeadCheckRun,
  warnReadOnly,
  writeOutputs,
  finish
};
