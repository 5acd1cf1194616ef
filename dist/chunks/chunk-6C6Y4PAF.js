import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  chooseDbRuns,
  chooseEntries,
  collectSources,
  defaultModelName,
  detectReader,
  done,
  entryPattern,
  fetchFor,
  finish,
  isDatabase,
  isFailedRun,
  mlflowModelHint,
  mlflowRunFiles,
  modelDirName,
  need,
  readMlflowRun,
  readReport,
  readerFor,
  runGroup
} from "./chunk-OQQ53SS3.js";
import {
  MAX_REPORTS,
  findOnSource,
  matchFiles
} from "./chunk-IBGVV5XD.js";
import {
  isGlob
} from "./chunk-IP6FT2WD.js";
import {
  boundedChunks,
  checkSourcePath,
  defineSource,
  workspaceSource
} from "./chunk-DFHFXWES.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";

// src/sources/ancestry.ts
import { execFile } from "node:child_process";

// src/sources/git-env.ts
function gitEnv(env) {
  return { ...env, GIT_TERMINAL_PROMPT: "0" };
}

// src/sources/ancestry.ts
var MAX_WALK = 200;
var MAX_COMPARE = 10;
var HEX = /^[0-9a-f]{40,64}$/;
function git(args, cwd, env) {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      { cwd, maxBuffer: 4 * 1024 * 1024, env: gitEnv(env) },
      (error, stdout) => resolve({ ok: !error, out: String(stdout ?? "") })
    );
  });
}
function gitAncestry(workspace, env) {
  return {
    via: "git",
    async nearest(base, candidates, maxWalk) {
      if (!HEX.test(base)) return null;
      const walk = await git(["rev-list", `--max-count=${maxWalk + 1}`, base, "--"], workspace, env);
      if (!walk.ok) return null;
      const ancestors = new Set(walk.out.split("\n").filter(Boolean));
      let best = null;
      for (const sha of candidates) {
        if (!HEX.test(sha) || !ancestors.has(sha)) continue;
        const count = await git(["rev-list", "--count", `${sha}..${base}`, "--"], workspace, env);
        const behind = Number(count.out.trim());
        if (!count.ok || !Number.isInteger(behind) || behind > maxWalk) continue;
        if (!best || behind < best.behind) best = { sha, behind };
        if (behind === 0) break;
      }
      return best;
    }
  };
}
async function hasHistory(workspace, sha, env) {
  if (!HEX.test(sha)) return false;
  const [present, shallow] = await Promise.all([
    git(["cat-file", "-e", `${sha}^{commit}`], workspace, env),
    git(["rev-parse", "--is-shallow-repository"], workspace, env)
  ]);
  return present.ok && shallow.ok && shallow.out.trim() === "false";
}
function statusOf(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}
function compareApiAncestry(client, owner, repo) {
  return {
    via: "api",
    async nearest(base, candidates, maxWalk) {
      let best = null;
      for (const sha of candidates.filter((c) => HEX.test(c)).slice(0, MAX_COMPARE)) {
        if (sha === base) return { sha, behind: 0 };
        const behind = await compareBehind(client, { owner, repo }, sha, base);
        if (behind === null || behind > maxWalk) continue;
        if (!best || behind < best.behind) best = { sha, behind };
      }
      return best;
    }
  };
}
async function compareBehind(client, where, ancestor, base) {
  try {
    const res = await client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
      ...where,
      basehead: `${ancestor}...${base}`,
      per_page: 1
    });
    const data = res.data;
    if (data.status !== "ahead" && data.status !== "identical") return null;
    return typeof data.ahead_by === "number" && Number.isInteger(data.ahead_by) ? data.ahead_by : null;
  } catch (e) {
    if (statusOf(e) === 404 || statusOf(e) === 422) return null;
    throw e;
  }
}
async function ancestryFor(opts) {
  if (await hasHistory(opts.workspace, opts.base, opts.processEnv)) return gitAncestry(opts.workspace, opts.processEnv);
  if (opts.client) return compareApiAncestry(opts.client, opts.owner, opts.repo);
  return {
    via: "git",
    nearest: (base, candidates) => Promise.resolve(candidates.includes(base) ? { sha: base, behind: 0 } : null)
  };
}

// src/sources/mlflow-server.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";

