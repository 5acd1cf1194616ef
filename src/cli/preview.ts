/**
 * `mlgate preview [RESULT.json...] [--out FILE] [--mermaid-src URL]`: the PR comment as a standalone HTML page, as
 * GitHub would show it (GFM, a GitHub-like stylesheet, the Mermaid chart), to look at before pushing. Without
 * result files, the demo's comment; with them (`compare --format json`, the action's result-json), their merge.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { aggregateResults } from '../adapters/aggregate.js';
import { renderFor } from '../render/any.js';
import { demoResult } from './demo.js';
import { parseNow } from './compare.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { InputError } from '../kernel/errors.js';

export const PREVIEW_HELP = `Usage: mlgate preview [RESULT.json...] [--out FILE] [--mermaid-src URL] [--now YYYY-MM-DD]

Writes the PR comment as a standalone HTML page, as GitHub would show it, and prints where.
  RESULT.json       result files (\`mlgate compare --format json\`, the action's result-json); several are merged
                    like \`mlgate aggregate\`; none: the demo's comment
  --out FILE        the page to write (default: mlgate-preview.html), under the current directory
  --mermaid-src URL where the page loads Mermaid from (default: jsDelivr; e.g. a local copy of mermaid.min.js)
  --now DATE        the demo's day for expiry checks (default: today, UTC)
Exit status: 0 written, 2 bad input or usage.`;

export async function previewCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, 'mermaid-src': { type: 'string' }, now: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const src = values['mermaid-src'];
  if (src !== undefined && !/^(https?:\/\/|file:\/\/|\.{0,2}\/)[^\s"'<>]*$/.test(src))
    throw new UsageError('--mermaid-src must be an http(s) or file URL, or a path, without spaces or quotes');
  const out = values.out ?? 'mlgate-preview.html';
  const rel = path.relative(io.cwd, path.resolve(io.cwd, out));
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new InputError('--out names a file outside the current directory: write the page under it', {
      file: out.slice(0, 200),
    });
  const result = positionals.length
    ? await aggregateResults(positionals, io.cwd)
    : await demoResult(parseNow(values.now, io), io.env);
  const html = await renderFor(result, 'html', src === undefined ? {} : { mermaid_src: src });
  await writeFile(path.resolve(io.cwd, out), html);
  io.stdout(`wrote ${rel}: the comment (${result.verdict}) as GitHub would show it; open it in a browser\n`);
  return EXIT.ok;
}
