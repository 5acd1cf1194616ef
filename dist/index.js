import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  annotate,
  debug,
  error,
  finish,
  getInput,
  info,
  postComment,
  postHeadCheckRun,
  runBot,
  setFailed,
  setSecret,
  warning,
  writeOutputs,
  writeSummary
} from "./chunks/chunk-774IZUEZ.js";
import {
  readActionContext
} from "./chunks/chunk-TPFS6HRK.js";
import {
  createGitHubClient
} from "./chunks/chunk-AVVP5UNX.js";
import "./chunks/chunk-QBHVCAI7.js";
import {
  renderMarkdown
} from "./chunks/chunk-QL3GVVWQ.js";
import "./chunks/chunk-XOLMSJV3.js";
import "./chunks/chunk-4ANCRVO2.js";
import "./chunks/chunk-PPVHFCDL.js";
import {
  InputError,
  InputErrors,
  escapeLog,
  isInputError
} from "./chunks/chunk-VFNVTEDH.js";

// src/adapters/settings.ts
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
    mode: oneOf("mode", getInput2("mode"), ["gate", "aggregate", "publish"], "gate"),
    results: list(getInput2("results")),
    apiTimeoutMs
  };
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
  client: (s, ctx) => createGitHubClient({
    token: s.token,
    baseUrl: ctx.apiUrl,
    timeoutMs: s.apiTimeoutMs,
    log: (m) => info(escapeLog(m))
  })
});
var MODES = {
  gate: async () => (await import("./chunks/gate-mode-B7UPVWMY.js")).gateMode,
  aggregate: async () => (await import("./chunks/aggregate-mode-G7MQ5TT2.js")).aggregateMode,
  publish: async () => (await import("./chunks/publish-mode-6KJNVSDV.js")).publishMode
};
async function run(overrides = {}) {
  const deps = { ...defaultDeps(), ...overrides };
  let published = null;
  try {
    const settings = readSettings((n) => getInput(n));
    if (settings.token) setSecret(settings.token);
    const ctx = readActionContext(deps.env);
    const env = {
      settings,
      ctx,
      client: settings.token ? deps.client(settings, ctx) : null,
      now: deps.now(),
      env: deps.env
    };
    published = env;
    if (ctx.eventName === "issue_comment" && !/^\s*\/mlgate\b/.test(ctx.comment?.body ?? "")) {
      info("The comment is not an /mlgate command: nothing to do.");
      return;
    }
    const load = MODES[settings.mode];
    if (!load)
      throw new InputError(`mode "${settings.mode}" is not available in this version`, { field: "input mode" });
    const outcome = await (await load())(env);
    await writeSummary(renderMarkdown(outcome.result, { target: "summary" }));
    annotate(outcome.result);
    finish(outcome.result, env);
    await sideEffect("comment", () => postComment(env, outcome));
    await sideEffect("bot", () => runBot(env, outcome));
    if (settings.mode !== "publish") await sideEffect("check run", () => postHeadCheckRun(env, outcome));
  } catch (e) {
    if (published && isInputError(e) && published.settings.mode !== "publish") await publishInputError(published, e);
    reportError(e);
  }
}
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
  await sideEffect("job summary", () => writeSummary(renderMarkdown(result, { target: "summary" })));
  writeOutputs(result);
  await sideEffect("comment", () => postComment(env, outcome));
  await sideEffect("check run", () => postHeadCheckRun(env, outcome));
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
