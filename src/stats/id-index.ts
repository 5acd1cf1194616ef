/**
 * id → slot index for the hash join, as open-addressing tables of typed arrays (no per-entry objects for the GC to
 * trace, about twice as fast as a Map at a million ids). Integer ids (num ≥ 0, see integerId) are their own keys;
 * string ids are keyed by a 32-bit hash and confirmed by comparing the string kept for the slot.
 */
const EMPTY = -1;

export class IdIndex {
  private numMask = (1 << 10) - 1;
  private numKeys = new Float64Array(1 << 10).fill(EMPTY);
  private numSlots = new Int32Array(1 << 10);
  private numbers = 0;
  private strMask = (1 << 10) - 1;
  private strHashes = new Int32Array(1 << 10);
  private strSlots = new Int32Array(1 << 10).fill(EMPTY);
  /** The string id of each slot that has one. */
  private readonly strs: string[] = [];
  private strings = 0;

  get size(): number {
    return this.numbers + this.strings;
  }

  /** The slot of an id, or -1. */
  get(num: number, str: string): number {
    if (num < 0) return this.getString(str);
    const keys = this.numKeys;
    const mask = this.numMask;
    for (let i = mixNumber(num) & mask; ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === num) return this.numSlots[i]!;
      if (k === EMPTY) return -1;
    }
  }

  private getString(str: string): number {
    const h = hashString(str);
    const mask = this.strMask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = this.strSlots[i]!;
      if (slot === EMPTY) return -1;
      if (this.strHashes[i] === h && this.strs[slot] === str) return slot;
    }
  }

  /** Adds an id that is not present (check with get first). */
  set(num: number, str: string, slot: number): void {
    if (num < 0) {
      if (2 * (this.strings + 1) > this.strMask + 1) this.growStrings();
      this.strs[slot] = str;
      this.placeString(hashString(str), slot);
      this.strings++;
    } else {
      if (2 * (this.numbers + 1) > this.numMask + 1) this.growNumbers();
      this.placeNumber(num, slot);
      this.numbers++;
    }
  }

  /** The string id stored for a slot (for error messages), or undefined for an integer id. */
  stringAt(slot: number): string | undefined {
    return this.strs[slot];
  }

  private placeNumber(num: number, slot: number): void {
    let i = mixNumber(num) & this.numMask;
    while (this.numKeys[i] !== EMPTY) i = (i + 1) & this.numMask;
    this.numKeys[i] = num;
    this.numSlots[i] = slot;
  }

  private placeString(h: number, slot: number): void {
    let i = h & this.strMask;
    while (this.strSlots[i] !== EMPTY) i = (i + 1) & this.strMask;
    this.strHashes[i] = h;
    this.strSlots[i] = slot;
  }

  private growNumbers(): void {
    const [keys, slots] = [this.numKeys, this.numSlots];
    this.numMask = keys.length * 2 - 1;
    this.numKeys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.numSlots = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.placeNumber(keys[i]!, slots[i]!);
  }

  private growStrings(): void {
    const [hashes, slots] = [this.strHashes, this.strSlots];
    this.strMask = slots.length * 2 - 1;
    this.strHashes = new Int32Array(slots.length * 2);
    this.strSlots = new Int32Array(slots.length * 2).fill(EMPTY);
    for (let i = 0; i < slots.length; i++) if (slots[i] !== EMPTY) this.placeString(hashes[i]!, slots[i]!);
  }
}

/** A 32-bit mix of an integer below 2^53 (both halves), so sequential ids spread over the table. */
function mixNumber(n: number): number {
  const lo = n >>> 0;
  const hi = (n - lo) / 0x100000000;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over the UTF-16 code units, with a final avalanche so the low bits (the table index) are well mixed. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
