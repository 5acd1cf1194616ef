/** What every local `compare` shares: the `--head` spec as the gather's explicit list, and the enrichers with no GitHub. */
import path from 'node:path';
import { enrichModels, type EnrichEnv } from '../adapters/enrich.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import type { splitNamed } from './read-spec.js';

/** `reader:path` relative to the workspace, as a `reports:` entry would name it. */
export function explicitHead(head: ReturnType<typeof splitNamed> | undefined, cwd: string): string[] {
  if (!head) return [];
  const rel = path.relative(cwd, head.file).split(path.sep).join('/');
  return [head.reader ? `${head.reader}:${rel}` : rel];
}

/** The enrichers on a local run: no client, repository or pull request. */
export function enrichLocal(models: ModelInput[], env: Omit<EnrichEnv, 'client' | 'repo' | 'pull'>): Promise<void> {
  return enrichModels(models, { ...env, client: null, repo: null, pull: null });
}
