/** One model: compare every metric, apply the model-level rules, and give its verdict with reasons. */
import type { PairedAnalysis } from '../stats/index.js';
import { gateCost } from '../cost/cost.js';
import type { Config } from '../kernel/config-types.js';
import type { ModelInput } from './evaluate.js';
import { gateLearningCurve, type CurveExtras } from './learning-curve-gate.js';
import { evalChange } from './eval-checks.js';
import type { ModelResult } from '../kernel/result-types.js';
import { reasonsOf, verdictOf } from '../kernel/verdict.js';
import type { ChecklistFacts } from '../kernel/checklist-types.js';
import { evaluateChecklist } from '../checklist/evaluate.js';
import { compareOperatingPoint } from './operating-point.js';
import { dataChange } from './data-change.js';
import { collect, locate, viewOf, type Collected, type ModelView } from './model-view.js';
import { assumedNote, compareRows, divergedRows, markUnpaired, metricRows, usablePairing } from './model-metrics.js';
import { baselineState, reportPresence, requiredMetrics } from './model-rules.js';

export { locate } from './model-view.js';

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

/** The metrics: eval-set changes, the pairing, every row compared, diverged values, and their notes. */
function gateMetrics(view: ModelView, config: Config, acc: Collected): void {
  const { head, base, input } = view;
  for (const r of view.renamed) {
    acc.notes.push(
      `${r.from} is judged as ${r.to}, the base's name for the same metric (renamed in this PR); keep one name, or rename it in the base too`,
    );
  }
  const rows = metricRows(view, config, acc);
  if (head) collect(acc, evalChange(base?.eval, head.eval, config, locate(input.head, '/eval')));
  const paired = usablePairing(view, rows.headline, acc);
  const checked = markUnpaired(rows.headline, paired, acc);
  compareRows(view, [...checked, ...rows.slices], config, paired, acc);
  divergedRows(view, rows.diverged, config, acc);
  const assumed = assumedNote(acc.metrics);
  if (assumed) acc.notes.push(assumed);
  acc.notes.push(...(input.extras?.notes ?? []));
}

export function evaluateModel(input: ModelInput, config: Config, now: Date): ModelResult {
  const view = viewOf(input);
  const { head, base } = view;
  const acc: Collected = { findings: [], notes: [], metrics: [] };
  reportPresence(view, config, acc);
  gateMetrics(view, config, acc);
  requiredMetrics(view, config, acc);
  const baseline = baselineState(view, config, acc);
  collect(acc, dataChange(head, base, config, locate(input.head, '/data/version')));
  const checklist = evaluateChecklist({
    head: input.head,
    base: input.base,
    report_path: input.head_path,
    config,
    facts: input.extras?.checklist ?? null,
    now,
    operating_point: compareOperatingPoint(head, base, config),
  });
  collect(acc, checklist);
  const cost = gateCost(head, base, acc.metrics, config, locate(input.head, '/cost'));
  collect(acc, cost);
  const curve = gateLearningCurve(head, base, input.extras?.curve, config, locate(input.head, '/learning_curve'));
  collect(acc, { findings: curve.findings });
  const { findings, notes, metrics } = acc;
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
