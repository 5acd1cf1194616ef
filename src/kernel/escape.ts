/**
 * Escaping for every string that comes from a report or a config and ends up in markdown or in a log line.
 * A PR's files are written by whoever opened the PR: their names must not mention people (@team), link issues
 * (#123), inject HTML or our own hidden marker (<!-- -->), break a table (|), or hide text (bidi overrides,
 * zero-width characters). We escape with HTML entities, which GitHub renders as the literal character.
 */

import { redactSecrets } from './secrets.js';

// Bidi controls (Trojan Source), zero-width and other invisible format characters, C0/C1 controls.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- the class lists invisible code points on purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/g;
// Invisible characters outside the BMP, which a regex without the u flag cannot match: Unicode tag characters
// (used to smuggle hidden ASCII), musical formatting controls, variation selectors supplement.
// eslint-disable-next-line no-misleading-character-class -- the class lists invisible code points on purpose
const INVISIBLE_ASTRAL = /[\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
// A surrogate without its partner (JSON can write one as "\ud800"): not text, and it turns into U+FFFD on output.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function scrub(s: string, replacement: string): string {
  return s.replace(INVISIBLE, replacement).replace(INVISIBLE_ASTRAL, replacement).replace(LONE_SURROGATE, replacement);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  '#': '&#35;',
  $: '&#36;',
};

/**
 * A letter or digit: GFM never reads an `_` between two of them as emphasis (intraword), so `latency_p95_ms`
 * stays as written; an `_` at a word's edge could open or close emphasis and is escaped.
 */
const WORD = /^[\p{L}\p{N}]$/u;

export const MAX_INLINE_CHARS = 120;

/** Cuts at a code-point boundary (never inside a surrogate pair) and marks the cut. */
export function clipText(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}

/**
 * One table cell or inline phrase: no markup, no mention, no reference, no link, no line break, bounded length.
 * GitHub decodes entities before it links mentions and references, so `&#35;1` alone is still `#1`: a zero-width
 * character goes inside each token (`@&#8203;user` as Renovate writes it; `#&#8205;1`, `GH-&#8205;1` as other
 * bots do), which the decoded text keeps, and the token no longer matches.
 */
export function escapeMarkdownInline(raw: string, max = MAX_INLINE_CHARS): string {
  const clean = clipText(redactSecrets(scrub(String(raw).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' '), '\ufffd')), max);
  const chars = Array.from(clean);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '@') out += '@&#8203;';
    else if (ch === '#') out += '&#35;&#8205;';
    else if (ch === '_' && WORD.test(chars[i - 1] ?? '') && WORD.test(chars[i + 1] ?? '')) out += ch;
    else out += ENTITIES[ch] ?? ch;
  }
  return breakAutolinks(out).replace(/\b(GH)-(?=\d)/gi, '$1-&#8205;');
}

/**
 * GitHub turns bare `https://…`, `www.…` and `mailto:`/`xmpp:` addresses into links (an issue URL even posts a
 * cross-reference). Its parser finds them on the literal characters `:` and `www.`, so those are written as
 * entities; and since a later stage may see the decoded text (as it does for `#1`), a zero-width joiner goes
 * inside each token too (`https:&#8205;//`, `www&#8205;.`), which no decoding removes.
 */
function breakAutolinks(s: string): string {
  return s
    .replace(/:(?=\/)/g, '&#58;&#8205;')
    .replace(/(www)\./gi, '$1&#8205;&#46;')
    .replace(/(mailto|xmpp):/gi, '$1&#8205;&#58;');
}

/**
 * For log lines: one line, no workflow command (`::set-output`, `::add-mask::`, nor the runner's legacy
 * `##[add-mask]` form), no invisible characters.
 */
export function escapeLog(raw: string, max = 200): string {
  const line = redactSecrets(scrub(String(raw).replace(/[\r\n\u2028\u2029]+/g, ' '), '?'));
  return clipText(line.replace(/:(?=:)/g, ': ').replace(/##\[/g, '# #['), max);
}

/**
 * Whole output that a workflow runner reads line by line (the CLI in a `run:` step). The runner takes a line that
 * starts with `::` after leading blanks as a workflow command (`::add-mask::`, `::stop-commands::`), and `##[`
 * anywhere in a line in its legacy form; a line break in a name from a file could start such a line. Only those
 * are broken up, the way escapeLog does; every other line passes unchanged, so ordinary output stays the same.
 * `^` with the m flag also matches after `\r`, which the runner's line reader treats as a line break too.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return redactSecrets(text)
    .replace(/^([^\S\n\r\u2028\u2029]*):(?=:)/gm, '$1: ')
    .replace(/##\[/g, '# #[');
}
