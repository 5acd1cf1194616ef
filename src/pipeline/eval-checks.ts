/**
 * Did both sides measure the same thing? Two model-level checks that come before any delta is believed:
 * - eval.changed: the PR's eval set is not the base's (another `eval.dataset` or `eval.size`). An easier or
 *   smaller eval set would otherwise pass a regression off as an improvement, or as noise.
 * - eval.predictions_mismatch: the predictions files are not the ones the reports' metrics come from (a stale
 *   file the job forgot to rewrite, or the base's file reused). The paired test would then judge other numbers
 *   than the table shows: a real regression read as "p = 1.0".
 */
import { pairedSummaryFor, type PairedAnalysis } from '../stats/index.js';
import type { Config } from '../kernel/config-types.js';
import { formatCount, formatDelta } from '../kernel/format.js';
import type { EvalBlock } from '../kernel/report-types.js';
import type { Finding, Location } from '../kernel/result-types.js';
import { sliceSizeChanges } from './slices.js';
import { clipName } from '../kernel/errors.js';

const count = formatCount;

/**
 * The PR's eval set is not the base's: another dataset or size, or the base names them and the PR no longer does (as
 * good as another set; its size must not be borrowed). Nothing is known to differ when the base names neither.
 */
export function evalSetsDiffer(base: EvalBlock | undefined, head: EvalBlock | undefined): boolean {
  if (!base) return false;
  return (
    (base.dataset !== undefined && head?.dataset !== base.dataset) ||
    (base.size !== undefined && head?.size !== base.size)
  );
}

export function evalChange(
  base: EvalBlock | undefined,
  head: EvalBlock | undefined,
  config: Config,
  location?: Location,
): { findings: Finding[]; notes: string[] } {
  if (!base) return { findings: [], notes: [] };
  const h = head ?? {};
  const side = (e: EvalBlock) =>
    [e.dataset, e.size !== undefined ? `${count(e.size)} examples` : undefined]
      .filter((x) => x !== undefined)
      .join(', ') || 'not stated';
  const slices = sliceSizeChanges(base, head).map(
    (c) => `${clipName(c.slice, 40)}: ${count(c.base)} → ${count(c.head)} examples`,
  );
  const shown = slices.length > 3 ? [...slices.slice(0, 3), `${slices.length - 3} more`] : slices;
  const when = config.baseline.when_eval_changed;
  // What to do, when the policy fails the PR; when the base branch already accepts the move, name the policy instead.
  const advice = (keep: string, what: string) =>
    when === 'fail'
      ? `; ${keep}, or set baseline.when_eval_changed: warn on the base branch to move to the new ${what}`
      : ` (baseline.when_eval_changed: ${when})`;
  // Short first (it may be the comment's headline), then what to do.
  const message = evalSetsDiffer(base, head)
    ? `eval set changed (base: ${side(base)}; PR: ${side(h)}): deltas are not like for like` +
      advice('evaluate on the base’s set', 'one')
    : slices.length
      ? `eval slices changed (${shown.join('; ')}): those slices' deltas are not like for like` +
        advice('keep the base’s slice definitions', 'ones')
      : null;
  if (message === null) return { findings: [], notes: [] };
  if (when === 'pass') return { findings: [], notes: [message] };
  return {
    findings: [{ rule: 'eval.changed', severity: when, message, ...(location ? { location } : {}) }],
    notes: [],
  };
}

export interface ReportedMetric {
  name: string;
  /** The values as judged (fractions, after a percent report was rescaled). */
  base: number | null;
  head: number | null;
  /** The value as written in each report, for its rounding. */
  reported: { base: number | null; head: number | null };
  /** 0.01 when the report wrote percentages, else 1. */
  scale: number;
}

/**
 * Reported accuracy / error rate against what the predictions files score, other paired metrics' reported change
 * against the files' interval of the change, and the files' row count against eval.size. A reported value may be rounded: the tolerance is half a unit of its last decimal, and at least one
 * example (1/n).
 */
