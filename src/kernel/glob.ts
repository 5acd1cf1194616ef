/**
 * Glob patterns (`*`, `**`, `?`, `{a,b}`) as regular expressions over `/`-separated relative paths.
 * Pure: used both to expand report globs (with a directory walk in the adapter) and to match changed files.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of directories, including none.
        if (glob[i + 2] === '/') {
          re += '(?:[^/]+/)*';
          i += 3;
        } else {
          re += '.*';
          i += 2;
        }
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`);
}

export function isGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(path));
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

/** A compiled pattern: true for the `/`-separated relative paths it matches. */
export function globMatcher(glob: string): (path: string) => boolean {
  const re = globToRegExp(glob);
  return (path) => re.test(path);
}
