/** One model: compare every metric, apply the model-level rules, and give its verdict with reasons. */
import type { PairedAnalysis } from '../stats/index.js';
import { gateCost } from '../cost/cost.js';
import { compareMetric } from './compare.js';
import { divergedMetric, isDiverged } from './diverged.js';
import type { Config } from '../kernel/config-types.js';
import type { ModelInput } from './evaluate.js';
import { gateLearningCurve, type CurveExtras } from './learning-curve-gate.js';
import { judgedValues } from '../metrics/metric-rules.js';
import { evalChange, mismatchFinding, pairedOutsideInterval, predictionsMismatch } from './eval-checks.js';
import { nearest } from '../kernel/suggest.js';
import { SLICE_SIZE_KEY, sliceRows } from './slices.js';
import { hasPairedTest } from '../stats/index.js';
import { pointerOf } from '../kernel/safe-parse.js';
import { significanceFor } from './significance-gate.js';
import type { LoadedReport } from '../kernel/report-types.js';
import type { Finding, Location, MetricResult, ModelResult } from '../kernel/result-types.js';
import { reasonsOf, verdictOf } from '../kernel/verdict.js';
import type { ChecklistFacts } from '../kernel/checklist-types.js';
import { evaluateChecklist } from '../checklist/evaluate.js';
import { compareOperatingPoint } from './operating-point.js';
import { dataChange } from './data-change.js';

/** What the adapters computed from files other than the report (predictions, curve CSVs, GitHub data). */
export interface ModelExtras {
  /** Paired analysis of the base's and the PR's per-example predictions (src/adapters/predictions.ts). */
  paired?: PairedAnalysis;
  /** Notes from the enrichers (e.g. a base without a predictions file). */
  notes?: string[];
  /** Files, PR and GitHub facts for the lifecycle checklist (src/adapters/checklist-facts.ts). */
  checklist?: ChecklistFacts;
  /** Learning-curve points read from CSV files (`learning_curve.file`). */
  curve?: CurveExtras;
}

export function locate(loaded: LoadedReport | null, pointer: string): Location | undefined {
  if (!loaded) return undefined;
  const pos = loaded.source.positions.get(pointer);
  return { file: loaded.source.file, ...(pos ? { line: pos.line, column: pos.column } : {}) };
}

