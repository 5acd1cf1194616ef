/**
 * The one-line conclusion of a learning-curve analysis. A recommendation inside the measured sizes is said with
 * measured values ("measured: the value at ~480k examples is 0.4 pp below that at 2M"), one beyond them as a
 * prediction with its interval ("predicted: +0.1 pp for the next doubling, 80 % interval …"): the first was right
 * within 0.8 pp nine times in ten on LCDB, the second is an extrapolation (docs/learning-curves.md).
 */
import { formatCost, formatDelta, formatDeltas, formatFactor, formatPct, formatSize, formatValue } from './format.js';
import { RECOMMEND_SEARCH, type TwoDoublings } from './recommend.js';
import type { CurveAnalysis } from '../kernel/curve-types.js';
import { formatCount } from '../kernel/format.js';

export interface ConclusionInput {
  a: CurveAnalysis;
  /** invalid points ignored */
  dropped: number;
  /** points that repeated a size and were averaged into it */
  repeated: number;
  /** distinct sizes merged into log-spaced bins (MAX_CURVE_POINTS) */
  binned: number;
  /** smallest size of the fit window */
  nFit: number;
  /** the value two doublings on and what its interval says of that gain (absent without a model) */
  two?: TwoDoublings;
}

export function conclusionOf(c: ConclusionInput): string {
  const { a } = c;
  let text: string;
  if (!a.reliable) text = `learning curve not reliable: ${a.reason}; ${measuredRange(a)}`;
  else if (a.recommended_size !== null && a.current_size > a.recommended_size * 1.05) text = oversized(c);
  else text = notOversized(c);
  if (a.reliable && c.two) text += `; ${twoDoublings(a, c.two)}`;
  if (c.dropped > 0) text += ` (${c.dropped} invalid point${c.dropped === 1 ? '' : 's'} ignored)`;
  if (c.repeated > 0) text += ` (${c.repeated} repeated size${c.repeated === 1 ? '' : 's'} averaged)`;
  if (c.binned > 0)
    text += ` (${formatCount(c.binned + a.points.length)} sizes merged into ${a.points.length} log-spaced bins)`;
  return text;
}

function measuredRange(a: CurveAnalysis): string {
  const p = a.points;
  if (!p.length) return 'no valid points';
  const v = (x: number) => formatValue(x, a.proportion);
  const first = `measured ${v(p[0]!.value)} at ${formatSize(p[0]!.train_size)}`;
  return p.length > 1
    ? `${first} \u2192 ${v(p[p.length - 1]!.value)} at ${formatSize(p[p.length - 1]!.train_size)}`
    : first;
}

/** "predicted: +0.1 pp for the next doubling (80 % interval −0.2 to +0.6 pp)": the change of the metric, signed. */
export function nextDoubling(a: CurveAnalysis): string {
  const g = a.predicted_gain_per_doubling;
  if (!g) return '';
  const sign = a.direction === 'higher' ? 1 : -1;
  const iv = g.interval ? [sign * g.interval[0], sign * g.interval[1]].sort((x, y) => x - y) : [];
  const [gT, loT, hiT] = formatDeltas([sign * g.value, ...iv], a.proportion);
  // "−0.2 to +0.6 pp": the unit once.
  const from = a.proportion ? loT!.replace(/ pp$/, '') : loT;
  return `predicted: ${gT} for the next doubling${iv.length ? ` (80 % interval ${from} to ${hiT})` : ''}`;
}

/**
 * "two doublings on (8M): gain < 1 pp (80 % interval of the change −0.31 to +0.84 pp)": said only when the whole
 * interval is on one side of twice the threshold, else "uncertain" (recommend.ts: twoDoublingsCall).
 */
export function twoDoublings(a: CurveAnalysis, t: TwoDoublings): string {
  const sign = a.direction === 'higher' ? 1 : -1;
  const [loT, hiT] = formatDeltas(
    [sign * t.gain[0], sign * t.gain[1]].sort((x, y) => x - y),
    a.proportion,
  );
  const from = a.proportion ? loT!.replace(/ pp$/, '') : loT;
  // "1 pp", not "1.0 pp": a threshold, not a measurement.
  const two = formatDelta(2 * a.gain_per_doubling_threshold, a.proportion, false).replace(/\.0 pp$/, ' pp');
  const said =
    t.call === 'below'
      ? `gain < ${two}`
      : t.call === 'above'
        ? `gain > ${two}`
        : `whether the gain reaches ${two} is uncertain`;
  return `two doublings on (${formatSize(t.train_size)}): ${said} (80 % interval of the change ${from} to ${hiT})`;
}

