/**
 * The result of a run whose input could not be read (a report with a syntax error, a missing report): a failing
 * verdict with the errors as notes, so that the comment, the check run, the job summary and the outputs say what
 * a passing result from an earlier commit would otherwise keep saying. Pure.
 */
import type { GateResult } from './result-types.js';

/** Notes are capped like any note (the renderers clip each; the count is bounded here). */
const MAX_ERRORS = 20;

export function inputErrorResult(messages: readonly string[], headSha: string | null): GateResult {
  const first = messages[0] ?? 'the input could not be read';
  const more = messages.length > 1 ? ` (+${messages.length - 1} more)` : '';
  const shown = messages.slice(0, MAX_ERRORS);
  const notes = [
    ...shown.map((m) => `invalid input: ${m}`),
    ...(messages.length > shown.length ? [`${messages.length - shown.length} more input errors in the job log`] : []),
  ];
  return {
    schema_version: 1,
    verdict: 'fail',
    reason: `invalid input: ${first}${more}`,
    base: { sha: null, source: 'none' },
    head: { sha: headSha },
    models: [],
    notes,
  };
}
