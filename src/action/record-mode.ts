/**
 * `mode: record`: on a push to the default branch (or a merge group, or a manual dispatch), read and check the
 * reports as the gate would and write them, the files they reference and a manifest into a baseline bundle
 * (output `baseline-dir`), for actions/upload-artifact to upload as `baseline-artifact`. The step fails on a
 * report that cannot be read, never on the verdict: it records what the branch is (docs/baselines.md).
 */
import path from 'node:path';
import { tmpdir } from 'node:os';
import { rm } from 'node:fs/promises';
import * as core from '@actions/core';
import { recordBaseline } from '../adapters/record.js';
import { loadConfigFile } from '../adapters/load-report.js';
import { VERSION } from '../kernel/version.js';
import { InputError } from '../kernel/errors.js';
import { evaluate } from '../pipeline/evaluate.js';
import type { Mode } from './types.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'issue_comment']);

export const recordMode: Mode = async ({ settings, ctx, now, env }) => {
  if (PR_EVENTS.has(ctx.eventName) || ctx.pull)
    throw new InputError(
      `mode: record records the baseline of the branch it runs on: run it on push to the default branch (or merge_group, workflow_dispatch), not on ${ctx.eventName}`,
      { field: 'input mode' },
    );
  const sha = ctx.mergeGroup?.head_sha ?? ctx.sha;
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new InputError('GITHUB_SHA is not a commit SHA: nothing to record for');
  const config = await loadConfigFile(path.resolve(ctx.workspace, settings.configPath), ctx.workspace, false);
  const outDir = path.join(env.RUNNER_TEMP || tmpdir(), 'mlgate-baseline');
  // Ours alone (a re-run of the job in the same runner leaves the last one behind).
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
    version: VERSION,
  });
  core.setOutput('baseline-dir', outDir);
  const n = recorded.manifest.files.length;
  const note = `recorded the baseline of ${sha.slice(0, 7)}: ${recorded.models.length} model${recorded.models.length === 1 ? '' : 's'}, ${n} file${n === 1 ? '' : 's'} in ${outDir}; upload it with actions/upload-artifact as \`${settings.baselineArtifact}\``;
  core.info(note);
  const result = evaluate({
    config,
    models: recorded.models,
    base: { sha: null, source: 'none' },
    head: { sha },
    now,
    notes: [note],
  });
  return { result, target: null, failOn: 'never' };
};
