/** The metric rows of one model: each headline metric and slice judged under its rule, tested, and compared. */
import type { PairedAnalysis } from '../stats/index.js';
import { hasPairedTest } from '../stats/index.js';
import type { Config } from '../kernel/config-types.js';
import type { LoadedReport } from '../kernel/report-types.js';
import type { MetricResult } from '../kernel/result-types.js';
import { pointerOf } from '../kernel/safe-parse.js';
import { judgedValues } from '../metrics/metric-rules.js';
import { compareMetric } from './compare.js';
import { divergedMetric, isDiverged } from './diverged.js';
import { mismatchFinding, pairedOutsideInterval, predictionsMismatch } from './eval-checks.js';
import { significanceFor } from './significance-gate.js';
import { SLICE_SIZE_KEY, sliceRows, type SliceRow } from './slices.js';
import { has, locate, type Collected, type ModelView } from './model-view.js';

type Judged = Omit<ReturnType<typeof judgedValues>, 'notes'>;
export type HeadlineRow = Judged & { name: string; unpaired?: boolean };
export type SliceMetricRow = SliceRow & Judged & { family: string };

export interface MetricRows {
  headline: HeadlineRow[];
  slices: SliceMetricRow[];
  /** Metrics the tool wrote as NaN or infinity: not compared, tested or put in a family, judged apart. */
  diverged: string[];
}

/** Every metric and slice under its rule; without a PR report there is nothing to compare. */
export function metricRows(view: ModelView, config: Config, acc: Collected): MetricRows {
  const { head, base, headMetrics, baseMetrics, names } = view;
  if (!head) return { headline: [], slices: [], diverged: [] };
  const inPercent: string[] = [];
  const diverged = names.filter((n) => isDiverged(headMetrics[n]) || isDiverged(baseMetrics[n]));
  const headline = names
    .filter((n) => !diverged.includes(n))
    .map((name) => {
      const h = has(headMetrics, name) ? headMetrics[name]! : null;
      const b = base && has(baseMetrics, name) ? baseMetrics[name]! : null;
      // A fraction-named metric written in percent (87.68) is judged as the fraction it stands for; a note says so.
      const { notes: read, ...v } = judgedValues(name, config, b, h);
      if (v.scale !== 1) inPercent.push(`${name} (${[b, h].filter((x) => x !== null).join(' → ')})`);
      acc.notes.push(...read);
      const never = neverExceededNote(name, v);
      if (never) acc.notes.push(never);
      return { name, ...v };
    });
  const slices = sliceRows(base?.eval, head.eval).map((row) => {
    const { notes: read, ...v } = judgedValues(row.metric, config, row.base, row.head);
    if (v.scale !== 1) inPercent.push(row.name);
    acc.notes.push(...read.filter((n) => !acc.notes.includes(n)));
    // required / required_metrics ask for the model's metric, not for every slice of it: retiring a slice warns.
    return { ...row, ...v, rule: { ...v.rule, required: false }, family: `slice:${row.metric}` };
  });
  const percent = percentNote(inPercent);
  if (percent) acc.notes.push(percent);
  return { headline, slices, diverged };
}

/** A tolerance of 1 or more on a fraction is 100 pp: it can never fire (defaults written for percent metrics). */
function neverExceededNote(name: string, v: Judged): string | null {
  const t = v.rule.tolerance_abs;
  if (v.scale !== 1 || !v.rule.fraction || t === undefined || t < 1) return null;
  const r = (x: number) => Number(x.toPrecision(6));
  return `${name}'s ${v.rule.tolerance_key} ${t} is ${r(t * 100)} pp for a fraction and can never be exceeded; write ${r(t / 100)} for ${t} point${t === 1 ? '' : 's'}`;
}

/** One note for every metric written in percent (forty slices must not make forty notes). */
function percentNote(inPercent: readonly string[]): string | null {
  if (!inPercent.length) return null;
  const list =
    inPercent.length > 4
      ? `${inPercent.slice(0, 4).join(', ')} and ${inPercent.length - 4} more`
      : inPercent.join(', ');
  return `reported in percent, judged as fractions: ${list}; config values above 1 for them are read as percent; write fractions (0.8768 for 87.68 %) to keep them unambiguous`;
}

/** The paired analysis, unless the predictions files do not match the reports (then a finding, and no pairing). */
export function usablePairing(view: ModelView, headline: HeadlineRow[], acc: Collected): PairedAnalysis | undefined {
  const paired = view.input.extras?.paired;
  if (!paired || !view.head) return paired;
  const sizes = { base: view.base?.eval?.size, head: view.head.eval?.size };
  const problems = predictionsMismatch(headline, paired, sizes);
  if (!problems.length) return paired;
  acc.findings.push(mismatchFinding(problems, locate(view.input.head, '/eval/predictions')));
  return undefined;
}

