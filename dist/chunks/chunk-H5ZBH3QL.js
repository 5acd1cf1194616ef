import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  pairedMetricOf
} from "./chunk-TGL7QEVK.js";
import {
  gitEnv
} from "./chunk-6C6Y4PAF.js";
import {
  describeColumns,
  parseCurveCsv,
  parseCurveCsvDetailed,
  quoteToken
} from "./chunk-OQQ53SS3.js";
import {
  applies,
  canWrite,
  checklistItemIds,
  distinctSizes,
  isTeamMember,
  latestReviews,
  markdownHeadings,
  markdownSections,
  permissionOf,
  scanCommands,
  statusOf
} from "./chunk-FFP66OKL.js";
import {
  UNDERFLOW_MESSAGE,
  formatCount,
  formatDelta,
  judgedValues,
  matchesAny,
  parseYamlOrJson,
  underflowsToZero
} from "./chunk-IP6FT2WD.js";
import {
  SourceUnavailable,
  belowSkipped,
  checkSourcePath,
  checkUntrustedFile,
  defineSource,
  isSkippedDir,
  notFoundFromReport,
  readUntrustedBytes,
  readUntrustedText,
  resolveInside,
  short,
  tooLarge,
  workspaceSource
} from "./chunk-DFHFXWES.js";
import {
  InputError,
  clipName
} from "./chunk-4ITU3WLR.js";

// src/sources/git.ts
import { execFile } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";

// src/sources/git-batch.ts
import { spawn } from "node:child_process";
var IDLE_MS = 2e3;
var GitBatch = class {
  constructor(cwd, env) {
    this.cwd = cwd;
    this.env = env;
  }
  cwd;
  env;
  child = null;
  chunks = null;
  pending = [];
  size = 0;
  queue = Promise.resolve();
  idle = null;
  /**
   * The object's bytes (at most maxBytes), `missing`, or `too-large` with its size. Null: git cannot answer
   * (no git, not a repository).
   */
  read(name, maxBytes) {
    return this.serial(async () => {
      const header = await this.ask(name);
      if (header === null || header === "missing") return header;
      if (header.size > maxBytes) {
        this.stop();
        throw new ObjectTooLarge(header.size);
      }
      const bytes = await this.take(header.size + 1);
      return bytes === null ? null : { header, bytes: bytes.subarray(0, header.size) };
    });
  }
  /** Streams the object into `sink` (large files); same answers as read. */
  copy(name, maxBytes, sink) {
    return this.serial(async () => {
      const header = await this.ask(name);
      if (header === null || header === "missing") return header;
      if (header.size > maxBytes) {
        this.stop();
        throw new ObjectTooLarge(header.size);
      }
      let left = header.size;
      try {
        while (left > 0) {
          const chunk = await this.take(Math.min(left, 1 << 20), true);
          if (chunk === null) return null;
          left -= chunk.length;
          await sink(chunk);
        }
      } catch (e) {
        this.stop();
        throw e;
      }
      return await this.take(1) === null ? null : "found";
    });
  }
  /** Ends the process (the next question starts another). */
  stop() {
    this.child?.kill();
    this.child = null;
    this.chunks = null;
    this.pending = [];
    this.size = 0;
  }
  serial(job) {
    const run = this.queue.then(async () => {
      this.hold(true);
      try {
        return await job();
      } finally {
        this.hold(false);
      }
    });
    this.queue = run.catch(() => void 0);
    return run;
  }
  /**
   * An idle process must not keep the run alive: it is unreferenced between questions, and ended after a while
   * without any (a long-lived process, such as a test worker, may read many repositories).
   */
  hold(busy) {
    if (this.idle) clearTimeout(this.idle);
    this.idle = busy ? null : setTimeout(() => this.stop(), IDLE_MS);
    this.idle?.unref();
    const c = this.child;
    if (!c) return;
    for (const h of [c, c.stdin, c.stdout]) {
      if (busy) h.ref();
      else h.unref();
    }
  }
  start() {
    const child = spawn("git", ["cat-file", "--batch"], {
      cwd: this.cwd,
      stdio: ["pipe", "pipe", "ignore"],
      env: gitEnv(this.env)
    });
    child.on("error", () => this.stop());
    child.stdin.on("error", () => void 0);
    this.child = child;
    this.chunks = child.stdout[Symbol.asyncIterator]();
    this.pending = [];
    this.size = 0;
    return child;
  }
  async ask(name) {
    const child = this.child ?? this.start();
    child.stdin.write(`${name}
`);
    const line = await this.line();
    if (line === null) return null;
    const m = /^([0-9a-f]{40,64}) ([a-z]+) (\d+)$/.exec(line);
    return m ? { oid: m[1], type: m[2], size: Number(m[3]) } : "missing";
  }
  async line() {
    for (; ; ) {
      const head = this.pending[0];
      const nl = head ? head.indexOf(10) : -1;
      if (head && nl >= 0) {
        this.consume(nl + 1);
        return head.subarray(0, nl).toString("utf8");
      }
      if (this.size > 4096 || !await this.more()) return null;
      this.pending = [Buffer.concat(this.pending)];
    }
  }
  /** Exactly n bytes (or, with `some`, between 1 and n), or null when the process ended first. */
  async take(n, some = false) {
    while (this.size < (some ? 1 : n)) if (!await this.more()) return null;
    const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    const out = all.subarray(0, Math.min(n, all.length));
    this.pending = all.length > out.length ? [all.subarray(out.length)] : [];
    this.size = all.length - out.length;
    return out;
  }
  consume(n) {
    const head = this.pending[0];
    this.pending[0] = head.subarray(n);
    if (this.pending[0].length === 0) this.pending.shift();
    this.size -= n;
  }
  async more() {
    const next = this.chunks ? await this.chunks.next().catch(() => ({ done: true, value: void 0 })) : null;
    if (!next || next.done) {
      this.stop();
      return false;
    }
    this.pending.push(next.value);
    this.size += next.value.length;
    return true;
  }
};
var ObjectTooLarge = class extends Error {
  constructor(size) {
    super(`object of ${size} bytes`);
    this.size = size;
  }
  size;
};

// src/sources/git.ts
var MAX_TREE_BYTES = 16 * 1024 * 1024;
var CommitTrees = class {
  constructor(batch, sha) {
    this.batch = batch;
    this.sha = sha;
    this.short = sha.slice(0, 7);
  }
  batch;
  sha;
  trees = /* @__PURE__ */ new Map();
  root = null;
  short;
  tree(oid) {
    let t = this.trees.get(oid);
    if (!t) this.trees.set(oid, t = readTree(this.batch, oid));
    return t;
  }
  /** The entry at `rel` (walking the trees from the root), or null when the commit has no such path. */
  async entryAt(rel) {
    this.root ??= commitTree(this.batch, this.sha);
    const oid = await this.root;
    if (oid === null) throw new SourceUnavailable(`the checkout has no commit ${this.short}`);
    let current = { mode: "40000", name: "", oid };
    for (const part of rel.split("/").filter(Boolean)) {
      if (current.mode !== "40000") return null;
      const entries = await this.tree(current.oid);
      if (entries === null) throw new SourceUnavailable(`git cannot read a tree of ${this.short}`);
      const next = entries.find((e) => e.name === part);
      if (!next) return null;
      current = next;
    }
    return current;
  }
  /** The file at `rel`, or null; a link or a directory there is refused. */
  async blobAt(rel) {
    const e = await this.entryAt(rel);
    if (e === null) return null;
    if (e.mode === "120000")
      throw new InputError(`is a symbolic link at the base commit ${this.short}; commit the file itself`, {
        file: rel
      });
    if (!e.mode.startsWith("100"))
      throw new InputError(`is not a file at the base commit ${this.short}`, { file: rel });
    return e;
  }
};
var tooLargeAtBase = (rel, maxBytes) => (err) => {
  throw err instanceof ObjectTooLarge ? new InputError(`is too large at the base commit (limit ${maxBytes} bytes)`, { file: rel }) : err;
};
function gitSource(cwd, sha, env) {
  const commit = new CommitTrees(new GitBatch(cwd, env), sha);
  const unreadable = (rel) => new SourceUnavailable(`git cannot read ${rel} at ${commit.short}`);
  return defineSource({
    kind: "git",
    describe: () => `git at \`${commit.short}\``,
    label: (rel) => `${rel}@${commit.short}`,
    async readBytes(rel, maxBytes) {
      const e = await commit.blobAt(rel);
      if (e === null) return null;
      const got = await commit.batch.read(e.oid, maxBytes).catch(tooLargeAtBase(rel, maxBytes));
      if (got === null || got === "missing") throw unreadable(rel);
      return got.bytes;
    },
    async toFile(rel, tempDir, maxBytes) {
      const e = await commit.blobAt(rel);
      if (e === null) return null;
      const dest = path.join(tempDir, `base-${path.basename(rel).replace(/[^A-Za-z0-9._-]/g, "_")}`);
      const out = createWriteStream(dest);
      const sink = (chunk) => new Promise((resolve, reject) => out.write(chunk, (err) => err ? reject(err) : resolve()));
      try {
        const got = await commit.batch.copy(e.oid, maxBytes, sink).catch(tooLargeAtBase(rel, maxBytes));
        if (got !== "found") throw unreadable(rel);
      } finally {
        await new Promise((resolve) => out.end(() => resolve()));
      }
      return dest;
    },
    async list(dir, opts) {
      const start = await commit.entryAt(dir);
      if (start === null || start.mode !== "40000") return { files: [] };
      return walkTree((oid) => commit.tree(oid), start.oid, dir, opts);
    }
  });
}
async function walkTree(tree, oid, dir, opts) {
  const files = [];
  let seen = 0;
  const walk = async (treeOid, prefix, depth) => {
    const entries = await tree(treeOid);
    if (entries === null) return null;
    for (const e of entries) {
      if (++seen > opts.maxEntries) return false;
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.mode === "40000") {
        if (isSkippedDir(e.name) || depth >= opts.maxDepth) continue;
        const done2 = await walk(e.oid, rel, depth + 1);
        if (done2 !== true) return done2;
      } else if (e.mode.startsWith("100")) files.push(rel);
    }
    return true;
  };
  const done = await walk(oid, dir, 0);
  if (done === null) return null;
  return done ? { files } : { files, truncated: true };
}
async function commitTree(batch, sha) {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return null;
  const got = await batch.read(`${sha}^{commit}`, 1024 * 1024).catch(() => null);
  if (got === null || got === "missing" || got.header.type !== "commit") return null;
  return /^tree ([0-9a-f]{40,64})$/m.exec(got.bytes.toString("utf8"))?.[1] ?? null;
}
async function readTree(batch, oid) {
  const oidBytes = oid.length / 2;
  const got = await batch.read(oid, MAX_TREE_BYTES).catch(() => null);
  if (got === null || got === "missing" || got.header.type !== "tree") return null;
  const bytes = got.bytes;
  const out = [];
  let i = 0;
  while (i < bytes.length) {
    const space = bytes.indexOf(32, i);
    const nul = bytes.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + oidBytes > bytes.length) return null;
    out.push({
      mode: bytes.subarray(i, space).toString("latin1"),
      name: bytes.subarray(space + 1, nul).toString("utf8"),
      oid: bytes.subarray(nul + 1, nul + 1 + oidBytes).toString("hex")
    });
    i = nul + 1 + oidBytes;
  }
  return out;
}
function git(args, cwd, maxBuffer, env) {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      { cwd, maxBuffer, encoding: "buffer", env: gitEnv(env) },
      (error, stdout) => resolve({ ok: !error, stdout: stdout ?? Buffer.alloc(0) })
    );
  });
}
async function gitResolveCommit(cwd, ref, env) {
  if (ref.length === 0 || ref.length > 200 || ref.startsWith("-") || /\s/.test(ref) || [...ref].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127))
    return null;
  const r = await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd, 1024, env);
  const sha = r.stdout.toString("utf8").trim();
  return r.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}
async function gitTopLevel(cwd, env) {
  const r = await git(["rev-parse", "--show-toplevel"], cwd, 64 * 1024, env);
  return r.ok ? r.stdout.toString("utf8").trim() : null;
}

// src/adapters/changed-files.ts
import { execFile as execFile2 } from "node:child_process";
var MAX_CHANGED_FILES = 3e3;
async function changedFilesFromGit(workspace, baseSha, headSha, env) {
  if (!/^[0-9a-f]{7,64}$/i.test(baseSha) || !/^[0-9a-f]{7,64}$/i.test(headSha)) return null;
  return new Promise((resolve) => {
    execFile2(
      "git",
      ["diff", "--name-only", "--no-renames", "-z", `${baseSha}...${headSha}`, "--"],
      {
        cwd: workspace,
        maxBuffer: 16 * 1024 * 1024,
        encoding: "buffer",
        env: gitEnv(env)
      },
      (error, stdout) => {
        if (error) return resolve(null);
        const files = stdout.toString("utf8").split("\0").filter(Boolean);
        resolve(files.length > MAX_CHANGED_FILES ? null : files);
      }
    );
  });
}
async function changedFilesFromApi(client, repo, pull) {
  const files = [];
  let count2 = 0;
  for await (const page of client.paginate.iterator("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
    ...repo,
    pull_number: pull,
    per_page: 100
  })) {
    for (const f of page.data) {
      if (++count2 > MAX_CHANGED_FILES) return null;
      files.push(f.filename);
      if (f.previous_filename) files.push(f.previous_filename);
    }
  }
  return files;
}

// src/adapters/carry-forward.ts
function untouched(paths, changed) {
  if (!paths || paths.length === 0 || changed === null) return false;
  return !changed.some((f) => matchesAny(f, paths));
}
function carryForward(model) {
  if (!model.base) return;
  model.head = model.base;
  model.head_path ??= model.base_path;
  model.carried_forward = true;
}
var cache = /* @__PURE__ */ new WeakMap();
function changedFiles(env) {
  let p = cache.get(env);
  if (!p) {
    p = (async () => {
      if (!env.pull) return null;
      const fromGit = await changedFilesFromGit(env.workspace, env.pull.base_sha, env.pull.head_sha, env.processEnv);
      if (fromGit) return fromGit;
      if (!env.client || !env.repo) return null;
      return changedFilesFromApi(env.client, env.repo, env.pull.number);
    })();
    cache.set(env, p);
  }
  return p;
}
var carryForwardEnricher = async (model, env) => {
  const paths = env.config.models[model.name]?.paths;
  if (!model.base || !paths?.length || !env.pull) return;
  const own = [model.head_path, model.base_path].filter((p) => !!p);
  if (untouched([...paths, ...own], await changedFiles(env))) carryForward(model);
};

