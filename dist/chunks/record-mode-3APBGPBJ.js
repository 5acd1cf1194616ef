import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  recordBaseline
} from "./chunk-KGDEADYN.js";
import {
  VERSION
} from "./chunk-6AG4ARMW.js";
import {
  evaluate
} from "./chunk-O2KFI24N.js";
import "./chunk-SPFXGID2.js";
import "./chunk-H5ZBH3QL.js";
import "./chunk-TGL7QEVK.js";
import "./chunk-4BD3YC2D.js";
import "./chunk-TNIQRK4K.js";
import "./chunk-6C6Y4PAF.js";
import "./chunk-OQQ53SS3.js";
import "./chunk-IBGVV5XD.js";
import {
  loadConfigFile
} from "./chunk-WT3HPS6H.js";
import {
  info,
  setOutput
} from "./chunk-IRP2PI6N.js";
import "./chunk-FFP66OKL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-SGL4OOBV.js";
import "./chunk-IP6FT2WD.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/action/record-mode.ts
import path from "node:path";
import { tmpdir } from "node:os";
import { rm } from "node:fs/promises";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "issue_comment"]);
var recordMode = async ({ settings, ctx, now, env }) => {
  if (PR_EVENTS.has(ctx.eventName) || ctx.pull)
    throw new InputError(
      `mode: record records the baseline of the branch it runs on: run it on push to the default branch (or merge_group, workflow_dispatch), not on ${ctx.eventName}`,
      { field: "input mode" }
    );
  const sha = ctx.mergeGroup?.head_sha ?? ctx.sha;
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new InputError("GITHUB_SHA is not a commit SHA: nothing to record for");
  const config = await loadConfigFile(path.resolve(ctx.workspace, settings.configPath), ctx.workspace, false);
  const outDir = path.join(env.RUNNER_TEMP || tmpdir(), "mlgate-baseline");
  await rm(outDir, { recursive: true, force: true });
  const recorded = await recordBaseline({
    workspace: ctx.workspace,
    processEnv: env,
    config,
    patterns: settings.reports.length ? settings.reports : config.reports,
    outDir,
    sha,
    ref: env.GITHUB_REF ?? null,
    now,
    version: VERSION
  });
  setOutput("baseline-dir", outDir);
  const n = recorded.manifest.files.length;
  const note = `recorded the baseline of ${sha.slice(0, 7)}: ${recorded.models.length} model${recorded.models.length === 1 ? "" : "s"}, ${n} file${n === 1 ? "" : "s"} in ${outDir}; upload it with actions/upload-artifact as \`${settings.baselineArtifact}\``;
  info(note);
  const result = evaluate({
    config,
    models: recorded.models,
    base: { sha: null, source: "none" },
    head: { sha },
    now,
    notes: [note]
  });
  return { result, target: null, failOn: "never" };
};
export {
  recordMode
};
