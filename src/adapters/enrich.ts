/**
 * After the reports are read, each capability gathers the facts it needs from outside the report (predictions
 * files, curve CSVs, the model card, reviews and waivers from GitHub) and stores them in `model.extras`, where
 * the pure core finds them. One enricher per capability; each registers itself in ENRICHERS below.
 */
import type { ProcessEnv } from '../sources/git-env.js';
import type { Config } from '../kernel/config-types.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import type { Source } from '../sources/source.js';
import { carryForwardEnricher } from './carry-forward.js';
import { curveCsvEnricher } from './curve-csv.js';
import { predictionsEnricher } from './predictions.js';
import type { GitHubClient } from './github/client.js';
import { enrichChecklist } from './checklist-facts.js';

export interface EnrichEnv {
  workspace: string;
  /** The environment of the git processes (the runner's or the shell's). */
  processEnv: ProcessEnv;
  config: Config;
  /** null outside GitHub (CLI) or without a token. */
  client: GitHubClient | null;
  repo: { owner: string; repo: string } | null;
  pull: { number: number; author: string; body: string; base_sha: string; head_sha: string } | null;
  baseline: Source | null;
  now: Date;
  /** false: the reports are not from this repository (`mlgate demo`), so their code commits are not looked up. */
  verify_code_commit?: boolean;
}

export type Enricher = (model: ModelInput, env: EnrichEnv) => Promise<void>;

// carry-forward first: it swaps in the baseline's report, which the other enrichers then read.
export const ENRICHERS: Enricher[] = [carryForwardEnricher, curveCsvEnricher, predictionsEnricher, enrichChecklist];

export async function enrichModels(models: ModelInput[], env: EnrichEnv): Promise<void> {
  for (const model of models) {
    model.extras ??= {};
    for (const enrich of ENRICHERS) await enrich(model, env);
  }
}