// src/adapters/curve-csv.ts
import path2 from "node:path";
var MAX_CSV_BYTES = 2 * 1024 * 1024;
var curveCsvEnricher = async (model, env) => {
  const headBlock = model.head?.report.learning_curve;
  if (headBlock?.file && model.head_path) {
    const where = { field: "learning_curve.file", ...model.head?.source.positions.get("/learning_curve/file") };
    const fromDir = path2.join(env.workspace, path2.dirname(model.head_path));
    const full = resolveInside(env.workspace, fromDir, headBlock.file, model.head_path, where);
    const label = path2.relative(env.workspace, full).split(path2.sep).join("/");
    const text = await readUntrustedText(full, { root: env.workspace, label, maxBytes: MAX_CSV_BYTES });
    if (text === null)
      throw new InputError(notFoundFromReport("learning-curve CSV", env.workspace, fromDir, full), {
        file: model.head_path,
        ...where
      });
    const csv = parseCurveCsvDetailed(text, label, headBlock.metric);
    model.extras = {
      ...model.extras,
      curve: { ...model.extras?.curve, head: { points: csv.points, cost_unit: csv.cost_unit ?? "CPU-h" } }
    };
  }
  const baseBlock = model.base?.report.learning_curve;
  if (baseBlock?.file && model.base_path && env.baseline) {
    const rel = path2.posix.normalize(path2.posix.join(path2.posix.dirname(model.base_path), baseBlock.file));
    if (rel.startsWith("..") || path2.posix.isAbsolute(rel)) return;
    const text = await env.baseline.read(rel);
    if (text === null) return;
    const csv = parseCurveCsvDetailed(text, `${rel} (base)`, baseBlock.metric);
    model.extras = {
      ...model.extras,
      curve: { ...model.extras?.curve, base: { points: csv.points, cost_unit: csv.cost_unit ?? "CPU-h" } }
    };
  }
};

// src/adapters/predictions.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path3 from "node:path";

// src/stats/normal.ts
var SQRT_2PI = 2.5066282746310002;
var SERIES_LIMIT = 3;
function normalPdf(x) {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}
function centralSeries(x) {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 3; k < 1e3; k += 2) {
    term *= x2 / k;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return normalPdf(x) * sum;
}
function millsDenominator(x) {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let j = 1; j < 5e3; j++) {
    d = x + j * d;
    if (d === 0) d = tiny;
    c = x + j / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return f;
}
function normalSf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 1;
  if (Math.abs(x) < SERIES_LIMIT) return 0.5 - centralSeries(x);
  if (x < 0) return 1 - normalSf(-x);
  return normalPdf(x) / millsDenominator(x);
}
function normalCdf(x) {
  return normalSf(-x);
}
var A = [
  -39.69683028665376,
  220.9460984245205,
  -275.9285104469687,
  138.357751867269,
  -30.66479806614716,
  2.506628277459239
];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [
  -0.007784894002430293,
  -0.3223964580411365,
  -2.400758277161838,
  -2.549732539343734,
  4.374664141464968,
  2.938163982698783
];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
var P_LOW = 0.02425;
function acklamLower(p) {
  if (p < P_LOW) {
    const q2 = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q2 + C[1]) * q2 + C[2]) * q2 + C[3]) * q2 + C[4]) * q2 + C[5]) / ((((D[0] * q2 + D[1]) * q2 + D[2]) * q2 + D[3]) * q2 + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = acklamLower(p);
  for (let i = 0; i < 2; i++) {
    const e = normalCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    x = x - u / (1 + 0.5 * x * u);
  }
  return x;
}
function normalIsf(q) {
  return -normalQuantile(q);
}

// src/stats/special.ts
var LOG_2PI = 1.8378770664093453;
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (!(x > 0)) {
    if (x === 0) return Infinity;
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function stirlerr(n) {
  if (n <= 15) {
    if (n === 0) return 0;
    return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - 0.5 * LOG_2PI;
  }
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}
function bd0(x, m) {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
function binomialLogPmf(x, n, p) {
  if (x < 0 || x > n) return -Infinity;
  const q = 1 - p;
  if (p === 0) return x === 0 ? 0 : -Infinity;
  if (q === 0) return x === n ? 0 : -Infinity;
  if (x === 0) return n * Math.log1p(-p);
  if (x === n) return n * Math.log(p);
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LOG_2PI + Math.log(x) + Math.log1p(-x / n);
  return lc - 0.5 * lf;
}
function binomialLowerTailRatio(k, n, p) {
  const odds = (1 - p) / p;
  let term = 1;
  let sum = 1;
  for (let i = k; i >= 1; i--) {
    term *= i / (n - i + 1) * odds;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

// src/stats/wilson.ts
function checkConfidence(confidence) {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
}
function wilsonInterval(successes, n, confidence = 0.95) {
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`wilsonInterval: n must be a positive number, got ${n}`);
  if (!(successes >= 0 && successes <= n))
    throw new RangeError(`wilsonInterval: successes must be in [0, n], got ${successes}`);
  checkConfidence(confidence);
  const z = normalIsf((1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
  return [Math.max(0, center - half), Math.min(1, center + half)];
}

// src/stats/power.ts
function zSum(opts) {
  const alpha = opts.alpha ?? 0.05;
  const power = opts.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  return normalIsf(alpha / 2) + normalIsf(1 - power);
}
function minDetectableEffect(p, n, opts = {}) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`minDetectableEffect: p must be in [0, 1], got ${p}`);
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`minDetectableEffect: n must be positive, got ${n}`);
  const v = Math.max(p * (1 - p), 1 / n * (1 - 1 / n));
  return zSum(opts) * Math.sqrt(2 * v / n);
}
function pairedMinDetectableEffect(discordant, n, opts = {}) {
  if (!(n > 0)) throw new RangeError(`pairedMinDetectableEffect: n must be positive, got ${n}`);
  if (!(discordant >= 0 && discordant <= n))
    throw new RangeError(`pairedMinDetectableEffect: discordant must be in [0, n]`);
  const d = Math.max(discordant, 1) / n;
  return zSum(opts) * Math.sqrt(d / n);
}

// src/stats/fisher.ts
function fisherExactTwoSided(x1, n1, x2, n2) {
  const K = x1 + x2;
  const lo = Math.max(0, K - n2), hi = Math.min(K, n1);
  const logw = [];
  let l = 0, max = -Infinity;
  for (let k = lo; k <= hi; k++) {
    logw.push(l);
    if (l > max) max = l;
    l += Math.log((K - k) * (n1 - k)) - Math.log((k + 1) * (n2 - K + k + 1));
  }
  const observed = Math.exp(logw[x1 - lo] - max);
  let total = 0, tail = 0;
  for (const v of logw) {
    const w = Math.exp(v - max);
    total += w;
    if (w <= observed * (1 + 1e-7)) tail += w;
  }
  return Math.min(1, tail / total);
}
function smallExpectedCounts(p1, n1, p2, n2) {
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  return Math.min(n1, n2) * Math.min(pooled, 1 - pooled) < 5;
}

// src/stats/unpaired.ts
var UNPAIRED_TEST = "two_proportion_z (approximate)";
var UNPAIRED_SMALL_TEST = "fisher_exact (approximate)";
function checkProportion(name, p, n) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`${name}: proportion must be in [0, 1], got ${p}`);
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`${name}: n must be positive, got ${n}`);
}
function unpairedProportionTest(pBase, nBase, pHead, nHead, confidence = 0.95) {
  checkProportion("base", pBase, nBase);
  checkProportion("head", pHead, nHead);
  checkConfidence(confidence);
  const delta = pHead - pBase;
  const pooled = (pBase * nBase + pHead * nHead) / (nBase + nHead);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nBase + 1 / nHead));
  const small = se > 0 && smallExpectedCounts(pBase, nBase, pHead, nHead);
  const pValue = se === 0 ? 1 : small ? fisherExactTwoSided(Math.round(pBase * nBase), nBase, Math.round(pHead * nHead), nHead) : Math.min(1, 2 * normalSf(Math.abs(delta) / se));
  const [lh, uh] = wilsonInterval(pHead * nHead, nHead, confidence);
  const [lb, ub] = wilsonInterval(pBase * nBase, nBase, confidence);
  const lo = delta - Math.sqrt((pHead - lh) ** 2 + (ub - pBase) ** 2);
  const hi = delta + Math.sqrt((uh - pHead) ** 2 + (pBase - lb) ** 2);
  return { p_value: pValue, interval: [lo, hi], delta, test: small ? UNPAIRED_SMALL_TEST : UNPAIRED_TEST };
}

// src/stats/mcnemar.ts
function assertCount(name, v) {
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`mcnemar: ${name} must be a non-negative integer, got ${v}`);
}
function mcnemar(b, c) {
  assertCount("b", b);
  assertCount("c", c);
  const n = b + c;
  const m = Math.min(b, c);
  if (n === 0 || b === c) return { exact_p: 1, mid_p: 1, statistic: m, log_exact_p: 0, b, c };
  const logPmf = binomialLogPmf(m, n, 0.5);
  const ratio = binomialLowerTailRatio(m, n, 0.5);
  const logExact = Math.min(0, Math.LN2 + logPmf + Math.log(ratio));
  const mid = Math.min(1, Math.exp(logPmf) * (2 * ratio - 1));
  return { exact_p: Math.exp(logExact), mid_p: mid, statistic: m, log_exact_p: logExact, b, c };
}

