/** Markdown headings of a model card, and matching them against the sections the config requires. */

/** ATX (`## Intended use`) and setext (`Intended use\n---`) headings, outside fenced code blocks. */
export function markdownHeadings(text: string, max = 500): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length && out.length < max; i++) {
    const line = lines[i]!;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const atx = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(line);
    if (atx && atx[1]) {
      out.push(atx[1].slice(0, 200));
      continue;
    }
    const next = lines[i + 1];
    if (next !== undefined && line.trim() !== '' && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && !/^ {0,3}[-*+] /.test(line)) {
      out.push(line.trim().slice(0, 200));
      i++;
    }
  }
  return out;
}

function normalise(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * A required section is present when some heading contains its words in order, ignoring case, numbering and
 * punctuation: "Intended use" matches "## 2. Intended Use & limitations".
 */
export function missingSections(required: readonly string[], headings: readonly string[]): string[] {
  const have = headings.map(normalise);
  return required.filter((r) => {
    const want = normalise(r);
    return want.trim() !== '' && !have.some((h) => h.includes(want));
  });
}
