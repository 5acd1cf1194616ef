/**
 * Fits a markdown document into GitHub's comment limit by dropping whole blocks, least important first.
 * Each block is self-contained (a whole table, a closed <details>, a closed code fence), so dropping blocks can
 * never leave markup open; a block may offer a shorter fallback (e.g. only the failing rows of a table).
 */

export interface Block {
  text: string;
  /** 0: never dropped (verdict, failing rows). Higher numbers are dropped first. */
  priority: number;
  /** Used instead of `text` before dropping the block entirely. */
  fallback?: string;
}

/** GitHub rejects comment bodies over 65,536 characters; we also stay under that many UTF-8 bytes. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export function assemble(blocks: Block[], opts: { limit?: number; truncatedNote: string; footer?: string }): string {
  const limit = opts.limit ?? GITHUB_COMMENT_LIMIT - 512; // margin for the marker and line endings
  const footer = opts.footer ?? '';
  const join = (parts: string[]) => parts.filter((p) => p !== '').join('\n\n') + (footer ? `\n\n${footer}` : '');
  const texts = blocks.map((b) => b.text);
  let out = join(texts);
  if (utf8Length(out) <= limit) return out;

  // Drop from the least important, later blocks first; try each block's fallback before removing it.
  const order = blocks.map((b, i) => ({ b, i })).sort((x, y) => y.b.priority - x.b.priority || y.i - x.i);
  const note = `> ${opts.truncatedNote}`;
  for (const { b, i } of order) {
    if (b.priority === 0) break;
    texts[i] = b.fallback ?? '';
    out = join([...texts, note]);
    if (utf8Length(out) <= limit) return out;
    if (b.fallback !== undefined) {
      texts[i] = '';
      out = join([...texts, note]);
      if (utf8Length(out) <= limit) return out;
    }
  }
  // Only must-keep blocks remain and they are still too long: cut whole lines, then close what is open.
  return hardCut(join([...texts, note]), limit);
}

function hardCut(s: string, limit: number): string {
  const lines = s.split('\n');
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    const n = utf8Length(line) + 1;
    if (size + n > limit - 200) break;
    kept.push(line);
    size += n;
  }
  const text = kept.join('\n');
  const fences = (text.match(/^```/gm) ?? []).length;
  const opened = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  let closing = fences % 2 === 1 ? '\n```' : '';
  for (let k = 0; k < opened; k++) closing += '\n</details>';
  return `${text}${closing}\n\n> The comment was cut to fit GitHub's size limit; see the job summary for the rest.`;
}
