/**
 * Detects duplicate ids among millions of rows without keeping the ids.
 *
 * An id is either a canonical non-negative integer (`num` ≥ 0, see integerId) or a string (`num` = -1, `str`).
 *
 * Fast path: while the ids arrive strictly increasing in some total order (plain string order, or (length, string)
 * order, which is numeric order for integer ids), no id can repeat, and after the first PREFIX_ROWS ids nothing is
 * stored at all: sorted files cost O(1) memory.
 * Otherwise every id's 53-bit hash is kept (8 bytes per row; integer ids are their own hash), sorted at the end, and
 * equal neighbours are candidate duplicates. Candidates may be hash collisions, so the caller confirms them with a
 * second pass over the file (isCandidate) to report the real lines. If the order broke only after PREFIX_ROWS ids,
 * the hashes of ids PREFIX_ROWS … breakIndex-1 were not kept: `missing` names that range and the caller feeds those
 * ids again (addMissing, from a pass over the file) before findCandidates.
 */

/** Hashes kept unconditionally (512 KiB): an order that breaks early, the common unsorted case, needs no re-read. */
export const PREFIX_ROWS = 1 << 16;

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

/** The id's hash: an integer id is exact (< 2^53), a string id is hashed. */
export function idHash(num: number, str: string): number {
  return num >= 0 ? num : hash53(str);
}

function digits(n: number): number {
  let d = 1;
  for (let p = 10; n >= p; p *= 10) d++;
  return d;
}

/** n without its last k decimal digits, exactly (% is exact on doubles, and so is dividing an exact multiple). */
function dropDigits(n: number, k: number): number {
  const p = 10 ** k;
  return (n - (n % p)) / p;
}

/** -1, 0, 1: plain string order of two integer ids' decimal forms, computed without making the strings. */
function compareDecimalText(a: number, b: number): number {
  const da = digits(a);
  const db = digits(b);
  // Compare the common leading digits, then the shorter (a prefix of the other) sorts first.
  const a2 = da > db ? dropDigits(a, da - db) : a;
  const b2 = db > da ? dropDigits(b, db - da) : b;
  if (a2 !== b2) return a2 < b2 ? -1 : 1;
  return da === db ? 0 : da < db ? -1 : 1;
}

export class IdUniqueness {
  private count = 0;
  private lastNum = -2; // -2: no id yet
  private lastStr = '';
  private lexIncreasing = true;
  private lengthLexIncreasing = true;
  /** Index of the first id out of order, -1 while ordered. */
  private breakIndex = -1;
  private hashes = new Float64Array(1 << 12);
  private size = 0;
  private candidates: Set<number> | undefined;

  add(num: number, str: string): void {
    if (this.breakIndex < 0) {
      if (this.lastNum !== -2) this.checkOrder(num, str);
      this.lastNum = num;
      this.lastStr = num >= 0 ? '' : str;
      if (this.breakIndex < 0 && this.count >= PREFIX_ROWS) {
        this.count++;
        return;
      }
    }
    this.count++;
    this.push(idHash(num, str));
  }

  private checkOrder(num: number, str: string): void {
    const prevNum = this.lastNum;
    if (prevNum >= 0 && num >= 0) {
      if (this.lengthLexIncreasing && !(prevNum < num)) this.lengthLexIncreasing = false;
      if (this.lexIncreasing && compareDecimalText(prevNum, num) >= 0) this.lexIncreasing = false;
    } else {
      const prev = prevNum >= 0 ? String(prevNum) : this.lastStr;
      const id = num >= 0 ? String(num) : str;
      if (this.lexIncreasing && !(prev < id)) this.lexIncreasing = false;
      if (this.lengthLexIncreasing && !(prev.length < id.length || (prev.length === id.length && prev < id))) {
        this.lengthLexIncreasing = false;
      }
    }
    if (!this.ordered) {
      this.breakIndex = this.count;
      this.lastStr = '';
    }
  }

  private push(h: number): void {
    if (this.size === this.hashes.length) {
      const next = new Float64Array(this.hashes.length * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[this.size++] = h;
  }

  /** True while the ids are strictly increasing, so duplicates are impossible. */
  get ordered(): boolean {
    return this.lexIncreasing || this.lengthLexIncreasing;
  }

  /** Row indices [from, to) (in the order of add) whose ids must be fed to addMissing before findCandidates. */
  get missing(): { from: number; to: number } | undefined {
    return this.breakIndex > PREFIX_ROWS ? { from: PREFIX_ROWS, to: this.breakIndex } : undefined;
  }

  addMissing(num: number, str: string): void {
    this.push(idHash(num, str));
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
  isCandidate(num: number, str: string): boolean {
    return this.candidates?.has(idHash(num, str)) ?? false;
  }
}
