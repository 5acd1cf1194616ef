/** Result JSON files written by matrix jobs (or a fork's read-only run) -> one merged, validated result. */
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import type { GateResult } from '../kernel/result-types.js';
import { findReports } from '../sources/find.js';
import { readUntrustedText } from '../sources/workspace.js';
import { displayPath } from './load-report.js';
import { parseResult } from '../schema/result-check.js';
import { mergeResults } from '../readers/result-json.js';
import { renderAs } from '../render/any.js';

const MAX_RESULT_BYTES = 2 * 1024 * 1024;

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
