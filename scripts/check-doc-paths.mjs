// Fails when docs/architecture.md names a `src/...` path that does not exist (a rule table row pointing nowhere).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const doc = 'docs/architecture.md';
const text = fs.readFileSync(path.join(root, doc), 'utf8');
const paths = [...new Set([...text.matchAll(/\bsrc\/[A-Za-z0-9_./-]*[A-Za-z0-9_]/g)].map((m) => m[0]))];
const missing = paths.filter((p) => !fs.existsSync(path.join(root, p)));
if (paths.length === 0) {
  console.error(`${doc}: no src/ paths found; the rule table should name the files`);
  process.exit(1);
}
if (missing.length) {
  for (const p of missing) console.error(`${doc}: ${p} does not exist`);
  process.exit(1);
}
console.log(`${doc}: ${paths.length} src/ paths, all exist.`);
