import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  baseCommitSource,
  unpackZip
} from "./chunk-QDHITOZ5.js";
import {
  gatherForPolicy,
  loadPolicy
} from "./chunk-E7A3V4XF.js";
import {
  pullForEvent
} from "./chunk-D54GOBME.js";
import "./chunk-7NYZELPS.js";
import {
  evaluate
} from "./chunk-O2KFI24N.js";
import "./chunk-SPFXGID2.js";
import {
  MAX_BUNDLE_BYTES,
  bundleOrigin,
  enrichModels,
  gitResolveCommit,
  openBundle
} from "./chunk-H5ZBH3QL.js";
import "./chunk-TGL7QEVK.js";
import "./chunk-4BD3YC2D.js";
import "./chunk-TNIQRK4K.js";
import {
  MAX_WALK,
  ancestryFor,
  baseSide,
  mlflowContext,
  withServerOrigin
} from "./chunk-6C6Y4PAF.js";
import {
  collectSources,
  defaultModelName,
  detectReader,
  readReport,
  readerFor
} from "./chunk-OQQ53SS3.js";
import {
  findOnSource
} from "./chunk-IBGVV5XD.js";
import "./chunk-WT3HPS6H.js";
import "./chunk-FFP66OKL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-SGL4OOBV.js";
import "./chunk-IP6FT2WD.js";
import {
  boundedChunks,
  workspaceSource
} from "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/adapters/baseline.ts
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/sources/artifact.ts
import { createWriteStream, promises as fs } from "node:fs";
import path from "node:path";
var MAX_PAGES = 5;
var MAX_DOWNLOADS = 3;
var DOWNLOAD_TIMEOUT_MS = 12e4;
function statusOf(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}
function trusted(a, baseRef) {
  const run = a.workflow_run ?? {};
  if (typeof run.repository_id === "number" && typeof run.head_repository_id === "number") {
    if (run.repository_id !== run.head_repository_id) return false;
  }
  if (baseRef === null) return true;
  const branch = run.head_branch;
  return typeof branch === "string" && (branch === baseRef || branch.startsWith(`gh-readonly-queue/${baseRef}/`));
}
function listed(a) {
  const sha = a.workflow_run?.head_sha;
  if (typeof a.id !== "number" || typeof sha !== "string" || !/^[0-9a-f]{40,64}$/.test(sha)) return null;
  const created_at = typeof a.created_at === "string" ? a.created_at : "";
  return { id: a.id, sha, created_at, size: typeof a.size_in_bytes === "number" ? a.size_in_bytes : 0 };
}
async function listArtifacts(q) {
  const usable = [];
  let expired = 0;
  let foreign = 0;
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await q.client.request("GET /repos/{owner}/{repo}/actions/artifacts", {
      owner: q.owner,
      repo: q.repo,
      name: q.name,
      per_page: 100,
      page
    });
    const data = res.data;
    const items = Array.isArray(data.artifacts) ? data.artifacts : [];
    for (const a of items) {
      total++;
      const item = a.name === q.name ? listed(a) : null;
      if (!item) continue;
      if (a.expired === true) expired++;
      else if (!trusted(a, q.baseRef)) foreign++;
      else usable.push(item);
    }
    const count = typeof data.total_count === "number" ? data.total_count : 0;
    if (items.length < 100 || page * 100 >= count) break;
  }
  usable.sort((a, b) => a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id);
  return { usable, expired, foreign, total };
}
var FORBIDDEN_NOTE = "the token may not read the repository\u2019s artifacts (it lacks `actions: read`), so no recorded baseline could be looked up; add `actions: read` to the job\u2019s permissions";
function noneNote(q, l) {
  const extra = [
    ...l.expired ? [`${l.expired} expired`] : [],
    ...l.foreign ? [`${l.foreign} from other branches or forks, ignored`] : []
  ];
  const seen = l.usable.length + l.expired + l.foreign;
  const what = seen ? `none of the ${seen} artifacts named \`${q.name}\`${extra.length ? ` (${extra.join(", ")})` : ""} was recorded at the PR\u2019s base \`${q.baseSha.slice(0, 7)}\` or one of its last ${MAX_WALK} ancestors` : `no artifact named \`${q.name}\` has been recorded`;
  return what;
}
async function findArtifactBaseline(q) {
  let list;
  try {
    list = await listArtifacts(q);
  } catch (e) {
    if (statusOf(e) === 403) return { bundle: null, note: FORBIDDEN_NOTE, forbidden: true };
    if (statusOf(e) === 404) return { bundle: null, note: "the repository\u2019s artifacts cannot be listed (404)" };
    throw e;
  }
  const candidates = [...list.usable];
  for (let attempt = 0; attempt < MAX_DOWNLOADS && candidates.length; attempt++) {
    const shas = [...new Set(candidates.map((c) => c.sha))];
    const near = await q.ancestry.nearest(q.baseSha, shas, MAX_WALK);
    if (!near) break;
    const artifact = candidates.find((c) => c.sha === near.sha);
    const bundle = await downloadBundle(q, artifact);
    if (bundle) return { bundle, artifact, behind: near.behind, note: null };
    candidates.splice(candidates.indexOf(artifact), 1);
  }
  return { bundle: null, note: noneNote(q, list) };
}
async function storageUrl(q, id) {
  try {
    const res = await q.client.request("GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", {
      owner: q.owner,
      repo: q.repo,
      artifact_id: id,
      archive_format: "zip",
      request: { redirect: "manual", parseSuccessResponseBody: false }
    });
    const location = res.headers?.location;
    if (typeof location !== "string" || !/^https?:\/\//.test(location))
      throw new InputError(`GitHub answered the artifact download with ${res.status ?? "?"} and no storage URL`);
    return location;
  } catch (e) {
    if (statusOf(e) === 404 || statusOf(e) === 410) return null;
    throw e;
  }
}
async function downloadBundle(q, a) {
  const label = `artifact ${q.name} (id ${a.id})`;
  if (a.size > MAX_BUNDLE_BYTES)
    throw new InputError(`is ${a.size} bytes, more than a baseline bundle may hold (${MAX_BUNDLE_BYTES})`, {
      file: label
    });
  const url = await storageUrl(q, a.id);
  if (url === null) return null;
  const res = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (res.status === 404 || res.status === 410) return null;
  if (!res.ok)
    throw new InputError(`could not be downloaded (storage answered ${res.status}); re-run the job`, { file: label });
  const zip = path.join(q.tempDir, `artifact-${a.id}.zip`);
  const tooBig = () => new InputError(`is larger than ${MAX_BUNDLE_BYTES} bytes`, { file: label });
  const out = createWriteStream(zip, { flags: "wx" });
  try {
    for await (const chunk of boundedChunks(res.body, MAX_BUNDLE_BYTES, tooBig, label)) {
      if (!out.write(chunk)) await new Promise((r) => out.once("drain", () => r()));
    }
  } finally {
    await new Promise((r) => out.end(() => r()));
  }
  const dir = path.join(q.tempDir, `artifact-${a.id}`);
  await unpackZip(zip, dir, label);
  await fs.rm(zip, { force: true });
  const bundle = await openBundle(dir, { name: q.name, label });
  if (bundle.manifest.sha !== a.sha)
    throw new InputError(
      `says it was recorded at ${bundle.manifest.sha.slice(0, 7)}, but the run that uploaded it was for ${a.sha.slice(0, 7)}; record it again`,
      { file: label }
    );
  return bundle;
}

// src/adapters/baseline.ts
var HOW_TO_RECORD = "to record one on every push to the default branch, add a job with `- uses: mlgate/mlgate@v0` (`id: mlgate`, `mode: record`) and `- uses: actions/upload-artifact@v6` (`name: mlgate-baseline`, `path: ${{ steps.mlgate.outputs.baseline-dir }}`); docs/baselines.md";
async function chooseBaseline(r) {
  const chosen = await choose(r);
  const notes = [...chosen.notes, ...r.mlflow?.notes ?? []];
  const { source, origin } = withServerOrigin(chosen, r.mlflow);
  return { ...chosen, source, ...origin ? { origin } : {}, notes };
}
async function choose(r) {
  if (r.mode === "file") return fileBaseline(r);
  const gather = (base) => {
    r.mlflow?.origins.splice(0);
    r.mlflow?.notes.splice(0);
    return gatherForPolicy(r.policy, {
      workspace: r.workspace,
      baseline: base,
      explicit: r.explicit,
      mlflow: r.mlflow
    });
  };
  if (r.mode === "git" || r.commit === null || r.baseSha === null) return fromCommit(r, await gather(r.commit));
  let atCommit = null;
  if (r.mode === "auto") {
    atCommit = await gather(r.commit);
    if (atCommit.some((m) => m.base !== null || m.removed)) return fromCommit(r, atCommit);
  }
  const found = await lookUpArtifact(r, r.baseSha);
  if (found.chosen) return { ...found.chosen, models: await gather(found.chosen.baseline) };
  const notes = [found.note, ...found.forbidden ? [] : [HOW_TO_RECORD]];
  return { models: atCommit ?? await gather(null), baseline: null, source: "none", notes };
}
function fromCommit(r, models) {
  const kind = r.commit?.kind ?? "none";
  if (!r.commit || kind === "none") return { models, baseline: r.commit, source: "none", notes: [] };
  const origin = {
    from: kind,
    description: r.commit.describe(),
    sha: r.baseSha,
    base_sha: r.baseSha,
    behind: 0,
    recorded_at: null
  };
  return { models, baseline: r.commit, source: kind, origin, notes: [] };
}
async function lookUpArtifact(r, baseSha) {
  if (!r.client)
    return { chosen: null, note: `no token: the artifact \`${r.artifact}\` cannot be looked up (input github-token)` };
  const ancestry = await ancestryFor({ ...r, base: baseSha });
  const tempDir = await mkdtemp(path2.join(r.tempRoot ?? tmpdir(), "mlgate-baseline-"));
  const found = await findArtifactBaseline({ ...r, client: r.client, name: r.artifact, baseSha, ancestry, tempDir });
  if (!found.bundle) return { chosen: null, note: `no baseline: ${found.note}`, forbidden: found.forbidden ?? false };
  const origin = bundleOrigin(found.bundle, baseSha, found.behind);
  return { chosen: { baseline: found.bundle.source, source: "artifact", origin, notes: [] }, note: "" };
}
var namesOf = (models) => models.length === 0 ? "the PR reports no model" : `the PR's: ${models.slice(0, 5).map((m) => m.name.slice(0, 60)).join(", ")}${models.length > 5 ? ", \u2026" : ""}`;
async function fileBaseline(r) {
  if (r.baseReports.length === 0)
    throw new InputError("baseline: file needs the reports to compare with in input base-report", {
      field: "input base-report"
    });
  const models = await gatherForPolicy(r.policy, {
    workspace: r.workspace,
    baseline: null,
    explicit: r.explicit,
    mlflow: r.mlflow
  });
  const ws = workspaceSource(r.workspace);
  const notes = [];
  const used = [];
  for (const spec of collectSources(r.baseReports, {})) {
    const files = await findOnSource(ws, [spec.pattern]);
    if (files.length === 0)
      throw new InputError(`matches no file; name the baseline reports this job wrote`, {
        field: "input base-report",
        file: spec.pattern.slice(0, 200)
      });
    for (const rel of files) {
      const reader = readerFor(spec.reader ?? detectReader(rel));
      const naming = { fallback: defaultModelName(rel), metrics_map: r.policy.config.metrics_map };
      const loaded = await readReport(ws, reader, rel, baseSide(naming));
      if (!loaded) continue;
      const model = models.find((m) => m.name === loaded.report.model);
      if (!model)
        throw new InputError(
          `is for model "${loaded.report.model.slice(0, 60)}", which no report of the PR names (${namesOf(models)}); give the production report the model name of the PR's report it is the baseline of`,
          { field: "input base-report", file: rel }
        );
      Object.assign(model, { base: loaded, base_path: rel });
      used.push(rel);
    }
  }
  const what = used.length === 1 ? `the report \`${used[0]}\`` : `${used.length} reports`;
  const origin = {
    from: "file",
    // Written by the PR's own code: a reviewer must know it is not an independent baseline.
    description: `${what} written by the job of this PR, i.e. by the code under review \u2014 not a recorded or committed baseline (same run and eval set: the best case for paired tests)`,
    sha: null,
    base_sha: r.baseSha,
    behind: null,
    recorded_at: null
  };
  return { models, baseline: ws, source: "file", origin, notes };
}

// src/action/gate-mode.ts
function baseOf(settings, pull, ctx) {
  const newBranch = settings.baseSha !== null && /^0+$/.test(settings.baseSha);
  const sha = (newBranch ? null : settings.baseSha) ?? pull?.base_sha ?? ctx.mergeGroup?.base_sha ?? null;
  const notes = [];
  if (!sha)
    notes.push(
      newBranch ? "base-sha is 0000000 (the push created the branch): nothing to compare with, absolute bounds only" : "not a pull request and no base-sha input: nothing to compare with, absolute bounds only"
    );
  if (ctx.mergeGroup && !pull)
    notes.push("merge queue: this group is compared with the tip of the target branch it merges into");
  return { sha, notes };
}
var gateMode = async ({ settings, ctx, client, now, env, mark }) => {
  const pull = ctx.pull ?? (client ? await pullForEvent(client, ctx, env) : null);
  if (ctx.eventName === "pull_request_target" && pull) await refuseBaseCheckout(ctx.workspace, pull.head_sha, env);
  const base = baseOf(settings, pull, ctx);
  const where = { workspace: ctx.workspace, processEnv: env, client, owner: ctx.owner, repo: ctx.repo };
  const commit = base.sha ? baseCommitSource({ sha: base.sha, ...where }) : null;
  const notes = [];
  const policy = await loadPolicy(
    {
      configPath: settings.configPath,
      configFrom: settings.configFrom,
      workspace: ctx.workspace,
      baseline: commit,
      how: "input config-from: head"
    },
    notes
  );
  const config = policy.config;
  const mlflow = mlflowContext(env, {
    head: [pull?.head_sha, ctx.sha],
    base: base.sha,
    ancestry: (sha) => ancestryFor({ ...where, base: sha })
  });
  const chosen = await chooseBaseline({
    mode: settings.baseline,
    artifact: settings.baselineArtifact,
    baseReports: settings.baseReports,
    baseSha: base.sha,
    baseRef: pull?.base_ref ?? null,
    commit,
    ...where,
    policy,
    explicit: settings.reports,
    ...env.RUNNER_TEMP ? { tempRoot: env.RUNNER_TEMP } : {},
    mlflow
  });
  const { models } = chosen;
  await enrichModels(models, {
    ...where,
    config,
    repo: { owner: ctx.owner, repo: ctx.repo },
    pull,
    baseline: chosen.baseline,
    now
  });
  mark?.("read");
  const result = evaluate({
    config,
    models,
    base: { sha: base.sha, source: chosen.source, ...chosen.origin ? { origin: chosen.origin } : {} },
    head: { sha: pull?.head_sha ?? (ctx.sha || null) },
    now,
    notes: [...notes, ...base.notes, ...chosen.notes]
  });
  mark?.("analyse");
  if (!pull) return { result, target: null };
  return { result, target: { number: pull.number, head_sha: pull.head_sha }, bot: { pull, config } };
};
async function refuseBaseCheckout(workspace, headSha, env) {
  const checkedOut = await gitResolveCommit(workspace, "HEAD", env);
  if (checkedOut === headSha || checkedOut && await gitResolveCommit(workspace, "HEAD^2", env) === headSha) return;
  const what = checkedOut ? `commit ${checkedOut.slice(0, 7)}, not the PR\u2019s head ${headSha.slice(0, 7)}` : "not a git checkout of the PR\u2019s head";
  throw new InputError(
    `mlgate ran on pull_request_target, whose checkout is the base branch (${what}): the reports read would be the base\u2019s and the PR would pass unseen. Run mlgate on pull_request; for fork PRs use the two-workflow set-up in docs/forks.md`
  );
}
export {
  gateMode
};
