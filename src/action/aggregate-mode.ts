/**
 * `mode: aggregate`: matrix jobs each wrote a result JSON (`mlgate compare --format json` or the action's
 * `result-json`); this combines them into one result and one comment. No checkout, config or baseline needed.
 */
import { aggregateResults } from '../adapters/aggregate.js';
import { InputError } from '../kernel/errors.js';
import type { Mode } from './types.js';

export const aggregateMode: Mode = async ({ settings, ctx }) => {
  if (settings.results.length === 0)
    throw new InputError('mode aggregate needs the result files: set the `results` input', { field: 'input results' });
  const result = await aggregateResults(settings.results, ctx.workspace);
  return { result, target: ctx.pull ? { number: ctx.pull.number, head_sha: ctx.pull.head_sha } : null };
};
