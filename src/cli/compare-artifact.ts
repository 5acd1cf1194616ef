/**
 * `mlgate compare --base-artifact FILE.zip|DIR [--base-ref REF]`: the PR's side from the working tree, the
 * baseline from a downloaded baseline bundle, to reproduce a PR's verdict locally. With --base-ref, the policy
 * is REF's (as the action reads the base's) and the bundle's distance behind REF is known, so staleness is
 * judged as on the PR; without it, the policy is the local one and the distance unknown.
 */
import type { ProcessEnv } from '../sources/git-env.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { enrichLocal, explicitHead } from './local-run.js';

import { loadConfigFile } from '../adapters/load-report.js';
import { gatherForPolicy, loadPolicy, type Policy } from '../adapters/policy.js';

import { InputError } from '../kernel/errors.js';
import type { GateResult } from '../kernel/result-types.js';
import { evaluate } from '../pipeline/evaluate.js';
import { gitAncestry, MAX_WALK } from '../sources/ancestry.js';
import { baseCommitSource } from '../sources/base-commit.js';
import { bundleOrigin } from '../sources/bundle.js';
import { openBundleAt } from '../sources/bundle-zip.js';
import { gitResolveCommit } from '../sources/git.js';
import { splitNamed } from './read-spec.js';

/** --config, else REF's policy with --base-ref (as the action reads the base's), else the local one. */
async function policy(
  cwd: string,
  processEnv: ProcessEnv,
  config: string | undefined,
  baseSha: string | null,
  notes: string[],
): Promise<Policy> {
  if (config !== undefined || baseSha === null) {
    const file = path.resolve(cwd, config ?? path.join('.github', 'mlgate.yml'));
    return { config: await loadConfigFile(file, cwd, config !== undefined), added: null };
  }
  const baseline = baseCommitSource({ sha: baseSha, workspace: cwd, processEnv, client: null, owner: '', repo: '' });
  const configPath = path.join('.github', 'mlgate.yml');
  return loadPolicy(
    { configPath, configFrom: 'base', workspace: cwd, baseline, how: '--config .github/mlgate.yml' },
    notes,
  );
}

export async function compareWithArtifact(
  opts: {
    artifact: string;
    ref?: string | undefined;
    head?: string | undefined;
    config?: string | undefined;
    now: Date;
    processEnv: ProcessEnv;
  },
  cwd: string,
): Promise<GateResult> {
  const temp = await mkdtemp(path.join(tmpdir(), 'mlgate-compare-'));
  try {
    const bundle = await openBundleAt(path.resolve(cwd, opts.artifact), temp, { label: opts.artifact });
    const baseSha = opts.ref === undefined ? null : await gitResolveCommit(cwd, opts.ref, opts.processEnv);
    if (opts.ref !== undefined && baseSha === null)
      throw new InputError(`--base-ref ${JSON.stringify(opts.ref.slice(0, 60))} is not a commit of this repository`);
    const notes: string[] = [];
    const rules = await policy(cwd, opts.processEnv, opts.config, baseSha, notes);
    const config = rules.config;
    const head = opts.head === undefined ? undefined : splitNamed(opts.head, '--head', cwd);
    const explicit = explicitHead(head, cwd);
    const baseline = bundle.source;
    const models = await gatherForPolicy(rules, { workspace: cwd, baseline, explicit, fix: 'pass --head FILE' });
    await enrichLocal(models, { workspace: cwd, processEnv: opts.processEnv, config, baseline, now: opts.now });
    const near = baseSha
      ? await gitAncestry(cwd, opts.processEnv).nearest(baseSha, [bundle.manifest.sha], MAX_WALK)
      : null;
    if (baseSha && !near)
      notes.push(
        `the bundle's commit ${bundle.manifest.sha.slice(0, 7)} is not among the last ${MAX_WALK} ancestors of ${opts.ref}: the action would not use it for a PR on that base`,
      );
    const origin = bundleOrigin(bundle, baseSha, near?.behind ?? null);
    return evaluate({
      config,
      models,
      base: { sha: baseSha, source: 'artifact', origin },
      head: { sha: null },
      now: opts.now,
      notes,
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
