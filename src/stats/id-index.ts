/**
 * id → slot index for the hash join. Integer ids (num ≥ 0, see integerId) live in an open-addressing table of
 * typed arrays (12 bytes per slot at ≤ 50 % load, no per-entry objects for the GC to trace); other ids in a Map.
 */
export class IdIndex {
  private mask = (1 << 10) - 1;
  private keys = new Float64Array(1 << 10).fill(-1); // -1: empty
  private values = new Int32Array(1 << 10);
  private numbers = 0;
  private readonly strings = new Map<string, number>();

  get size(): number {
    return this.numbers + this.strings.size;
  }

  /** The slot of an id, or -1. */
  get(num: number, str: string): number {
    if (num < 0) return this.strings.get(str) ?? -1;
    const keys = this.keys;
    for (let i = mix(num) & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[i]!;
      if (k === num) return this.values[i]!;
      if (k === -1) return -1;
    }
  }

  /** Adds an id that is not present (check with get first). */
  set(num: number, str: string, slot: number): void {
    if (num < 0) {
      this.strings.set(str, slot);
      return;
    }
    if (2 * (this.numbers + 1) > this.mask + 1) this.grow();
    this.place(num, slot);
    this.numbers++;
  }

  /** The string ids and their slots (for error messages). */
  stringEntries(): IterableIterator<[string, number]> {
    return this.strings.entries();
  }

  private place(num: number, slot: number): void {
    let i = mix(num) & this.mask;
    while (this.keys[i] !== -1) i = (i + 1) & this.mask;
    this.keys[i] = num;
    this.values[i] = slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const size = oldKeys.length * 2;
    this.mask = size - 1;
    this.keys = new Float64Array(size).fill(-1);
    this.values = new Int32Array(size);
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== -1) this.place(oldKeys[i]!, oldValues[i]!);
  }
}

/** A 32-bit mix of an integer below 2^53 (both halves), so sequential ids spread over the table. */
function mix(n: number): number {
  const lo = n >>> 0;
  const hi = (n - lo) / 0x100000000;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
