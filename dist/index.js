import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  INVENTORY_STATUSES,
  INVENTORY_TITLE,
  buildInventory,
  entering,
  needsAttention,
  renderInventory,
  renderMentions,
  stateOf,
  vanished,
  workspaceInventory
} from "./chunks/chunk-EAQMDFPH.js";
import {
  loadPolicy
} from "./chunks/chunk-E7A3V4XF.js";
import {
  annotate,
  finish,
  postComment,
  postHeadCheckRun,
  runBot,
  writeOutputs,
  writeSummary
} from "./chunks/chunk-JOJPJSYI.js";
import {
  pullLinks,
  readActionContext,
  tokenIsReadOnly
} from "./chunks/chunk-D54GOBME.js";
import "./chunks/chunk-QBHVCAI7.js";
import {
  renderMarkdown
} from "./chunks/chunk-7NYZELPS.js";
import "./chunks/chunk-TNIQRK4K.js";
import "./chunks/chunk-6C6Y4PAF.js";
import "./chunks/chunk-OQQ53SS3.js";
import "./chunks/chunk-IBGVV5XD.js";
import "./chunks/chunk-WT3HPS6H.js";
import {
  debug,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunks/chunk-IRP2PI6N.js";
import {
  createGitHubClient,
  isReadOnlyError,
  prefetchIssueComments,
  realSleep,
  statusOf
} from "./chunks/chunk-FFP66OKL.js";
import "./chunks/chunk-BZBO7EDZ.js";
import "./chunks/chunk-SGL4OOBV.js";
import "./chunks/chunk-IP6FT2WD.js";
import "./chunks/chunk-DFHFXWES.js";
import "./chunks/chunk-PPVHFCDL.js";
import {
  InputError,
  InputErrors,
  escapeLog,
  isInputError
} from "./chunks/chunk-4ITU3WLR.js";
import "./chunks/chunk-2D7T7GZO.js";

// src/adapters/settings.ts
var DEFAULT_ARTIFACT = "mlgate-baseline";
function oneOf(name, value, allowed, fallback) {
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new InputError(`expected one of ${allowed.join(", ")}, got "${value.slice(0, 40)}"`, {
    field: `input ${name}`
  });
}
function list(value) {
  return value.split(/\r?\n|,/).map((s) => s.trim()).filter(Boolean);
}
function commentKey(value) {
  if (value === "") return "default";
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(value)) {
    throw new InputError('expected letters, digits, ".", "_" or "-" (at most 40)', { field: "input comment-key" });
  }
  return value;
}
function artifactName(value) {
  if (value === "") return DEFAULT_ARTIFACT;
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(value))
    throw new InputError('expected letters, digits, ".", "_" or "-" (at most 100)', {
      field: "input baseline-artifact"
    });
  return value;
}
function readSettings(getInput2) {
  const timeout = getInput2("api-timeout-ms");
  const apiTimeoutMs = timeout === "" ? 15e3 : Number(timeout);
  if (!Number.isInteger(apiTimeoutMs) || apiTimeoutMs < 100) {
    throw new InputError("expected a whole number of milliseconds (at least 100)", { field: "input api-timeout-ms" });
  }
  const baseSha = getInput2("base-sha");
  if (baseSha !== "" && !/^[0-9a-f]{7,64}$/i.test(baseSha)) {
    throw new InputError("expected a commit SHA", { field: "input base-sha" });
  }
  return {
    token: getInput2("github-token"),
    reports: list(getInput2("report")),
    configPath: getInput2("config") || ".github/mlgate.yml",
    configFrom: oneOf("config-from", getInput2("config-from"), ["base", "head"], "base"),
    baseSha: baseSha || null,
    commentMode: oneOf("comment-mode", getInput2("comment-mode"), ["comment", "review", "none"], "comment"),
    review: oneOf("review", getInput2("review"), ["off", "request-changes"], "off"),
    failOn: oneOf("fail-on", getInput2("fail-on"), ["fail", "warn", "never"], "fail"),
    commentAuthor: getInput2("comment-author") || "github-actions[bot]",
    commentKey: commentKey(getInput2("comment-key")),
    mode: oneOf("mode", getInput2("mode"), ["gate", "aggregate", "publish", "audit", "record"], "gate"),
    results: list(getInput2("results")),
    apiTimeoutMs,
    baseline: oneOf("baseline", getInput2("baseline"), ["auto", "git", "artifact", "file"], "auto"),
    baselineArtifact: artifactName(getInput2("baseline-artifact")),
    baseReports: list(getInput2("base-report"))
  };
}

