/**
 * Report paths and globs expanded on a Source: one listing of the directory a glob can match in, filtered by the
 * one glob matcher (kernel/glob.ts). Bounded: a listing stops at MAX_LIST_ENTRIES, at most MAX_REPORTS match.
 */
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { globBase, globMatcher, isGlob } from '../kernel/glob.js';
import { workspaceSource } from './workspace.js';
import type { Source } from './source.js';

export const MAX_REPORTS = 100;

/** The files of `source` a pattern names, or null when the source cannot say (no listing, or too large). */
export async function matchFiles(source: Source, pattern: string): Promise<string[] | null> {
  const found = await expand(source, pattern);
  return found.kind === 'files' ? found.files : null;
}

type Expanded =
  { kind: 'files'; files: string[] } | { kind: 'unlisted' } | { kind: 'too-many' } | { kind: 'link'; link: string };

async function expand(source: Source, pattern: string): Promise<Expanded> {
  if (!isGlob(pattern)) {
    // A plain path: present when its directory lists it (a link or a FIFO too: reading it says what is wrong).
    const dir = path.posix.dirname(pattern);
    const listing = await source.list(dir === '.' ? '' : dir, { maxDepth: 0 });
    if (listing === null) return { kind: 'unlisted' };
    if (listing.truncated) return { kind: 'too-many' };
    if (listing.link !== undefined) return { kind: 'files', files: [pattern] };
    return { kind: 'files', files: listing.files.includes(pattern) ? [pattern] : [] };
  }
  const base = globBase(pattern);
  const listing = await source.list(base, { maxDepth: globDepth(pattern, base) });
  if (listing === null) return { kind: 'unlisted' };
  if (listing.link !== undefined) return { kind: 'link', link: listing.link };
  if (listing.truncated) return { kind: 'too-many' };
  const matches = globMatcher(pattern);
  return { kind: 'files', files: listing.files.filter((f) => matches(f)) };
}

/**
 * How many directory levels below `base` a glob can match in: without `**` (or a `/` inside braces) it is fixed,
 * so a glob like `wandb/run-*\/files/wandb-summary.json` does not walk every run's media files.
 */
function globDepth(pattern: string, base: string): number {
  if (pattern.includes('**') || /\{[^}]*\/[^}]*\}/.test(pattern)) return Infinity;
  const below = pattern.split('/').length - (base === '' ? 0 : base.split('/').length);
  return Math.max(0, below - 1);
}

/** A report pattern must be relative and stay inside the repository. */
function checkPattern(pattern: string): string {
  const clean = pattern.replace(/^\.\//, '');
  if (path.isAbsolute(clean) || clean.split('/').includes('..')) {
    throw new InputError(`report path "${clean.slice(0, 80)}" must be relative to the repository and stay inside it`, {
      field: 'reports',
    });
  }
  // `a//b` and `a/./b` name the file the listing calls `a/b`.
  return path.posix.normalize(clean);
}

/**
 * The PR's reports: every file of `source` that the patterns match, sorted. A glob that would scan too much, or
 * starts in a linked directory, is an error (the PR must not be judged on a partial or redirected listing).
 */
export async function findOnSource(source: Source, patterns: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const clean = checkPattern(pattern);
    const got = await expand(source, clean);
    if (got.kind === 'link') {
      throw new InputError(
        `the report glob "${clean.slice(0, 80)}" starts in ${got.link.slice(0, 80)}, which is a symbolic link; globs do not follow links: commit the directory itself or name the reports`,
        { field: 'reports' },
      );
    }
    if (got.kind === 'too-many')
      throw new InputError(`the report glob "${clean.slice(0, 80)}" scans too many files; make it more specific`, {
        field: 'reports',
      });
    if (got.kind === 'files') for (const f of got.files) found.add(f);
  }
  if (found.size > MAX_REPORTS)
    throw new InputError(`more than ${MAX_REPORTS} reports match; narrow the report globs`, { field: 'reports' });
  return [...found].sort();
}

/** The reports under `workspace` that the patterns match (the PR's side). */
export function findReports(workspace: string, patterns: readonly string[]): Promise<string[]> {
  return findOnSource(workspaceSource(workspace), patterns);
}
