/**
 * The one glob matcher, over `/`-separated relative paths: minimatch (the library under GitHub's @actions/glob),
 * so `*`, `**` (a whole path segment: `models/**.yaml` is `models/*.yaml`), `?`, `[ab]`, `[!ab]` and `{a,b}` mean
 * what they mean in a workflow's `paths`. Dotfiles match. Lists of patterns (`paths`, `checklist.model_paths`)
 * take `!` negations, last match wins. Syntax that would not mean the same in every tool is refused by
 * `globProblem`, so a pattern never silently matches nothing.
 */
import { Minimatch } from 'minimatch';

const OPTIONS = { dot: true, noext: true, nonegate: true, nocomment: true, optimizationLevel: 2 } as const;
const compiled = new Map<string, (path: string) => boolean>();

/** A compiled pattern: true for the paths it matches. */
export function globMatcher(glob: string): (path: string) => boolean {
  let m = compiled.get(glob);
  if (!m) {
    const mm = new Minimatch(glob, OPTIONS);
    m = (path) => mm.match(path);
    if (compiled.size < 1000) compiled.set(glob, m);
  }
  return m;
}

export function isGlob(pattern: string): boolean {
  return /[*?{[]/.test(pattern);
}

/** True when `path` is matched by the list: each pattern in order, a `!pattern` excluding what it matches. */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  let matched = false;
  for (const g of globs) {
    const negated = g.startsWith('!');
    if (matched === negated && globMatcher(negated ? g.slice(1) : g)(path)) matched = !negated;
  }
  return matched;
}

/** The directory part before the first wildcard: where a walk has to start. */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.join('/');
}

/**
 * Why a pattern is refused, or null. `negation`: the field is a list that takes `!pattern` entries (and then the
 * first entry must not be one: it would exclude from nothing).
 */
export function globProblem(glob: string, opts: { negation: boolean; first?: boolean }): string | null {
  const body = glob.startsWith('!') ? glob.slice(1) : glob;
  if (glob.startsWith('!')) {
    if (!opts.negation) return 'negations (`!pattern`) are not supported here; list what to include';
    if (opts.first)
      return 'a list cannot start with a negation (`!pattern` only excludes what an earlier pattern matched)';
  }
  if (body.trim() === '') return 'is empty';
  if (body.includes('\\')) return 'contains a backslash; paths are `/`-separated and glob characters are not escaped';
  if (/[@!+*?]\(/.test(body)) return 'uses an extended glob such as `+(a|b)`, which is not supported; use `{a,b}`';
  if (!balanced(body, '[', ']')) return 'has an unclosed `[` character class';
  if (!balanced(body, '{', '}')) return 'has an unclosed `{` alternation';
  return null;
}

function balanced(s: string, open: string, close: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === open) depth++;
    else if (c === close && depth > 0) depth--;
  }
  return depth === 0;
}
