/**
 * `mlgate aggregate results/*.json [--format markdown|json|text]`: merges the results that matrix jobs wrote
 * with `mlgate compare --format json` into one (verdict: the worst model's). The action's `mode: aggregate`
 * calls `aggregateResults` too, then posts the comment like a normal run.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../core/errors.js';
import type { GateResult } from '../core/result-types.js';
import { readUntrustedText } from '../adapters/files.js';
import { findReports } from '../adapters/find-reports.js';
import { displayPath } from '../adapters/load-report.js';
import { parseResult } from '../core/result-check.js';
import { mergeResults } from '../readers/result-json.js';
import { renderAs } from '../render/any.js';
import { EXIT, parseFormat, UsageError, type CliIo } from './io.js';

export const AGGREGATE_HELP = `Usage: mlgate aggregate FILE_OR_GLOB... [--format markdown|json|text]

Merges result files written by \`mlgate compare --format json\` (one per matrix job) into one result.
  FILE_OR_GLOB    result JSON files or globs (quote globs: 'results/*.json')
  --format F      markdown (default), json or text
Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;

const MAX_RESULT_BYTES = 2 * 1024 * 1024;

export async function aggregateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('name the result files to merge, e.g. results/*.json');
  const format = parseFormat(values.format, 'markdown');
  const result = await aggregateResults(positionals, io.cwd);
  io.stdout(renderAs(result, format));
  return result.verdict === 'fail' ? EXIT.fail : EXIT.ok;
}

/**
 * Reads the result files (paths or globs relative to `root`; a shell may already have expanded the globs),
 * validates each as untrusted input, and merges them.
 */
export async function aggregateResults(files: readonly string[], root: string): Promise<GateResult> {
  const rels: string[] = [];
  for (const f of files) {
    const rel = displayPath(root, path.resolve(root, f));
    if (path.isAbsolute(rel) || rel.startsWith('..'))
      throw new InputError('result files must be inside the working directory', { file: f.slice(0, 120) });
    const found = await findReports(root, [rel]);
    if (found.length === 0)
      throw new InputError('no result file matches; did the matrix jobs upload their results?', { file: rel });
    for (const x of found) if (!rels.includes(x)) rels.push(x);
  }
  const parts: Array<{ file: string; result: GateResult }> = [];
  for (const rel of rels) {
    const text = await readUntrustedText(path.join(root, rel), { root, label: rel, maxBytes: MAX_RESULT_BYTES });
    if (text === null) throw new InputError('file not found', { file: rel });
    parts.push({ file: rel, result: parseResult(text, rel) });
  }
  const merged = mergeResults(parts);
  // The curve and checklist blocks are checked only for plain JSON; make sure the renderers can take them.
  for (const m of merged.models) {
    try {
      renderAs({ ...merged, models: [m] }, 'markdown');
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(
        'the learning_curve or checklist block of this model is malformed; regenerate it with `mlgate compare --format json`',
        {
          file: parts.find((p) => p.result.models.some((x) => x.name === m.name))?.file,
          field: `models.${m.name.slice(0, 60)}`,
        },
      );
    }
  }
  return merged;
}