// src/stats/holm.ts
function holm(pValues) {
  const m = pValues.length;
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holm: p-values must be in [0, 1], got ${p}`);
  }
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
  const adjusted = new Array(m);
  let running = 0;
  order.forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[idx]));
    adjusted[idx] = running;
  });
  return adjusted;
}

// src/stats/prng.ts
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
    z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
    return (z ^ z >>> 16) >>> 0;
  };
}
var Sfc32 = class {
  s = new Uint32Array(4);
  constructor(a, b, c, d) {
    this.s.set([a, b, c, d]);
    for (let i = 0; i < 12; i++) this.uint32();
  }
  uint32() {
    const s = this.s;
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    const t = (a + b >>> 0) + d >>> 0;
    s[3] = d + 1;
    s[0] = b ^ b >>> 9;
    s[1] = c + (c << 3);
    s[2] = (c << 21 | c >>> 11) + t;
    return t;
  }
  fill(out) {
    const s = this.s;
    let a = s[0];
    let b = s[1];
    let c = s[2];
    let d = s[3];
    for (let i = 0; i < out.length; i++) {
      const t = (a + b >>> 0) + d >>> 0;
      d = d + 1 >>> 0;
      a = (b ^ b >>> 9) >>> 0;
      b = c + (c << 3) >>> 0;
      c = ((c << 21 | c >>> 11) >>> 0) + t >>> 0;
      out[i] = t;
    }
    s.set([a, b, c, d]);
  }
  next() {
    const hi = this.uint32() >>> 5;
    return (hi * 67108864 + (this.uint32() >>> 6)) / 9007199254740992;
  }
};
function createRandom(seed) {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const init = splitmix32(seed);
  return new Sfc32(init(), init(), init(), init());
}
var TWO_32 = 4294967296;
var UniformBelow = class {
  constructor(rng, size) {
    this.rng = rng;
    this.size = size;
    if (!(size >= 1 && size <= 2 ** 21)) throw new RangeError(`UniformBelow: size must be in [1, 2^21], got ${size}`);
    this.threshold = TWO_32 % size;
  }
  rng;
  size;
  buffer = new Uint32Array(4096);
  at = this.buffer.length;
  threshold;
  /** Refills the buffer; returns the new read position (0). */
  refill() {
    this.rng.fill(this.buffer);
    this.at = 0;
    return 0;
  }
  next() {
    for (; ; ) {
      if (this.at === this.buffer.length) this.refill();
      const m = this.buffer[this.at++] * this.size;
      const q = Math.floor(m / TWO_32);
      if (m - q * TWO_32 >= this.threshold) return q;
    }
  }
};

// src/stats/joint-counts.ts
function evaluatedClasses(t) {
  const k = t.labels.length;
  const out = [];
  for (let l = 0; l < k; l++) {
    let s = 0;
    for (let j = l * k * k; j < (l + 1) * k * k; j++) s += t.counts[j];
    if (s > 0) out.push(l);
  }
  return out;
}
var Tally = class {
  tp;
  predicted;
  actual;
  n = 0;
  constructor(k) {
    this.tp = new Float64Array(k);
    this.predicted = new Float64Array(k);
    this.actual = new Float64Array(k);
  }
  reset() {
    this.tp.fill(0);
    this.predicted.fill(0);
    this.actual.fill(0);
    this.n = 0;
  }
  add(label, prediction, count2) {
    this.actual[label] += count2;
    this.predicted[prediction] += count2;
    if (label === prediction) this.tp[label] += count2;
    this.n += count2;
  }
  /** Metrics over the given classes (see the module comment for the conventions). */
  metrics(classes) {
    let correct = 0;
    for (let i = 0; i < this.tp.length; i++) correct += this.tp[i];
    let pSum = 0;
    let rSum = 0;
    let fSum = 0;
    let predictedInClasses = 0;
    const recall = [];
    for (const c of classes) {
      const tp = this.tp[c];
      const pred = this.predicted[c];
      const act = this.actual[c];
      predictedInClasses += pred;
      const r = act > 0 ? tp / act : 0;
      pSum += pred > 0 ? tp / pred : 0;
      rSum += r;
      fSum += pred + act > 0 ? 2 * tp / (pred + act) : 0;
      recall.push(r);
    }
    const m = classes.length;
    return {
      accuracy: this.n > 0 ? correct / this.n : 0,
      precision_macro: m > 0 ? pSum / m : 0,
      recall_macro: m > 0 ? rSum / m : 0,
      f1_macro: m > 0 ? fSum / m : 0,
      f1_micro: predictedInClasses + this.n > 0 ? 2 * correct / (predictedInClasses + this.n) : 0,
      recall
    };
  }
};
function summarizeJointCounts(t) {
  const k = t.labels.length;
  if (t.counts.length !== k * k * k)
    throw new RangeError(`joint counts: expected ${k}\xB3 = ${k * k * k} cells, got ${t.counts.length}`);
  const base = new Tally(k);
  const head = new Tally(k);
  let b = 0;
  let c = 0;
  let alike = true;
  for (let i = 0; i < t.counts.length; i++) {
    const x = t.counts[i];
    if (x === 0) continue;
    if (!(Number.isInteger(x) && x > 0)) throw new RangeError(`joint counts: cell ${i} is not a non-negative integer`);
    const l = Math.floor(i / (k * k));
    const bp = Math.floor(i / k) % k;
    const hp = i % k;
    base.add(l, bp, x);
    head.add(l, hp, x);
    if (bp === l && hp !== l) b += x;
    if (bp !== l && hp === l) c += x;
    if (bp !== hp) alike = false;
  }
  if (base.n !== t.n) throw new RangeError(`joint counts: cells sum to ${base.n}, but n = ${t.n}`);
  const classes = [];
  for (let l = 0; l < k; l++) if (base.actual[l] > 0) classes.push(l);
  return { base: base.metrics(classes), head: head.metrics(classes), classes, b, c, alike };
}

// src/stats/sampling.ts
var INVERSION_MAX_MEAN = 10;
function sampleBinomial(n, p, rng) {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - sampleBinomial(n, 1 - p, rng);
  return n * p < INVERSION_MAX_MEAN ? binomialInversion(n, p, rng) : binomialBtrs(n, p, rng);
}
function binomialInversion(n, p, rng) {
  const s = p / (1 - p);
  const a = (n + 1) * s;
  const f0 = Math.exp(n * Math.log1p(-p));
  const bound = Math.min(n, Math.floor(n * p + 10 * Math.sqrt(n * p * (1 - p)) + 10));
  for (; ; ) {
    let u = rng.next();
    let f = f0;
    let x = 0;
    while (u > f && x <= bound) {
      u -= f;
      x++;
      f *= a / x - s;
    }
    if (x <= bound) return x;
  }
}
var STIRLING_TAIL = [
  0.0810614667953272,
  0.0413406959554092,
  0.0276779256849983,
  0.02079067210376509,
  0.0166446911898211,
  0.0138761288230707,
  0.0118967099458917,
  0.010411265261972,
  0.00925546218271273,
  0.00833056343336287
];
function stirlingTail(k) {
  if (k <= 9) return STIRLING_TAIL[k];
  const kp1sq = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
}
function binomialLogPmfRatio(k, m, n, p) {
  const r = p / (1 - p);
  return (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) + (n + 1) * Math.log((n - m + 1) / (n - k + 1)) + (k + 0.5) * Math.log(r * (n - k + 1) / (k + 1)) + stirlingTail(m) + stirlingTail(n - m) - stirlingTail(k) - stirlingTail(n - k);
}
function binomialBtrs(n, p, rng) {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const mode = Math.floor((n + 1) * p);
  for (; ; ) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + c);
    if (!(k >= 0 && k <= n)) continue;
    if (us >= 0.07 && v <= vr) return k;
    if (Math.log(v * alpha / (a / (us * us) + b)) <= binomialLogPmfRatio(k, mode, n, p)) return k;
  }
}

// src/stats/macro-bootstrap.ts
var PACK_BITS = 10;
var PACK_MASK = (1 << PACK_BITS) - 1;
var BASE_RIGHT = 2 ** 30;
var HEAD_RIGHT = 2 ** 31;
var MAX_POOLED_CLASSES = 1 << PACK_BITS;
var POOL_BELOW = 8;
var MAX_POOL = 1 << 21;
function classRanks(labels) {
  const order = labels.map((_, i) => i).sort((x, y) => labels[x] < labels[y] ? -1 : labels[x] > labels[y] ? 1 : 0);
  const rank = new Int32Array(labels.length);
  order.forEach((cls, r) => rank[cls] = r);
  return rank;
}
function canonicalCells(table, rank) {
  const k = table.labels.length;
  const found = [];
  for (let i = 0; i < table.counts.length; i++) {
    const w = table.counts[i];
    if (w === 0) continue;
    const l = Math.floor(i / (k * k));
    const b = Math.floor(i / k) % k;
    const h = i % k;
    found.push({ l, b, h, w, key: (rank[l] * k + rank[b]) * k + rank[h] });
  }
  found.sort((x, y) => y.w - x.w || x.key - y.key);
  const cells = {
    label: Int32Array.from(found, (c) => c.l),
    base: Int32Array.from(found, (c) => c.b),
    head: Int32Array.from(found, (c) => c.h),
    weight: Float64Array.from(found, (c) => c.w)
  };
  return {
    ...cells,
    ...k <= MAX_POOLED_CLASSES ? examplePool(cells) : { big: found.length, pool: new Uint32Array(0) }
  };
}
function examplePool(cells) {
  const weight = cells.weight;
  let below = POOL_BELOW;
  let big = weight.length;
  let size = 0;
  for (; ; ) {
    big = weight.findIndex((w) => w < below);
    if (big < 0) return { big: weight.length, pool: new Uint32Array(0) };
    size = 0;
    for (let i = big; i < weight.length; i++) size += weight[i];
    if (size <= MAX_POOL || below <= 2) break;
    below >>= 1;
  }
  if (size > MAX_POOL) return { big: weight.length, pool: new Uint32Array(0) };
  const pool = new Uint32Array(size);
  for (let i = big, at = 0; i < weight.length; i++) {
    const [l, b, h] = [cells.label[i], cells.base[i], cells.head[i]];
    const classes = (l << PACK_BITS | b) << PACK_BITS | h;
    const packed = classes + (b === l ? BASE_RIGHT : 0) + (h === l ? HEAD_RIGHT : 0);
    pool.fill(packed, at, at += weight[i]);
  }
  return { big, pool };
}
function flatten(t, classes) {
  const m = t.metrics(classes);
  return [m.precision_macro, m.recall_macro, m.f1_macro, m.f1_micro, ...m.recall];
}
function drawInto(cells, n, rng, pick, base, head) {
  base.reset();
  head.reset();
  let remaining = n;
  let remainingWeight = n;
  for (let i = 0; i < cells.big && remaining > 0; i++) {
    const w = cells.weight[i];
    const x = w >= remainingWeight ? remaining : sampleBinomial(remaining, w / remainingWeight, rng);
    remaining -= x;
    remainingWeight -= w;
    if (x === 0) continue;
    const l = cells.label[i];
    base.add(l, cells.base[i], x);
    head.add(l, cells.head[i], x);
  }
  if (pick) drawPool(cells.pool, remaining, pick, base, head);
}
function drawPool(pool, count2, pick, base, head) {
  const { buffer, size, threshold } = pick;
  const [tpB, predB, actual, tpH, predH, actualH] = [
    base.tp,
    base.predicted,
    base.actual,
    head.tp,
    head.predicted,
    head.actual
  ];
  let at = pick.at;
  for (let j = 0; j < count2; j++) {
    let q = 0;
    for (; ; ) {
      if (at === buffer.length) at = pick.refill();
      const m = buffer[at++] * size;
      q = Math.floor(m / 4294967296);
      if (m - q * 4294967296 >= threshold) break;
    }
    const packed = pool[q];
    const l = packed >>> 2 * PACK_BITS & PACK_MASK;
    actual[l]++;
    actualH[l]++;
    predB[packed >>> PACK_BITS & PACK_MASK]++;
    predH[packed & PACK_MASK]++;
    tpB[l] += packed >>> 30 & 1;
    tpH[l] += packed >>> 31;
  }
  pick.at = at;
  base.n += count2;
  head.n += count2;
}
function predictAlike(table) {
  const k = table.labels.length;
  for (let i = 0; i < table.counts.length; i++) {
    if (table.counts[i] > 0 && Math.floor(i / k) % k !== i % k) return false;
  }
  return true;
}
function createResampler(table, rng) {
  const cells = canonicalCells(table, classRanks(table.labels));
  const pick = cells.pool.length > 0 ? new UniformBelow(rng, cells.pool.length) : null;
  return (base, head) => drawInto(cells, table.n, rng, pick, base, head);
}
function macroBootstrap(table, iterations, rng) {
  const k = table.labels.length;
  const rank = classRanks(table.labels);
  const classes = evaluatedClasses(table).sort((x, y) => rank[x] - rank[y]);
  const cells = canonicalCells(table, rank);
  const base = new Tally(k);
  const head = new Tally(k);
  for (let i = 0; i < cells.weight.length; i++) {
    base.add(cells.label[i], cells.base[i], cells.weight[i]);
    head.add(cells.label[i], cells.head[i], cells.weight[i]);
  }
  const names = [
    "precision_macro",
    "recall_macro",
    "f1_macro",
    "f1_micro",
    ...classes.map((c) => `recall[${table.labels[c]}]`)
  ];
  const observed = { base: flatten(base, classes), head: flatten(head, classes) };
  const deltas = names.map(() => new Float64Array(iterations));
  if (!predictAlike(table)) {
    const resample = createResampler(table, rng);
    for (let it = 0; it < iterations; it++) {
      resample(base, head);
      const mb = flatten(base, classes);
      const mh = flatten(head, classes);
      for (let j = 0; j < names.length; j++) deltas[j][it] = mh[j] - mb[j];
    }
  }
  return names.map((name, j) => ({ name, base: observed.base[j], head: observed.head[j], deltas: deltas[j] }));
}

// src/stats/bootstrap.ts
var DEFAULT_BOOTSTRAP_SEED = 20240611;
var MAX_BOOTSTRAP_ITERATIONS = 1e5;
var MACRO_STREAM = 1540483477;
function sortedQuantile(sorted, q) {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}
function summarizeDeltas(d, base, head, confidence) {
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let i = 0; i < d.length; i++) {
    if (d[i] <= 0) atOrBelow++;
    if (d[i] >= 0) atOrAbove++;
  }
  d.sort();
  const tail = (1 - confidence) / 2;
  return {
    base,
    head,
    delta: head - base,
    interval: [sortedQuantile(d, tail), sortedQuantile(d, 1 - tail)],
    p_value: Math.min(1, 2 * (Math.min(atOrBelow, atOrAbove) + 1) / (d.length + 1))
  };
}
function accuracyDeltas(n, b, c, iterations, rng) {
  const out = new Float64Array(iterations);
  const pb = b / n;
  const pc = b < n ? c / (n - b) : 0;
  for (let it = 0; it < iterations; it++) {
    const bs = sampleBinomial(n, pb, rng);
    const cs = sampleBinomial(n - bs, pc, rng);
    out[it] = (cs - bs) / n;
  }
  return out;
}
function checkOptions(table, iterations, confidence) {
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_BOOTSTRAP_ITERATIONS) {
    throw new RangeError(
      `bootstrap iterations must be an integer in [1, ${MAX_BOOTSTRAP_ITERATIONS}], got ${iterations}`
    );
  }
  checkConfidence(confidence);
  if (table.n === 0) throw new RangeError("bootstrap: the joint count table is empty");
}
function pairedBootstrap(table, opts = {}, summary) {
  const iterations = opts.iterations ?? 2e3;
  const seed = opts.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const confidence = opts.confidence ?? 0.95;
  const s = summary ?? summarizeJointCounts(table);
  checkOptions(table, iterations, confidence);
  const deltas = accuracyDeltas(table.n, s.b, s.c, iterations, createRandom(seed));
  const result = {
    accuracy: summarizeDeltas(deltas, s.base.accuracy, s.head.accuracy, confidence)
  };
  if (opts.macro === false) return result;
  const macro = macroBootstrap(table, iterations, createRandom(seed ^ MACRO_STREAM | 0));
  for (const m of macro) result[m.name] = summarizeDeltas(m.deltas, m.base, m.head, confidence);
  return result;
}

// src/stats/paired.ts
function gatesMacro(gated) {
  if (gated === void 0) return true;
  return gated.some((name) => {
    const paired = pairedMetricOf(name);
    return paired !== null && paired.key !== "accuracy";
  });
}
function analysePaired(table, opts = {}) {
  const summary = summarizeJointCounts(table);
  const { b, c } = summary;
  const iterations = opts.iterations ?? 2e3;
  const { gated, ...rest } = opts;
  const bootstrap = pairedBootstrap(table, { ...rest, macro: gatesMacro(gated) || summary.alike }, summary);
  return { n: table.n, b, c, mcnemar: mcnemar(b, c), bootstrap, iterations, seed: opts.seed ?? DEFAULT_BOOTSTRAP_SEED };
}
function pairedSummaryFor(name, analysis) {
  const boot = analysis.bootstrap;
  const paired = pairedMetricOf(name);
  if (!paired) return void 0;
  if (paired.key === "accuracy") {
    const acc = boot.accuracy;
    const flipped = acc && {
      base: 1 - acc.base,
      head: 1 - acc.head,
      delta: -acc.delta,
      interval: [-acc.interval[1], -acc.interval[0]],
      p_value: acc.p_value
    };
    const bootstrap = paired.flipped ? flipped : acc;
    return { n: analysis.n, bootstrap, mcnemar: analysis.mcnemar, discordant: analysis.b + analysis.c };
  }
  const entry = boot[paired.key];
  return entry ? { n: analysis.n, bootstrap: entry } : void 0;
}

// src/stats/significance.ts
var NONE = {
  interval: null,
  p_value: null,
  significant: null,
  min_detectable_effect: null,
  test: null,
  approximate: false
};
function significanceForMetric(input) {
  const alpha = input.alpha ?? 0.05;
  const powerOpts = { alpha: input.mde_alpha ?? alpha, power: input.power ?? 0.8 };
  const { paired } = input;
  if (paired?.mcnemar) {
    const p = paired.mcnemar.mid_p;
    return {
      interval: paired.bootstrap ? paired.bootstrap.interval : null,
      p_value: p,
      significant: p < alpha,
      min_detectable_effect: pairedMinDetectableEffect(
        paired.discordant ?? paired.mcnemar.b + paired.mcnemar.c,
        paired.n,
        powerOpts
      ),
      test: "mcnemar_mid_p",
      approximate: false,
      p_exact: paired.mcnemar.exact_p
    };
  }
  const mde = unpairedMde(input, powerOpts);
  if (paired?.bootstrap) {
    const p = paired.bootstrap.p_value;
    const result = { interval: paired.bootstrap.interval, p_value: p, significant: p < alpha };
    return { ...result, min_detectable_effect: mde, test: "paired_bootstrap", approximate: false };
  }
  const n = input.eval_size;
  if (input.proportion && n !== void 0 && n > 0) return unpairedResult(input, n, alpha, mde);
  return { ...NONE };
}
function unpairedMde(input, powerOpts) {
  const n = input.eval_size;
  const nBase = baseSize(input);
  const nEff = n !== void 0 && nBase !== void 0 ? 2 / (1 / n + 1 / nBase) : void 0;
  if (!(input.proportion && nEff !== void 0 && nEff > 0 && input.base >= 0 && input.base <= 1)) return null;
  const allowance = input.rounding ? input.rounding.base + input.rounding.head : 0;
  return minDetectableEffect(input.base, nEff, powerOpts) + allowance;
}
function baseSize(input) {
  return input.base_eval_size !== void 0 && input.base_eval_size > 0 ? input.base_eval_size : input.eval_size;
}
function unpairedResult(input, n, alpha, mde) {
  if (!(input.base >= 0 && input.base <= 1 && input.head >= 0 && input.head <= 1)) return { ...NONE };
  const nBase = baseSize(input);
  const [b, h] = leastDifferent(input.base, input.head, input.rounding);
  const r = unpairedProportionTest(b, nBase, h, n, 1 - alpha);
  const allowance = input.rounding ? input.rounding.base + input.rounding.head : 0;
  const iv = unpairedProportionTest(input.base, nBase, input.head, n, 1 - alpha).interval;
  return {
    interval: [iv[0] - allowance, iv[1] + allowance],
    p_value: r.p_value,
    significant: r.p_value < alpha,
    min_detectable_effect: mde,
    test: r.test,
    approximate: true
  };
}
function leastDifferent(base, head, rounding) {
  if (!rounding) return [base, head];
  const d = head - base;
  if (Math.abs(d) <= rounding.base + rounding.head) {
    const t = rounding.base / (rounding.base + rounding.head || 1);
    const v = base + d * t;
    return [v, v];
  }
  const s = Math.sign(d);
  return [base + s * rounding.base, head - s * rounding.head];
}
function adjustHolm(results, alpha = 0.05) {
  const idx = [];
  const ps = [];
  results.forEach((r, i) => {
    if (r.p_value !== null) {
      idx.push(i);
      ps.push(r.p_value);
    }
  });
  const adj = holm(ps);
  const out = results.map((r) => ({ ...r, p_adjusted: null }));
  idx.forEach((i, j) => {
    const o = out[i];
    o.p_adjusted = adj[j];
    o.significant = adj[j] < alpha;
  });
  return out;
}

// src/pipeline/slices.ts
var SLICE_SIZE_KEY = "size";
function sliceRowName(metric, slice) {
  return `${metric} [${slice}]`;
}
var LOOKALIKE = Object.fromEntries(
  [..."\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04BB\u051B\u051D\u03B1\u03B5\u03B9\u03BA\u03BD\u03BF\u03C1\u03C4\u03C5\u03C7"].map((c, i) => [c, "aeopcyxijsdhqwaeikvoptux"[i]])
);
var INVISIBLE = /\u034f|\u17b4|\u17b5|[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
function looks(name) {
  return [...name.normalize("NFKC").toLowerCase().replace(INVISIBLE, "")].map((c) => LOOKALIKE[c] ?? c).join("");
}
function baseSliceOf(b, h) {
  const out = /* @__PURE__ */ new Map();
  const baseOnly = Object.keys(b).filter((s) => !Object.hasOwn(h, s));
  for (const slice of Object.keys(h)) {
    if (Object.hasOwn(b, slice)) out.set(slice, slice);
    else {
      const same = baseOnly.filter((s) => looks(s) === looks(slice));
      if (same.length === 1) out.set(slice, same[0]);
    }
  }
  return out;
}
function sliceRows(base, head) {
  const b = base?.slices ?? {}, h = head?.slices ?? {};
  const own = (o, k) => Object.hasOwn(o, k) ? o[k] : void 0;
  const pairs = baseSliceOf(b, h);
  const paired = new Set(pairs.values());
  const slices = [...Object.keys(h), ...Object.keys(b).filter((s) => !Object.hasOwn(h, s) && !paired.has(s))];
  const rows = [];
  for (const slice of slices) {
    const at = Object.hasOwn(h, slice) ? pairs.get(slice) ?? null : slice;
    const hs = own(h, slice) ?? {}, bs = (at === null ? void 0 : own(b, at)) ?? {};
    const metrics = [...Object.keys(hs), ...Object.keys(bs).filter((m) => !Object.hasOwn(hs, m))].filter(
      (m) => m !== SLICE_SIZE_KEY
    );
    const sizes = {};
    const bSize = own(bs, SLICE_SIZE_KEY), hSize = own(hs, SLICE_SIZE_KEY);
    if (bSize !== void 0) sizes.base = bSize;
    if (hSize !== void 0) sizes.head = hSize;
    for (const metric of metrics) {
      rows.push({
        name: sliceRowName(metric, slice),
        metric,
        slice,
        base: own(bs, metric) ?? null,
        head: own(hs, metric) ?? null,
        sizes
      });
    }
  }
  return rows;
}
function sliceSizeChanges(base, head) {
  const changed = /* @__PURE__ */ new Map();
  for (const { slice, sizes } of sliceRows(base, head)) {
    if (sizes.base !== void 0 && sizes.head !== void 0 && sizes.base !== sizes.head)
      changed.set(slice, { slice, base: sizes.base, head: sizes.head });
  }
  return [...changed.values()];
}

// src/pipeline/eval-checks.ts
var count = formatCount;
function evalSetsDiffer(base, head) {
  if (!base) return false;
  return base.dataset !== void 0 && head?.dataset !== base.dataset || base.size !== void 0 && head?.size !== base.size;
}
function evalChange(base, head, config, location) {
  if (!base) return { findings: [], notes: [] };
  const h = head ?? {};
  const side = (e) => [e.dataset, e.size !== void 0 ? `${count(e.size)} examples` : void 0].filter((x) => x !== void 0).join(", ") || "not stated";
  const slices = sliceSizeChanges(base, head).map(
    (c) => `${clipName(c.slice, 40)}: ${count(c.base)} \u2192 ${count(c.head)} examples`
  );
  const shown = slices.length > 3 ? [...slices.slice(0, 3), `${slices.length - 3} more`] : slices;
  const when = config.baseline.when_eval_changed;
  const advice = (keep, what) => when === "fail" ? `; ${keep}, or set baseline.when_eval_changed: warn on the base branch to move to the new ${what}` : ` (baseline.when_eval_changed: ${when})`;
  const message = evalSetsDiffer(base, head) ? `eval set changed (base: ${side(base)}; PR: ${side(h)}): deltas are not like for like` + advice("evaluate on the base\u2019s set", "one") : slices.length ? `eval slices changed (${shown.join("; ")}): those slices' deltas are not like for like` + advice("keep the base\u2019s slice definitions", "ones") : null;
  if (message === null) return { findings: [], notes: [] };
  if (when === "pass") return { findings: [], notes: [message] };
  return {
    findings: [{ rule: "eval.changed", severity: when, message, ...location ? { location } : {} }],
    notes: []
  };
}
function predictionsMismatch(metrics, paired, sizes) {
  const out = [];
  const n = paired.n;
  for (const side of ["head", "base"]) {
    const size = sizes[side];
    const who = side === "head" ? "the PR\u2019s" : "the base\u2019s";
    if (size !== void 0 && size !== n) {
      out.push(`${who} eval.size is ${count(size)} but the predictions files pair ${count(n)} examples`);
    }
  }
  for (const m of metrics) {
    const summary = pairedSummaryFor(m.name, paired);
    const computed = summary?.bootstrap;
    if (!computed) continue;
    const rounding = (side) => roundingOf(m.reported[side], m.scale);
    if (!summary.mcnemar) {
      if (m.base === null || m.head === null || paired.b + paired.c > 0 || computed.interval[0] !== 0 || computed.interval[1] !== 0)
        continue;
      const delta = m.head - m.base;
      if (Math.abs(delta) > rounding("base") + rounding("head") + 1e-9) {
        out.push(
          `${m.name} changes by ${formatDelta(delta, true)} in the reports, but the two predictions files predict alike`
        );
      }
      continue;
    }
    for (const side of ["head", "base"]) {
      const value = m[side], written = m.reported[side];
      if (value === null || written === null) continue;
      const tolerance = Math.max(1 / n, roundingOf(written, m.scale)) + 1e-9;
      if (Math.abs(value - computed[side]) > tolerance) {
        const who = side === "head" ? "the PR\u2019s report" : "the base\u2019s report";
        out.push(
          `${m.name} is ${written} in ${who} but its predictions file scores ${round(computed[side] / m.scale)} on ${count(n)} examples`
        );
      }
    }
  }
  return out;
}
function mismatchFinding(problems, location) {
  return {
    rule: "eval.predictions_mismatch",
    severity: "fail",
    message: `the predictions files do not match the reports: ${problems.join("; ")}; regenerate eval.predictions in the same run that computes the metrics`,
    ...location ? { location } : {}
  };
}
function pairedOutsideInterval(m, paired) {
  const summary = pairedSummaryFor(m.name, paired);
  if (!summary?.bootstrap || summary.mcnemar || m.base === null || m.head === null) return null;
  const tolerance = roundingOf(m.reported.base, m.scale, 5e-3) + roundingOf(m.reported.head, m.scale, 5e-3) + 1 / paired.n + 1e-9;
  const delta = m.head - m.base;
  const [lo, hi] = summary.bootstrap.interval;
  if (delta >= lo - tolerance && delta <= hi + tolerance) return null;
  return `${m.name} changes by ${formatDelta(delta, true)} in the reports, outside what the predictions files show (${formatDelta(lo, true)} to ${formatDelta(hi, true)}; another class set?): its paired test is not used`;
}
function roundingOf(written, scale, cap = Infinity) {
  return written === null ? 0 : Math.min(cap, 0.5 * 10 ** -decimals(written) * scale);
}
function pairRounding(reported, scale) {
  if (reported.base === null || reported.head === null) return 0;
  const d = Math.max(decimals(reported.base), decimals(reported.head));
  return Math.min(5e-3, 0.5 * 10 ** -d) * scale;
}
function decimals(v) {
  const s = String(Math.abs(v));
  const exp = /e-(\d+)$/.exec(s);
  if (exp) return Number(exp[1]) + (s.split("e")[0].split(".")[1]?.length ?? 0);
  return s.split(".")[1]?.length ?? 0;
}
var round = (v) => Number(v.toPrecision(4));

