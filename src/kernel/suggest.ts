/** "Did you mean …?" for unknown keys, commands and options: the nearest valid one, when it is close enough. */

/**
 * Edits (insert, delete, substitute, or swap two neighbours) that turn `a` into `b`: the optimal string alignment
 * distance, so that the common typo `szie` is one edit from `size`, not two.
 */
export function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length]!;
}

/** Longer inputs are not typos of a key or an option (and a hostile 70k-character key must not cost much). */
const MAX_WORD = 100;

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_WORD) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  // Accept up to a third of the word's length in edits (at least 1, at most 4): typos, not different words.
  const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
  if (bestDistance <= limit) return best;
  // Else a longer or shorter spelling of a valid word (`--baseline` for `--base`, `evaluation` for `eval`): the
  // candidate sharing the longest start, when one of the two begins with the other (at least 3 letters of it).
  const core = (s: string) => s.toLowerCase().replace(/^-+/, '');
  let prefix: string | undefined;
  for (const c of candidates) {
    const [x, y] = [core(word), core(c)];
    const shorter = x.length < y.length ? x : y;
    const longer = shorter === x ? y : x;
    if (shorter.length >= 3 && longer.startsWith(shorter) && (!prefix || core(c).length > core(prefix).length))
      prefix = c;
  }
  return prefix;
}