/** Measured value at n, interpolated on log size between the measured points; null outside them. */
function measuredAt(a: CurveAnalysis, n: number): number | null {
  const p = a.points;
  // A recommended size is rounded to 3 digits: 15.6M stands for the smallest size 15,625,000.
  if (!p.length || n < p[0]!.train_size * 0.995 || n > p[p.length - 1]!.train_size * 1.005) return null;
  if (n <= p[0]!.train_size) return p[0]!.value;
  for (let i = 1; i < p.length; i++) {
    if (n <= p[i]!.train_size) {
      const t = Math.log(n / p[i - 1]!.train_size) / Math.log(p[i]!.train_size / p[i - 1]!.train_size);
      return p[i - 1]!.value + t * (p[i]!.value - p[i - 1]!.value);
    }
  }
  return p[p.length - 1]!.value;
}

/** The recommended size as written: "~480k", or "125k or fewer (the smallest size fitted)" for an upper bound. */
function recText(c: ConclusionInput): { size: string; bound: boolean } {
  const rec = c.a.recommended_size!;
  const bound = rec <= c.nFit * 1.0001;
  return {
    size: bound ? `${formatSize(rec)} examples or fewer (the smallest size fitted)` : `~${formatSize(rec)} examples`,
    bound,
  };
}

/** Training beyond the recommended size: measured or predicted loss, and the price. */
function oversized(c: ConclusionInput): string {
  const { a } = c;
  const { size, bound } = recText(c);
  const thr = formatDelta(a.gain_per_doubling_threshold, a.proportion, false);
  const factor = `${formatFactor(a.oversize_factor!)}${bound ? ' or more' : ''}`;
  const s = a.projected_savings!;
  const saved = s.cost !== null ? `${formatCost(s.cost, a.cost_unit)} (${formatPct(s.cost_pct!)}) could be saved` : '';
  const priced = saved
    ? `${saved} for a predicted ${formatDelta(s.metric_delta!, a.proportion)}`
    : `training on ${size} is predicted to change the metric by ${formatDelta(s.metric_delta!, a.proportion)}`;
  const nMax = a.points[a.points.length - 1]!.train_size;
  const trains = `this model trains on ${formatSize(a.current_size)} (${factor})`;
  const measured = measuredLoss(c, size);
  if (measured === null)
    return `predicted (beyond the largest measured size ${formatSize(nMax)}): data beyond ${size} buys < ${thr} per doubling; ${trains}: ${priced}; ${nextDoubling(a).replace(/^predicted: /, '')}`;
  const rest =
    a.current_size <= nMax * 1.0001
      ? `${saved ? `: ${saved}` : ''}`
      : `; ${trains}, beyond the measured sizes: ${priced}`;
  return `measured: ${measured}; data beyond it buys < ${thr} per doubling${rest}; ${nextDoubling(a)}`;
}

/**
 * "the value at ~480k examples is 0.4 pp below that at 2M, the training size (4.2×)", read on the measured
 * points; null when the recommended size is not inside them.
 */
function measuredLoss(c: ConclusionInput, size: string): string | null {
  const { a } = c;
  const nMax = a.points[a.points.length - 1]!.train_size;
  const atRec = a.recommendation_basis === 'measured' ? measuredAt(a, a.recommended_size!) : null;
  const ref = Math.min(a.current_size, nMax);
  const atRef = measuredAt(a, ref);
  if (atRec === null || atRef === null) return null;
  const d = atRec - atRef;
  const how =
    Math.abs(d) < 5e-7
      ? 'the same as'
      : `${formatDelta(Math.abs(d), a.proportion, false)} ${d < 0 ? 'below' : 'above'}`;
  const factor = `${formatFactor(a.oversize_factor!)}${recText(c).bound ? ' or more' : ''}`;
  const whose = ref === a.current_size ? `the training size (${factor})` : 'the largest size measured';
  return `the value at ${size} is ${how} that at ${formatSize(ref)}, ${whose}`;
}

/** Training at or below the recommended size, or more data still paying within the searched sizes. */
function notOversized(c: ConclusionInput): string {
  const { a } = c;
  const thr = formatDelta(a.gain_per_doubling_threshold, a.proportion, false);
  const nMax = a.points[a.points.length - 1]!.train_size;
  const next = nextDoubling(a);
  if (a.recommended_size === null)
    return `${next}; more data still pays beyond ${formatSize(RECOMMEND_SEARCH * Math.max(nMax, a.current_size))} (an extrapolation: the gain of a doubling stays above ${thr})`;
  const rec = a.recommended_size;
  const where = a.current_size > rec ? 'about at' : 'at or below';
  const basis =
    a.recommendation_basis === 'measured'
      ? 'inside the measured sizes'
      : `an extrapolation, ${formatFactor(rec / nMax)} the largest measured size`;
  return `this model trains on ${formatSize(a.current_size)}, ${where} the ~${formatSize(rec)} examples beyond which data buys < ${thr} per doubling (${basis}); ${next}`;
}