// src/stats/id-uniqueness.ts
var PREFIX_ROWS = 1 << 16;
function hash53(s) {
  let h1 = 2166136261;
  let h2 = 1799596469;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 16777619);
    h2 = Math.imul(h2 ^ ch, 1540483477);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 2097152 + (h2 >>> 0 & 2097151);
}
function idHash(num, str2) {
  return num >= 0 ? num : hash53(str2);
}
function digits(n) {
  let d = 1;
  for (let p = 10; n >= p; p *= 10) d++;
  return d;
}
function dropDigits(n, k) {
  const p = 10 ** k;
  return (n - n % p) / p;
}
function compareDecimalText(a, b) {
  const da = digits(a);
  const db = digits(b);
  const a2 = da > db ? dropDigits(a, da - db) : a;
  const b2 = db > da ? dropDigits(b, db - da) : b;
  if (a2 !== b2) return a2 < b2 ? -1 : 1;
  return da === db ? 0 : da < db ? -1 : 1;
}
var IdUniqueness = class {
  count = 0;
  lastNum = -2;
  // -2: no id yet
  lastStr = "";
  lexIncreasing = true;
  lengthLexIncreasing = true;
  /** Index of the first id out of order, -1 while ordered. */
  breakIndex = -1;
  hashes = new Float64Array(1 << 12);
  size = 0;
  candidates;
  add(num, str2) {
    if (this.breakIndex < 0) {
      if (this.lastNum !== -2) this.checkOrder(num, str2);
      this.lastNum = num;
      this.lastStr = num >= 0 ? "" : str2;
      if (this.breakIndex < 0 && this.count >= PREFIX_ROWS) {
        this.count++;
        return;
      }
    }
    this.count++;
    this.push(idHash(num, str2));
  }
  checkOrder(num, str2) {
    const prevNum = this.lastNum;
    if (prevNum >= 0 && num >= 0) {
      if (this.lengthLexIncreasing && !(prevNum < num)) this.lengthLexIncreasing = false;
      if (this.lexIncreasing && compareDecimalText(prevNum, num) >= 0) this.lexIncreasing = false;
    } else {
      const prev = prevNum >= 0 ? String(prevNum) : this.lastStr;
      const id = num >= 0 ? String(num) : str2;
      if (this.lexIncreasing && !(prev < id)) this.lexIncreasing = false;
      if (this.lengthLexIncreasing && !(prev.length < id.length || prev.length === id.length && prev < id)) {
        this.lengthLexIncreasing = false;
      }
    }
    if (!this.ordered) {
      this.breakIndex = this.count;
      this.lastStr = "";
    }
  }
  push(h) {
    if (this.size === this.hashes.length) {
      const next = new Float64Array(this.hashes.length * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[this.size++] = h;
  }
  /** True while the ids are strictly increasing, so duplicates are impossible. */
  get ordered() {
    return this.lexIncreasing || this.lengthLexIncreasing;
  }
  /** Row indices [from, to) (in the order of add) whose ids must be fed to addMissing before findCandidates. */
  get missing() {
    return this.breakIndex > PREFIX_ROWS ? { from: PREFIX_ROWS, to: this.breakIndex } : void 0;
  }
  addMissing(num, str2) {
    this.push(idHash(num, str2));
  }
  /** Number of hash values that occur more than once (0 means no duplicates, certainly). */
  findCandidates() {
    if (this.ordered) {
      this.candidates = /* @__PURE__ */ new Set();
      return 0;
    }
    const sorted = this.hashes.subarray(0, this.size).sort();
    const found = /* @__PURE__ */ new Set();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) found.add(sorted[i]);
    this.candidates = found;
    this.hashes = new Float64Array(0);
    return found.size;
  }
  /** After findCandidates: could this id be one of the duplicates? */
  isCandidate(num, str2) {
    return this.candidates?.has(idHash(num, str2)) ?? false;
  }
};

// src/stats/joint-table-builder.ts
var DEFAULT_MAX_CLASSES = 100;
var JointTableBuilder = class {
  constructor(maxClasses = DEFAULT_MAX_CLASSES) {
    this.maxClasses = maxClasses;
  }
  maxClasses;
  dictionary = /* @__PURE__ */ new Map();
  names = [];
  cap = 8;
  cells = new Float64Array(8 * 8 * 8);
  n = 0;
  /** Index of a class value, or -1 when adding it would exceed maxClasses. */
  classIndex(value) {
    const found = this.dictionary.get(value);
    if (found !== void 0) return found;
    if (this.names.length >= this.maxClasses) return -1;
    const idx = this.names.length;
    this.dictionary.set(value, idx);
    this.names.push(value);
    if (idx >= this.cap) this.grow();
    return idx;
  }
  className(index) {
    return this.names[index] ?? "";
  }
  get classCount() {
    return this.names.length;
  }
  grow() {
    const old = this.cap;
    const cap = old * 2;
    const next = new Float64Array(cap * cap * cap);
    for (let l = 0; l < old; l++) {
      for (let b = 0; b < old; b++) {
        for (let h = 0; h < old; h++) next[(l * cap + b) * cap + h] = this.cells[(l * old + b) * old + h];
      }
    }
    this.cap = cap;
    this.cells = next;
  }
  add(label, basePrediction, headPrediction) {
    this.cells[(label * this.cap + basePrediction) * this.cap + headPrediction]++;
    this.n++;
  }
  build() {
    const k = this.names.length;
    const cap = this.cap;
    const counts = new Float64Array(k * k * k);
    for (let l = 0; l < k; l++) {
      for (let b = 0; b < k; b++) {
        for (let h = 0; h < k; h++) counts[(l * k + b) * k + h] = this.cells[(l * cap + b) * cap + h];
      }
    }
    return { labels: [...this.names], counts, n: this.n };
  }
};

// src/stats/id-index.ts
var EMPTY = -1;
var IdIndex = class {
  numMask = (1 << 10) - 1;
  numKeys = new Float64Array(1 << 10).fill(EMPTY);
  numSlots = new Int32Array(1 << 10);
  numbers = 0;
  strMask = (1 << 10) - 1;
  strHashes = new Int32Array(1 << 10);
  strSlots = new Int32Array(1 << 10).fill(EMPTY);
  /** The string id of each slot that has one. */
  strs = [];
  strings = 0;
  get size() {
    return this.numbers + this.strings;
  }
  /** The slot of an id, or -1. */
  get(num, str2) {
    if (num < 0) return this.getString(str2);
    const keys = this.numKeys;
    const mask = this.numMask;
    for (let i = mixNumber(num) & mask; ; i = i + 1 & mask) {
      const k = keys[i];
      if (k === num) return this.numSlots[i];
      if (k === EMPTY) return -1;
    }
  }
  getString(str2) {
    const h = hashString(str2);
    const mask = this.strMask;
    for (let i = h & mask; ; i = i + 1 & mask) {
      const slot = this.strSlots[i];
      if (slot === EMPTY) return -1;
      if (this.strHashes[i] === h && this.strs[slot] === str2) return slot;
    }
  }
  /** Adds an id that is not present (check with get first). */
  set(num, str2, slot) {
    if (num < 0) {
      if (2 * (this.strings + 1) > this.strMask + 1) this.growStrings();
      this.strs[slot] = str2;
      this.placeString(hashString(str2), slot);
      this.strings++;
    } else {
      if (2 * (this.numbers + 1) > this.numMask + 1) this.growNumbers();
      this.placeNumber(num, slot);
      this.numbers++;
    }
  }
  /** The string id stored for a slot (for error messages), or undefined for an integer id. */
  stringAt(slot) {
    return this.strs[slot];
  }
  placeNumber(num, slot) {
    let i = mixNumber(num) & this.numMask;
    while (this.numKeys[i] !== EMPTY) i = i + 1 & this.numMask;
    this.numKeys[i] = num;
    this.numSlots[i] = slot;
  }
  placeString(h, slot) {
    let i = h & this.strMask;
    while (this.strSlots[i] !== EMPTY) i = i + 1 & this.strMask;
    this.strHashes[i] = h;
    this.strSlots[i] = slot;
  }
  growNumbers() {
    const [keys, slots] = [this.numKeys, this.numSlots];
    this.numMask = keys.length * 2 - 1;
    this.numKeys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.numSlots = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.placeNumber(keys[i], slots[i]);
  }
  growStrings() {
    const [hashes, slots] = [this.strHashes, this.strSlots];
    this.strMask = slots.length * 2 - 1;
    this.strHashes = new Int32Array(slots.length * 2);
    this.strSlots = new Int32Array(slots.length * 2).fill(EMPTY);
    for (let i = 0; i < slots.length; i++) if (slots[i] !== EMPTY) this.placeString(hashes[i], slots[i]);
  }
};
function mixNumber(n) {
  const lo = n >>> 0;
  const hi = (n - lo) / 4294967296;
  let h = Math.imul(lo ^ Math.imul(hi, 2654435761), 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
}
function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 739982445);
  return h ^ h >>> 12;
}

