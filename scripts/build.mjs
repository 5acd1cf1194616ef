// Bundles src/ into dist/ with esbuild. Deterministic: no timestamps, no absolute paths, no source maps,
// so that `npm run check-dist` can compare a fresh build with the committed dist/ byte for byte.
// Code splitting: what a command or mode imports lazily (import()) lands in dist/chunks/ and is loaded only when
// used, so `mlgate --help` does not parse the whole pipeline. The schema validators are precompiled first.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { generateValidators } from './gen-validators.mjs';

const outdir = process.argv[2] ?? 'dist';
for (const { file, text } of generateValidators()) {
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    /* not generated yet */
  }
  if (current !== text) writeFileSync(file, text);
}
// Some dependencies are CommonJS and call require() for Node built-ins; an ESM bundle needs a require.
const banner =
  "import { createRequire as __mlgateCreateRequire } from 'node:module';\nconst require = __mlgateCreateRequire(import.meta.url);";

// @actions/core imports @actions/http-client (and with it undici, 0.8 MB) for getIDToken alone, which mlgate never
// calls: the bundle gets a stub that says so, instead of parsing and running undici in every action run.
const noHttpClient = {
  name: 'no-actions-http-client',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        "const unused = () => { throw new Error('mlgate does not bundle @actions/http-client (no OIDC tokens)'); };\n" +
        'export class HttpClient { constructor() { unused(); } }\nexport class BearerCredentialHandler { constructor() { unused(); } }\n',
      loader: 'js',
    }));
  },
};

// Chunk names carry a content hash: last build's chunks would otherwise stay behind.
rmSync(`${outdir}/chunks`, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: banner },
  plugins: [noHttpClient],
});
const cli = `${outdir}/cli.js`;
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
