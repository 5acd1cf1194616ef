/**
 * Maps the raw bytes of a label or prediction field straight to its class index, so the per-row cost is a short
 * hash and compare instead of decoding a string and looking it up in a Map. On a miss the bytes are decoded once and
 * resolved through the shared class dictionary (which keeps the order of first appearance); the answer is cached.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
const MAX_ENTRIES = 4096; // distinct byte strings cached; beyond that (only with huge maxClasses) lookups resolve uncached

export class ByteInterner {
  private mask = 255;
  /** Hash slot → entry + 1 (0: empty). */
  private slots = new Int32Array(256);
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly values: number[] = [];
  private readonly hashes: number[] = [];
  private store = Buffer.alloc(4096);
  private stored = 0;

  /** resolve: class index of a decoded value, or a negative number (not cached) when it is refused. */
  constructor(private readonly resolve: (text: string) => number) {}

  lookup(bytes: Buffer, start: number, end: number): number {
    return this.lookupHashed(bytes, start, end, ByteInterner.hash(bytes, start, end));
  }

  /** FNV-1a of the bytes; a caller that scans them anyway can compute it on the way and call lookupHashed. */
  static hash(bytes: Uint8Array, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
    return h;
  }

  /** lookup with h = ByteInterner.hash(bytes, start, end) already known. */
  lookupHashed(bytes: Buffer, start: number, end: number, h: number): number {
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) break;
      if (this.hashes[k] === h && this.lengths[k] === len && this.equals(k, bytes, start, len)) return this.values[k]!;
    }
    const value = this.resolve(bytes.toString('utf8', start, end));
    if (value >= 0 && this.values.length < MAX_ENTRIES) this.insert(h, bytes, start, len, value);
    return value;
  }

  private equals(k: number, bytes: Uint8Array, start: number, len: number): boolean {
    const s = this.starts[k]!;
    const store = this.store;
    for (let i = 0; i < len; i++) if (store[s + i] !== bytes[start + i]) return false;
    return true;
  }

  private insert(h: number, bytes: Buffer, start: number, len: number, value: number): void {
    if (this.stored + len > this.store.length) {
      const next = Buffer.alloc(Math.max(this.store.length * 2, this.stored + len));
      this.store.copy(next, 0, 0, this.stored);
      this.store = next;
    }
    bytes.copy(this.store, this.stored, start, start + len);
    const k = this.values.length;
    this.starts.push(this.stored);
    this.lengths.push(len);
    this.values.push(value);
    this.hashes.push(h);
    this.stored += len;
    if (2 * this.values.length > this.mask + 1) this.rehash();
    else this.place(h, k);
  }

  private place(h: number, k: number): void {
    let slot = h & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = k + 1;
  }

  private rehash(): void {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(this.mask + 1);
    for (let k = 0; k < this.values.length; k++) this.place(this.hashes[k]!, k);
  }
}
