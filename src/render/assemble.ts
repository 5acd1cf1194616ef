/**
 * Fits a markdown document into GitHub's comment limit by dropping whole blocks, least important first.
 * Each block is self-contained (a whole table, a closed <details>, a closed code fence), so dropping blocks can
 * never leave markup open; a block may offer a shorter fallback (e.g. only the failing rows of a table).
 */

export interface Block {
  text: string;
  /** 0: never dropped (verdict, findings). Higher numbers are dropped first. */
  priority: number;
  /**
   * Used instead of `text` before dropping the block entirely. The fallback of a priority-1 block (the failing
   * rows) is must-keep: it is cut with the priority-0 blocks when space runs out, never dropped.
   */
  fallback?: string;
}

/** GitHub rejects comment bodies over 65,536 characters; we also stay under that many UTF-8 bytes. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export function assemble(
  blocks: Block[],
  opts: { limit?: number; truncatedNote: string; footer?: string; cutNote?: string },
): string {
  const limit = opts.limit ?? GITHUB_COMMENT_LIMIT - 512; // margin for the marker and line endings
  const footer = opts.footer ?? '';
  const join = (parts: string[]) => parts.filter((p) => p !== '').join('\n\n') + (footer ? `\n\n${footer}` : '');
  const texts = blocks.map((b) => b.text);
  const out = join(texts);
  if (utf8Length(out) <= limit) return out;

  // Drop from the least important, later blocks first, each replaced by its fallback when it has one. Then drop
  // the fallbacks too, except those of priority 1: they hold the failing rows, which are cut, never dropped.
  // Sizes are kept per block, so each step costs O(1), not a join of the whole text (a 5 MB job summary).
  const order = blocks.map((b, i) => ({ b, i })).sort((x, y) => y.b.priority - x.b.priority || y.i - x.i);
  const note = `> ${opts.truncatedNote}`;
  const sizes = texts.map(utf8Length);
  const size = { bytes: 0, parts: 0 };
  const add = (n: number, sign: 1 | -1) => {
    if (n === 0) return;
    size.bytes += sign * n;
    size.parts += sign;
  };
  for (const n of [...sizes, utf8Length(note)]) add(n, 1);
  const footerBytes = footer ? utf8Length(footer) + 2 : 0;
  const replace = (i: number, text: string) => {
    const n = utf8Length(text);
    add(sizes[i]!, -1);
    add(n, 1);
    texts[i] = text;
    sizes[i] = n;
  };
  const fits = () => size.bytes + 2 * (size.parts - 1) + footerBytes <= limit;
  for (const { b, i } of order) {
    if (b.priority === 0) break;
    replace(i, b.fallback ?? '');
    if (fits()) return join([...texts, note]);
  }
  for (const { b, i } of order) {
    if (b.priority <= 1) break;
    if (texts[i] === '') continue;
    replace(i, '');
    if (fits()) return join([...texts, note]);
  }
  // Only must-keep blocks remain and they are still too long: cut whole lines, then close what is open. The
  // footer (our hidden marker) stays outside the cut: without it the next run would not find this comment.
  const body = [...texts, note].filter((p) => p !== '').join('\n\n');
  const cutNote = `\n\n> ${opts.cutNote ?? CUT_NOTE}`;
  return hardCut(body, limit - (footer ? utf8Length(footer) + 2 : 0), cutNote) + (footer ? `\n\n${footer}` : '');
}

const CUT_NOTE = "The comment was cut to fit GitHub's size limit; see the job summary for the rest.";

function hardCut(s: string, limit: number, cutNote: string): string {
  const lines = s.split('\n');
  const kept: string[] = [];
  let size = 0;
  let fences = 0;
  let opened = 0;
  // What closing the kept text would take: a fence and one </details> per open <details> (with or without `open`).
  const closingFor = (f: number, o: number) => (f % 2 === 1 ? '\n```' : '') + '\n</details>'.repeat(Math.max(0, o));
  for (const line of lines) {
    const f = fences + (/^```/.test(line) ? 1 : 0);
    const o = opened + (line.match(/<details[\s>]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    const n = utf8Length(line) + (kept.length ? 1 : 0);
    if (size + n + utf8Length(closingFor(f, o) + cutNote) > limit) break;
    kept.push(line);
    size += n;
    fences = f;
    opened = o;
  }
  return `${kept.join('\n')}${closingFor(fences, opened)}${cutNote}`;
}
