/** `mlgate demo`: compare on the example reports bundled with the package; no token, no network. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderAs } from '../render/any.js';
import { compareFiles, parseNow } from './compare.js';
import { EXIT, parseFormat, type CliIo } from './io.js';

export const DEMO_HELP = `Usage: mlgate demo [--format markdown|json|text] [--now YYYY-MM-DD]

Runs \`mlgate compare\` on the example reports in examples/demo/ and prints the PR comment it would post
(markdown, with HTML escapes as GitHub needs them; --format text for a terminal).
  --format F   markdown (default), json or text
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

export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string' }, now: { type: 'string' } },
    strict: true,
  });
  const root = packageRoot();
  const demo = path.join(root, 'examples', 'demo');
  const result = await compareFiles(
    {
      base: path.join(demo, 'base.yaml'),
      head: path.join(demo, 'head.yaml'),
      config: path.join(demo, 'mlgate.yml'),
      now: parseNow(values.now, io),
      // The example's code commits are not commits of the package's repository: not looked up, and said so.
      verifyCodeCommit: false,
      processEnv: io.env,
    },
    root,
  );
  io.stdout(renderAs(result, parseFormat(values.format, 'markdown')));
  // The demo shows what a failing gate looks like; the command itself succeeded.
  return EXIT.ok;
}
