/** `mlgate demo`: compare on the example reports bundled with the package; no token, no network. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderFor } from '../render/any.js';
import type { GateResult } from '../kernel/result-types.js';
import { compareFiles, parseNow } from './compare.js';
import { commentFormat, EXIT, type CliIo } from './io.js';
import type { ProcessEnv } from '../sources/git-env.js';

export const DEMO_HELP = `Usage: mlgate demo [--format markdown|json|text|html] [--now YYYY-MM-DD]

Runs \`mlgate compare\` on the example reports in examples/demo/ and prints the PR comment it would post
(in a terminal as text; piped, the markdown GitHub receives; \`mlgate preview\` shows it as GitHub would).
  --format F   text (default in a terminal), markdown (default otherwise), json, or html (a standalone page)
  --now DATE   the day to check expiry dates against (default: today, UTC)
Exit status: 0 whatever the example's verdict (it is a demonstration; \`compare\` exits 1 on fail), 2 bad usage.`;

/** The package root: dist/cli.js and src/cli/demo.ts both find examples/ by walking up. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(path.join(dir, 'examples', 'demo', 'head.yaml'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('examples/demo not found next to the mlgate package');
}

/** The demo's result: compare on examples/demo/ (also what `mlgate preview` shows without result files). */
export async function demoResult(now: Date, processEnv: ProcessEnv): Promise<GateResult> {
  const root = packageRoot();
  const demo = path.join(root, 'examples', 'demo');
  return compareFiles(
    {
      base: path.join(demo, 'base.yaml'),
      head: path.join(demo, 'head.yaml'),
      config: path.join(demo, 'mlgate.yml'),
      now,
      // The example's code commits are not commits of the package's repository: not looked up, and said so.
      verifyCodeCommit: false,
      processEnv,
    },
    root,
  );
}

export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string' }, now: { type: 'string' } },
    strict: true,
  });
  const format = commentFormat(values.format, io);
  const result = await demoResult(parseNow(values.now, io), io.env);
  io.stdout(await renderFor(result, format));
  // The demo shows what a failing gate looks like; the command itself succeeded.
  return EXIT.ok;
}