// src/sources/mlflow-http.ts
var MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
var DEFAULT_TIMEOUT_MS = 3e4;
function clean(s, secrets, max = 200) {
  let out = s;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("***");
  out = out.replace(/[^\x20-\x7e]/g, "?").replace(/[`<>]/g, "'");
  return out.length > max ? `${out.slice(0, max - 1)}\u2026` : out;
}
function mlflowServerFromEnv(env, opts = {}) {
  const raw = env.MLFLOW_TRACKING_URI?.trim();
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError("MLFLOW_TRACKING_URI is not a URL; set it to the server, e.g. https://mlflow.example.com");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new InputError(
      `MLFLOW_TRACKING_URI is a ${clean(url.protocol, [], 20)} URI, not a tracking server: for a store in the repository use mlflow:mlflow.db or mlflow:mlruns/<id>/*`
    );
  const { token, username, password } = {
    token: env.MLFLOW_TRACKING_TOKEN,
    username: env.MLFLOW_TRACKING_USERNAME,
    password: env.MLFLOW_TRACKING_PASSWORD
  };
  const auth = token ? `Bearer ${token}` : username ? `Basic ${Buffer.from(`${username}:${password ?? ""}`).toString("base64")}` : null;
  const secrets = [token, password, auth].filter((s) => !!s);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, "")}/api/2.0/mlflow/`;
  const call = httpCall({ host: url.host, auth, secrets, timeoutMs: opts.timeoutMs ?? timeoutOf(env) }, opts);
  return {
    host: url.host,
    get: (api, query) => call(`${base}${api}?${new URLSearchParams(query).toString()}`, "GET", void 0),
    post: (api, body) => call(`${base}${api}`, "POST", JSON.stringify(body))
  };
}
function timeoutOf(env) {
  const raw = env.MLFLOW_HTTP_REQUEST_TIMEOUT?.trim();
  if (!raw) return DEFAULT_TIMEOUT_MS;
  const s = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || s <= 0 || s > 600)
    throw new InputError("MLFLOW_HTTP_REQUEST_TIMEOUT must be a number of seconds between 0 and 600");
  return Math.round(s * 1e3);
}
function httpCall(o, opts) {
  const doFetch = opts.fetch ?? fetch;
  return async (url, method, body) => {
    const api = new URL(url).pathname.replace(/^.*\/api\/2\.0\/mlflow\//, "");
    const where = `the MLflow server ${o.host} (${method} ${api})`;
    const headers = { accept: "application/json" };
    if (body !== void 0) headers["content-type"] = "application/json";
    if (o.auth) headers.authorization = o.auth;
    try {
      const res = await doFetch(url, {
        method,
        headers,
        ...body !== void 0 ? { body } : {},
        redirect: "manual",
        signal: AbortSignal.timeout(o.timeoutMs)
      });
      const text = await boundedText(res, where);
      if (res.status >= 300 && res.status < 400)
        throw new InputError(
          `${where} answered HTTP ${res.status}, a redirect: set MLFLOW_TRACKING_URI to the address it redirects to`
        );
      if (!res.ok) throw new InputError(`${where} answered ${serverError(res.status, text, o.secrets)}`);
      return parseJson(text, where);
    } catch (e) {
      if (e instanceof InputError) throw e;
      const name = e?.name;
      if (name === "TimeoutError" || name === "AbortError")
        throw new InputError(
          `${where} did not answer within ${o.timeoutMs / 1e3} s; check the server and MLFLOW_TRACKING_URI`
        );
      const cause = e?.cause?.code;
      throw new InputError(
        `${where} could not be reached${typeof cause === "string" ? ` (${clean(cause, [], 40)})` : ""}; check MLFLOW_TRACKING_URI and that the runner can reach the server`
      );
    }
  };
}
async function boundedText(res, where) {
  const tooBig = () => new InputError(`${where} answered with more than ${MAX_RESPONSE_BYTES} bytes`);
  const parts = [];
  if (res.body) for await (const chunk of boundedChunks(res.body, MAX_RESPONSE_BYTES, tooBig, where)) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
}
function serverError(status, text, secrets) {
  let code = "";
  let message = "";
  try {
    const v = JSON.parse(text);
    if (typeof v.error_code === "string") code = ` ${clean(v.error_code, secrets, 60)}`;
    if (typeof v.message === "string") message = `: "${clean(v.message, secrets)}"`;
  } catch {
  }
  const hint = status === 401 || status === 403 ? "; check MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD" : "";
  return `HTTP ${status}${code}${message}${hint}`;
}
function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${where} answered with something that is not JSON; is MLFLOW_TRACKING_URI an MLflow server?`);
  }
}

// src/sources/mlflow-server.ts
var MAX_PAGES = 5;
var PAGE_SIZE = 100;
var MAX_KEYS = 500;
var COMMIT_TAG = "mlflow.source.git.commit";
var STATUS = { RUNNING: 1, SCHEDULED: 2, FINISHED: 3, FAILED: 4, KILLED: 5 };
async function experimentByName(server, name) {
  const v = await server.get("experiments/get-by-name", { experiment_name: name });
  const id = v?.experiment?.experiment_id;
  if (typeof id !== "string" || !/^[\w.-]{1,64}$/.test(id))
    throw new InputError(`the MLflow server ${server.host} gave no experiment id for "${clean(name, [], 80)}"`);
  if (v.experiment?.lifecycle_stage === "deleted")
    throw new InputError(
      `the MLflow experiment "${clean(name, [], 80)}" is deleted on ${server.host}; restore it or name another`
    );
  return { id, name: typeof v.experiment?.name === "string" ? v.experiment.name : name };
}
var literal = (s) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
var tagName = (k) => `tags.\`${k.replace(/`/g, "")}\``;
function runFilter(f, commit) {
  const parts = commit === null ? [] : [`${tagName(COMMIT_TAG)} = ${literal(commit)}`];
  if (f.run_name !== void 0) parts.push(`attributes.run_name = ${literal(f.run_name)}`);
  for (const [k, v] of Object.entries(f.tags ?? {})) parts.push(`${tagName(k)} = ${literal(v)}`);
  return parts.join(" AND ");
}
async function searchRuns(server, experimentId, filter, maxPages = MAX_PAGES) {
  const runs = [];
  let token;
  for (let page = 0; page < maxPages; page++) {
    const v = await server.post("runs/search", {
      experiment_ids: [experimentId],
      filter,
      run_view_type: "ACTIVE_ONLY",
      max_results: PAGE_SIZE,
      order_by: ["attributes.start_time DESC"],
      ...token ? { page_token: token } : {}
    });
    const got = Array.isArray(v?.runs) ? v.runs : [];
    runs.push(...got.map((r) => asRun(r, server.host)));
    token = typeof v?.next_page_token === "string" && v.next_page_token !== "" ? v.next_page_token : void 0;
    if (token === void 0) return { runs, more: false };
  }
  return { runs, more: true };
}
function asRun(r, host) {
  const run = r;
  const info = run?.info;
  if (!info || typeof info !== "object")
    throw new InputError(`the MLflow server ${host} answered runs/search with a run that has no info`);
  const list = (x) => Array.isArray(x) ? x.filter((kv) => typeof kv?.key === "string") : [];
  const data = run.data ?? {};
  return {
    info,
    data: { metrics: list(data.metrics), params: list(data.params), tags: list(data.tags) }
  };
}
function runCommit(run) {
  const v = run.data.tags.find((t) => t.key === COMMIT_TAG)?.value;
  return typeof v === "string" && /^[0-9a-f]{40,64}$/.test(v) ? v : null;
}
var int = (v) => {
  const n = typeof v === "string" && /^-?\d{1,20}$/.test(v) ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};
function valueText(v) {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (v === "NaN") return "nan";
  if (v === "Infinity") return "inf";
  if (v === "-Infinity") return "-inf";
  return null;
}
function keyPath(key, host, runId) {
  const bad = key === "" || key.length > 250 || key.startsWith("/") || key.endsWith("/") || key.includes("//");
  if (bad || key.split("/").some((p) => p === "." || p === "..") || /[\0\\]/.test(key))
    throw new InputError(`MLflow run ${runId} on ${host} has a key mlgate cannot read: "${clean(key, [], 60)}"`);
  return key;
}
function runFiles(run, experimentId, host, files) {
  const runId = typeof run.info.run_id === "string" ? run.info.run_id : run.info.run_uuid;
  if (typeof runId !== "string" || !/^[\w-]{1,64}$/.test(runId))
    throw new InputError(`the MLflow server ${host} answered with a run without a valid run_id`);
  const dir = `${experimentId}/${runId}`;
  const meta = {
    run_id: runId,
    run_name: typeof run.info.run_name === "string" ? run.info.run_name : null,
    experiment_id: experimentId,
    start_time: int(run.info.start_time) ?? 0,
    end_time: int(run.info.end_time),
    status: STATUS[String(run.info.status)] ?? null,
    lifecycle_stage: typeof run.info.lifecycle_stage === "string" ? run.info.lifecycle_stage : null
  };
  files.set(`${dir}/meta.yaml`, JSON.stringify(meta));
  const { metrics, params, tags } = run.data;
  if (metrics.length + params.length + tags.length > MAX_KEYS)
    throw new InputError(`MLflow run ${runId} on ${host} has more than ${MAX_KEYS} metrics, params and tags`);
  for (const m of metrics) {
    const text = valueText(m.value);
    if (text === null) continue;
    files.set(
      `${dir}/metrics/${keyPath(m.key, host, runId)}`,
      `${int(m.timestamp) ?? 0} ${text} ${int(m.step) ?? 0}
`
    );
  }
  for (const [sub, list] of [
    ["params", params],
    ["tags", tags]
  ])
    for (const kv of list) files.set(`${dir}/${sub}/${keyPath(kv.key, host, runId)}`, String(kv.value ?? ""));
}
function serverRunsSource(server, experiment, runs, what) {
  const files = /* @__PURE__ */ new Map();
  files.set(`${experiment.id}/meta.yaml`, JSON.stringify({ experiment_id: experiment.id, name: experiment.name }));
  for (const run of runs) runFiles(run, experiment.id, server.host, files);
  const bytes = (p) => {
    const text = files.get(p);
    return text === void 0 ? null : new TextEncoder().encode(text);
  };
  return defineSource({
    kind: "mlflow",
    describe: () => what,
    label: (p) => `${p} (MLflow server ${server.host})`,
    readBytes: (p) => Promise.resolve(bytes(p)),
    async toFile(p, tempDir) {
      const b = bytes(p);
      if (b === null) return null;
      const out = path.join(tempDir, checkSourcePath(p).replace(/\//g, "_"));
      await writeFile(out, b, { flag: "wx" });
      return out;
    },
    list: (dir, opts) => Promise.resolve(listUnder([...files.keys()], dir, opts))
  });
}
function listUnder(all, dir, opts) {
  const prefix = dir === "" ? "" : `${dir}/`;
  const under = all.filter(
    (f) => f.startsWith(prefix) && f.slice(prefix.length).split("/").length - 1 <= opts.maxDepth
  );
  return under.length > opts.maxEntries ? { files: under.slice(0, opts.maxEntries), truncated: true } : { files: under.sort() };
}

// src/adapters/gather-mlflow-server.ts
function mlflowContext(env, where, opts = {}) {
  let server;
  const head = [...new Set(where.head.filter((s) => !!s && /^[0-9a-f]{40,64}$/.test(s)))];
  return {
    server: () => server === void 0 ? server = mlflowServerFromEnv(env, opts) : server,
    head,
    base: where.base,
    ancestry: where.ancestry,
    origins: [],
    notes: []
  };
}
function withServerOrigin(base, ctx) {
  if (!ctx || ctx.origins.length === 0 || base.source === "artifact" || base.source === "file") return base;
  const origin = [...ctx.origins].sort((a, b) => (b.behind ?? 0) - (a.behind ?? 0))[0];
  return { ...base, source: "mlflow", origin };
}
var sha7 = (sha) => `\`${sha.slice(0, 7)}\``;
function filterWords(spec) {
  const parts = [
    ...spec.run_name !== void 0 ? [`run name "${spec.run_name.slice(0, 60)}"`] : [],
    ...Object.entries(spec.tags ?? {}).map(([k, v]) => `tag ${k.slice(0, 60)} = "${v.slice(0, 60)}"`)
  ];
  return parts.length ? ` with ${parts.join(" and ")}` : "";
}
async function runsAt(server, exp, spec, sha) {
  const { runs, more } = await searchRuns(server, exp.id, runFilter(spec, sha));
  if (more)
    throw new InputError(
      `more than ${runs.length} runs of MLflow experiment "${exp.name.slice(0, 80)}" are tagged with commit ${sha.slice(0, 7)}; narrow them with ?run_name=\u2026 or ?tag.<key>=\u2026`,
      { field: "reports" }
    );
  return runs;
}
async function headRuns(server, exp, spec, head) {
  if (head.length === 0)
    throw new InputError("mlflow-server: needs the PR\u2019s commit to find its runs, and none is known here", {
      field: "reports"
    });
  for (const sha of head) {
    const runs = await runsAt(server, exp, spec, sha);
    if (runs.length > 0) return { sha, runs };
  }
  throw new InputError(
    `no run of MLflow experiment "${exp.name.slice(0, 80)}" on ${server.host}${filterWords(spec)} is tagged mlflow.source.git.commit = ${head.map((s) => s.slice(0, 7)).join(" or ")} (the PR\u2019s commit): run the evaluation from a checkout of that commit, which MLflow tags, or set the tag with mlflow.set_tag`,
    { field: "reports" }
  );
}
async function baseRuns(server, exp, spec, ctx, base) {
  const finished = (runs) => runs.filter((r) => r.info.status !== "FAILED" && r.info.status !== "KILLED");
  const atBase2 = finished(await runsAt(server, exp, spec, base));
  if (atBase2.length > 0) return { sha: base, runs: atBase2, behind: 0 };
  const recent = await searchRuns(server, exp.id, runFilter(spec, null));
  const commits = [...new Set(finished(recent.runs).map(runCommit))].filter((c) => c !== null);
  const nearest = commits.length ? await (await ctx.ancestry(base)).nearest(base, commits, MAX_WALK) : null;
  if (!nearest) {
    ctx.notes.push(
      `no finished run of MLflow experiment "${exp.name.slice(0, 80)}"${filterWords(spec)} is tagged with the PR\u2019s base ${base.slice(0, 7)} or one of its ${MAX_WALK} nearest ancestors: no baseline from the server`
    );
    return null;
  }
  return { sha: nearest.sha, runs: finished(await runsAt(server, exp, spec, nearest.sha)), behind: nearest.behind };
}
async function readRuns(source, exp, runs) {
  const out = [];
  for (const run of runs) {
    const dir = `${exp.id}/${String(run.info.run_id ?? run.info.run_uuid)}`;
    const files = await fetchFor(source, (got) => mlflowRunFiles(dir, got, source.label));
    if (files) out.push({ dir, files });
  }
  return out;
}
function newestByModel(source, exp, runs) {
  const sorted = [...runs].sort(
    (a, b) => b.files.meta.start_time - a.files.meta.start_time || (a.dir < b.dir ? 1 : -1)
  );
  const out = /* @__PURE__ */ new Map();
  for (const run of sorted) {
    const name = source.model ?? mlflowModelHint(run.files) ?? exp.name;
    if (!out.has(name)) out.set(name, run);
  }
  return out;
}
async function gatherMlflowServer(sides, source) {
  const ctx = sides.mlflow;
  const spec = source.server;
  if (!ctx)
    throw new InputError(
      `${source.pattern.slice(0, 80)} is read from the tracking server when a PR is gated (the action's gate mode, mlgate compare --base-ref), and the server keeps its runs: there is nothing to record or read here; leave it out of this step's reports`,
      { field: "reports" }
    );
  const server = ctx.server();
  if (!server)
    throw new InputError(
      `${source.pattern.slice(0, 80)} reads an MLflow tracking server: set MLFLOW_TRACKING_URI (and MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD) in the step's env`,
      { field: "reports" }
    );
  const exp = await experimentByName(server, spec.experiment);
  const head = await headRuns(server, exp, spec, ctx.head);
  const headSource = serverRunsSource(
    server,
    exp,
    head.runs,
    `MLflow server ${server.host}, runs of ${sha7(head.sha)}`
  );
  const heads = newestByModel(source, exp, await readRuns(headSource, exp, head.runs));
  const base = ctx.base ? await baseRuns(server, exp, spec, ctx, ctx.base) : null;
  const what = base ? `MLflow server ${server.host}, runs of ${sha7(base.sha)}` : "";
  const bases = base ? newestByModel(source, exp, await readRuns(serverRunsSource(server, exp, base.runs, what), exp, base.runs)) : /* @__PURE__ */ new Map();
  const naming = (name) => ({ model: name, fallback: name, metrics_map: sides.config.metrics_map });
  const report = (run, name) => finish(readMlflowRun(run.files), naming(name));
  const where = (run) => `${source.pattern.slice(0, 200)} run ${run.files.meta.run_id}`;
  const out = [...heads].map(([name, run]) => {
    const b = bases.get(name);
    return {
      name,
      head: report(run, name),
      base: b ? report(b, name) : null,
      head_path: where(run),
      base_path: b ? where(b) : null
    };
  });
  for (const [name, run] of bases)
    if (!heads.has(name) && !isFailedRun(run.files.meta))
      out.push({ name, head: null, base: report(run, name), head_path: null, base_path: where(run), removed: true });
  if (base && bases.size > 0) {
    const newest = Math.max(...[...bases.values()].map((r) => r.files.meta.start_time));
    ctx.origins.push({
      from: "mlflow",
      description: what,
      sha: base.sha,
      base_sha: ctx.base,
      behind: base.behind,
      recorded_at: newest > 0 ? new Date(newest).toISOString() : null
    });
  }
  return out;
}

// src/pipeline/match-baselines.ts
var nameOf = (r) => r.report.model;
function renamed(r, name) {
  return nameOf(r) === name ? r : { ...r, report: { ...r.report, model: name } };
}
function matchBaselines(heads, baseOnly) {
  const headNames = new Set(heads.map((h) => nameOf(h.head)));
  const bases = /* @__PURE__ */ new Map();
  for (const h of heads)
    if (h.base_at_path && !bases.has(nameOf(h.base_at_path)))
      bases.set(nameOf(h.base_at_path), { base: h.base_at_path, path: h.base_path ?? h.path });
  for (const b of baseOnly) if (!bases.has(nameOf(b.base))) bases.set(nameOf(b.base), b);
  const used = /* @__PURE__ */ new Set();
  const models = heads.map((h) => {
    const name = nameOf(h.head);
    const same = bases.get(name);
    if (same) {
      used.add(name);
      return { name, head: h.head, base: same.base, head_path: h.path, base_path: same.path };
    }
    const here = h.base_at_path;
    if (here && !headNames.has(nameOf(here)) && !used.has(nameOf(here))) {
      used.add(nameOf(here));
      return { name, head: h.head, base: renamed(here, name), head_path: h.path, base_path: h.base_path ?? h.path };
    }
    return { name, head: h.head, base: null, head_path: h.path, base_path: null };
  });
  for (const [name, b] of bases) {
    if (!used.has(name) && !headNames.has(name))
      models.push({ name, head: null, base: b.base, head_path: null, base_path: b.path, removed: true });
  }
  return models;
}

// src/adapters/gather-mlflow.ts
import path2 from "node:path";
var MAX_RUNS = 200;
var MAX_BASE_CANDIDATES = 20;
function modelOf(source, run) {
  return source.model ?? mlflowModelHint(run.files) ?? modelDirName(`${run.dir}/meta.yaml`) ?? run.files.experiment_name ?? "model";
}
function newestFirst(runs) {
  return runs.sort((a, b) => b.files.meta.start_time - a.files.meta.start_time || (a.dir < b.dir ? 1 : -1));
}
var namingOf = (sides, name) => ({
  model: name,
  fallback: name,
  metrics_map: sides.config.metrics_map
});
async function readRun(side, dir, label) {
  const files = await fetchFor(side, (got) => mlflowRunFiles(dir, got, label));
  return files === null ? null : { dir, files };
}
var atHead = (sides, dir) => readRun(sides.head, dir, (p) => p);
var atBase = (sides, dir) => sides.base ? readRun(sides.base, dir, (p) => `${p} (base)`) : Promise.resolve(null);
function groupByModel(source, runs, keep) {
  const byModel = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const name = modelOf(source, run);
    if (keep(run, name)) byModel.set(name, [...byModel.get(name) ?? [], run]);
  }
  return byModel;
}
async function gatherMlflow(sides, source) {
  if (isDatabase(source.pattern)) return gatherMlflowDb(sides, source);
  const pattern = source.pattern.replace(/\/+$/, "");
  const metas = await findOnSource(sides.head, [`${pattern}/meta.yaml`]);
  if (metas.length > MAX_RUNS)
    throw new InputError(`more than ${MAX_RUNS} MLflow runs match "${pattern.slice(0, 80)}"; narrow the glob`, {
      field: "reports"
    });
  const runs = [];
  for (const meta of metas) {
    const run = await atHead(sides, path2.posix.dirname(meta));
    if (run) runs.push(run);
  }
  const byModel = groupByModel(source, runs, (run) => run.files.meta.lifecycle_stage !== "deleted");
  const out = [];
  for (const [name, list] of byModel) {
    const newest = newestFirst(list)[0];
    const head = finish(readMlflowRun(newest.files), namingOf(sides, name));
    const base = await baselineRun(sides, list);
    out.push({
      name,
      head,
      base: base ? finish(readMlflowRun(base.files), namingOf(sides, name)) : null,
      head_path: newest.dir,
      base_path: base?.dir ?? null
    });
  }
  const inHead = new Set(metas.map((m) => path2.posix.dirname(m)));
  out.push(...await removedModels(sides, source, pattern, inHead, new Set(byModel.keys())));
  return out;
}
async function baselineRun(sides, list) {
  for (const candidate of list.filter((r) => !isFailedRun(r.files.meta)).slice(0, MAX_BASE_CANDIDATES)) {
    const run = await atBase(sides, candidate.dir);
    if (run && !isFailedRun(run.files.meta)) return run;
  }
  return null;
}
async function removedModels(sides, source, pattern, inHead, headModels) {
  const listed = sides.base ? await matchFiles(sides.base, `${pattern}/meta.yaml`) : null;
  const gone = (listed ?? []).map((m) => path2.posix.dirname(m)).filter((dir) => !inHead.has(dir));
  if (gone.length > MAX_RUNS)
    throw new InputError(
      `the PR removes more than ${MAX_RUNS} MLflow runs matching "${pattern.slice(0, 80)}"; narrow the glob`,
      { field: "reports" }
    );
  const runs = [];
  for (const dir of gone) {
    const run = await atBase(sides, dir);
    if (run) runs.push(run);
  }
  const usable = (run, name) => run.files.meta.lifecycle_stage !== "deleted" && !isFailedRun(run.files.meta) && !headModels.has(name);
  return [...groupByModel(source, runs, usable)].map(([name, list]) => {
    const newest = newestFirst(list)[0];
    const base = finish(readMlflowRun(newest.files), namingOf(sides, name));
    return { name, head: null, base, head_path: null, base_path: newest.dir, removed: true };
  });
}
async function gatherMlflowDb(sides, source) {
  const file = source.pattern;
  if (isGlob(file))
    throw new InputError(`an MLflow database is one file: name it without a glob (${file.slice(0, 80)})`, {
      field: "reports"
    });
  const modelOf2 = (run) => source.model ?? run.hint ?? modelDirName(file) ?? run.experiment_name ?? "model";
  const side = (s, label, finishedOnly) => fetchFor(s, (got) => {
    const db = got.db?.(file);
    if (db === void 0) return need({ databases: [file] });
    return done(db === null ? null : chooseDbRuns(db, label(file), modelOf2, finishedOnly));
  });
  const head = await side(sides.head, (p) => p, false);
  if (head === null) return [];
  const base = sides.base ? await side(sides.base, (p) => `${p} (base)`, true) : null;
  const out = [...head].map(([name, run]) => {
    const b = base?.get(name);
    return {
      name,
      head: finish(readMlflowRun(run), namingOf(sides, name)),
      base: b ? finish(readMlflowRun(b), namingOf(sides, name)) : null,
      head_path: file,
      base_path: b ? file : null
    };
  });
  for (const [name, run] of base ?? []) {
    if (head.has(name)) continue;
    out.push({
      name,
      head: null,
      base: finish(readMlflowRun(run), namingOf(sides, name)),
      head_path: null,
      base_path: file,
      removed: true
    });
  }
  return out;
}

// src/adapters/gather.ts
async function gatherModels(opts) {
  const sides = {
    head: opts.head ?? workspaceSource(opts.workspace),
    base: opts.baseline,
    config: opts.config,
    ...opts.mlflow ? { mlflow: opts.mlflow } : {}
  };
  const models = await gatherSides(sides, opts.patterns);
  if (models.length === 0) {
    const fix = opts.fix ?? "set the action's `report` input";
    throw new InputError(
      `no model report found (looked for ${opts.patterns.slice(0, 5).join(", ")}); ${fix} or \`reports\` in .github/mlgate.yml`
    );
  }
  return models;
}
async function gatherSides(sides, patterns) {
  const heads = [];
  const baseOnly = [];
  const direct = [];
  const names = /* @__PURE__ */ new Map();
  const claim = (name, where, file) => {
    const other = names.get(name);
    if (other)
      throw new InputError(
        `model "${name.slice(0, 60)}" is reported twice (also in ${other}); one report per model, or name them with models.<name>.report`,
        { file, field: "model" }
      );
    names.set(name, where);
  };
  for (const source of collectSources(patterns, sides.config.models)) {
    const found = await gatherSource(sides, source, baseOnly);
    for (const h of found.heads) claim(h.head.report.model, h.path, h.path);
    for (const m of found.direct) claim(m.name, m.head_path ?? m.base_path ?? source.pattern, m.head_path ?? void 0);
    heads.push(...found.heads);
    direct.push(...found.direct);
  }
  const taken = new Set(direct.map((m) => m.name));
  const unclaimed = baseOnly.filter((b) => !taken.has(b.base.report.model));
  return [...matchBaselines(heads, unclaimed), ...direct];
}
var headSide = (naming) => ({ label: (p) => p, required: true, naming });
var baseSide = (naming) => ({
  label: (p) => `${p} (base)`,
  required: false,
  naming
});
async function gatherSource(sides, source, baseOnly) {
  if (source.server) return { heads: [], direct: await gatherMlflowServer(sides, source) };
  if (source.reader === "mlflow" || source.reader === null && detectReader(source.pattern) === "mlflow")
    return { heads: [], direct: await gatherMlflow(sides, source) };
  const readerOf = (f) => source.reader ?? detectReader(f);
  const pattern = entryPattern(source.reader, source.pattern);
  const files = chooseEntries(readerOf, await findOnSource(sides.head, [pattern]));
  const listed = sides.base ? await matchFiles(sides.base, pattern) : null;
  const atBase2 = listed === null ? null : chooseEntries(readerOf, listed);
  const counterpart = (rel) => {
    const group = runGroup(readerOf(rel), rel);
    return group !== null && atBase2?.find((b) => runGroup(readerOf(b), b) === group) || rel;
  };
  const used = new Set(files.map(counterpart));
  if (!source.model || isGlob(pattern)) await findBaseOnly(sides, source, atBase2, used, baseOnly);
  const heads = [];
  for (const rel of files) {
    const head = await readSide(sides.head, source, rel, headSide(namingFor(sides, source, rel)));
    if (head === null) continue;
    const at = counterpart(rel);
    const base = await readBase(sides, source, at);
    heads.push({ head, path: rel, base_at_path: base, ...at !== rel ? { base_path: at } : {} });
  }
  if (heads.length === 0 && source.model && !isGlob(pattern)) {
    const base = await readBase(sides, source, pattern);
    const removed = base ? { removed: true } : {};
    return {
      heads,
      direct: [{ name: source.model, head: null, base, head_path: null, base_path: pattern, ...removed }]
    };
  }
  return { heads, direct: [] };
}
async function findBaseOnly(sides, source, atBase2, used, baseOnly) {
  const gone = (atBase2 ?? []).filter((rel) => !used.has(rel) && !baseOnly.some((b) => b.path === rel));
  if (gone.length > MAX_REPORTS) {
    throw new InputError(
      `the PR removes ${gone.length} reports matching "${source.pattern.slice(0, 80)}" (more than ${MAX_REPORTS}); narrow the report globs`,
      { field: "reports" }
    );
  }
  for (const rel of gone) {
    const base = await readBase(sides, source, rel);
    if (base) baseOnly.push({ base, path: rel });
  }
}
function namingFor(sides, source, rel) {
  return {
    ...source.model ? { model: source.model } : {},
    fallback: defaultModelName(rel),
    metrics_map: sides.config.metrics_map
  };
}
function readSide(side, source, rel, ctx) {
  const name = source.reader ?? detectReader(rel);
  if (name === "mlflow") return Promise.resolve(null);
  return readReport(side, readerFor(name), rel, ctx);
}
function readBase(sides, source, rel) {
  if (!sides.base) return Promise.resolve(null);
  return readSide(sides.base, source, rel, baseSide(namingFor(sides, source, rel)));
}

export {
  gitEnv,
  MAX_WALK,
  gitAncestry,
  ancestryFor,
  mlflowContext,
  withServerOrigin,
  gatherModels,
  gatherSides,
  baseSide
};
