/**
 * Minimum detectable effect (MDE) of a proportion metric at a given evaluation size.
 *
 * Two-sample formula (normal approximation, equal arms of size n, two-sided α, power 1 − β):
 *   MDE = (z_{1−α/2} + z_{1−β}) · √(2·p(1−p)/n)
 * Assumption: base and head are treated as two independent samples of n examples each. In mlgate both models are
 * usually evaluated on the SAME n examples; pairing removes the shared variance, so the true paired MDE is smaller
 * and this figure is conservative ("changes under ±MDE can't be told apart from noise at this size").
 * With per-example predictions, use pairedMinDetectableEffect, which uses the observed discordance rate.
 */
import { normalIsf } from './normal.js';

export interface PowerOptions {
  /** Two-sided significance level, default 0.05. */
  alpha?: number;
  /** Power 1 − β, default 0.8. */
  power?: number;
  /** Only the unpaired (conservative) form is implemented here; see pairedMinDetectableEffect. */
  paired?: false;
}

function zSum(opts: PowerOptions): number {
  const alpha = opts.alpha ?? 0.05;
  const power = opts.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  return normalIsf(alpha / 2) + normalIsf(1 - power);
}

export function minDetectableEffect(p: number, n: number, opts: PowerOptions = {}): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`minDetectableEffect: p must be in [0, 1], got ${p}`);
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`minDetectableEffect: n must be positive, got ${n}`);
  // At p = 0 or 1 the binomial variance vanishes and the formula would call any change detectable; floor the
  // variance at that of p = 1/n (one example), the smallest change an evaluation of n can show anyway.
  const v = Math.max(p * (1 - p), (1 / n) * (1 - 1 / n));
  return zSum(opts) * Math.sqrt((2 * v) / n);
}

/**
 * Paired MDE for accuracy on the same n examples (normal approximation to McNemar, Connor 1987 simplified):
 *   MDE ≈ (z_{1−α/2} + z_{1−β}) · √(d/n), d = discordant fraction (b + c)/n.
 * With d = 0 (identical predictions) nothing has changed yet; we use d = 1/n so the answer stays finite (one example).
 */
export function pairedMinDetectableEffect(
  discordant: number,
  n: number,
  opts: Omit<PowerOptions, 'paired'> = {},
): number {
  if (!(n > 0)) throw new RangeError(`pairedMinDetectableEffect: n must be positive, got ${n}`);
  if (!(discordant >= 0 && discordant <= n))
    throw new RangeError(`pairedMinDetectableEffect: discordant must be in [0, n]`);
  const d = Math.max(discordant, 1) / n;
  return zSum(opts) * Math.sqrt(d / n);
}
