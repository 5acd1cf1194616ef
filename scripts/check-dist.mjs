// Fails when the committed dist/ (or the precompiled validators in src/schema/generated/) differs from a fresh
// build of src/ (the action runs dist/index.js).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Every file under dir, as paths relative to it. */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)));
}

try {
  execFileSync(process.execPath, ['scripts/gen-validators.mjs', '--check'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
const fresh = mkdtempSync(join(tmpdir(), 'mlgate-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const names = new Set([...files('dist'), ...files(fresh)]);
  const stale = [];
  for (const name of names) {
    const read = (dir) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name)) : null);
    const a = read('dist');
    const b = read(fresh);
    if (!a || !b || !a.equals(b)) stale.push(name);
  }
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.join(', ')}): run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is fresh.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
