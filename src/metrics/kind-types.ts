/** What the registry says about one kind of metric (src/metrics/kinds-*.ts hold the entries). */
import type { Direction } from '../kernel/config-types.js';
import type { SourceId } from './sources.js';

/**
 * `fraction`: a share or a score in [0, 1], shown in % with changes in percentage points, and written in percent
 * (87.68) judged as the fraction it stands for. `value`: the metric's own unit (ms, MB, a loss), judged as written.
 */
export type KindScale = 'fraction' | 'value';

/**
 * The zero-config tolerance. `noise`: no significant worsening of a fraction; without a test, 5 % of the larger of
 * the value and its complement. `{ pct }`: a worsening of pct % of the base.
 */
export type KindTolerance = 'noise' | { pct: number };

export interface MetricKind {
  id: string;
  title: string;
  /** The group the docs table lists it under. */
  family: string;
  /** null: bookkeeping (step, epoch, learning rate), with no better side; shown, never gated. */
  direction: Direction | null;
  scale: KindScale;
  /** The range of the fraction form (TorchMetrics' plot bounds), for the docs; null is unbounded. */
  bounds?: readonly [number | null, number | null];
  /** false: values above 1 are never read as percent (a bare `error` of 3.2 may be a regression's). */
  percent?: boolean;
  /** A share of the whole eval set: eval.size gives it the two-proportion test (for its bare name only). */
  proportion?: boolean;
  /** The per-example predictions test that applies (McNemar, or the paired bootstrap for macro/micro averages). */
  paired?: 'mcnemar' | 'bootstrap';
  tolerance: KindTolerance;
  /** A metric and its complement (accuracy and error rate) are one hypothesis: same group, opposite sides. */
  complement?: { group: string; negative: boolean };
  /** Head words, snake_case (`word_error_rate`), found anywhere in a name; the last one in the name wins. */
  aliases: readonly string[];
  /** Names that mean this kind only as the whole name (after split prefixes): `epoch`, `lr`, `is`. */
  whole?: readonly string[];
  /** Regular expressions over the whole measured name (`time_to_…`, `tokens_per_s`), tried before the words. */
  patterns?: readonly RegExp[];
  sources: readonly SourceId[];
  /** Why a source is overridden or read a certain way. */
  note?: string;
}
