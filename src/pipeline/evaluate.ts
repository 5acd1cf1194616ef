/**
 * The pure pipeline: reports (already parsed) + config -> the one result model. No I/O: the adapters read
 * files, git and the GitHub API, and pass what they found in `GateInput`.
 */
import type { Config } from '../kernel/config-types.js';
import type { LoadedReport } from '../kernel/report-types.js';
import type { GateResult, ModelResult } from '../kernel/result-types.js';
import { evaluateModel, type ModelExtras } from './evaluate-model.js';
import { resultReason, worst } from '../kernel/verdict.js';
import { provenanceOf, type BaselineFrom, type BaselineOrigin } from '../kernel/provenance.js';
import { applyStaleness } from './stale-baseline.js';
export { resultReason };

export interface ModelInput {
  /** Model name (the report's `model`, or the path when the head report is missing). */
  name: string;
  head: LoadedReport | null;
  base: LoadedReport | null;
  /** Workspace-relative path of the PR's report. */
  head_path: string | null;
  /** Path of the baseline report, as the BaselineReader reads it (the same path at the base commit in a PR). */
  base_path: string | null;
  /** The PR touched none of this model's paths: the baseline's figures are reused (adapters/carry-forward.ts). */
  carried_forward?: boolean;
  /** The base has this report and the PR does not (a matching file was deleted, or the job did not write it). */
  removed?: boolean;
  extras?: ModelExtras;
}

export interface GateInput {
  config: Config;
  models: ModelInput[];
  /** `origin`: what the source knows of the baseline it found (its commit, distance, time); see kernel/provenance.ts. */
  base: { sha: string | null; source: BaselineFrom; origin?: BaselineOrigin };
  head: { sha: string | null };
  /** The current time, for expiry checks; passed in so the core stays pure and testable. */
  now: Date;
  notes?: string[];
}

export function evaluate(input: GateInput): GateResult {
  const { origin, ...where } = input.base;
  const provenance = origin ? provenanceOf(origin, input.now, input.config.baseline.max_behind) : undefined;
  const models: ModelResult[] = input.models.map((m) => {
    const judged = evaluateModel(m, input.config, input.now);
    return provenance ? applyStaleness(judged, provenance, input.config) : judged;
  });
  const verdict = worst(models.map((m) => m.verdict));
  return {
    schema_version: 1,
    verdict,
    reason: resultReason(models, verdict),
    base: provenance ? { ...where, provenance } : where,
    head: input.head,
    models,
    notes: input.notes ?? [],
  };
}