export function predictionsMismatch(
  metrics: readonly ReportedMetric[],
  paired: PairedAnalysis,
  sizes: { base?: number; head?: number },
): string[] {
  const out: string[] = [];
  const n = paired.n;
  for (const side of ['head', 'base'] as const) {
    const size = sizes[side];
    const who = side === 'head' ? 'the PR’s' : 'the base’s';
    if (size !== undefined && size !== n) {
      out.push(`${who} eval.size is ${count(size)} but the predictions files pair ${count(n)} examples`);
    }
  }
  for (const m of metrics) {
    const summary = pairedSummaryFor(m.name, paired);
    const computed = summary?.bootstrap;
    if (!computed) continue;
    const rounding = (side: 'base' | 'head') => roundingOf(m.reported[side], m.scale);
    if (!summary.mcnemar) {
      // Macro F1 and the like depend on the class set a tool counts (scikit-learn's default adds each side's
      // predicted-only classes; a fixed label list scales the change), so neither their level nor their change
      // can be held to the files'. What can: files that predict exactly alike (a copied file) change nothing, so a
      // reported change beyond rounding is not from them.
      if (
        m.base === null ||
        m.head === null ||
        paired.b + paired.c > 0 ||
        computed.interval[0] !== 0 ||
        computed.interval[1] !== 0
      )
        continue;
      const delta = m.head - m.base;
      if (Math.abs(delta) > rounding('base') + rounding('head') + 1e-9) {
        out.push(
          `${m.name} changes by ${formatDelta(delta, true)} in the reports, but the two predictions files predict alike`,
        );
      }
      continue;
    }
    // Accuracy and error rate have one definition, and one example moves them by 1/n: their levels must match.
    for (const side of ['head', 'base'] as const) {
      const value = m[side],
        written = m.reported[side];
      if (value === null || written === null) continue;
      const tolerance = Math.max(1 / n, roundingOf(written, m.scale)) + 1e-9;
      if (Math.abs(value - computed[side]) > tolerance) {
        const who = side === 'head' ? 'the PR’s report' : 'the base’s report';
        out.push(
          `${m.name} is ${written} in ${who} but its predictions file scores ${round(computed[side] / m.scale)} on ${count(n)} examples`,
        );
      }
    }
  }
  return out;
}

/** The finding for the mismatches: the model fails, and the paired test is not used (it would judge other numbers). */
export function mismatchFinding(problems: readonly string[], location?: Location): Finding {
  return {
    rule: 'eval.predictions_mismatch',
    severity: 'fail',
    message: `the predictions files do not match the reports: ${problems.join('; ')}; regenerate eval.predictions in the same run that computes the metrics`,
    ...(location ? { location } : {}),
  };
}

/**
 * A paired-bootstrap metric (F1, precision, recall) whose reported change lies outside the files' interval of the
 * change: the files may count another class set (not a mismatch, see above), but their test is about other numbers,
 * so it must not judge this change. Returns the note, or null when the files describe the change.
 */
export function pairedOutsideInterval(m: ReportedMetric, paired: PairedAnalysis): string | null {
  const summary = pairedSummaryFor(m.name, paired);
  if (!summary?.bootstrap || summary.mcnemar || m.base === null || m.head === null) return null;
  // YAML drops trailing zeros (0.80 is read as 0.8): one decimal is no proof of coarse rounding, so each side's
  // allowance is at most half a unit of the second decimal (0.005).
  const tolerance =
    roundingOf(m.reported.base, m.scale, 0.005) + roundingOf(m.reported.head, m.scale, 0.005) + 1 / paired.n + 1e-9;
  const delta = m.head - m.base;
  const [lo, hi] = summary.bootstrap.interval;
  if (delta >= lo - tolerance && delta <= hi + tolerance) return null;
  return `${m.name} changes by ${formatDelta(delta, true)} in the reports, outside what the predictions files show (${formatDelta(lo, true)} to ${formatDelta(hi, true)}; another class set?): its paired test is not used`;
}

/** Half a unit of the last decimal a value was written with, in judged units (0.88 → 0.005), at most `cap`. */
function roundingOf(written: number | null, scale: number, cap = Infinity): number {
  return written === null ? 0 : Math.min(cap, 0.5 * 10 ** -decimals(written) * scale);
}

/**
 * Half a unit of the last decimal of a pair of reported values, in judged units, the same for both sides: the more
 * precise one shows how the pair was written (0.912 and 0.9: 0.9 is 0.900, as YAML drops trailing zeros), and
 * one decimal alone is no proof of coarse rounding (at most 0.005, as for 0.80). 0 without both values.
 */
export function pairRounding(reported: { base: number | null; head: number | null }, scale: number): number {
  if (reported.base === null || reported.head === null) return 0;
  const d = Math.max(decimals(reported.base), decimals(reported.head));
  return Math.min(0.005, 0.5 * 10 ** -d) * scale;
}

/** Decimals a reported number was written with (0.88 → 2, 1e-5 → 5). */
function decimals(v: number): number {
  const s = String(Math.abs(v));
  const exp = /e-(\d+)$/.exec(s);
  if (exp) return Number(exp[1]) + (s.split('e')[0]!.split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

const round = (v: number) => Number(v.toPrecision(4));
