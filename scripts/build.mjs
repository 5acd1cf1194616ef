// Bundles src/ into dist/ with esbuild. Deterministic: no timestamps, no absolute paths, no source maps,
// so that `npm run check-dist` can compare a fresh build with the committed dist/ byte for byte.
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';
// Some dependencies are CommonJS and call require() for Node built-ins; an ESM bundle needs a require.
const banner =
  "import { createRequire as __mlgateCreateRequire } from 'node:module';\nconst require = __mlgateCreateRequire(import.meta.url);";

for (const [entry, out, shebang] of [
  ['src/index.ts', 'index.js', false],
  ['src/cli.ts', 'cli.js', true],
]) {
  await build({
    entryPoints: [entry],
    outfile: `${outdir}/${out}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: (shebang ? '#!/usr/bin/env node\n' : '') + banner },
  });
}