export function evaluateModel(input: ModelInput, config: Config, now: Date): ModelResult {
  const head = input.head?.report ?? null;
  const base = input.base?.report ?? null;
  const findings: Finding[] = [];
  const notes: string[] = [];
  const metrics: MetricResult[] = [];

  if (!head && input.removed) {
    // A report the base had and the PR lost: the model would silently leave the gate (baseline.when_removed).
    const message = `the PR removes the report ${input.base_path ?? ''} of ${input.name}: this model is no longer gated; restore the report, or retire the model with baseline.when_removed: warn on the base branch`;
    if (config.baseline.when_removed === 'pass') notes.push(message);
    else findings.push({ rule: 'report.removed', severity: config.baseline.when_removed, message });
  } else if (!head) {
    findings.push({ rule: 'report.missing', severity: 'fail', message: `the PR has no report for ${input.name}` });
  }
  const headMetrics = head?.metrics ?? {};
  const baseMetrics = base?.metrics ?? {};
  // Own keys only: a metric called toString or constructor must not read Object.prototype.
  const has = (o: Record<string, number>, n: string) => Object.hasOwn(o, n);
  const names = [...Object.keys(headMetrics), ...Object.keys(baseMetrics).filter((n) => !has(headMetrics, n))];

  // Without a PR report there is nothing to compare: the model fails with report.missing alone.
  const inPercent: string[] = [];
  // A value the tool wrote as NaN or infinity is not compared, tested or put in a family: it is judged apart.
  const diverged = head ? names.filter((n) => isDiverged(headMetrics[n]) || isDiverged(baseMetrics[n])) : [];
  const requests = (head ? names.filter((n) => !diverged.includes(n)) : []).map((name) => {
    const h = has(headMetrics, name) ? headMetrics[name]! : null;
    const b = base && has(baseMetrics, name) ? baseMetrics[name]! : null;
    // A fraction-named metric written in percent (87.68) is judged as the fraction it stands for, so its tests,
    // tolerances and bounds mean what they say for fractions; the note says so.
    const { notes: read, ...v } = judgedValues(name, config, b, h);
    if (v.scale !== 1) inPercent.push(`${name} (${[b, h].filter((x) => x !== null).join(' → ')})`);
    notes.push(...read);
    // A tolerance of 1 or more on a fraction is 100 pp: it can never fire (defaults written for percent metrics).
    const t = v.rule.tolerance_abs;
    if (v.scale === 1 && v.rule.fraction && t !== undefined && t >= 1) {
      const r = (x: number) => Number(x.toPrecision(6));
      notes.push(
        `${name}'s ${v.rule.tolerance_key} ${t} is ${r(t * 100)} pp for a fraction and can never be exceeded; write ${r(t / 100)} for ${t} point${t === 1 ? '' : 's'}`,
      );
    }
    return { name, ...v };
  });
  // Every slice's metrics too, each under its metric's rule (a slice row has its own sizes, or no test).
  const slices = (head ? sliceRows(base?.eval, head.eval) : []).map((row) => {
    const { notes: read, ...v } = judgedValues(row.metric, config, row.base, row.head);
    if (v.scale !== 1) inPercent.push(row.name);
    notes.push(...read.filter((n) => !notes.includes(n)));
    // required / required_metrics ask for the model's metric, not for every slice of it: retiring a slice warns.
    return { ...row, ...v, rule: { ...v.rule, required: false }, family: `slice:${row.metric}` };
  });

  // One note for every metric written in percent (forty slices must not make forty notes).
  if (inPercent.length) {
    const list =
      inPercent.length > 4
        ? `${inPercent.slice(0, 4).join(', ')} and ${inPercent.length - 4} more`
        : inPercent.join(', ');
    notes.push(
      `reported in percent, judged as fractions: ${list}; config values above 1 for them are read as percent; write fractions (0.8768 for 87.68 %) to keep them unambiguous`,
    );
  }
  const evalChanged = head
    ? evalChange(base?.eval, head.eval, config, locate(input.head, '/eval'))
    : { findings: [], notes: [] };
  findings.push(...evalChanged.findings);
  notes.push(...evalChanged.notes);
  let paired = input.extras?.paired;
  if (paired && head) {
    const problems = predictionsMismatch(requests, paired, { base: base?.eval?.size, head: head.eval?.size });
    if (problems.length) {
      findings.push(mismatchFinding(problems, locate(input.head, '/eval/predictions')));
      paired = undefined;
    }
  }
  // F1 and the like whose reported change the files do not describe: judged without the paired test.
  const checked = requests.map((r) => {
    const note = paired ? pairedOutsideInterval(r, paired) : null;
    if (note) notes.push(note);
    return note ? { ...r, unpaired: true } : r;
  });
  const rows = [...checked, ...slices];
  const bothPredict = head?.eval?.predictions !== undefined && base?.eval?.predictions !== undefined;
  // Each side's own size: a PR that stops stating its eval set is not tested with the base's.
  const sigs = significanceFor(rows, { config, eval_size: head?.eval?.size, base_eval_size: base?.eval?.size, paired });
  rows.forEach((r, i) => {
    const slice = 'slice' in r ? (r as (typeof slices)[number]) : null;
    const { metric, findings: f } = compareMetric({
      ...r,
      significance: sigs[i]!,
      require_significance: config.significance.require_significance,
      // One finding per metric, on its headline row: forty slices of an unknown metric are not forty warnings.
      unknown: slice ? 'pass' : config.unknown_metrics,
      location: slice
        ? (locate(input.head, pointerOf(['eval', 'slices', slice.slice, slice.metric])) ?? locate(input.head, '/eval'))
        : (locate(input.head, pointerOf(['metrics', r.name])) ?? locate(input.head, '/metrics')),
      ...(slice ? { rule_name: slice.metric } : {}),
      untestable_hint: slice
        ? r.rule.proportion
          ? `add eval.slices.${slice.slice}.${SLICE_SIZE_KEY} for one`
          : `a slice's ${slice.metric} has no test; only proportions such as accuracy are tested from a slice's ${SLICE_SIZE_KEY}`
        : untestableHint(r.name, r.rule.proportion, {
            bothPredict,
            mismatch: paired === undefined && input.extras?.paired !== undefined,
            outside: 'unpaired' in r && r.unpaired === true,
          }),
    });
    metrics.push(slice ? { ...metric, slice: slice.slice } : metric);
    findings.push(...f);
  });
  for (const name of diverged) {
    const { metric, findings: f } = divergedRow(name, config, headMetrics, baseMetrics, input.head);
    metrics.push(metric);
    findings.push(...f);
  }
  const assumed = assumedNote(metrics);
  if (assumed) notes.push(assumed);
  notes.push(...(input.extras?.notes ?? []));

  if (head) {
    const required = [
      ...config.required_metrics,
      ...Object.keys(config.metrics).filter((n) => config.metrics[n]!.required === true),
    ];
    for (const name of new Set(required)) {
      if (!has(headMetrics, name) && !has(baseMetrics, name)) {
        findings.push({
          rule: 'metric.required',
          severity: 'fail',
          message: `required metric ${name} is missing from the report`,
          location: locate(input.head, '/metrics'),
        });
      }
    }
    notes.push(...unmatchedRules(config, names));
  }

  let baseline: ModelResult['baseline'] = base ? 'present' : 'missing';
  if (input.carried_forward) {
    baseline = 'carried_forward';
    notes.push('this PR changes none of the model’s files: the baseline’s figures are reused');
  }
  if (!base && head) {
    const when = config.baseline.when_missing;
    const message = 'no baseline report at the PR’s base: showing the PR’s values, absolute bounds only';
    if (when === 'pass') notes.push(message);
    else findings.push({ rule: 'baseline.missing', severity: when, message });
  }

  const data = dataChange(head, base, config, locate(input.head, '/data/version'));
  findings.push(...data.findings);
  notes.push(...data.notes);

  const checklist = evaluateChecklist({
    head: input.head,
    base: input.base,
    report_path: input.head_path,
    config,
    facts: input.extras?.checklist ?? null,
    now,
    operating_point: compareOperatingPoint(head, base, config),
  });
  findings.push(...checklist.findings);
  notes.push(...checklist.notes);

  const cost = gateCost(head, base, metrics, config, locate(input.head, '/cost'));
  findings.push(...cost.findings);
  notes.push(...cost.notes);

  const curve = gateLearningCurve(head, base, input.extras?.curve, config, locate(input.head, '/learning_curve'));
  findings.push(...curve.findings);

  return {
    name: input.name,
    verdict: verdictOf(findings),
    reasons: reasonsOf(findings),
    baseline,
    report_path: input.head_path,
    reader: input.head?.reader ?? input.base?.reader ?? 'mlgate',
    metrics,
    findings,
    notes,
    eval: { dataset: head?.eval?.dataset ?? null, size: head?.eval?.size ?? null, base_size: base?.eval?.size ?? null },
    cost: cost.result,
    learning_curve: curve.result,
    checklist: checklist.items,
    ...(checklist.off ? { checklist_off: checklist.off } : {}),
  };
}

