import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkName,
  createCheckRun,
  warnReadOnly
} from "./chunk-JOJPJSYI.js";
import {
  pullLinks
} from "./chunk-D54GOBME.js";
import {
  mergeResults,
  parseResult
} from "./chunk-5UEZLNC6.js";
import "./chunk-QBHVCAI7.js";
import {
  renderMarkdown
} from "./chunk-7NYZELPS.js";
import {
  info
} from "./chunk-IRP2PI6N.js";
import {
  isReadOnlyError
} from "./chunk-FFP66OKL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-SGL4OOBV.js";
import "./chunk-IP6FT2WD.js";
import {
  readUntrustedText
} from "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError,
  escapeLog
} from "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/action/publish-mode.ts
import { readFileSync } from "node:fs";
import path from "node:path";
var SHA_RE = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
var MAX_RESULT_BYTES = 5 * 1024 * 1024;
var CHECK_SUMMARY_BUDGET = 6e4;
function readWorkflowRunEvent(eventPath) {
  const fix = "run `mode: publish` in a workflow triggered by `on: workflow_run` (see docs/forks.md)";
  if (!eventPath) throw new InputError(`no event payload; ${fix}`, { field: "input mode" });
  let payload;
  try {
    payload = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch {
    throw new InputError("the event payload (GITHUB_EVENT_PATH) cannot be read as JSON");
  }
  const run = payload.workflow_run;
  const headSha = run?.head_sha;
  if (!run || typeof headSha !== "string" || !SHA_RE.test(headSha)) {
    throw new InputError(`the event is not a workflow_run event; ${fix}`, { field: "input mode" });
  }
  const repo = run.head_repository;
  return {
    head_sha: headSha,
    head_branch: typeof run.head_branch === "string" ? run.head_branch : null,
    head_repository: typeof repo?.full_name === "string" ? repo.full_name : null,
    event: typeof run.event === "string" ? run.event : "",
    html_url: typeof run.html_url === "string" ? run.html_url : null
  };
}
async function readResults(files, workspace) {
  if (files.length === 0) {
    throw new InputError("list the result file(s) downloaded from the gate workflow\u2019s artifact", {
      field: "input results"
    });
  }
  const results = [];
  for (const file of files) {
    const label = file.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
    const full = path.resolve(workspace, file);
    const text = await readUntrustedText(full, { root: workspace, maxBytes: MAX_RESULT_BYTES, label });
    if (text === null)
      throw new InputError("does not exist; was the artifact downloaded to this path?", {
        file: label,
        field: "input results"
      });
    results.push(parseResult(text, label));
  }
  return combine(results, files);
}
function combine(results, files) {
  if (results.length === 1) return results[0];
  const heads = new Set(results.map((r) => r.head.sha));
  if (heads.size > 1) {
    throw new InputError("the result files are for different commits; publish the results of one run", {
      field: "input results"
    });
  }
  return mergeResults(results.map((result, i) => ({ file: files[i], result })));
}
async function findPull(client, repo, run) {
  const fromFork = run.head_repository !== null && run.head_repository !== `${repo.owner}/${repo.repo}`;
  const lookups = fromFork ? [byBranch, byCommit] : [byCommit, byBranch];
  for (const lookup of lookups) {
    const found = pick(await lookup(client, repo, run), run);
    if (found) return found;
  }
  return null;
}
async function byCommit(client, repo, run) {
  return await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...repo,
    commit_sha: run.head_sha,
    per_page: 100
  });
}
async function byBranch(client, repo, run) {
  const owner = run.head_repository?.split("/")[0];
  if (!owner || !run.head_branch) return [];
  return await client.paginate(client.rest.pulls.list, {
    ...repo,
    head: `${owner}:${run.head_branch}`,
    state: "open",
    per_page: 100
  });
}
function pick(pulls, run) {
  const matching = pulls.filter(
    (p) => p.state === "open" && p.head.sha === run.head_sha && // Anyone can open a PR from a copy of another PR's commit: the run's own repository and branch decide.
    (run.head_repository === null || p.head.repo?.full_name === run.head_repository) && (run.head_branch === null || p.head.ref === run.head_branch)
  );
  if (matching.length === 0) return null;
  const pull = matching.reduce((a, b) => b.number > a.number ? b : a);
  return { number: pull.number, head_sha: pull.head.sha };
}
var publishMode = async (env) => {
  const { settings, ctx, client } = env;
  const run = readWorkflowRunEvent(env.env.GITHUB_EVENT_PATH);
  const result = await readResults(settings.results, ctx.workspace);
  if (result.head.sha !== run.head_sha) {
    throw new InputError(
      `the result is for commit ${escapeLog(String(result.head.sha), 64)}, but the workflow run was for ${run.head_sha}; download the artifact of the triggering run (run-id: github.event.workflow_run.id)`,
      { field: "head.sha" }
    );
  }
  if (!client) {
    result.notes.push("no github-token: the result was not published on the pull request");
    return { result, target: null };
  }
  const pull = await findPull(client, { owner: ctx.owner, repo: ctx.repo }, run);
  if (!pull) {
    info(`No open pull request has ${run.head_sha} as its head; the result is not published.`);
    result.notes.push(
      `not published: no open pull request from ${run.head_repository ?? "the run\u2019s repository"}${run.head_branch ? ` (${run.head_branch})` : ""} has commit ${run.head_sha.slice(0, 7)} as its head (pushed again, closed or merged since)`
    );
    return { result, target: null };
  }
  try {
    const summary = renderMarkdown(result, {
      target: "comment",
      limit: CHECK_SUMMARY_BUDGET,
      links: pullLinks(ctx, pull.number),
      ...ctx.runUrl ? { details_url: ctx.runUrl } : {}
    });
    const url = await createCheckRun(client, {
      name: checkName(settings.commentKey),
      owner: ctx.owner,
      repo: ctx.repo,
      head_sha: pull.head_sha,
      verdict: result.verdict,
      failOn: settings.failOn,
      reason: result.reason,
      summary,
      ...ctx.runUrl ? { details_url: ctx.runUrl } : {}
    });
    info(`Check run: ${escapeLog(url, 300)}`);
  } catch (e) {
    if (!isReadOnlyError(e)) throw e;
    warnReadOnly(env);
    return { result, target: null };
  }
  return { result, target: pull };
};
export {
  findPull,
  publishMode,
  readResults,
  readWorkflowRunEvent
};
