/**
 * After the reports are read, each capability gathers the facts it needs from outside the report (predictions
 * files, curve CSVs, the model card, reviews and waivers from GitHub) and stores them in `model.extras`, where
 * the pure core finds them. One enricher per capability; each registers itself in ENRICHERS below.
 */
import type { Config } from '../core/config-types.js';
import type { ModelInput } from '../core/evaluate.js';
import type { BaselineReader } from './baseline.js';
import type { GitHubClient } from './github/client.js';

export interface EnrichEnv {
  workspace: string;
  config: Config;
  /** null outside GitHub (CLI) or without a token. */
  client: GitHubClient | null;
  repo: { owner: string; repo: string } | null;
  pull: { number: number; author: string; body: string; base_sha: string; head_sha: string } | null;
  baseline: BaselineReader | null;
  now: Date;
}

export type Enricher = (model: ModelInput, env: EnrichEnv) => Promise<void>;

export const ENRICHERS: Enricher[] = [];

export async function enrichModels(models: ModelInput[], env: EnrichEnv): Promise<void> {
  for (const model of models) {
    model.extras ??= {};
    for (const enrich of ENRICHERS) await enrich(model, env);
  }
}