// src/adapters/predictions/hash-join.ts
function labelConflict(head, id, line, baseLabel, headLabel) {
  return new InputError(
    `id ${quoteToken(id)} has label ${quoteToken(headLabel)} here but ${quoteToken(baseLabel)} in the base predictions; both models must be evaluated on the same examples with the same labels`,
    { file: head.label, line, field: "label" }
  );
}
function duplicateId(source, id, line, firstLine) {
  return new InputError(`duplicate id ${quoteToken(id)} (first on line ${firstLine}); each example must appear once`, {
    file: source.label,
    line,
    field: "id"
  });
}
var HeldRows = class {
  size = 0;
  id = new Float64Array(1 << 12);
  // integer id, or -1 (the string is kept by the IdIndex)
  label = new Int32Array(1 << 12);
  pred = new Int32Array(1 << 12);
  line = new Float64Array(1 << 12);
  matchedAt = new Float64Array(1 << 12);
  // head line that matched the slot, 0 if none yet
  add(id, label, pred, line) {
    if (this.size === this.id.length) this.grow();
    const s = this.size++;
    this.id[s] = id;
    this.label[s] = label;
    this.pred[s] = pred;
    this.line[s] = line;
  }
  grow() {
    const n = this.id.length * 2;
    const widen = (a, make) => {
      const next = make(n);
      next.set(a);
      return next;
    };
    this.id = widen(this.id, (k) => new Float64Array(k));
    this.label = widen(this.label, (k) => new Int32Array(k));
    this.pred = widen(this.pred, (k) => new Int32Array(k));
    this.line = widen(this.line, (k) => new Float64Array(k));
    this.matchedAt = widen(this.matchedAt, (k) => new Float64Array(k));
  }
};
function tooManyHeld(max, head, firstBaseLine, firstHeadLine) {
  return new InputError(
    `base and head list their ids in a different order (first difference at base line ${firstBaseLine ?? "end"}, head line ${firstHeadLine ?? "end"}), and more than ${max} rows would have to be held in memory to join them; write both files in the same id order (e.g. sort both by id)`,
    { file: head.label }
  );
}
async function holdBase(cursor, head, index, held, baseIds, max) {
  const base = cursor.source;
  const firstBaseLine = cursor.at < base.count ? base.lines[cursor.at] : void 0;
  const firstHeadLine = head.at < head.source.count ? head.source.lines[head.at] : void 0;
  let from = cursor.at;
  for (let done = cursor.done; !done; done = !await base.next()) {
    for (let i = from; i < base.count; i++) {
      const num = base.idNum[i];
      const str2 = num >= 0 ? "" : base.idStr[i];
      const seen = index.get(num, str2);
      if (seen >= 0) throw duplicateId(base, base.idText(i), base.lines[i], held.line[seen]);
      if (held.size >= max) throw tooManyHeld(max, head.source, firstBaseLine, firstHeadLine);
      baseIds.add(num, str2);
      index.set(num, str2, held.size);
      held.add(num, base.labels[i], base.predictions[i], base.lines[i]);
    }
    from = 0;
  }
}
async function probeHead(cursor, index, held, table) {
  const head = cursor.source;
  const onlyHead = { count: 0, examples: [] };
  let from = cursor.at;
  for (let done = cursor.done; !done; done = !await head.next()) {
    for (let i = from; i < head.count; i++) {
      const num = head.idNum[i];
      const slot = index.get(num, num >= 0 ? "" : head.idStr[i]);
      if (slot < 0) {
        if (onlyHead.count++ < 3) onlyHead.examples.push(head.idText(i));
        continue;
      }
      if (held.matchedAt[slot] !== 0) throw duplicateId(head, head.idText(i), head.lines[i], held.matchedAt[slot]);
      held.matchedAt[slot] = head.lines[i];
      const label = held.label[slot];
      if (label !== head.labels[i]) {
        const [was, is] = [table.className(label), table.className(head.labels[i])];
        throw labelConflict(head, head.idText(i), head.lines[i], was, is);
      }
      table.add(label, held.pred[slot], head.predictions[i]);
    }
    from = 0;
  }
  return onlyHead;
}
async function hashJoin(base, head, table, baseIds, maxHashJoinRows) {
  const index = new IdIndex();
  const held = new HeldRows();
  await holdBase(base, head, index, held, baseIds, maxHashJoinRows);
  const onlyHead = await probeHead(head, index, held, table);
  const onlyBase = { count: 0, examples: [] };
  for (let slot = 0; slot < held.size; slot++) {
    if (held.matchedAt[slot] !== 0) continue;
    if (onlyBase.count++ < 3) onlyBase.examples.push(index.stringAt(slot) ?? String(held.id[slot]));
  }
  return { onlyBase, onlyHead };
}
function coverageError(coverage, head) {
  const list = (u) => u.examples.length ? ` (e.g. ${u.examples.map(quoteToken).join(", ")})` : "";
  const { onlyBase, onlyHead } = coverage;
  return new InputError(
    `base and head predictions cover different examples: ${onlyBase.count} id(s) only in base${list(onlyBase)}, ${onlyHead.count} only in head${list(onlyHead)}; evaluate both models on the same set with the same ids`,
    { file: head.label, field: "id" }
  );
}

// src/adapters/predictions/row-source.ts
import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";

// src/stats/byte-interner.ts
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;
var MAX_ENTRIES = 4096;
var ByteInterner = class _ByteInterner {
  /** resolve: class index of a decoded value, or a negative number (not cached) when it is refused. */
  constructor(resolve) {
    this.resolve = resolve;
  }
  resolve;
  mask = 255;
  /** Hash slot → entry + 1 (0: empty). */
  slots = new Int32Array(256);
  starts = [];
  lengths = [];
  values = [];
  hashes = [];
  store = Buffer.alloc(4096);
  stored = 0;
  lookup(bytes, start, end) {
    return this.lookupHashed(bytes, start, end, _ByteInterner.hash(bytes, start, end));
  }
  /** FNV-1a of the bytes; a caller that scans them anyway can compute it on the way and call lookupHashed. */
  static hash(bytes, start, end) {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], FNV_PRIME);
    return h;
  }
  /** lookup with h = ByteInterner.hash(bytes, start, end) already known. */
  lookupHashed(bytes, start, end, h) {
    const len = end - start;
    for (let slot = h & this.mask; ; slot = slot + 1 & this.mask) {
      const k = this.slots[slot] - 1;
      if (k < 0) break;
      if (this.hashes[k] === h && this.lengths[k] === len && this.equals(k, bytes, start, len)) return this.values[k];
    }
    const value = this.resolve(bytes.toString("utf8", start, end));
    if (value >= 0 && this.values.length < MAX_ENTRIES) this.insert(h, bytes, start, len, value);
    return value;
  }
  equals(k, bytes, start, len) {
    const s = this.starts[k];
    const store = this.store;
    for (let i = 0; i < len; i++) if (store[s + i] !== bytes[start + i]) return false;
    return true;
  }
  insert(h, bytes, start, len, value) {
    if (this.stored + len > this.store.length) {
      const next = Buffer.alloc(Math.max(this.store.length * 2, this.stored + len));
      this.store.copy(next, 0, 0, this.stored);
      this.store = next;
    }
    bytes.copy(this.store, this.stored, start, start + len);
    const k = this.values.length;
    this.starts.push(this.stored);
    this.lengths.push(len);
    this.values.push(value);
    this.hashes.push(h);
    this.stored += len;
    if (2 * this.values.length > this.mask + 1) this.rehash();
    else this.place(h, k);
  }
  place(h, k) {
    let slot = h & this.mask;
    while (this.slots[slot] !== 0) slot = slot + 1 & this.mask;
    this.slots[slot] = k + 1;
  }
  rehash() {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(this.mask + 1);
    for (let k = 0; k < this.values.length; k++) this.place(this.hashes[k], k);
  }
};

// src/kernel/json-scan.ts
var NUMBER_END = /[^0-9eE+\-.]/g;
function stringEnd(text, start) {
  for (let i = start + 1; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 92)
      i++;
    else if (c === 34) return i + 1;
  }
}
function numberEnd(text, start) {
  NUMBER_END.lastIndex = start;
  return NUMBER_END.exec(text)?.index ?? text.length;
}
function readKey(text, start, end, keys, out) {
  const raw = text.slice(start + 1, end - 1);
  const key = raw.includes("\\") ? JSON.parse(text.slice(start, end)) : raw;
  if (keys.has(key)) out.duplicateKey ??= key;
  keys.add(key);
  return key;
}
function scanJson(text) {
  const out = { underflows: [] };
  const stack = [];
  let expectKey = false;
  let lastKey = "";
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (expectKey && top) lastKey = readKey(text, i, end, top, out);
      expectKey = false;
      i = end;
    } else if (c === "-" || c >= "0" && c <= "9") {
      const end = numberEnd(text, i);
      const literal = text.slice(i, end);
      if (stack.length === 1 && top && underflowsToZero(literal, Number(literal))) out.underflows.push(lastKey);
      i = end;
    } else {
      if (c === "{") stack.push(/* @__PURE__ */ new Set());
      else if (c === "[") stack.push(null);
      else if (c === "}" || c === "]") stack.pop();
      expectKey = c === "{" || c === "," && top !== null && top !== void 0 || expectKey && c !== ":";
      i++;
    }
  }
  return out;
}

