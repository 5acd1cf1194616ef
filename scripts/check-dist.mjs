// Fails when the committed dist/ differs from a fresh build of src/ (the action runs dist/index.js).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'mlgate-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const names = new Set([...readdirSync('dist'), ...readdirSync(fresh)]);
  const stale = [];
  for (const name of names) {
    let a = null;
    let b = null;
    try {
      a = readFileSync(join('dist', name));
    } catch {
      /* missing in dist */
    }
    try {
      b = readFileSync(join(fresh, name));
    } catch {
      /* missing in fresh build */
    }
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
