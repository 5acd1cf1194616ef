import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// src/kernel/suggest.ts
function editDistance(a, b) {
  let before = new Array(b.length + 1).fill(0);
  let prev = new Array(b.length + 1);
  let cur = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      cur[j] = d;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length];
}
var MAX_WORD = 100;
function nearest(word, candidates) {
  if (word.length > MAX_WORD) return void 0;
  let best;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
  if (bestDistance <= limit) return best;
  const core = (s) => s.toLowerCase().replace(/^-+/, "");
  let prefix;
  for (const c of candidates) {
    const [x, y] = [core(word), core(c)];
    const shorter = x.length < y.length ? x : y;
    const longer = shorter === x ? y : x;
    if (shorter.length >= 3 && longer.startsWith(shorter) && (!prefix || core(c).length > core(prefix).length))
      prefix = c;
  }
  return prefix;
}

export {
  nearest
};