// src/audit/state.ts
var INVENTORY_MARKER = "<!-- mlgate:inventory -->";
var STATE_RE = /<!-- mlgate:inventory-state ([A-Za-z0-9_-]{0,65536}) -->/;
var MAX_MODELS = 1e3;
function stateMarker(state) {
  return `<!-- mlgate:inventory-state ${Buffer.from(JSON.stringify(state), "utf8").toString("base64url")} -->`;
}
function parseState(body) {
  const m = STATE_RE.exec(body ?? "");
  if (!m) return null;
  let value;
  try {
    value = JSON.parse(Buffer.from(m[1], "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, status] of Object.entries(value).slice(0, MAX_MODELS)) {
    if (name.length > 200 || name === "__proto__") continue;
    if (INVENTORY_STATUSES.includes(status)) out[name] = status;
  }
  return out;
}

// src/adapters/github/inventory-issue.ts
var INVENTORY_LABEL = "mlgate-inventory";
var FALLBACK_PAGES = 10;
var ours = (author) => (i) => !i.pull_request && i.user?.login === author && (i.body ?? "").includes(INVENTORY_MARKER);
async function scan(client, t, query, author, maxPages) {
  let pages = 0;
  const found = await client.paginate(
    client.rest.issues.listForRepo,
    { ...t, ...query, per_page: 100 },
    (response, done) => {
      if (++pages >= maxPages) done();
      return response.data.filter(ours(author));
    }
  );
  return found.sort((a, b) => a.number - b.number)[0] ?? null;
}
async function findInventoryIssue(client, t, author) {
  return await scan(client, t, { state: "all", labels: INVENTORY_LABEL }, author, Infinity) ?? await scan(client, t, { state: "all", sort: "updated", direction: "desc" }, author, FALLBACK_PAGES);
}
function previousState(issue) {
  return issue ? parseState(issue.body) : null;
}
async function writeInventory(client, t, o) {
  const attention = o.rows.some(needsAttention);
  const told = entering(o.rows, previousState(o.issue));
  const mention = renderMentions(told);
  const body = `${o.body}

${INVENTORY_MARKER}
${stateMarker(stateOf(o.rows))}`;
  const mentioned = mention ? told.map((r) => r.model) : [];
  const comment = async (issue_number) => {
    if (mention) await client.rest.issues.createComment({ ...t, issue_number, body: mention });
  };
  if (!o.issue) {
    if (!attention) return { action: "none", url: null, mentioned: [] };
    const { data } = await client.rest.issues.create({ ...t, title: INVENTORY_TITLE, body, labels: [INVENTORY_LABEL] });
    await comment(data.number);
    return { action: "created", url: data.html_url, mentioned };
  }
  await comment(o.issue.number);
  const state = attention ? "open" : "closed";
  if (o.issue.body === body && o.issue.state === state)
    return { action: "unchanged", url: o.issue.html_url, mentioned };
  await client.rest.issues.update({
    ...t,
    issue_number: o.issue.number,
    body,
    state,
    ...state === "closed" && o.issue.state !== "closed" ? { state_reason: "completed" } : {}
  });
  const action = o.issue.state === state ? "updated" : state === "closed" ? "closed" : "reopened";
  return { action, url: o.issue.html_url, mentioned };
}

// src/action/audit-mode.ts
var SUMMARY_ONLY = "the inventory is in the job summary only";
function explain(e, what) {
  if (isReadOnlyError(e))
    return `mlgate audit: the token cannot ${what} (a fork or a read-only token; the workflow needs permissions: issues: write): ${SUMMARY_ONLY}.`;
  return `mlgate audit: could not ${what} (GitHub answered ${statusOf(e) ?? "nothing"}: ${escapeLog(String(e?.message ?? e), 200)}); ${SUMMARY_ONLY}.`;
}
async function findIssue(client, env) {
  if (!client) return null;
  try {
    return await findInventoryIssue(client, { owner: env.ctx.owner, repo: env.ctx.repo }, env.settings.commentAuthor);
  } catch (e) {
    warning(explain(e, "list the repository\u2019s issues"));
    return "unreadable";
  }
}
async function publish(env, issue, rows, body) {
  try {
    const w = await writeInventory(env.client, { owner: env.ctx.owner, repo: env.ctx.repo }, { issue, rows, body });
    if (w.url) setOutput("inventory-url", w.url);
    const told = w.mentioned.length ? `; owners of ${w.mentioned.length} model(s) mentioned` : "";
    info(`mlgate audit: inventory issue ${w.action}${told}.`);
  } catch (e) {
    warning(explain(e, "write the inventory issue"));
  }
}
async function auditMode(env, source = workspaceInventory) {
  const { settings, ctx, now } = env;
  const { config } = await loadPolicy(
    { configPath: settings.configPath, configFrom: "head", workspace: ctx.workspace, baseline: null, how: "" },
    []
  );
  const patterns = settings.reports.length ? settings.reports : config.reports;
  const { models, label } = await source({ workspace: ctx.workspace, config, patterns });
  const issue = await findIssue(env.client, env);
  const known = issue === "unreadable" ? null : issue;
  const rows = buildInventory([...models, ...vanished(models, previousState(known))], config, now);
  const at = ctx.sha ? ` at ${ctx.sha.slice(0, 7)}` : "";
  const body = renderInventory(rows, { now, source: `${label}${at}` });
  await writeSummary(body, env.env);
  setOutput("verdict", rows.some(needsAttention) ? "warn" : "pass");
  if (!env.client) info(`mlgate audit: no token: ${SUMMARY_ONLY}.`);
  else if (issue !== "unreadable") await publish(env, known, rows, body);
}

// src/kernel/input-error-result.ts
var MAX_ERRORS = 20;
function inputErrorResult(messages, headSha) {
  const first = messages[0] ?? "the input could not be read";
  const more = messages.length > 1 ? ` (+${messages.length - 1} more)` : "";
  const shown = messages.slice(0, MAX_ERRORS);
  const notes = [
    ...shown.map((m) => `invalid input: ${m}`),
    ...messages.length > shown.length ? [`${messages.length - shown.length} more input errors in the job log`] : []
  ];
  return {
    schema_version: 1,
    verdict: "fail",
    reason: `invalid input: ${first}${more}`,
    base: { sha: null, source: "none" },
    head: { sha: headSha },
    models: [],
    notes
  };
}

// src/main.ts
var defaultDeps = () => ({
  env: process.env,
  now: () => /* @__PURE__ */ new Date(),
  elapsed: () => performance.now(),
  sleep: realSleep,
  client: (s, ctx, d) => createGitHubClient({
    token: s.token,
    baseUrl: ctx.apiUrl,
    timeoutMs: s.apiTimeoutMs,
    log: (m) => info(escapeLog(m)),
    sleep: d.sleep
  })
});
var MODES = {
  gate: async () => (await import("./chunks/gate-mode-52AES3ZT.js")).gateMode,
  aggregate: async () => (await import("./chunks/aggregate-mode-MGECVX7T.js")).aggregateMode,
  publish: async () => (await import("./chunks/publish-mode-HRATLKLM.js")).publishMode,
  // The sweep writes an issue and the job summary, not a verdict on a commit: run() hands it off before this table.
  audit: null,
  record: async () => (await import("./chunks/record-mode-3APBGPBJ.js")).recordMode
};
async function run(overrides = {}) {
  const deps = { ...defaultDeps(), ...overrides };
  const phases = /* @__PURE__ */ new Map();
  const mark = (phase) => void phases.set(phase, deps.elapsed());
  let published = null;
  try {
    const settings = readSettings((n) => getInput(n));
    if (settings.token) setSecret(settings.token);
    const ctx = readActionContext(deps.env);
    const env = {
      settings,
      ctx,
      client: settings.token ? deps.client(settings, ctx, deps) : null,
      now: deps.now(),
      env: deps.env,
      mark
    };
    published = env;
    prefetch(env);
    if (ctx.eventName === "issue_comment" && !/^\s*\/mlgate\b/.test(ctx.comment?.body ?? "")) {
      info("The comment is not an /mlgate command: nothing to do.");
      return;
    }
    if (settings.mode === "audit") {
      await auditMode(env);
      return;
    }
    const load = MODES[settings.mode];
    if (!load)
      throw new InputError(`mode "${settings.mode}" is not available in this version`, { field: "input mode" });
    const mode = await load();
    mark("load");
    const outcome = await mode(env);
    await writeSummary(
      renderMarkdown(outcome.result, {
        target: "summary",
        ...outcome.target ? { links: pullLinks(ctx, outcome.target.number) } : {}
      }),
      deps.env
    );
    annotate(outcome.result);
    finish(outcome.result, env, outcome.failOn);
    if (settings.mode !== "publish" && settings.mode !== "record")
      await sideEffect("check run", () => postHeadCheckRun(env, outcome));
    await sideEffect("comment", () => postComment(env, outcome));
    await sideEffect("bot", () => runBot(env, outcome));
    mark("publish");
    debug(`mlgate timings (ms since the process started): ${timings(phases)}`);
  } catch (e) {
    const own = published && ["publish", "audit", "record"].includes(published.settings.mode);
    if (published && isInputError(e) && !own) await publishInputError(published, e);
    reportError(e);
  }
}
function prefetch({ client, ctx, settings }) {
  if (!client || !ctx.pull || settings.mode !== "gate" || settings.commentMode !== "comment") return;
  if (!tokenIsReadOnly(ctx))
    prefetchIssueComments(client, { owner: ctx.owner, repo: ctx.repo, issue_number: ctx.pull.number });
}
var timings = (phases) => [...phases].map(([p, ms]) => `${p} ${Math.round(ms)}`).join(", ");
async function publishInputError(env, e) {
  const list2 = e instanceof InputErrors ? e.errors : [e];
  const result = inputErrorResult(
    list2.map((x) => x.format()),
    env.ctx.pull?.head_sha ?? (env.ctx.sha || null)
  );
  const outcome = {
    result,
    target: env.ctx.pull ? { number: env.ctx.pull.number, head_sha: env.ctx.pull.head_sha } : null
  };
  await sideEffect("job summary", () => writeSummary(renderMarkdown(result, { target: "summary" }), env.env));
  writeOutputs(result, env.env);
  await sideEffect("check run", () => postHeadCheckRun(env, outcome));
  await sideEffect("comment", () => postComment(env, outcome));
}
async function sideEffect(what, step) {
  try {
    await step();
  } catch (e) {
    warning(
      `mlgate: the ${what} could not be written (${escapeLog(String(e?.message ?? e), 300)}); the verdict stands.`
    );
  }
}
function reportError(e) {
  if (isInputError(e)) {
    const list2 = e instanceof InputErrors ? e.errors : [e];
    for (const err of list2) {
      const props = err.file ? { file: err.file, startLine: err.line, startColumn: err.column, title: "mlgate: invalid input" } : { title: "mlgate: invalid input" };
      error(escapeLog(err.format(), 500), props);
    }
    setFailed(`mlgate: invalid input: ${escapeLog(list2.map((x) => x.format()).join("; "), 1e3)}`);
    return;
  }
  debug(escapeLog(String(e?.stack ?? e), 4e3));
  setFailed(`mlgate: ${escapeLog(String(e?.message ?? e), 500)}`);
}

// src/index.ts
await run();
