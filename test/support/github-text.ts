/**
 * What GitHub links in a comment's text: mentions, issue references (`#1`, `owner/repo#1`, `GH-1`) and bare URLs.
 * GitHub decodes HTML entities before it links them (so `&#35;1` is still `#1`), so the checks run on the decoded
 * text. Fenced code blocks (the Mermaid chart) are left out: GitHub links nothing inside them. Inline code spans are
 * kept, so an escaper that relied on backticks would be tested as if they were text.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}

const PATTERNS: Array<[string, RegExp]> = [
  ['mention', /(?<![\w`/])@[A-Za-z0-9][A-Za-z0-9-]*/g],
  ['reference', /(?<![\w&])(?:[\w.-]+\/[\w.-]+)?#\d+\b/g],
  ['GH reference', /\bGH-\d+\b/gi],
  // GFM's extended autolinks: a scheme and `//`, or `www.`, then a domain character; mailto:/xmpp: then an address.
  ['URL', /\b(?:https?|ftp):\/\/[A-Za-z0-9]/gi],
  ['www link', /\bwww\.[A-Za-z0-9]/gi],
  ['mail link', /\b(?:mailto|xmpp):[\w.+-]+@/gi],
  ['email', /\b[\w.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+/g],
];

/**
 * The live mentions, references and autolinks in `markdown` as GitHub would read it, e.g. `reference: acme/infra#3`.
 * Markdown links (`[text](url)`) are mlgate's own (the job summary, a waiver's comment) and are left out.
 */
export function liveReferences(markdown: string): string[] {
  const text = decodeEntities(markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/\]\([^)\s]*\)/g, ']'));
  return PATTERNS.flatMap(([kind, re]) => [...text.matchAll(re)].map((m) => `${kind}: ${m[0]}`));
}

/** Amounts as a reader sees them: the renderers write `$` as `&#36;` (two raw ones on a line open GitHub's math). */
export const dollars = (s: string): string => s.replaceAll('&#36;', '$');
