// Fails when a file of src/ other than the entry points reads the process environment: everything else gets the
// environment passed in (RunDeps.env in the action, CliIo.env in the CLI), so tests can give each run its own.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.join(root, 'src');
const ENTRY_POINTS = new Set(['src/main.ts', 'src/cli.ts', 'src/index.ts']);
// `process.env`, `process['env']`, and `const { env } = process` all read it.
const READS = /\bprocess\s*(?:\.\s*env\b|\[\s*['"`]env['"`]\s*\])|\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/;

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(full);
    else if (/\.(?:ts|mts|js|mjs)$/.test(e.name)) yield full;
  }
}

const found = [];
for (const file of files(src)) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (ENTRY_POINTS.has(rel)) continue;
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (READS.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
    });
}
if (found.length) {
  console.error(`process.env outside the entry points (${[...ENTRY_POINTS].join(', ')}); pass the environment in:`);
  for (const f of found) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`Environment check: no process.env outside ${[...ENTRY_POINTS].join(', ')}.`);
