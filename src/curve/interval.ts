/**
 * Interval for the predicted gain of a doubling: residual bootstrap of the selected model (refitted on
 * resampled values), widened by the spread of the families that extrapolated about as well on held-out points
 * (model uncertainty is usually the larger part).
 */
import { FAMILIES } from './families.js';
import { pointWeights, refitFrom, type Orientation } from './fit.js';
import { fitWeights, medianPredictor, type CurveModels } from './models.js';
import { gainPerDoubling } from './recommend.js';

/** Deterministic PRNG (mulberry32): the bootstrap must give the same comment on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos),
    hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Gain of doubling `current` under the selected model's bootstrap refits (empty when B = 0 or too few points). */
export function bootstrapGains(models: CurveModels, o: Orientation, current: number, B: number): number[] {
  const fp = models.fitted;
  const predict = models.predict;
  const samples: number[] = [];
  if (B <= 0 || fp.length < 3 || !predict || models.members.length === 0) return samples;
  // Residuals are standardised by the noise weights (their scale), refits use the fit weights.
  const noiseW = pointWeights(fp, o);
  const w = fitWeights(fp, o);
  const fitted = fp.map((p) => predict(p.train_size));
  const std = fp.map((p, i) => (p.value - fitted[i]!) * Math.sqrt(noiseW[i]!));
  const k = Math.max(...models.members.map((m) => FAMILIES[m].k));
  const infl = Math.sqrt(fp.length / Math.max(1, fp.length - k));
  const rnd = mulberry32(0x5eed ^ fp.length);
  const sizes = fp.map((p) => p.train_size);
  const memberFits = models.members.map((m) => models.fits.get(m)!);
  for (let b = 0; b < B; b++) {
    const vals = fp.map((_, i) => fitted[i]! + (infl * std[Math.floor(rnd() * fp.length)]!) / Math.sqrt(noiseW[i]!));
    const fs = memberFits.map((m) => refitFrom(m, sizes, vals, w));
    if (fs.every((f) => f !== null)) {
      const g = gainPerDoubling(medianPredictor(fs as Array<(n: number) => number>), current, o.direction);
      if (Number.isFinite(g)) samples.push(g);
    }
  }
  return samples;
}

/** Gains of doubling `current` under every family whose held-out error is within 2x (or thr/2) of the selected one's. */
export function competitiveGains(models: CurveModels, o: Orientation, current: number, thr: number): number[] {
  const best = models.selected ? models.holdout.get(models.selected) : undefined;
  const out: number[] = [];
  if (best === undefined) return out;
  for (const [name, m] of models.fits) {
    const e = models.holdout.get(name);
    if (e !== undefined && e <= Math.max(2 * best, best + thr / 2))
      out.push(gainPerDoubling(m.predict, current, o.direction));
  }
  return out;
}

/** 80 % interval: bootstrap 10th-90th percentiles, widened to every competitive family and to the point estimate. */
export function gainInterval(gain: number, samples: number[], competitive: readonly number[]): [number, number] | null {
  if (samples.length < 10 && competitive.length < 2) return null;
  const s = samples.slice().sort((a, b) => a - b);
  let lo = s.length >= 10 ? quantile(s, 0.1) : gain;
  let hi = s.length >= 10 ? quantile(s, 0.9) : gain;
  for (const g of competitive) {
    lo = Math.min(lo, g);
    hi = Math.max(hi, g);
  }
  return [Math.min(lo, gain), Math.max(hi, gain)];
}
