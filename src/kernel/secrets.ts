/**
 * Token-shaped text, redacted wherever a string from a file reaches an output (comment, check run, annotation,
 * job summary, log, error message). A report can point a path at any workspace file, and a step before mlgate may
 * have left credentials there; quoting never depends on recognising them, this is the second line of defence.
 * Two shapes: credentials by their documented prefixes (any case: CSV headers are lower-cased), and long opaque
 * runs that mix letters and digits like random keys do (not plain hex: commit SHAs are public and everywhere).
 */

const KNOWN_PREFIXES = new RegExp(
  [
    '(?:gh[pousr]|github_pat)_[a-z0-9_]{16,}', // GitHub tokens
    '(?:akia|asia)[0-9a-z]{16}', // AWS access key ids
    'xox[abposr]-[a-z0-9-]{10,}', // Slack
    'glpat-[a-z0-9_-]{20,}', // GitLab
    'npm_[a-z0-9]{36}', // npm
    'hf_[a-z0-9]{30,}', // Hugging Face
    'sk-[a-z0-9_-]{20,}', // OpenAI-style API keys
    'aiza[0-9a-z_-]{35}', // Google API keys
    'eyj[a-z0-9_-]{8,}\\.[a-z0-9_-]{8,}(?:\\.[a-z0-9_-]*)?', // JSON Web Tokens
    '-----begin [a-z ]*private key-----',
  ]
    .map((p) => `(?<![a-z0-9])${p}`)
    .join('|'),
  'gi',
);
const RUN = /[A-Za-z0-9+/=_-]{32,}/g;
const CHAR_CLASS = (c: string) => (c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : 2);

/** A long run that looks random: frequent changes between cases and digits, short lower-case runs (not words). */
export function looksOpaque(run: string): boolean {
  const core = run.replace(/[+/=_-]/g, '');
  if (core.length < 32 || !/[a-z]/i.test(core) || !/\d/.test(core) || /^[0-9a-f]+$/.test(core)) return false;
  let changes = 0;
  let digitChanges = 0;
  for (let i = 1; i < core.length; i++) {
    const a = CHAR_CLASS(core[i - 1]!);
    const b = CHAR_CLASS(core[i]!);
    if (a !== b) changes++;
    if ((a === 2) !== (b === 2)) digitChanges++;
  }
  const n = core.length - 1;
  if (!/[A-Z]/.test(core)) return digitChanges / n >= 0.15;
  const lower = core.match(/[a-z]+/g) ?? [];
  const meanLower = lower.reduce((s, r) => s + r.length, 0) / Math.max(1, lower.length);
  // CamelCase names change case at every word, but their lower-case runs are words, not 1-2 random letters.
  return changes / n >= 0.3 && meanLower <= 3;
}

export const REDACTED = '[redacted]';

export function isSecretShaped(s: string): boolean {
  KNOWN_PREFIXES.lastIndex = 0;
  if (KNOWN_PREFIXES.test(s)) return true;
  return (s.match(RUN) ?? []).some(looksOpaque);
}

/** `s` with every token-shaped part replaced by `[redacted]`. Linear in the length of `s`. */
export function redactSecrets(s: string): string {
  return s.replace(KNOWN_PREFIXES, REDACTED).replace(RUN, (run) => (looksOpaque(run) ? REDACTED : run));
}
