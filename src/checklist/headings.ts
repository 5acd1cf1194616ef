/** Markdown headings of a model card, their bodies' length, and matching them against the required sections. */
import type { CardSection } from '../kernel/checklist-types.js';

interface Heading {
  text: string;
  level: number;
  /** Words in the lines under it, up to the next heading of any level. */
  own_words: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_.-]*/gu;
const countWords = (line: string) => line.match(WORD)?.length ?? 0;

/** Fence state of one line: the fence character when the line opens or closes a block. */
function fenceOf(line: string): string | null {
  return /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]![0] ?? null;
}

function headingOf(line: string, next: string | undefined): { text: string; level: number; setext: boolean } | null {
  const atx = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(line);
  if (atx && atx[2]) return { text: atx[2].slice(0, 200), level: atx[1]!.length, setext: false };
  if (next !== undefined && line.trim() !== '' && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && !/^ {0,3}[-*+] /.test(line))
    return { text: line.trim().slice(0, 200), level: next.trim()[0] === '=' ? 1 : 2, setext: true };
  return null;
}

/**
 * ATX (`## Intended use`) and setext (`Intended use\n---`) headings outside fenced code blocks, with the words of
 * prose under each. Code blocks and HTML comments (a template's guidance) are not prose.
 */
function scan(text: string, max: number): Heading[] {
  const out: Heading[] = [];
  let fence: string | null = null;
  const lines = text.replace(/<!--[\s\S]*?-->/g, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length && out.length < max; i++) {
    const line = lines[i]!;
    const f = fenceOf(line);
    if (f !== null && (fence === null || f === fence)) {
      fence = fence === null ? f : null;
      continue;
    }
    if (fence !== null) continue;
    const h = headingOf(line, lines[i + 1]);
    if (h) {
      out.push({ text: h.text, level: h.level, own_words: 0 });
      if (h.setext) i++;
    } else if (out.length) out[out.length - 1]!.own_words += countWords(line);
  }
  return out;
}

export function markdownHeadings(text: string, max = 500): string[] {
  return scan(text, max).map((h) => h.text);
}

/** Each heading with the words of its section: its own prose and that of its subsections. */
export function markdownSections(text: string, max = 500): CardSection[] {
  const hs = scan(text, max);
  return hs.map((h, i) => {
    let words = h.own_words;
    for (let j = i + 1; j < hs.length && hs[j]!.level > h.level; j++) words += hs[j]!.own_words;
    return { heading: h.text, words };
  });
}

function normalise(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** "Limitations|Ethical considerations" -> its alternatives; the first names the section in messages. */
export function sectionAlternatives(spec: string): string[] {
  return spec
    .split('|')
    .map((s) => s.trim())
    .filter((s) => normalise(s).trim() !== '');
}

/**
 * A required section is present when some heading contains the words of one of its alternatives in order,
 * ignoring case, numbering and punctuation: "Intended use" matches "## 2. Intended Use & limitations".
 */
function findSection<T extends { heading: string }>(spec: string, sections: readonly T[]): T | undefined {
  const wants = sectionAlternatives(spec).map(normalise);
  return sections.find((s) => wants.some((w) => normalise(s.heading).includes(w)));
}

export function missingSections(required: readonly string[], headings: readonly string[]): string[] {
  const have = headings.map((heading) => ({ heading }));
  return required.filter((r) => sectionAlternatives(r).length > 0 && !findSection(r, have)).map(sectionName);
}

export const sectionName = (spec: string) => sectionAlternatives(spec)[0] ?? spec;

/** Required sections whose heading is there but whose body has fewer than `minWords` words. */
export function thinSections(required: readonly string[], sections: readonly CardSection[], minWords: number) {
  const out: Array<{ name: string; heading: string; words: number }> = [];
  for (const r of required) {
    const s = findSection(r, sections);
    if (s && s.words < minWords) out.push({ name: sectionName(r), heading: s.heading, words: s.words });
  }
  return out;
}