/** F1 and the like whose reported change the files do not describe: judged without the paired test. */
export function markUnpaired(headline: HeadlineRow[], paired: PairedAnalysis | undefined, acc: Collected) {
  return headline.map((r) => {
    const note = paired ? pairedOutsideInterval(r, paired) : null;
    if (note) acc.notes.push(note);
    return note ? { ...r, unpaired: true } : r;
  });
}

/** Tests every row (Holm per family) and compares it; each row adds its metric and findings. */
export function compareRows(
  view: ModelView,
  rows: ReadonlyArray<HeadlineRow | SliceMetricRow>,
  config: Config,
  paired: PairedAnalysis | undefined,
  acc: Collected,
): void {
  const { head, base, input } = view;
  // Each side's own size: a PR that stops stating its eval set is not tested with the base's.
  const sigs = significanceFor([...rows], {
    config,
    eval_size: head?.eval?.size,
    base_eval_size: base?.eval?.size,
    paired,
  });
  const hint = {
    bothPredict: head?.eval?.predictions !== undefined && base?.eval?.predictions !== undefined,
    mismatch: paired === undefined && input.extras?.paired !== undefined,
  };
  rows.forEach((r, i) => {
    const slice = 'slice' in r ? r : null;
    const { metric, findings } = compareMetric({
      ...r,
      significance: sigs[i]!,
      require_significance: config.significance.require_significance,
      // One finding per metric, on its headline row: forty slices of an unknown metric are not forty warnings.
      unknown: slice ? 'pass' : config.unknown_metrics,
      location: rowLocation(input.head, r),
      ...(slice ? { rule_name: slice.metric } : {}),
      untestable_hint: slice
        ? sliceHint(slice)
        : untestableHint(r.name, r.rule.proportion, { ...hint, outside: 'unpaired' in r && r.unpaired === true }),
    });
    acc.metrics.push(slice ? { ...metric, slice: slice.slice } : metric);
    acc.findings.push(...findings);
  });
}

function rowLocation(head: LoadedReport | null, r: HeadlineRow | SliceMetricRow) {
  if ('slice' in r) return locate(head, pointerOf(['eval', 'slices', r.slice, r.metric])) ?? locate(head, '/eval');
  return locate(head, pointerOf(['metrics', r.name])) ?? locate(head, '/metrics');
}

function sliceHint(slice: SliceMetricRow): string {
  return slice.rule.proportion
    ? `add eval.slices.${slice.slice}.${SLICE_SIZE_KEY} for one`
    : `a slice's ${slice.metric} has no test; only proportions such as accuracy are tested from a slice's ${SLICE_SIZE_KEY}`;
}

/** Why a headline metric has no test, and what would give it one. */
function untestableHint(
  name: string,
  proportion: boolean,
  had: { bothPredict: boolean; mismatch: boolean; outside: boolean },
): string {
  if (!hasPairedTest(name)) return proportion ? 'add eval.size for one' : `mlgate has no test for ${name}`;
  if (had.mismatch) return 'the paired test is off: the predictions files do not match the reports';
  if (had.outside) return 'its change is outside what the predictions files show; see the notes';
  if (had.bothPredict) return 'the predictions files were not paired; see the notes';
  return proportion ? 'add eval.size or eval.predictions for one' : 'add eval.predictions for one';
}

/** Each metric with a NaN or infinite side, under its metric's rule (the finite side sets the scale). */
export function divergedRows(view: ModelView, diverged: readonly string[], config: Config, acc: Collected): void {
  for (const name of diverged) {
    const get = (o: Record<string, number>) => (Object.hasOwn(o, name) ? o[name]! : null);
    const [h, b] = [get(view.headMetrics), get(view.baseMetrics)];
    const finite = (v: number | null) => (v === null || isDiverged(v) ? null : v);
    const judged = judgedValues(name, config, finite(b), finite(h));
    const head = view.input.head;
    const { metric, findings } = divergedMetric({
      name,
      base: isDiverged(b) ? b : judged.base,
      head: isDiverged(h) ? h : judged.head,
      rule: judged.rule,
      location: locate(head, pointerOf(['metrics', name])) ?? locate(head, '/metrics'),
    });
    acc.metrics.push(metric);
    acc.findings.push(...findings);
  }
}

/** One note naming the gated metrics whose direction nobody stated (the registry cannot place their names). */
export function assumedNote(metrics: MetricResult[]): string | null {
  const names = [
    ...new Set(
      metrics.filter((m) => m.gated && m.slice === undefined && m.direction_source === 'assumed').map((m) => m.name),
    ),
  ];
  if (names.length === 0) return null;
  const list = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
  const which = names.length === 1 ? `metrics.${names[0]}.direction` : 'metrics.<name>.direction for each';
  return `⚠ direction assumed: higher is better for ${list} (mlgate does not know ${names.length === 1 ? 'this name' : 'these names'}); set ${which}`;
}