// src/stats/predictions-format.ts
var MAX_FIELD_CHARS = 256;
var MAX_INTEGER_ID_DIGITS = 15;
function integerId(text) {
  const n = text.length;
  if (n === 0 || n > MAX_INTEGER_ID_DIGITS || n > 1 && text.charCodeAt(0) === 48) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
function integerIdBytes(bytes, start, end) {
  const n = end - start;
  if (n === 0 || n > MAX_INTEGER_ID_DIGITS || n > 1 && bytes[start] === 48) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
function kindOf(v) {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "string" ? "a string" : `a ${typeof v}`;
}
function quoteCount(line) {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
}
function splitCsvRecord(record) {
  if (record.indexOf('"') === -1) return record.split(",");
  const fields = [];
  let i = 0;
  for (; ; ) {
    if (record[i] === '"') {
      let value = "";
      let j = i + 1;
      for (; ; ) {
        const q = record.indexOf('"', j);
        if (q === -1) return null;
        value += record.slice(j, q);
        if (record[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i === record.length) return fields;
      if (record[i] !== ",") return null;
      i++;
    } else {
      const comma = record.indexOf(",", i);
      const end = comma === -1 ? record.length : comma;
      const value = record.slice(i, end);
      if (value.indexOf('"') !== -1) return null;
      fields.push(value);
      if (comma === -1) return fields;
      i = comma + 1;
    }
  }
}
function checkField(file, line, field, value) {
  if (value.length === 0) {
    throw new InputError(`empty ${field}; every row needs an id, a label and a prediction`, { file, line, field });
  }
  if (value.length > MAX_FIELD_CHARS) {
    throw new InputError(`${field} is ${value.length} characters long (at most ${MAX_FIELD_CHARS})`, {
      file,
      line,
      field
    });
  }
}
var CsvLayout = class {
  constructor(file, header, line) {
    this.file = file;
    const cells = splitCsvRecord(header);
    if (cells === null) {
      throw new InputError(
        "the header is not valid CSV (check its quotes); it must name the columns id,label,prediction (optionally score)",
        { file, line }
      );
    }
    const names = cells.map((h) => h.trim().toLowerCase());
    const find = (name) => names.indexOf(name);
    this.idCol = find("id");
    this.labelCol = find("label");
    this.predCol = find("prediction");
    this.width = names.length;
    if (this.idCol < 0 || this.labelCol < 0 || this.predCol < 0) {
      throw new InputError(
        `the header must name the columns id,label,prediction (optionally score); found ${describeColumns(names)}. Write a header line such as "id,label,prediction" first.`,
        { file, line }
      );
    }
  }
  file;
  width;
  idCol;
  labelCol;
  predCol;
  parse(record, line) {
    const fields = splitCsvRecord(record);
    if (fields === null) {
      throw new InputError('malformed CSV quoting in this record; quote fields as "a ""quoted"" value"', {
        file: this.file,
        line
      });
    }
    if (fields.length !== this.width) {
      throw new InputError(
        `expected ${this.width} comma-separated fields like the header, found ${fields.length}; quote values that contain commas`,
        { file: this.file, line }
      );
    }
    const row = { id: fields[this.idCol], label: fields[this.labelCol], prediction: fields[this.predCol] };
    checkField(this.file, line, "id", row.id);
    checkField(this.file, line, "label", row.label);
    checkField(this.file, line, "prediction", row.prediction);
    return row;
  }
};
function scalar(file, line, field, v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "boolean") return String(v);
  const got = v === void 0 ? "nothing" : v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "number" ? String(v) : `a ${typeof v}`;
  throw new InputError(`${field} must be a string or a finite number, got ${got}`, { file, line, field });
}
function checkJsonlKeysAndNumbers(file, text, line) {
  const scan = scanJson(text);
  if (scan.duplicateKey !== void 0) {
    throw new InputError(
      `the key ${quoteToken(scan.duplicateKey)} appears twice in this object (JSON.parse would keep the last); keep one`,
      { file, line }
    );
  }
  const field = scan.underflows.find((k) => k === "id" || k === "label" || k === "prediction");
  if (field) throw new InputError(`${field}: ${UNDERFLOW_MESSAGE}`, { file, line, field });
}
function parseJsonlRecord(file, text, line) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(
      'not valid JSON; each line must be one object like {"id": 1, "label": "cat", "prediction": "dog"}',
      { file, line }
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`expected a JSON object with id, label and prediction, got ${kindOf(value)}`, { file, line });
  }
  checkJsonlKeysAndNumbers(file, text, line);
  const o = value;
  const row = {
    id: scalar(file, line, "id", o.id),
    label: scalar(file, line, "label", o.label),
    prediction: scalar(file, line, "prediction", o.prediction)
  };
  checkField(file, line, "id", row.id);
  checkField(file, line, "label", row.label);
  checkField(file, line, "prediction", row.prediction);
  return row;
}

// src/adapters/predictions/csv-fast.ts
var COMMA = 44;
var QUOTE = 34;
var CR = 13;
var LF = 10;
var FastRow = class {
  idStart = 0;
  idEnd = 0;
  labelStart = 0;
  labelEnd = 0;
  labelHash = 0;
  predStart = 0;
  predEnd = 0;
  predHash = 0;
  /** The position after the row's '\n'. */
  next = 0;
};
function fieldOk(start, end) {
  return end > start && end - start <= MAX_FIELD_CHARS;
}
function parseFastRow(b, start, layout, out) {
  const { idCol, labelCol, predCol } = layout;
  let field = 0;
  let from = start;
  let h = FNV_OFFSET;
  for (let i = start; ; i++) {
    const c = b[i];
    if (c > COMMA || c !== COMMA && c !== LF && c !== CR && c !== QUOTE) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (c === QUOTE || c === CR && b[i + 1] !== LF) return false;
    if (field === idCol) {
      out.idStart = from;
      out.idEnd = i;
    } else if (field === labelCol) {
      out.labelStart = from;
      out.labelEnd = i;
      out.labelHash = h;
    } else if (field === predCol) {
      out.predStart = from;
      out.predEnd = i;
      out.predHash = h;
    }
    field++;
    from = i + 1;
    h = FNV_OFFSET;
    if (c !== COMMA) {
      out.next = c === CR ? i + 2 : i + 1;
      break;
    }
  }
  return field === layout.width && fieldOk(out.idStart, out.idEnd) && fieldOk(out.labelStart, out.labelEnd) && fieldOk(out.predStart, out.predEnd);
}

// src/adapters/predictions/row-source.ts
var CHUNK_BYTES = 1 << 20;
var MAX_RECORD_CHARS = 64 * 1024;
var MAX_CARRY_BYTES = 3 * MAX_RECORD_CHARS + 4;
var LF2 = 10;
var RowSource = class {
  constructor(path6, label, table, limits) {
    this.path = path6;
    this.label = label;
    this.table = table;
    this.limits = limits;
    this.interner = new ByteInterner((text) => table.classIndex(text));
  }
  path;
  label;
  table;
  limits;
  /** The batch read by the last next(): `count` rows. */
  count = 0;
  idNum = new Float64Array(1 << 14);
  idStr = [];
  labels = new Int32Array(1 << 14);
  predictions = new Int32Array(1 << 14);
  lines = new Float64Array(1 << 14);
  /** Data rows read so far. */
  rows = 0;
  fh;
  /** The partial line carried over from the last chunk sits at the start, then the next chunk is read after it. */
  buffer = Buffer.allocUnsafe(CHUNK_BYTES + MAX_CARRY_BYTES);
  carryBytes = 0;
  fast = new FastRow();
  /** A CSV record whose quoted field spans physical lines, and the line it started on (0: none). */
  multi = "";
  multiStart = 0;
  line = 0;
  bytes = 0;
  eof = false;
  layout;
  jsonl;
  interner;
  async open() {
    try {
      this.fh = await open(this.path, "r");
    } catch (e) {
      const code = e.code ?? "error";
      throw new InputError(`cannot open predictions file (${code}); check eval.predictions in the report`, {
        file: this.label
      });
    }
    const size = (await this.fh.stat()).size;
    if (size > this.limits.maxBytes) {
      throw new InputError(`predictions file is ${size} bytes, more than the limit of ${this.limits.maxBytes}`, {
        file: this.label
      });
    }
    this.jsonl = /\.(jsonl|ndjson)$/i.test(this.path) ? true : /\.csv$/i.test(this.path) ? false : void 0;
  }
  async close() {
    await this.fh?.close();
    this.fh = void 0;
  }
  /** The id of batch row i as text (for messages). */
  idText(i) {
    const n = this.idNum[i];
    return n >= 0 ? String(n) : this.idStr[i];
  }
  /** Reads the next chunk's rows into the batch arrays; false at end of file with no rows. */
  async next() {
    this.count = 0;
    while (this.count === 0 && !this.eof) {
      const { bytesRead } = await this.fh.read(this.buffer, this.carryBytes, CHUNK_BYTES, null);
      this.bytes += bytesRead;
      if (this.bytes > this.limits.maxBytes)
        throw new InputError(`predictions file grew beyond ${this.limits.maxBytes} bytes`, { file: this.label });
      if (bytesRead === 0) {
        this.eof = true;
        if (this.carryBytes > 0) {
          this.checkUtf8(0, this.carryBytes);
          this.line++;
          this.physicalLine(this.buffer.toString("utf8", 0, this.carryBytes));
          this.carryBytes = 0;
        }
        if (this.multiStart !== 0) {
          throw new InputError("unterminated quoted field at end of file; close every opening quote", {
            file: this.label,
            line: this.multiStart
          });
        }
      } else {
        this.scan(this.carryBytes + bytesRead);
      }
    }
    return this.count > 0;
  }
  /** Every complete line of buffer[0, end); the partial last line moves to the front for the next read. */
  scan(end) {
    const view = this.buffer.subarray(0, end);
    const complete = view.lastIndexOf(LF2) + 1;
    this.checkUtf8(0, complete);
    if (this.jsonl === true) this.jsonLines(view, complete);
    else this.csvLines(complete);
    const rest = end - complete;
    if (rest > MAX_RECORD_CHARS && (rest > MAX_CARRY_BYTES - 4 || view.toString("utf8", complete).length > MAX_RECORD_CHARS)) {
      throw new InputError(`line longer than ${MAX_RECORD_CHARS} characters (or not a text file)`, {
        file: this.label,
        line: this.line + 1
      });
    }
    this.buffer.copyWithin(0, complete, end);
    this.carryBytes = rest;
  }
  /** Refuses bytes that are not UTF-8, naming the first line that holds one. */
  checkUtf8(start, end) {
    if (isUtf8(this.buffer.subarray(start, end))) return;
    let line = this.line;
    for (let from = start; from < end; ) {
      const nl = this.buffer.indexOf(LF2, from);
      const to = nl === -1 || nl >= end ? end : nl + 1;
      line++;
      if (!isUtf8(this.buffer.subarray(from, to))) {
        throw new InputError("the line is not valid UTF-8 text; save the file as UTF-8", { file: this.label, line });
      }
      from = to;
    }
  }
  /** JSON Lines always take the string path: the chunk's complete lines are decoded at once, not line by line. */
  jsonLines(view, complete) {
    if (complete === 0) return;
    const text = view.toString("utf8", 0, complete - 1);
    for (let from = 0, nl = 0; from <= text.length; from = nl + 1) {
      nl = text.indexOf("\n", from);
      if (nl === -1) nl = text.length;
      this.line++;
      this.physicalLine(text.slice(from, nl));
    }
  }
  /** CSV lines: runs of plain rows through the fast path, any other line through the string path. */
  csvLines(complete) {
    const b = this.buffer;
    for (let start = 0; start < complete; ) {
      if (this.multiStart === 0 && this.layout !== void 0 && this.jsonl === false) {
        start = this.fastRows(start, complete);
        if (start >= complete) return;
      }
      const nl = b.indexOf(LF2, start);
      this.line++;
      this.physicalLine(b.toString("utf8", start, nl));
      start = nl + 1;
    }
  }
  /** Plain CSV rows from buffer[start…]; returns where the first row the fast path cannot take starts (or limit). */
  fastRows(start, limit) {
    const b = this.buffer;
    const row = this.fast;
    const layout = this.layout;
    for (; start < limit; start = row.next) {
      if (!parseFastRow(b, start, layout, row)) return start;
      this.line++;
      if (++this.rows > this.limits.maxRows) this.tooManyRows();
      const label = this.interner.lookupHashed(b, row.labelStart, row.labelEnd, row.labelHash);
      const prediction = this.interner.lookupHashed(b, row.predStart, row.predEnd, row.predHash);
      if (label < 0 || prediction < 0) {
        const [from, to] = label < 0 ? [row.labelStart, row.labelEnd] : [row.predStart, row.predEnd];
        this.tooManyClasses(b.toString("utf8", from, to));
      }
      const num = integerIdBytes(b, row.idStart, row.idEnd);
      this.push(num, num >= 0 ? "" : b.toString("utf8", row.idStart, row.idEnd), label, prediction);
    }
    return limit;
  }
  physicalLine(physical) {
    if (this.multiStart !== 0) {
      this.multi += `
${physical}`;
      if (quoteCount(this.multi) % 2 === 0) {
        const at = this.multiStart;
        this.multiStart = 0;
        this.record(this.multi, at);
        this.multi = "";
      } else if (this.multi.length > MAX_RECORD_CHARS) {
        throw new InputError(`unterminated quoted field (record longer than ${MAX_RECORD_CHARS} characters)`, {
          file: this.label,
          line: this.multiStart
        });
      }
      return;
    }
    if (this.jsonl !== true && physical.indexOf('"') !== -1 && quoteCount(physical) % 2 === 1) {
      this.multi = physical;
      this.multiStart = this.line;
      return;
    }
    this.record(physical, this.line);
  }
  record(raw, line) {
    let text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
    if (text.trim().length === 0) return;
    if (this.jsonl === void 0) this.jsonl = text.trimStart().startsWith("{");
    let row;
    if (this.jsonl) {
      row = parseJsonlRecord(this.label, text, line);
    } else if (this.layout === void 0) {
      this.layout = new CsvLayout(this.label, text, line);
      return;
    } else {
      row = this.layout.parse(text, line);
    }
    if (++this.rows > this.limits.maxRows) this.tooManyRows(line);
    const label = this.table.classIndex(row.label);
    const prediction = this.table.classIndex(row.prediction);
    if (label < 0 || prediction < 0) this.tooManyClasses(label < 0 ? row.label : row.prediction, line);
    const num = integerId(row.id);
    this.push(num, num >= 0 ? "" : row.id, label, prediction, line);
  }
  push(num, str2, label, prediction, line = this.line) {
    const i = this.count++;
    if (i === this.idNum.length) this.grow();
    this.idNum[i] = num;
    if (num < 0) this.idStr[i] = str2;
    this.labels[i] = label;
    this.predictions[i] = prediction;
    this.lines[i] = line;
  }
  grow() {
    const n = this.idNum.length * 2;
    const idNum = new Float64Array(n);
    idNum.set(this.idNum);
    const labels = new Int32Array(n);
    labels.set(this.labels);
    const predictions = new Int32Array(n);
    predictions.set(this.predictions);
    const lines = new Float64Array(n);
    lines.set(this.lines);
    [this.idNum, this.labels, this.predictions, this.lines] = [idNum, labels, predictions, lines];
  }
  tooManyRows(line = this.line) {
    throw new InputError(`more than ${this.limits.maxRows} rows; raise the limit or evaluate on a sample`, {
      file: this.label,
      line
    });
  }
  tooManyClasses(value, line = this.line) {
    throw new InputError(
      `more than ${this.limits.maxClasses} distinct labels and predictions (at ${quoteToken(value)}); significance from predictions is for classification; for regression report the metric with eval.size only`,
      { file: this.label, line }
    );
  }
};

// src/adapters/predictions-reader.ts
function withDefaults(opts) {
  return {
    maxBytes: opts.maxBytes ?? 4 * 1024 ** 3,
    maxRows: opts.maxRows ?? 5e7,
    maxClasses: opts.maxClasses ?? DEFAULT_MAX_CLASSES,
    maxHashJoinRows: opts.maxHashJoinRows ?? 2e6
  };
}
async function eachRow(path6, label, limits, fn) {
  const src = new RowSource(path6, label, new JointTableBuilder(limits.maxClasses), limits);
  await src.open();
  try {
    let row = 0;
    while (await src.next()) {
      for (let i = 0; i < src.count; i++, row++) if (fn(src, i, row) === false) return;
    }
  } finally {
    await src.close();
  }
}
async function checkIdsUnique(src, ids, limits) {
  if (ids.ordered) return;
  const missing = ids.missing;
  if (missing) {
    await eachRow(src.path, src.label, limits, (s, i, row) => {
      if (row >= missing.to) return false;
      if (row >= missing.from) ids.addMissing(s.idNum[i], s.idNum[i] >= 0 ? "" : s.idStr[i]);
    });
  }
  if (ids.findCandidates() === 0) return;
  const firstLine = /* @__PURE__ */ new Map();
  await eachRow(src.path, src.label, limits, (s, i) => {
    const num = s.idNum[i];
    const str2 = num >= 0 ? "" : s.idStr[i];
    if (!ids.isCandidate(num, str2)) return;
    const key = num >= 0 ? num : str2;
    const seen = firstLine.get(key);
    if (seen !== void 0) throw duplicateId(s, s.idText(i), s.lines[i], seen);
    firstLine.set(key, s.lines[i]);
  });
}
async function idsOf(src, limits) {
  const ids = new IdUniqueness();
  await eachRow(src.path, src.label, limits, (s, i) => ids.add(s.idNum[i], s.idNum[i] >= 0 ? "" : s.idStr[i]));
  return ids;
}
async function lockstep(base, head, table, baseIds) {
  let bi = 0;
  let hi = 0;
  let baseDone = false;
  let headDone = false;
  for (; ; ) {
    if (bi >= base.count) [baseDone, bi] = [!await base.next(), 0];
    if (hi >= head.count) [headDone, hi] = [!await head.next(), 0];
    if (baseDone || headDone) break;
    const j = pairRows(base, bi, head, hi, table, baseIds);
    const m = Math.min(base.count - bi, head.count - hi);
    bi += j;
    hi += j;
    if (j < m) break;
  }
  return [
    { source: base, at: bi, done: baseDone },
    { source: head, at: hi, done: headDone }
  ];
}
async function readJointCounts(basePath, headPath, options = {}) {
  const settings = withDefaults(options);
  const table = new JointTableBuilder(settings.maxClasses);
  const base = new RowSource(basePath, options.labels?.base ?? basePath, table, settings);
  const head = new RowSource(headPath, options.labels?.head ?? headPath, table, settings);
  const baseIds = new IdUniqueness();
  let join = "lockstep";
  let coverage;
  try {
    await base.open();
    await head.open();
    const [baseAt, headAt] = await lockstep(base, head, table, baseIds);
    if (!(baseAt.done && headAt.done)) {
      join = "hash";
      coverage = await hashJoin(baseAt, headAt, table, baseIds, settings.maxHashJoinRows);
    }
  } finally {
    await base.close();
    await head.close();
  }
  const unmatched = coverage !== void 0 && coverage.onlyBase.count + coverage.onlyHead.count > 0;
  if (table.n === 0 && !unmatched) {
    throw new InputError("no prediction rows in the base and head files (only a header, or empty files)", {
      file: base.label
    });
  }
  await checkIdsUnique(base, baseIds, settings);
  if (unmatched) {
    await checkIdsUnique(head, await idsOf(head, settings), settings);
    throw coverageError(coverage, head);
  }
  return { ...table.build(), rows: table.n, join };
}
function pairRows(base, bi, head, hi, table, baseIds) {
  const m = Math.min(base.count - bi, head.count - hi);
  const baseNum = base.idNum;
  const headNum = head.idNum;
  const baseLabels = base.labels;
  const headLabels = head.labels;
  let j = 0;
  for (; j < m; j++) {
    const b = bi + j;
    const h = hi + j;
    const num = baseNum[b];
    if (num !== headNum[h]) break;
    const str2 = num >= 0 ? "" : base.idStr[b];
    if (num < 0 && str2 !== head.idStr[h]) break;
    const label = baseLabels[b];
    if (label !== headLabels[h]) {
      throw labelConflict(
        head,
        head.idText(h),
        head.lines[h],
        table.className(label),
        table.className(headLabels[h])
      );
    }
    baseIds.add(num, str2);
    table.add(label, base.predictions[b], head.predictions[h]);
  }
  return j;
}

// src/adapters/predictions.ts
var MAX_PREDICTIONS_BYTES = 2 * 1024 ** 3;
function addNote(model, note) {
  model.extras = { ...model.extras, notes: [...model.extras?.notes ?? [], note] };
}
function gatedMetrics(model, config) {
  const head = model.head?.report.metrics ?? {};
  const base = model.base?.report.metrics ?? {};
  const value = (o, n) => Object.hasOwn(o, n) ? o[n] : null;
  const names = /* @__PURE__ */ new Set([...Object.keys(head), ...Object.keys(base)]);
  return [...names].filter((n) => judgedValues(n, config, value(base, n), value(head, n)).rule.gate);
}
async function headFile(model, env, rel) {
  const where = { field: "eval.predictions", ...model.head?.source.positions.get("/eval/predictions") };
  const fromDir = path3.join(env.workspace, path3.dirname(model.head_path));
  const file = resolveInside(env.workspace, fromDir, rel, model.head_path, where);
  const label = path3.relative(env.workspace, file).split(path3.sep).join("/");
  const checked = await checkUntrustedFile(file, { root: env.workspace, label, maxBytes: MAX_PREDICTIONS_BYTES });
  if (!checked) {
    throw new InputError(notFoundFromReport("predictions file", env.workspace, fromDir, file), {
      file: model.head_path,
      ...where
    });
  }
  return { real: checked.real, label };
}
function baseRelPath(model, rel) {
  const joined = path3.posix.normalize(path3.posix.join(path3.posix.dirname(model.base_path), rel));
  if (joined.startsWith("..") || path3.posix.isAbsolute(joined)) {
    throw new InputError("eval.predictions of the base report points outside the repository", {
      file: `${model.base_path} (base)`,
      field: "eval.predictions"
    });
  }
  return joined;
}
var predictionsEnricher = async (model, env) => {
  const headRel = model.head?.report.eval?.predictions;
  const baseRel = model.base?.report.eval?.predictions;
  if (!headRel || !baseRel || !model.head_path || !model.base_path || !env.baseline) return;
  if (evalSetsDiffer(model.base?.report.eval, model.head?.report.eval)) {
    addNote(model, "the eval sets differ: the predictions files are not paired, significance from eval.size only");
    return;
  }
  const head = await headFile(model, env, headRel);
  const baseRelFile = baseRelPath(model, baseRel);
  const temp = await mkdtemp(path3.join(tmpdir(), "mlgate-preds-"));
  try {
    const baseFile = await env.baseline.toFile(baseRelFile, temp, MAX_PREDICTIONS_BYTES);
    if (!baseFile) {
      addNote(model, `the base has no predictions file (${baseRelFile}): significance from eval.size only`);
      return;
    }
    const table = await readJointCounts(baseFile, head.real, {
      labels: { base: `${baseRelFile} (base)`, head: head.label }
    });
    const paired = analysePaired(table, {
      iterations: env.config.significance.bootstrap_iterations,
      seed: env.config.significance.seed,
      gated: gatedMetrics(model, env.config)
    });
    model.extras = { ...model.extras, paired };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};

// src/adapters/checklist-facts.ts
import { createHash } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import path4 from "node:path";

// src/adapters/code-commit.ts
import { execFile as execFile3 } from "node:child_process";
import { realpath } from "node:fs/promises";
function gitExit(args, cwd, env) {
  return new Promise((resolve) => {
    execFile3(
      "git",
      args,
      { cwd, maxBuffer: 64 * 1024, env: gitEnv(env) },
      (e, out) => resolve({ code: e ? typeof e.code === "number" ? e.code : -1 : 0, out: String(out ?? "") })
    );
  });
}
var HEX = /^[0-9a-f]{7,64}$/i;
async function checkoutFacts(workspace, env) {
  const r = await gitExit(["rev-parse", "--show-toplevel", "--is-shallow-repository"], workspace, env);
  if (r.code !== 0) return null;
  const [top = "", shallow] = r.out.trim().split("\n");
  const [a, b] = await Promise.all([realpath(top).catch(() => top), realpath(workspace).catch(() => workspace)]);
  return { root: a === b, shallow: shallow === "true" };
}
async function verifyCodeCommit(q) {
  const base = { commit: q.commit, head: q.head };
  if (!HEX.test(q.commit) || q.head !== null && !HEX.test(q.head))
    return { ...base, status: "unknown", via: null, reason: "not a hex commit SHA" };
  const [facts, r] = await Promise.all([
    checkoutFacts(q.workspace, q.processEnv),
    gitExit(["merge-base", "--is-ancestor", q.commit, q.head ?? "HEAD"], q.workspace, q.processEnv)
  ]);
  if (!facts?.root) return viaApi(q, "the workspace is not the top level of a git checkout");
  if (r.code === 0 || r.code === 1) {
    const head2 = q.head ?? await gitResolveCommit(q.workspace, "HEAD", q.processEnv);
    if (r.code === 0) return { commit: q.commit, head: head2, status: "ancestor", via: "git" };
    if (!facts.shallow) return { commit: q.commit, head: head2, status: "not_ancestor", via: "git" };
    return viaApi({ ...q, head: head2 }, "shallow checkout (use fetch-depth: 0)");
  }
  const [head, commit] = await resolveBoth(q, q.head ?? "HEAD", q.commit);
  if (head === null) return viaApi({ ...q, head: q.head }, "the commit under test is not in the checkout");
  if (facts.shallow) return viaApi({ ...q, head }, "shallow checkout (use fetch-depth: 0)");
  if (commit === null) return { commit: q.commit, head, status: "missing", via: "git" };
  return viaApi({ ...q, head }, "git could not tell");
}
function resolveBoth(q, a, b) {
  return new Promise((resolve) => {
    const opts = { cwd: q.workspace, maxBuffer: 64 * 1024, env: gitEnv(q.processEnv) };
    const child = execFile3("git", ["cat-file", "--batch-check"], opts, (_e, out) => {
      const lines = String(out ?? "").split("\n");
      const sha = (l) => /^([0-9a-f]{40,64}) commit /.exec(l ?? "")?.[1] ?? null;
      resolve([sha(lines[0]), sha(lines[1])]);
    });
    child.stdin?.end(`${a}^{commit}
${b}^{commit}
`);
  });
}
async function viaApi(q, why) {
  const base = { commit: q.commit, head: q.head };
  if (!q.client || !q.repo || !q.head) return { ...base, status: "unknown", via: null, reason: why };
  try {
    const { data } = await q.client.rest.repos.compareCommitsWithBasehead({
      ...q.repo,
      basehead: `${q.commit}...${q.head}`,
      per_page: 1
    });
    const status = data.status === "ahead" || data.status === "identical" ? "ancestor" : "not_ancestor";
    return { ...base, status, via: "api" };
  } catch (e) {
    if (statusOf(e) === 404) {
      const unrelated = /no common ancestor/i.test(String(e.message));
      return { ...base, status: unrelated ? "not_ancestor" : "missing", via: "api" };
    }
    return { ...base, status: "unknown", via: null, reason: `${why}; GitHub answered ${statusOf(e) ?? "nothing"}` };
  }
}

// src/adapters/checklist-facts.ts
var MAX_CARD_BYTES = 1024 * 1024;
var MAX_LOCK_BYTES = 20 * 1024 * 1024;
var DEFAULT_BOT = "github-actions[bot]";
async function enrichChecklist(model, env) {
  if (!model.head) return;
  const input = { head: model.head, base: model.base, report_path: model.head_path, config: env.config };
  if (!applies({ ...input, facts: null, now: env.now }).run) return;
  const report = model.head.report;
  const label = model.head.source.file;
  const files = await presentFiles(report, env, label);
  const facts = {
    files,
    model_card: null,
    changed_files: null,
    pr_body: env.pull?.body ?? null,
    author: env.pull?.author ?? null,
    reviews: null,
    waivers: null,
    learning_curve_points: null
  };
  const commit = report.lifecycle?.reproducibility?.code_commit;
  const [card, sha2562, points, code] = await Promise.all([
    modelCard(report.lifecycle?.model_card, files, env.workspace, label),
    lockHash(report, files, env.workspace, label),
    curvePoints(model, env.workspace),
    commit ? codeCommitFact(commit, env) : void 0,
    env.client && env.pull && env.repo ? githubFacts(facts, env, env.client) : void 0
  ]);
  Object.assign(facts, { model_card: card, learning_curve_points: points });
  if (sha2562) facts.sha256 = sha2562;
  if (code) facts.code_commit = code;
  model.extras = { ...model.extras, checklist: facts };
}
async function presentFiles(report, env, label) {
  const wanted = /* @__PURE__ */ new Set();
  const card = report.lifecycle?.model_card;
  if (card) wanted.add(card);
  const lock = report.lifecycle?.reproducibility?.lock_file;
  if (lock) wanted.add(lock);
  for (const c of env.config.checklist.custom) if (c.file_exists) wanted.add(c.file_exists);
  const files = {};
  for (const rel of wanted) files[rel] = await isFileInside(env.workspace, rel, label);
  return files;
}
async function modelCard(card, files, root, label) {
  if (!card || !files[card]) return null;
  const text = await readUntrustedText(resolveInside(root, root, card, label), {
    root,
    label: card,
    maxBytes: MAX_CARD_BYTES
  });
  if (text === null) return null;
  return { path: card, headings: markdownHeadings(text), sections: markdownSections(text) };
}
async function lockHash(report, files, root, label) {
  const r = report.lifecycle?.reproducibility;
  if (!r?.lock_sha256 || !r.lock_file || !files[r.lock_file]) return void 0;
  const full = resolveInside(root, root, r.lock_file, label);
  const st = await fs.stat(full);
  if (st.size > MAX_LOCK_BYTES) return void 0;
  return {
    [r.lock_file]: createHash("sha256").update(await fs.readFile(full)).digest("hex")
  };
}
function codeCommitFact(commit, env) {
  if (env.verify_code_commit === false) {
    return Promise.resolve({
      commit,
      head: null,
      status: "unknown",
      via: null,
      reason: "these example reports are not from this repository"
    });
  }
  return verifyCodeCommit({
    workspace: env.workspace,
    processEnv: env.processEnv,
    commit,
    head: env.pull?.head_sha ?? null,
    client: env.client,
    repo: env.repo
  });
}
async function githubFacts(facts, env, client) {
  const cl = env.config.checklist;
  const t = { ...env.repo, pull_number: env.pull.number };
  facts.changed_files = await changedFiles(env);
  if ((cl.items.independent_review ?? "required") !== "off")
    facts.reviews = await reviewFacts(client, t, cl.independent_review.team);
  const scan = await scanCommands(
    client,
    { ...env.repo, issue_number: env.pull.number },
    {
      pr_author: env.pull.author,
      // The enricher posts no replies, so the default login is enough here (it only skips mlgate's own comments).
      bot: DEFAULT_BOT,
      items: checklistItemIds(env.config),
      allow_author: cl.waivers.allow_author,
      ...cl.waivers.team ? { team: cl.waivers.team } : {}
    }
  );
  facts.waivers = scan.waivers;
}
async function reviewFacts(client, t, team) {
  const latest = await latestReviews(client, t);
  const out = [];
  for (const r of latest) {
    const approved = r.state === "APPROVED";
    const team_member = team && approved ? await isTeamMember(client, team, r.login) : null;
    out.push({ ...r, team_member, ...approved ? { can_write: await writeAccess(client, t, r.login) } : {} });
  }
  return out;
}
async function writeAccess(client, t, login) {
  try {
    return canWrite(await permissionOf(client, { owner: t.owner, repo: t.repo }, login));
  } catch {
    return null;
  }
}
async function isFileInside(root, rel, label) {
  const full = resolveInside(root, root, rel, label);
  try {
    const real = await fs.realpath(full);
    const inside = path4.relative(await fs.realpath(root), real);
    if (inside.startsWith("..") || path4.isAbsolute(inside)) return false;
    if (!(await fs.stat(real)).isFile()) return false;
    await fs.access(real, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
async function curvePoints(model, root) {
  const file = model.head?.report.learning_curve?.file;
  if (!file || !model.head || !model.head_path) return null;
  const label = model.head.source.file;
  const full = resolveInside(root, path4.dirname(path4.resolve(root, model.head_path)), file, label);
  const text = await readUntrustedText(full, { root, label: path4.relative(root, full) });
  if (text === null) return null;
  try {
    return distinctSizes(parseCurveCsv(text, label, model.head.report.learning_curve?.metric));
  } catch {
    return null;
  }
}

// src/adapters/enrich.ts
var ENRICHERS = [carryForwardEnricher, curveCsvEnricher, predictionsEnricher, enrichChecklist];
async function enrichModels(models, env) {
  for (const model of models) {
    model.extras ??= {};
    for (const enrich of ENRICHERS) await enrich(model, env);
  }
}

// src/sources/bundle.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream, createWriteStream as createWriteStream2, promises as fs2 } from "node:fs";
import path5 from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var MANIFEST = "mlgate-baseline.json";
var MAX_BUNDLE_FILES = 1e3;
var MAX_BUNDLE_BYTES = 512 * 1024 ** 2;
var MAX_MANIFEST_BYTES = 1024 ** 2;
function storedName(rel) {
  return rel.split("/").map((c) => c.startsWith(".") ? `_${c}` : c).join("/");
}
var fail = (label, field, what) => new InputError(`${what}; the bundle was not written by mlgate record, or was altered: record it again`, {
  file: label,
  field
});
function str(v, label, field, re, max = 200) {
  if (typeof v !== "string" || v.length > max || !re.test(v)) throw fail(label, field, "is missing or malformed");
  return v;
}
function plain(p) {
  try {
    return checkSourcePath(p);
  } catch {
    return null;
  }
}
function checkFile(v, i, label) {
  const at = `files[${i}]`;
  const f = v ?? {};
  const rel = (k) => {
    const p = str(f[k], label, `${at}.${k}`, /^[^\0]+$/, 1e3);
    if (plain(p) !== p || p === "") throw fail(label, `${at}.${k}`, "is not a plain relative path");
    return p;
  };
  const size = f.size;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0 || size > MAX_BUNDLE_BYTES)
    throw fail(label, `${at}.size`, "is not a size in bytes within the bundle limit");
  return {
    path: rel("path"),
    stored: rel("stored"),
    size,
    sha256: str(f.sha256, label, `${at}.sha256`, /^[0-9a-f]{64}$/)
  };
}
function checkManifest(value, label) {
  const m = value ?? {};
  if (m.mlgate_baseline !== 1) throw fail(label, "mlgate_baseline", "is not 1");
  if (!Array.isArray(m.files) || m.files.length > MAX_BUNDLE_FILES)
    throw fail(label, "files", `is not a list of at most ${MAX_BUNDLE_FILES} files`);
  const files = m.files.map((f, i) => checkFile(f, i, label));
  const seen = /* @__PURE__ */ new Set([MANIFEST]);
  for (const f of files) {
    for (const p of /* @__PURE__ */ new Set([f.path, f.stored])) {
      if (seen.has(p)) throw fail(label, "files", `names ${short(p)} twice`);
      seen.add(p);
    }
  }
  if (files.reduce((n, f) => n + f.size, 0) > MAX_BUNDLE_BYTES)
    throw fail(label, "files", `add up to more than ${MAX_BUNDLE_BYTES} bytes`);
  const recorded_at = str(m.recorded_at, label, "recorded_at", /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
  if (!Number.isFinite(Date.parse(recorded_at))) throw fail(label, "recorded_at", "is not a time");
  return {
    mlgate_baseline: 1,
    sha: str(m.sha, label, "sha", /^[0-9a-f]{40,64}$/),
    ref: m.ref === null || m.ref === void 0 ? null : str(m.ref, label, "ref", /^[\x20-\x7e]+$/),
    recorded_at,
    mlgate_version: str(m.mlgate_version, label, "mlgate_version", /^[0-9A-Za-z.+-]+$/, 40),
    files
  };
}
async function sha256File(file) {
  const hash = createHash2("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}
var sha256 = (bytes) => createHash2("sha256").update(bytes).digest("hex");
async function openBundle(dir, opts) {
  const manifestLabel = `${opts.label}/${MANIFEST}`;
  const text = await readUntrustedText(path5.join(dir, MANIFEST), {
    root: dir,
    maxBytes: MAX_MANIFEST_BYTES,
    label: manifestLabel
  });
  if (text === null)
    throw new InputError(
      `has no ${MANIFEST}: it is not a baseline bundle (make one with mode: record or mlgate record)`,
      { file: opts.label }
    );
  const manifest = checkManifest(parseYamlOrJson(text, manifestLabel).value, manifestLabel);
  await refuseStrangers(dir, manifest, opts.label);
  return { dir, manifest, source: bundleSource(dir, manifest, opts) };
}
async function refuseStrangers(dir, manifest, label) {
  const listed = /* @__PURE__ */ new Set([MANIFEST, ...manifest.files.map((f) => f.stored)]);
  const listing = await workspaceSource(dir).list("", { maxEntries: 4 * MAX_BUNDLE_FILES });
  if (listing?.truncated) throw new InputError(`holds more than ${MAX_BUNDLE_FILES} files`, { file: label });
  const stranger = listing?.files.find((f) => !listed.has(f));
  if (stranger !== void 0)
    throw new InputError(`holds ${short(stranger)}, which its manifest does not list; record the bundle again`, {
      file: label
    });
}
function bundleSource(dir, manifest, opts) {
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  const short7 = manifest.sha.slice(0, 7);
  const label = (rel) => `${rel}@${short7} (baseline bundle)`;
  const verified = /* @__PURE__ */ new Set();
  const mismatch = (f) => new InputError(
    `does not match the sha256 in the bundle's manifest: the baseline was altered or damaged after it was recorded; record it again on the default branch`,
    { file: label(f.path) }
  );
  const entry = (rel, maxBytes) => {
    const f = byPath.get(rel);
    if (f && f.size > maxBytes) throw tooLarge(label(rel), maxBytes, f.size);
    return f ?? null;
  };
  const missing = (f) => new InputError("is listed in the manifest but missing from the bundle; record it again", { file: label(f.path) });
  return defineSource({
    kind: "artifact",
    describe: () => opts.name ? `artifact \`${opts.name}\` recorded at \`${short7}\`` : `the bundle \`${short(opts.label)}\` recorded at \`${short7}\``,
    label,
    async readBytes(rel, maxBytes) {
      const f = entry(rel, maxBytes);
      if (!f) return null;
      const file = path5.join(dir, f.stored);
      const bytes = await readUntrustedBytes(file, { root: dir, maxBytes, label: label(rel) });
      if (bytes === null) throw missing(f);
      if (bytes.byteLength !== f.size || sha256(bytes) !== f.sha256) throw mismatch(f);
      return bytes;
    },
    async toFile(rel, _tempDir, maxBytes) {
      const f = entry(rel, maxBytes);
      if (!f) return null;
      const checked = await checkUntrustedFile(path5.join(dir, f.stored), { root: dir, maxBytes, label: label(rel) });
      if (!checked) throw missing(f);
      if (!verified.has(rel)) {
        if (checked.size !== f.size || await sha256File(checked.real) !== f.sha256) throw mismatch(f);
        verified.add(rel);
      }
      return checked.real;
    },
    async list(prefixDir, bounds) {
      const prefix = prefixDir ? `${prefixDir}/` : "";
      const files = [...byPath.keys()].filter((p) => p.startsWith(prefix) && !belowSkipped(p.slice(prefix.length), bounds.maxDepth)).sort();
      return files.length > bounds.maxEntries ? { files: files.slice(0, bounds.maxEntries), truncated: true } : { files };
    }
  });
}
function bundleOrigin(b, baseSha, behind) {
  return {
    from: "artifact",
    description: b.source.describe(),
    sha: b.manifest.sha,
    base_sha: baseSha,
    behind,
    recorded_at: b.manifest.recorded_at
  };
}
async function copyHashed(from, to, max, label) {
  const hash = createHash2("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk, _enc, done) {
      size += chunk.byteLength;
      if (size > max) return done(tooLarge(label, max));
      hash.update(chunk);
      done(null, chunk);
    }
  });
  await fs2.mkdir(path5.dirname(to), { recursive: true });
  await pipeline(createReadStream(from), meter, createWriteStream2(to, { flags: "wx" }));
  return { size, sha: hash.digest("hex") };
}
async function writeBundle(outDir, root, paths, meta) {
  const unique = [...new Set(paths)].sort();
  if (unique.length > MAX_BUNDLE_FILES)
    throw new InputError(
      `a baseline bundle holds at most ${MAX_BUNDLE_FILES} files (these reports need ${unique.length})`
    );
  await fs2.mkdir(outDir, { recursive: true });
  if ((await fs2.readdir(outDir)).length > 0)
    throw new InputError("is not empty; a baseline bundle is written to a new or empty directory", { file: outDir });
  const files = [];
  let total = 0;
  for (const rel of unique) {
    const stored = storedName(rel);
    if (stored === MANIFEST || files.some((f) => f.stored === stored))
      throw new InputError(`cannot be stored in the bundle under its own name (${short(stored)} is taken)`, {
        file: rel
      });
    const left = MAX_BUNDLE_BYTES - total;
    const checked = await checkUntrustedFile(path5.join(root, rel), { root, maxBytes: left, label: rel });
    if (checked === null) throw new InputError("was read for a report but is gone; record again", { file: rel });
    const copy = await copyHashed(checked.real, path5.join(outDir, stored), left, rel);
    total += copy.size;
    files.push({ path: rel, stored, size: copy.size, sha256: copy.sha });
  }
  const manifest = { mlgate_baseline: 1, ...meta, files };
  await fs2.writeFile(path5.join(outDir, MANIFEST), JSON.stringify(manifest, null, 2) + "\n", { flag: "wx" });
  return manifest;
}

export {
  pairedSummaryFor,
  significanceForMetric,
  adjustHolm,
  SLICE_SIZE_KEY,
  sliceRows,
  evalChange,
  predictionsMismatch,
  mismatchFinding,
  pairedOutsideInterval,
  pairRounding,
  gitSource,
  gitResolveCommit,
  gitTopLevel,
  MAX_BUNDLE_FILES,
  MAX_BUNDLE_BYTES,
  openBundle,
  bundleOrigin,
  writeBundle,
  enrichModels
};
