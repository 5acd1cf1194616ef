import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  pullForEvent
} from "./chunk-TPFS6HRK.js";
import {
  createBaselineReader,
  enrichModels,
  evaluate,
  gatherModels,
  gitResolveCommit,
  loadPolicy
} from "./chunk-RB7RV7LH.js";
import "./chunk-3PV5OX2C.js";
import "./chunk-QZ6QKF7D.js";
import "./chunk-AVVP5UNX.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QL3GVVWQ.js";
import "./chunk-XOLMSJV3.js";
import "./chunk-L5RAGWGL.js";
import "./chunk-L5RPWSTI.js";
import "./chunk-4ANCRVO2.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-VFNVTEDH.js";

// src/action/gate-mode.ts
var gateMode = async ({ settings, ctx, client, now, env }) => {
  const pull = ctx.pull ?? (client ? await pullForEvent(client, ctx, env) : null);
  if (ctx.eventName === "pull_request_target" && pull) await refuseBaseCheckout(ctx.workspace, pull.head_sha);
  const newBranch = settings.baseSha !== null && /^0+$/.test(settings.baseSha);
  const baseSha = (newBranch ? null : settings.baseSha) ?? pull?.base_sha ?? ctx.mergeGroup?.base_sha ?? null;
  const baseline = baseSha ? createBaselineReader({ sha: baseSha, workspace: ctx.workspace, client, owner: ctx.owner, repo: ctx.repo }) : null;
  const notes = [];
  const config = await loadPolicy(
    {
      configPath: settings.configPath,
      configFrom: settings.configFrom,
      workspace: ctx.workspace,
      baseline,
      how: "input config-from: head"
    },
    notes
  );
  const models = await gatherModels({
    workspace: ctx.workspace,
    config,
    patterns: settings.reports.length ? settings.reports : config.reports,
    baseline
  });
  await enrichModels(models, {
    workspace: ctx.workspace,
    config,
    client,
    repo: { owner: ctx.owner, repo: ctx.repo },
    pull,
    baseline,
    now
  });
  if (!baseSha) {
    notes.push(
      newBranch ? "base-sha is 0000000 (the push created the branch): nothing to compare with, absolute bounds only" : "not a pull request and no base-sha input: nothing to compare with, absolute bounds only"
    );
  }
  if (ctx.mergeGroup && !pull)
    notes.push("merge queue: this group is compared with the tip of the target branch it merges into");
  const result = evaluate({
    config,
    models,
    base: { sha: baseSha, source: baseline ? baseline.source : "none" },
    head: { sha: pull?.head_sha ?? (ctx.sha || null) },
    now,
    notes
  });
  if (!pull) return { result, target: null };
  return { result, target: { number: pull.number, head_sha: pull.head_sha }, bot: { pull, config } };
};
async function refuseBaseCheckout(workspace, headSha) {
  const checkedOut = await gitResolveCommit(workspace, "HEAD");
  if (checkedOut === headSha || checkedOut && await gitResolveCommit(workspace, "HEAD^2") === headSha) return;
  const what = checkedOut ? `commit ${checkedOut.slice(0, 7)}, not the PR\u2019s head ${headSha.slice(0, 7)}` : "not a git checkout of the PR\u2019s head";
  throw new InputError(
    `mlgate ran on pull_request_target, whose checkout is the base branch (${what}): the reports read would be the base\u2019s and the PR would pass unseen. Run mlgate on pull_request; for fork PRs use the two-workflow set-up in docs/forks.md`
  );
}
export {
  gateMode
};
