/**
 * Everything mlgate derives from a paired evaluation in one call: McNemar for accuracy, the paired bootstrap of what
 * is gated, the paired MDE of accuracy. The per-metric view (pairedSummaryFor) is what significanceForMetric takes.
 */
import type { BootstrapMetric, BootstrapOptions, PairedBootstrapResult } from './bootstrap.js';
import { DEFAULT_BOOTSTRAP_SEED, pairedBootstrap } from './bootstrap.js';
import type { JointCounts } from './joint-counts.js';
import { summarizeJointCounts } from './joint-counts.js';
import type { McNemarResult } from './mcnemar.js';
import { mcnemar } from './mcnemar.js';
import { hasPairedTest, pairedMetricOf } from '../metrics/paired-names.js';
export { hasPairedTest };

export interface PairedAnalysis {
  n: number;
  /** Base right & head wrong. */
  b: number;
  /** Base wrong & head right. */
  c: number;
  mcnemar: McNemarResult;
  bootstrap: PairedBootstrapResult;
  iterations: number;
  seed: number;
}

/** The part of a paired analysis that concerns one metric. */
export interface PairedSummary {
  n: number;
  /** Bootstrap delta, interval and p-value for this metric (sign already matches the metric's direction). */
  bootstrap?: BootstrapMetric;
  /** Only for accuracy and error rate. */
  mcnemar?: McNemarResult;
  /** Discordant pairs b + c; only with mcnemar. */
  discordant?: number;
}

export interface PairedOptions extends Omit<BootstrapOptions, 'macro'> {
  /**
   * The gated metrics' names (default: all): the macro metrics are resampled only when one of them is gated, or
   * when both files predict alike (every delta is then 0, with no resampling).
   */
  gated?: readonly string[];
}

/** Whether the gated names need the macro resampling (anything with a paired test but accuracy and error rate). */
function gatesMacro(gated: readonly string[] | undefined): boolean {
  if (gated === undefined) return true;
  return gated.some((name) => {
    const paired = pairedMetricOf(name);
    return paired !== null && paired.key !== 'accuracy';
  });
}

export function analysePaired(table: JointCounts, opts: PairedOptions = {}): PairedAnalysis {
  const summary = summarizeJointCounts(table);
  const { b, c } = summary;
  const iterations = opts.iterations ?? 2000;
  const { gated, ...rest } = opts;
  const bootstrap = pairedBootstrap(table, { ...rest, macro: gatesMacro(gated) || summary.alike }, summary);
  return { n: table.n, b, c, mcnemar: mcnemar(b, c), bootstrap, iterations, seed: opts.seed ?? DEFAULT_BOOTSTRAP_SEED };
}

/**
 * Maps a report metric name to the paired results, as the registry reads the name (metrics/paired-names.ts).
 * Accuracy and its complements get McNemar; an error rate gets the accuracy bootstrap with the sign flipped
 * (error = 1 − accuracy). Macro precision/recall/F1, micro F1 and per-class recall map to their bootstrap entry;
 * anything else has no paired view.
 */
export function pairedSummaryFor(name: string, analysis: PairedAnalysis): PairedSummary | undefined {
  const boot = analysis.bootstrap as Record<string, BootstrapMetric | undefined>;
  const paired = pairedMetricOf(name);
  if (!paired) return undefined;
  if (paired.key === 'accuracy') {
    const acc = boot.accuracy;
    const flipped: BootstrapMetric | undefined = acc && {
      base: 1 - acc.base,
      head: 1 - acc.head,
      delta: -acc.delta,
      interval: [-acc.interval[1], -acc.interval[0]],
      p_value: acc.p_value,
    };
    const bootstrap = paired.flipped ? flipped : acc;
    return { n: analysis.n, bootstrap, mcnemar: analysis.mcnemar, discordant: analysis.b + analysis.c };
  }
  const entry = boot[paired.key];
  return entry ? { n: analysis.n, bootstrap: entry } : undefined;
}
