/**
 * Detects duplicate ids among millions of rows without keeping the ids.
 *
 * Fast path: if the ids arrive strictly increasing in some total order (plain string order, or (length, string)
 * order, which is numeric order for integer ids), no id can repeat, and nothing else is needed.
 * Otherwise: every id's 53-bit hash is kept (8 bytes per row: 80 MB for 10M rows), sorted at the end, and equal
 * neighbours are candidate duplicates. Candidates may be hash collisions, so the caller confirms them with a second
 * pass over the file (isCandidate) to report the real lines.
 */

function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x6b43a9b5;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x01000193);
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

export class IdUniqueness {
  private last: string | undefined;
  private lexIncreasing = true;
  private lengthLexIncreasing = true;
  private hashes = new Float64Array(1 << 16);
  private size = 0;
  private candidates: Set<number> | undefined;

  add(id: string): void {
    const prev = this.last;
    if (prev !== undefined) {
      if (this.lexIncreasing && !(prev < id)) this.lexIncreasing = false;
      if (this.lengthLexIncreasing && !(prev.length < id.length || (prev.length === id.length && prev < id))) {
        this.lengthLexIncreasing = false;
      }
    }
    this.last = id;
    if (this.size === this.hashes.length) {
      const next = new Float64Array(this.hashes.length * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[this.size++] = hash53(id);
  }

  /** True when the ids were strictly increasing, so duplicates are impossible. */
  get ordered(): boolean {
    return this.lexIncreasing || this.lengthLexIncreasing;
  }

  /** Number of hash values that occur more than once (0 means no duplicates, certainly). */
  findCandidates(): number {
    if (this.ordered) {
      this.candidates = new Set();
      return 0;
    }
    const sorted = this.hashes.subarray(0, this.size).sort();
    const found = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) found.add(sorted[i]!);
    this.candidates = found;
    this.hashes = new Float64Array(0); // release the memory before a confirming pass
    return found.size;
  }

  /** After findCandidates: could this id be one of the duplicates? */
  isCandidate(id: string): boolean {
    return this.candidates?.has(hash53(id)) ?? false;
  }
}
