/** What every check reads: the PR's report, the base's, the policy, the gathered facts and the time. */
import type { Config } from '../kernel/config-types.js';
import type { Report } from '../kernel/report-types.js';
import type { ChecklistFacts } from '../kernel/checklist-types.js';
import type { Finding } from '../kernel/result-types.js';

export interface CheckContext {
  report: Report;
  base: Report | null;
  config: Config;
  facts: ChecklistFacts | null;
  now: Date;
  /** Workspace-relative path of the PR's report. */
  report_path: string | null;
  /**
   * The operating point's precision and recall judged against the base by the metric rules (the pipeline runs
   * them: pipeline/operating-point.ts); empty when nothing breaks a rule, null when there was nothing to compare.
   */
  operating_point?: Finding[] | null;
}

/** Did this PR change the model? null when the changed files are unknown (CLI). */
export function prChangesModel(
  c: CheckContext,
  matchesAny: (path: string, globs: readonly string[]) => boolean,
): boolean | null {
  const changed = c.facts?.changed_files;
  if (!changed) return null;
  const globs = c.config.checklist.model_paths;
  if (globs.length) return changed.some((f) => matchesAny(f, globs));
  return c.report_path !== null && changed.includes(c.report_path);
}

/**
 * Does this PR touch this very model (not just some model)? Its `models.<name>.paths` when configured, else its
 * report and model card. null when the changed files are unknown (CLI).
 */
export function prTouchesThisModel(
  c: CheckContext,
  matchesAny: (path: string, globs: readonly string[]) => boolean,
): boolean | null {
  const changed = c.facts?.changed_files;
  if (!changed) return null;
  const own = Object.hasOwn(c.config.models, c.report.model) ? c.config.models[c.report.model]!.paths : undefined;
  if (own?.length) return changed.some((f) => matchesAny(f, own));
  const files = [c.report_path, c.report.lifecycle?.model_card].filter((f): f is string => !!f);
  return changed.some((f) => files.includes(f));
}

export function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