/**
 * Config rules whose name is close to a metric of this model but matches none: a typo (`acuracy`) would silently
 * leave the real metric on the defaults. Names far from every metric are rules for other models and say nothing.
 */
function unmatchedRules(config: Config, names: readonly string[]): string[] {
  const out: string[] = [];
  // A metric with a rule of its own is no typo's target; nor are siblings that differ in a number or an average
  // (latency_p95_ms / latency_p99_ms, f1_macro / f1_micro): rules for both are common and each is real.
  const sibling = (a: string, b: string) => {
    const strip = (s: string) => s.replace(/\d+/g, '#').replace(/macro|micro|weighted|samples/g, '~');
    return strip(a) === strip(b);
  };
  const free = names.filter((n) => !Object.hasOwn(config.metrics, n));
  for (const rule of Object.keys(config.metrics)) {
    if (names.includes(rule)) continue;
    const near = nearest(
      rule,
      free.filter((n) => !sibling(n, rule)),
    );
    if (near !== undefined)
      out.push(
        `the config has a rule for ${rule}, which this report does not have: did you mean ${near}? (${near} is judged by the defaults)`,
      );
  }
  return out;
}

/** One note naming the gated metrics whose direction nobody stated (the registry cannot place their names). */
function assumedNote(metrics: MetricResult[]): string | null {
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

/** A metric with a NaN or infinite side, under its metric's rule (the finite side sets the scale). */
function divergedRow(
  name: string,
  config: Config,
  headMetrics: Record<string, number>,
  baseMetrics: Record<string, number>,
  head: LoadedReport | null,
) {
  const get = (o: Record<string, number>) => (Object.hasOwn(o, name) ? o[name]! : null);
  const [h, b] = [get(headMetrics), get(baseMetrics)];
  const finite = (v: number | null) => (v === null || isDiverged(v) ? null : v);
  const judged = judgedValues(name, config, finite(b), finite(h));
  return divergedMetric({
    name,
    base: isDiverged(b) ? b : judged.base,
    head: isDiverged(h) ? h : judged.head,
    rule: judged.rule,
    location: locate(head, pointerOf(['metrics', name])) ?? locate(head, '/metrics'),
  });
}
