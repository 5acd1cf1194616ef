/**
 * Seeded pseudo-random numbers for reproducible bootstraps: the same seed gives the same intervals on every machine
 * and Node version (no Math.random). Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded
 * through splitmix32; uniform doubles use 53 random bits.
 */
export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
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

/** sfc32's state in four uint32 fields of one object (no closure: V8 keeps it in registers in hot loops). */
class Sfc32 implements Random {
  constructor(
    private a: number,
    private b: number,
    private c: number,
    private d: number,
  ) {
    for (let i = 0; i < 12; i++) this.u32(); // discard the warm-up outputs
  }

  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    const c = (this.c << 21) | (this.c >>> 11);
    this.c = (c + t) >>> 0;
    return t;
  }

  next(): number {
    const hi = this.u32() >>> 5;
    return (hi * 67108864 + (this.u32() >>> 6)) / 9007199254740992;
  }
}

export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const init = splitmix32(seed);
  return new Sfc32(init(), init(), init(), init());
}
