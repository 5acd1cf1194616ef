/**
 * Carry-forward: in a repository of many models, a PR that touches none of a model's configured
 * `models.<name>.paths` did not change that model, so its baseline figures are reused and it passes quietly,
 * without retraining. Runs first among the enrichers, so later ones see the reused report.
 */
import type { ModelInput } from '../pipeline/evaluate.js';
import { matchesAny } from '../kernel/glob.js';
import { changedFilesFromApi, changedFilesFromGit } from './changed-files.js';
import type { EnrichEnv, Enricher } from './enrich.js';

/** Pure: does this PR leave the model alone? Unknown changed files (null) never carry forward. */
export function untouched(paths: readonly string[] | undefined, changed: readonly string[] | null): boolean {
  if (!paths || paths.length === 0 || changed === null) return false;
  return !changed.some((f) => matchesAny(f, paths));
}

/** Pure: the model's input with the baseline's figures in place of the PR's. */
export function carryForward(model: ModelInput): void {
  if (!model.base) return;
  model.head = model.base;
  model.head_path ??= model.base_path;
  model.carried_forward = true;
}

// One lookup per run, shared by every model: the env object is the run.
const cache = new WeakMap<EnrichEnv, Promise<string[] | null>>();

export function changedFiles(env: EnrichEnv): Promise<string[] | null> {
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

export const carryForwardEnricher: Enricher = async (model, env) => {
  const paths = env.config.models[model.name]?.paths;
  // Only a model with a baseline and configured paths can be carried forward; only then ask for the PR's files.
  if (!model.base || !paths?.length || !env.pull) return;
  // A PR that edits the model's report file itself did touch the model, whatever the configured paths say.
  const own = [model.head_path, model.base_path].filter((p): p is string => !!p);
  if (untouched([...paths, ...own], await changedFiles(env))) carryForward(model);
};
