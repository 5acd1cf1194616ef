/**
 * The pure pipeline: reports (already parsed) + config -> the one result model. No I/O: the adapters read
 * files, git and the GitHub API, and pass what they found in `GateInput`.
 */
import type { Config } from './config-types.js';
import type { LoadedReport } from './report-types.js';
import type { GateResult, ModelResult } from './result-types.js';
import { evaluateModel, type ModelExtras } from './evaluate-model.js';
import { worst } from './verdict.js';

export interface ModelInput {
  /** Model name (the report's `model`, or the path when the head report is missing). */
  name: string;
  head: LoadedReport | null;
  base: LoadedReport | null;
  /** Workspace-relative path of the PR's report. */
  head_path: string | null;
  /** Path of the baseline report, as the BaselineReader reads it (the same path at the base commit in a PR). */
  base_path: string | null;
  /** The PR touched none of this model's paths: the baseline's figures are reused (issue 7). */
  carried_forward?: boolean;
  /** The base has this report and the PR does not (a matching file was deleted, or the job did not write it). */
  removed?: boolean;
  extras?: ModelExtras;
}

export interface GateInput {
  config: Config;
  models: ModelInput[];
  base: { sha: string | null; source: 'git' | 'api' | 'file' | 'none' };
  head: { sha: string | null };
  /** The current time, for expiry checks; passed in so the core stays pure and testable. */
  now: Date;
  notes?: string[];
}

export function evaluate(input: GateInput): GateResult {
  const models: ModelResult[] = input.models.map((m) => evaluateModel(m, input.config, input.now));
  const verdict = worst(models.map((m) => m.verdict));
  return {
    schema_version: 1,
    verdict,
    reason: resultReason(models, verdict),
    base: input.base,
    head: input.head,
    models,
    notes: input.notes ?? [],
  };
}

/** The headline: the worst model's first reason and what else there is by kind; also for merged matrix results. */
export function resultReason(models: ModelResult[], verdict: GateResult['verdict']): string {
  if (models.length === 0) return 'no model report found';
  const culprits = models.filter((m) => m.verdict === verdict);
  if (verdict === 'pass') {
    const improved = models.flatMap((m) => m.metrics.filter((x) => x.change === 'improved')).length;
    const missing = models.filter((m) => m.baseline === 'missing').length;
    if (missing === models.length) return 'no baseline to compare with: absolute bounds only';
    // "No regressions" above a row that says "regressed, within tolerance" reads as a contradiction.
    const tolerated = models.some((m) => m.metrics.some((x) => x.change === 'regressed'));
    const none = tolerated ? 'no regression beyond tolerance' : 'no regressions';
    return improved > 0 ? `${none}; ${improved} metric${improved === 1 ? '' : 's'} improved` : none;
  }
  const first = culprits[0]!;
  const reason = first.reasons[0] ?? verdict;
  const prefix = models.length > 1 ? `${first.name}: ` : '';
  // The rest, by kind: "(+1 more failure, 2 warnings)" says what "(+3 more)" did not.
  const all = models.flatMap((m) => m.findings);
  const fails = all.filter((f) => f.severity === 'fail').length - (verdict === 'fail' ? 1 : 0);
  const warns = all.filter((f) => f.severity === 'warn').length - (verdict === 'warn' ? 1 : 0);
  const parts = [
    ...(fails > 0 ? [`${fails} more failure${fails === 1 ? '' : 's'}`] : []),
    ...(warns > 0 ? [`${warns}${verdict === 'warn' ? ' more' : ''} warning${warns === 1 ? '' : 's'}`] : []),
  ];
  return `${prefix}${reason}${parts.length ? ` (+${parts.join(', ')})` : ''}`;
}
