/**
 * `mlgate aggregate results/*.json [--format markdown|json|text|html]`: merges the results that matrix jobs wrote
 * with `mlgate compare --format json` into one (verdict: the worst model's). The action's `mode: aggregate`
 * calls `aggregateResults` too, then posts the comment like a normal run.
 */
import { parseArgs } from 'node:util';
import { aggregateResults } from '../adapters/aggregate.js';
import { renderFor } from '../render/any.js';
import { commentFormat, EXIT, UsageError, type CliIo } from './io.js';

export const AGGREGATE_HELP = `Usage: mlgate aggregate FILE_OR_GLOB... [--format markdown|json|text]

Merges result files written by \`mlgate compare --format json\` (one per matrix job) into one result.
  FILE_OR_GLOB    result JSON files or globs (quote globs: 'results/*.json')
  --format F      text (default in a terminal), markdown (default otherwise), json or html
Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;

export async function aggregateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('name the result files to merge, e.g. results/*.json');
  const format = commentFormat(values.format, io);
  const result = await aggregateResults(positionals, io.cwd);
  io.stdout(await renderFor(result, format));
  return result.verdict === 'fail' ? EXIT.fail : EXIT.ok;
}
