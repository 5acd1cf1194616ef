import { describe, expect, it } from 'vitest';
import { BATCH } from '../../src/curve/families-batch.js';
import { FAMILIES, FAMILY_NAMES } from '../../src/curve/families.js';

/** A deterministic stream in [0, 1) (a fixed LCG: the test is the same on every run). */
function stream(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("the families' batch evaluation", () => {
  it('gives f and sw · grad to the last bit, at every point', () => {
    const u = stream(21);
    const x = [1 / 64, 0.03, 0.125, 0.3, 0.5, 0.77, 1, 1.9, 4];
    const sw = Float64Array.from(x, () => 0.2 + 2 * u());
    for (const name of FAMILY_NAMES) {
      const fam = FAMILIES[name];
      for (let trial = 0; trial < 200; trial++) {
        // Parameters over and beyond the fitter's boxes, where overflow and underflow happen too.
        const p = Array.from({ length: fam.k }, () => (u() - 0.3) * 10 ** (3 * u() - 1));
        const fv = new Float64Array(x.length);
        const J = new Float64Array(fam.k * x.length);
        BATCH[name](x, p, sw, fv, J);
        const g = new Float64Array(fam.k);
        x.forEach((xi, i) => {
          expect(Object.is(fv[i], fam.f(xi, p)), `${name} f at ${xi}, p = ${p.join(', ')}`).toBe(true);
          fam.grad(xi, p, g);
          for (let j = 0; j < fam.k; j++)
            expect(Object.is(J[j * x.length + i], sw[i]! * g[j]!), `${name} ∂${j} at ${xi}`).toBe(true);
        });
      }
    }
  });
});
