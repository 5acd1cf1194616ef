/** Expands report paths and globs in the workspace (Node 20 has no fs.glob). Bounded; skips vendored trees. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { globBase, globToRegExp, isGlob } from '../kernel/glob.js';
import { InputError } from '../kernel/errors.js';

const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', '.dvc', 'mlruns']);
const MAX_ENTRIES = 50_000;
export const MAX_REPORTS = 100;

/** True for a path inside a directory the report walk skips (vendored trees, virtualenvs, VCS data). */
export function inSkippedDir(rel: string): boolean {
  return rel
    .split('/')
    .slice(0, -1)
    .some((d) => SKIP.has(d));
}

/**
 * The walk never follows a directory link it meets, but readdir on the glob's fixed base (`models` when the
 * glob is models, a star, mlgate.yaml) would follow a link there: `models -> /elsewhere` would list a directory
 * outside the workspace and name what it found in the error. Each component of the base is checked with lstat.
 */
async function refuseLinkedBase(workspace: string, base: string, pattern: string): Promise<void> {
  let rel = '';
  for (const part of base.split('/').filter((p) => p !== '' && p !== '.')) {
    rel = rel ? `${rel}/${part}` : part;
    const st = await fs.lstat(path.join(workspace, rel)).catch(() => null);
    if (!st) return; // nothing there: the glob matches nothing
    if (st.isSymbolicLink()) {
      throw new InputError(
        `the report glob "${pattern.slice(0, 80)}" starts in ${rel.slice(0, 80)}, which is a symbolic link; globs do not follow links: commit the directory itself or name the reports`,
        { field: 'reports' },
      );
    }
  }
}

export async function findReports(workspace: string, patterns: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const clean = pattern.replace(/^\.\//, '');
    if (path.isAbsolute(clean) || clean.split('/').includes('..')) {
      throw new InputError(
        `report path "${clean.slice(0, 80)}" must be relative to the repository and stay inside it`,
        { field: 'reports' },
      );
    }
    if (!isGlob(clean)) {
      const st = await fs.lstat(path.join(workspace, clean)).catch(() => null);
      if (st) found.add(clean);
      continue;
    }
    const re = globToRegExp(clean);
    let seen = 0;
    const walk = async (dir: string): Promise<void> => {
      const entries = await fs.readdir(path.join(workspace, dir), { withFileTypes: true }).catch(() => []);
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (++seen > MAX_ENTRIES)
          throw new InputError(`the report glob "${clean.slice(0, 80)}" scans too many files; make it more specific`, {
            field: 'reports',
          });
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIP.has(e.name)) await walk(rel);
        } else if (re.test(rel)) found.add(rel);
      }
    };
    const base = globBase(clean);
    await refuseLinkedBase(workspace, base, clean);
    await walk(base);
  }
  if (found.size > MAX_REPORTS)
    throw new InputError(`more than ${MAX_REPORTS} reports match; narrow the report globs`, { field: 'reports' });
  return [...found].sort();
}
