/**
 * The PR's base commit as one Source: from git when the checkout has the commit (no API request), otherwise
 * through the contents API at that SHA. Which one answered is what the comment's small print names.
 */
import { contentsApiSource, type RestClient } from './contents-api.js';
import { gitSource } from './git.js';
import type { ProcessEnv } from './git-env.js';
import { firstAvailable, type Source } from './source.js';

export function baseCommitSource(opts: {
  sha: string;
  workspace: string;
  processEnv: ProcessEnv;
  client: RestClient | null;
  owner: string;
  repo: string;
}): Source {
  return firstAvailable([gitSource(opts.workspace, opts.sha, opts.processEnv), contentsApiSource(opts)]);
}
