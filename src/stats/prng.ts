/**
 * Seeded pseudo-random numbers for reproducible bootstraps: the same seed gives the same intervals on every machine
 * and Node version (no Math.random). Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded
 * through splitmix32; uniform doubles use 53 random bits.
 */
export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
  /** Uniform on the integers [0, 2^32). */
  uint32(): number;
  /** Fills `out` with what `out.length` calls of uint32() would return, faster (for hot loops). */
  fill(out: Uint32Array): void;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * sfc32's state in a Uint32Array: uint32 values above 2^30 are not small integers to V8, so keeping them in object
 * fields or closure variables would allocate a heap number on every step (most of the bootstrap's time went there).
 */
class Sfc32 implements Random {
  private readonly s = new Uint32Array(4);

  constructor(a: number, b: number, c: number, d: number) {
    this.s.set([a, b, c, d]);
    for (let i = 0; i < 12; i++) this.uint32(); // discard the warm-up outputs
  }

  uint32(): number {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) >>> 0) + d) >>> 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    return t;
  }

  fill(out: Uint32Array): void {
    const s = this.s;
    let a = s[0]!;
    let b = s[1]!;
    let c = s[2]!;
    let d = s[3]!;
    for (let i = 0; i < out.length; i++) {
      const t = (((a + b) >>> 0) + d) >>> 0;
      d = (d + 1) >>> 0;
      a = (b ^ (b >>> 9)) >>> 0;
      b = (c + (c << 3)) >>> 0;
      c = ((((c << 21) | (c >>> 11)) >>> 0) + t) >>> 0;
      out[i] = t;
    }
    s.set([a, b, c, d]);
  }

  next(): number {
    const hi = this.uint32() >>> 5;
    return (hi * 67108864 + (this.uint32() >>> 6)) / 9007199254740992;
  }
}

export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const init = splitmix32(seed);
  return new Sfc32(init(), init(), init(), init());
}

const TWO_32 = 4294967296;

/**
 * Uniform integers in [0, size) for size ≤ 2^21, exactly (Lemire's multiply-shift with rejection, "Fast random
 * integer generation in an interval", 2019): one uint32 per draw, almost never two, taken from a buffer refilled in
 * bulk. Hot loops read buffer, at and threshold directly (macro-bootstrap.ts); next() is the same draw.
 */
export class UniformBelow {
  readonly buffer = new Uint32Array(4096);
  at = this.buffer.length;
  readonly threshold: number;

  constructor(
    private readonly rng: Random,
    readonly size: number,
  ) {
    if (!(size >= 1 && size <= 2 ** 21)) throw new RangeError(`UniformBelow: size must be in [1, 2^21], got ${size}`);
    this.threshold = TWO_32 % size;
  }

  /** Refills the buffer; returns the new read position (0). */
  refill(): number {
    this.rng.fill(this.buffer);
    this.at = 0;
    return 0;
  }

  next(): number {
    for (;;) {
      if (this.at === this.buffer.length) this.refill();
      const m = this.buffer[this.at++]! * this.size; // < 2^53: exact
      const q = Math.floor(m / TWO_32);
      if (m - q * TWO_32 >= this.threshold) return q;
    }
  }
}
