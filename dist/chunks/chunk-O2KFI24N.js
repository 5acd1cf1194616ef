import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  compareMetric
} from "./chunk-SPFXGID2.js";
import {
  SLICE_SIZE_KEY,
  adjustHolm,
  evalChange,
  mismatchFinding,
  pairRounding,
  pairedOutsideInterval,
  pairedSummaryFor,
  predictionsMismatch,
  significanceForMetric,
  sliceRows
} from "./chunk-H5ZBH3QL.js";
import {
  complementOf,
  hasPairedTest
} from "./chunk-TGL7QEVK.js";
import {
  gateLearningCurve
} from "./chunk-4BD3YC2D.js";
import {
  gateCost
} from "./chunk-TNIQRK4K.js";
import {
  evaluateChecklist
} from "./chunk-FFP66OKL.js";
import {
  reasonsOf,
  resultReason,
  verdictOf,
  worst
} from "./chunk-BZBO7EDZ.js";
import {
  formatValue,
  judgedValues,
  pointerOf,
  resolveMetric
} from "./chunk-IP6FT2WD.js";
import {
  nearest
} from "./chunk-PPVHFCDL.js";

// src/pipeline/operating-point.ts
var NO_TEST = {
  interval: null,
  p_value: null,
  p_adjusted: null,
  significant: null,
  min_detectable_effect: null,
  test: null
};
function compareOperatingPoint(head, base, config) {
  const h = head?.lifecycle?.operating_point;
  const b = base?.lifecycle?.operating_point;
  if (!h || !b) return null;
  const out = [];
  for (const name of ["precision", "recall"]) {
    if (h[name] === void 0 || b[name] === void 0) continue;
    const { notes: _notes, ...v } = judgedValues(name, config, b[name], h[name]);
    const { findings } = compareMetric({
      name: `${name} at the threshold`,
      rule_name: name,
      base: v.base,
      head: v.head,
      rule: { ...v.rule, required: false },
      significance: NO_TEST,
      require_significance: config.significance.require_significance,
      untestable_hint: "an operating point has no test"
    });
    out.push(...findings);
  }
  return out;
}

// src/pipeline/data-change.ts
var short = (v) => {
  const m = /^([a-z0-9]{1,12}:)?(.*)$/is.exec(v);
  const body = Array.from(m[2]);
  return `${m[1] ?? ""}${body.length > 12 ? `${body.slice(0, 12).join("")}\u2026` : m[2]}`;
};
function dataChange(head, base, config, location) {
  const before = base?.data?.version;
  const after = head?.data?.version;
  if (before === void 0 || after === void 0 || before === after) return { findings: [], notes: [] };
  const message = `training data changed: ${short(before)} \u2192 ${short(after)}; the metric deltas include the data change`;
  const when = config.data.when_changed;
  if (when === "pass") return { findings: [], notes: [message] };
  return {
    findings: [{ rule: "data.changed", severity: when, message, ...location ? { location } : {} }],
    notes: []
  };
}

// src/pipeline/model-view.ts
var has = (o, n) => Object.hasOwn(o, n);
function viewOf(input) {
  const head = input.head?.report ?? null;
  const base = input.base?.report ?? null;
  const baseMetrics = base?.metrics ?? {};
  const renamed = renamedMetrics(head?.metrics ?? {}, baseMetrics);
  const headMetrics = renamed.length ? withBaseNames(head.metrics, renamed) : head?.metrics ?? {};
  const names = [...Object.keys(headMetrics), ...Object.keys(baseMetrics).filter((n) => !has(headMetrics, n))];
  return { input, head, base, headMetrics, baseMetrics, names, renamed };
}
function identity(name) {
  const r = resolveMetric(name);
  if (!r.kind) return null;
  return JSON.stringify([r.kind.id, r.split, r.rest, r.average, r.bracket, r.k, r.unit, r.negated, r.left]);
}
function renamedMetrics(head, base) {
  const only = (a, b) => Object.keys(a).filter((n) => !has(b, n));
  const byIdentity = (names) => {
    const m = /* @__PURE__ */ new Map();
    for (const n of names) {
      const id = identity(n);
      if (id !== null) m.set(id, [...m.get(id) ?? [], n]);
    }
    return m;
  };
  const [headOnly, baseOnly] = [byIdentity(only(head, base)), byIdentity(only(base, head))];
  const pairs = [];
  for (const [id, names] of baseOnly) {
    const match = headOnly.get(id);
    if (names.length === 1 && match?.length === 1) pairs.push({ from: match[0], to: names[0] });
  }
  return pairs;
}
function withBaseNames(metrics, renamed) {
  const to = new Map(renamed.map((r) => [r.from, r.to]));
  return Object.fromEntries(Object.entries(metrics).map(([k, v]) => [to.get(k) ?? k, v]));
}
function collect(acc, part) {
  acc.findings.push(...part.findings ?? []);
  acc.notes.push(...part.notes ?? []);
}
function locate(loaded, pointer) {
  if (!loaded) return void 0;
  const pos = loaded.source.positions.get(pointer);
  return { file: loaded.source.file, ...pos ? { line: pos.line, column: pos.column } : {} };
}

// src/pipeline/diverged.ts
var isDiverged = (v) => typeof v === "number" && !Number.isFinite(v);
var shown = (v) => Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "\u2212Infinity";
function divergedFinding({ name, base, head, rule }) {
  if (!rule.gate) return null;
  if (head === null) {
    return rule.required ? {
      rule: "metric.required",
      severity: "fail",
      message: `${name} is missing from the PR's report (it is required)`
    } : {
      rule: "metric.removed",
      severity: "warn",
      message: `${name} was removed from the report (base: NaN, diverged)`
    };
  }
  if (!isDiverged(head)) return null;
  const worst2 = rule.direction === "higher" ? "lowest" : "highest";
  const before = base === null ? "" : isDiverged(base) ? " (the base diverged too)" : ` (base: ${formatValue(base, rule.fraction)})`;
  return {
    rule: "metric.diverged",
    severity: "fail",
    message: `${name} is ${shown(head)} in the PR${before}: the run diverged, judged as the ${worst2} possible value; fix the training run, or drop the key with metrics_map: {${name}: null}`
  };
}
function changeOf(base, head) {
  if (head === null) return "removed";
  if (base === null) return "new";
  if (isDiverged(head)) return isDiverged(base) ? "unchanged" : "regressed";
  return "improved";
}
function divergedMetric(input) {
  const { name, base, head, rule } = input;
  const [headBad, baseBad] = [isDiverged(head), isDiverged(base)];
  const found = divergedFinding(input);
  const findings = found ? [{ ...found, ...input.location ? { location: input.location } : {} }] : [];
  return {
    metric: {
      name,
      base: baseBad ? null : base,
      head: headBad ? null : head,
      delta: null,
      delta_pct: null,
      direction: rule.direction,
      fraction: rule.fraction,
      change: changeOf(base, head),
      status: found === null ? "pass" : found.severity === "fail" ? "fail" : "warn",
      reason: found?.message ?? null,
      interval: null,
      p_value: null,
      p_adjusted: null,
      significant: null,
      min_detectable_effect: null,
      test: null,
      diverged: headBad && baseBad ? "both" : headBad ? "head" : "base",
      ...input.location ? { location: input.location } : {}
    },
    findings
  };
}

// src/pipeline/significance-gate.ts
var NONE = {
  interval: null,
  p_value: null,
  significant: null,
  min_detectable_effect: null,
  test: null,
  approximate: false
};
function significanceFor(requests, opts) {
  const { alpha } = opts.config.significance;
  const inputs = requests.map((r) => inputOf(r, opts));
  const raw = inputs.map((i) => i ? significanceForMetric(i) : NONE);
  const out = raw.map((r) => ({ ...strip(r), p_adjusted: null }));
  const { families, complements } = holmFamilies(requests, raw);
  const testedIn = (idx) => idx.filter((i) => raw[i].p_value !== null).length;
  for (const idx of families.values()) {
    const adjusted = adjustHolm(
      idx.map((i) => raw[i]),
      alpha
    );
    idx.forEach((i, j) => {
      const a = adjusted[j];
      out[i] = { ...strip(a), p_adjusted: a.p_adjusted, ...powerAt(inputs[i], testedIn(idx), opts.config) };
    });
  }
  for (const [i, accuracy] of complements) {
    const p = out[accuracy].p_adjusted;
    const family = [...families.values()].find((idx) => idx.includes(accuracy)) ?? [accuracy];
    out[i] = {
      ...strip(raw[i]),
      p_adjusted: p,
      significant: p < alpha,
      ...powerAt(inputs[i], testedIn(family), opts.config)
    };
  }
  return out;
}
function inputOf(r, opts) {
  if (r.base === null || r.head === null) return null;
  const { alpha, power } = opts.config.significance;
  const paired = opts.paired && !r.unpaired ? pairedSummaryFor(r.name, opts.paired) : void 0;
  const r1 = !paired && r.reported && r.scale !== void 0 ? pairRounding(r.reported, r.scale) : 0;
  const rounding = r1 > 0 ? { base: r1, head: r1 } : void 0;
  return {
    metric: r.name,
    proportion: r.rule.proportion,
    base: r.base,
    head: r.head,
    ...sizesOf(r, opts),
    ...paired ? { paired } : {},
    ...rounding ? { rounding } : {},
    alpha,
    power
  };
}
function powerAt(input, tested, config) {
  if (!input) return {};
  const { alpha, power } = config.significance;
  const mdeAlpha = alpha / Math.max(1, tested);
  const mde = significanceForMetric({ ...input, mde_alpha: mdeAlpha }).min_detectable_effect;
  if (mde === null) return {};
  return { min_detectable_effect: mde, power: { power, alpha: mdeAlpha, tested: Math.max(1, tested) } };
}
function holmFamilies(requests, raw) {
  const families = /* @__PURE__ */ new Map();
  const complements = complementPairs(requests, raw);
  const merged = new Set(complements.map(([i]) => i));
  requests.forEach((r, i) => {
    if (!r.rule.gate || merged.has(i)) return;
    const key = r.family ?? "metrics";
    families.set(key, [...families.get(key) ?? [], i]);
  });
  return { families, complements };
}
function complementPairs(requests, raw) {
  const tested = (i) => requests[i].rule.gate && requests[i].family === void 0 && raw[i].p_value !== null;
  const sides = requests.map((r, i) => tested(i) ? complementOf(r.name) : null);
  const pairs = [];
  sides.forEach((side, i) => {
    if (!side?.negative) return;
    const r = requests[i];
    const j = sides.findIndex(
      (o, a) => o !== null && !o.negative && o.key === side.key && Math.abs(r.head - r.base + (requests[a].head - requests[a].base)) <= 2e-3
    );
    if (j >= 0) pairs.push([i, j]);
  });
  return pairs;
}
function sizesOf(r, opts) {
  const head = r.sizes ? r.sizes.head : opts.eval_size;
  const base = r.sizes ? r.sizes.base : opts.base_eval_size;
  return {
    ...head !== void 0 ? { eval_size: head } : {},
    ...base !== void 0 ? { base_eval_size: base } : {}
  };
}
function strip(r) {
  return {
    interval: r.interval,
    p_value: r.p_value,
    significant: r.significant,
    min_detectable_effect: r.min_detectable_effect,
    test: r.test === null ? null : r.approximate && !r.test.includes("approximate") ? `${r.test} (approximate)` : r.test,
    ...r.p_exact !== void 0 ? { p_value_exact: r.p_exact } : {}
  };
}

// src/pipeline/model-metrics.ts
function metricRows(view, config, acc) {
  const { head, base, headMetrics, baseMetrics, names } = view;
  if (!head) return { headline: [], slices: [], diverged: [] };
  const inPercent = [];
  const diverged = names.filter((n) => isDiverged(headMetrics[n]) || isDiverged(baseMetrics[n]));
  const headline = names.filter((n) => !diverged.includes(n)).map((name) => {
    const h = has(headMetrics, name) ? headMetrics[name] : null;
    const b = base && has(baseMetrics, name) ? baseMetrics[name] : null;
    const { notes: read, ...v } = judgedValues(name, config, b, h);
    if (v.scale !== 1) inPercent.push(`${name} (${[b, h].filter((x) => x !== null).join(" \u2192 ")})`);
    acc.notes.push(...read);
    const never = neverExceededNote(name, v);
    if (never) acc.notes.push(never);
    return { name, ...v };
  });
  const slices = sliceRows(base?.eval, head.eval).map((row) => {
    const { notes: read, ...v } = judgedValues(row.metric, config, row.base, row.head);
    if (v.scale !== 1) inPercent.push(row.name);
    acc.notes.push(...read.filter((n) => !acc.notes.includes(n)));
    return { ...row, ...v, rule: { ...v.rule, required: false }, family: `slice:${row.metric}` };
  });
  const percent = percentNote(inPercent);
  if (percent) acc.notes.push(percent);
  return { headline, slices, diverged };
}
function neverExceededNote(name, v) {
  const t = v.rule.tolerance_abs;
  if (v.scale !== 1 || !v.rule.fraction || t === void 0 || t < 1) return null;
  const r = (x) => Number(x.toPrecision(6));
  return `${name}'s ${v.rule.tolerance_key} ${t} is ${r(t * 100)} pp for a fraction and can never be exceeded; write ${r(t / 100)} for ${t} point${t === 1 ? "" : "s"}`;
}
function percentNote(inPercent) {
  if (!inPercent.length) return null;
  const list = inPercent.length > 4 ? `${inPercent.slice(0, 4).join(", ")} and ${inPercent.length - 4} more` : inPercent.join(", ");
  return `reported in percent, judged as fractions: ${list}; config values above 1 for them are read as percent; write fractions (0.8768 for 87.68 %) to keep them unambiguous`;
}
function usablePairing(view, headline, acc) {
  const paired = view.input.extras?.paired;
  if (!paired || !view.head) return paired;
  const sizes = { base: view.base?.eval?.size, head: view.head.eval?.size };
  const problems = predictionsMismatch(headline, paired, sizes);
  if (!problems.length) return paired;
  acc.findings.push(mismatchFinding(problems, locate(view.input.head, "/eval/predictions")));
  return void 0;
}
function markUnpaired(headline, paired, acc) {
  return headline.map((r) => {
    const note = paired ? pairedOutsideInterval(r, paired) : null;
    if (note) acc.notes.push(note);
    return note ? { ...r, unpaired: true } : r;
  });
}
function compareRows(view, rows, config, paired, acc) {
  const { head, base, input } = view;
  const sigs = significanceFor([...rows], {
    config,
    eval_size: head?.eval?.size,
    base_eval_size: base?.eval?.size,
    paired
  });
  const hint = {
    bothPredict: head?.eval?.predictions !== void 0 && base?.eval?.predictions !== void 0,
    mismatch: paired === void 0 && input.extras?.paired !== void 0
  };
  rows.forEach((r, i) => {
    const slice = "slice" in r ? r : null;
    const { metric, findings } = compareMetric({
      ...r,
      significance: sigs[i],
      require_significance: config.significance.require_significance,
      // One finding per metric, on its headline row: forty slices of an unknown metric are not forty warnings.
      unknown: slice ? "pass" : config.unknown_metrics,
      location: rowLocation(input.head, r),
      ...slice ? { rule_name: slice.metric } : {},
      untestable_hint: slice ? sliceHint(slice) : untestableHint(r.name, r.rule.proportion, { ...hint, outside: "unpaired" in r && r.unpaired === true })
    });
    acc.metrics.push(slice ? { ...metric, slice: slice.slice } : metric);
    acc.findings.push(...findings);
  });
}
function rowLocation(head, r) {
  if ("slice" in r) return locate(head, pointerOf(["eval", "slices", r.slice, r.metric])) ?? locate(head, "/eval");
  return locate(head, pointerOf(["metrics", r.name])) ?? locate(head, "/metrics");
}
function sliceHint(slice) {
  return slice.rule.proportion ? `add eval.slices.${slice.slice}.${SLICE_SIZE_KEY} for one` : `a slice's ${slice.metric} has no test; only proportions such as accuracy are tested from a slice's ${SLICE_SIZE_KEY}`;
}
function untestableHint(name, proportion, had) {
  if (!hasPairedTest(name)) return proportion ? "add eval.size for one" : `mlgate has no test for ${name}`;
  if (had.mismatch) return "the paired test is off: the predictions files do not match the reports";
  if (had.outside) return "its change is outside what the predictions files show; see the notes";
  if (had.bothPredict) return "the predictions files were not paired; see the notes";
  return proportion ? "add eval.size or eval.predictions for one" : "add eval.predictions for one";
}
function divergedRows(view, diverged, config, acc) {
  for (const name of diverged) {
    const get = (o) => Object.hasOwn(o, name) ? o[name] : null;
    const [h, b] = [get(view.headMetrics), get(view.baseMetrics)];
    const finite = (v) => v === null || isDiverged(v) ? null : v;
    const judged = judgedValues(name, config, finite(b), finite(h));
    const head = view.input.head;
    const { metric, findings } = divergedMetric({
      name,
      base: isDiverged(b) ? b : judged.base,
      head: isDiverged(h) ? h : judged.head,
      rule: judged.rule,
      location: locate(head, pointerOf(["metrics", name])) ?? locate(head, "/metrics")
    });
    acc.metrics.push(metric);
    acc.findings.push(...findings);
  }
}
function assumedNote(metrics) {
  const names = [
    ...new Set(
      metrics.filter((m) => m.gated && m.slice === void 0 && m.direction_source === "assumed").map((m) => m.name)
    )
  ];
  if (names.length === 0) return null;
  const list = names.length > 4 ? `${names.slice(0, 4).join(", ")} and ${names.length - 4} more` : names.join(", ");
  const which = names.length === 1 ? `metrics.${names[0]}.direction` : "metrics.<name>.direction for each";
  return `\u26A0 direction assumed: higher is better for ${list} (mlgate does not know ${names.length === 1 ? "this name" : "these names"}); set ${which}`;
}

// src/pipeline/model-rules.ts
function reportPresence(view, config, acc) {
  const { input, head } = view;
  if (head) return;
  if (!input.removed) {
    acc.findings.push({ rule: "report.missing", severity: "fail", message: `the PR has no report for ${input.name}` });
    return;
  }
  const message = `the PR removes the report ${input.base_path ?? ""} of ${input.name}: this model is no longer gated; restore the report, or retire the model with baseline.when_removed: warn on the base branch`;
  if (config.baseline.when_removed === "pass") acc.notes.push(message);
  else acc.findings.push({ rule: "report.removed", severity: config.baseline.when_removed, message });
}
function requiredMetrics(view, config, acc) {
  if (!view.head) return;
  const required = [
    ...config.required_metrics,
    ...Object.keys(config.metrics).filter((n) => config.metrics[n].required === true)
  ];
  for (const name of new Set(required)) {
    if (has(view.headMetrics, name) || has(view.baseMetrics, name)) continue;
    acc.findings.push({
      rule: "metric.required",
      severity: "fail",
      message: `required metric ${name} is missing from the report`,
      location: locate(view.input.head, "/metrics")
    });
  }
  acc.notes.push(...unmatchedRules(config, view.names));
}
function baselineState(view, config, acc) {
  let baseline = view.base ? "present" : "missing";
  if (view.input.carried_forward) {
    baseline = "carried_forward";
    acc.notes.push("this PR changes none of the model\u2019s files: the baseline\u2019s figures are reused");
  }
  if (!view.base && view.head) {
    const when = config.baseline.when_missing;
    const message = "no baseline report at the PR\u2019s base: showing the PR\u2019s values, absolute bounds only";
    if (when === "pass") acc.notes.push(message);
    else acc.findings.push({ rule: "baseline.missing", severity: when, message });
  }
  return baseline;
}
function unmatchedRules(config, names) {
  const out = [];
  const sibling = (a, b) => {
    const strip2 = (s) => s.replace(/\d+/g, "#").replace(/macro|micro|weighted|samples/g, "~");
    return strip2(a) === strip2(b);
  };
  const free = names.filter((n) => !Object.hasOwn(config.metrics, n));
  for (const rule of Object.keys(config.metrics)) {
    if (names.includes(rule)) continue;
    const near = nearest(
      rule,
      free.filter((n) => !sibling(n, rule))
    );
    if (near !== void 0)
      out.push(
        `the config has a rule for ${rule}, which this report does not have: did you mean ${near}? (${near} is judged by the defaults)`
      );
  }
  return out;
}

// src/pipeline/evaluate-model.ts
function gateMetrics(view, config, acc) {
  const { head, base, input } = view;
  for (const r of view.renamed) {
    acc.notes.push(
      `${r.from} is judged as ${r.to}, the base's name for the same metric (renamed in this PR); keep one name, or rename it in the base too`
    );
  }
  const rows = metricRows(view, config, acc);
  if (head) collect(acc, evalChange(base?.eval, head.eval, config, locate(input.head, "/eval")));
  const paired = usablePairing(view, rows.headline, acc);
  const checked = markUnpaired(rows.headline, paired, acc);
  compareRows(view, [...checked, ...rows.slices], config, paired, acc);
  divergedRows(view, rows.diverged, config, acc);
  const assumed = assumedNote(acc.metrics);
  if (assumed) acc.notes.push(assumed);
  acc.notes.push(...input.extras?.notes ?? []);
}
function evaluateModel(input, config, now) {
  const view = viewOf(input);
  const { head, base } = view;
  const acc = { findings: [], notes: [], metrics: [] };
  reportPresence(view, config, acc);
  gateMetrics(view, config, acc);
  requiredMetrics(view, config, acc);
  const baseline = baselineState(view, config, acc);
  collect(acc, dataChange(head, base, config, locate(input.head, "/data/version")));
  const checklist = evaluateChecklist({
    head: input.head,
    base: input.base,
    report_path: input.head_path,
    config,
    facts: input.extras?.checklist ?? null,
    now,
    operating_point: compareOperatingPoint(head, base, config)
  });
  collect(acc, checklist);
  const cost = gateCost(head, base, acc.metrics, config, locate(input.head, "/cost"));
  collect(acc, cost);
  const curve = gateLearningCurve(head, base, input.extras?.curve, config, locate(input.head, "/learning_curve"));
  collect(acc, { findings: curve.findings });
  const { findings, notes, metrics } = acc;
  return {
    name: input.name,
    verdict: verdictOf(findings),
    reasons: reasonsOf(findings),
    baseline,
    report_path: input.head_path,
    reader: input.head?.reader ?? input.base?.reader ?? "mlgate",
    metrics,
    findings,
    notes,
    eval: { dataset: head?.eval?.dataset ?? null, size: head?.eval?.size ?? null, base_size: base?.eval?.size ?? null },
    cost: cost.result,
    learning_curve: curve.result,
    checklist: checklist.items,
    ...checklist.off ? { checklist_off: checklist.off } : {}
  };
}

// src/kernel/provenance.ts
var DAY_MS = 864e5;
var sha7 = (sha) => `\`${sha.slice(0, 7)}\``;
function ageDays(recordedAt, now) {
  if (recordedAt === null) return null;
  const t = Date.parse(recordedAt);
  if (!Number.isFinite(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / DAY_MS));
}
function distanceWords(o) {
  if (o.behind === null) return null;
  if (o.behind === 0) return "at the PR\u2019s base";
  const base = o.base_sha ? ` ${sha7(o.base_sha)}` : "";
  return `${o.behind} commit${o.behind === 1 ? "" : "s"} behind the PR\u2019s base${base}`;
}
function ageWords(days) {
  if (days === null) return null;
  return days === 0 ? "recorded today" : `${days} day${days === 1 ? "" : "s"} old`;
}
function provenanceOf(origin, now, maxBehind) {
  const age_days = ageDays(origin.recorded_at, now);
  const stale = origin.behind !== null && origin.behind > maxBehind;
  const words = origin.from === "git" || origin.from === "api" ? [] : [distanceWords(origin), ageWords(age_days)].filter((w) => w !== null);
  const line = `${origin.description}${words.length ? ` (${words.join(", ")})` : ""}`;
  return { ...origin, age_days, stale, line };
}

// src/pipeline/stale-baseline.ts
var DELTA_RULE = /^(metric\.max_(drop|increase)(_pct)?|metric\.removed|cost\.max_cost_(increase_pct|per_point))$/;
function isDeltaRule(rule) {
  return DELTA_RULE.test(rule);
}
function capped(f, when) {
  if (!isDeltaRule(f.rule) || when === "fail") return f;
  return when === "pass" ? null : { ...f, severity: "warn" };
}
function metricStatus(m, own, when) {
  const mine = own.filter((f) => m.reason?.includes(f.message));
  if (m.status === "pass" || mine.length === 0) return m;
  return { ...m, status: worst(mine.map((f) => capped(f, when)?.severity ?? "pass")) };
}
function applyStaleness(model, p, config) {
  if (!p.stale || model.baseline !== "present") return model;
  const when = config.baseline.when_stale;
  const message = `the baseline was recorded ${p.behind} commits behind the PR\u2019s base (baseline.max_behind: ${config.baseline.max_behind}): deltas are shown, but a regression may be the base\u2019s; record a baseline on the base branch again`;
  const notes = [...model.notes];
  const findings = [];
  for (const f of model.findings) {
    const c = capped(f, when);
    if (c) findings.push(c);
    else notes.push(f.message);
  }
  if (when === "pass") notes.push(message);
  else findings.unshift({ rule: "baseline.stale", severity: when, message });
  return {
    ...model,
    findings,
    notes,
    metrics: model.metrics.map((m) => metricStatus(m, model.findings, when)),
    verdict: verdictOf(findings),
    reasons: reasonsOf(findings)
  };
}

// src/pipeline/evaluate.ts
function evaluate(input) {
  const { origin, ...where } = input.base;
  const provenance = origin ? provenanceOf(origin, input.now, input.config.baseline.max_behind) : void 0;
  const models = input.models.map((m) => {
    const judged = evaluateModel(m, input.config, input.now);
    return provenance ? applyStaleness(judged, provenance, input.config) : judged;
  });
  const verdict = worst(models.map((m) => m.verdict));
  return {
    schema_version: 1,
    verdict,
    reason: resultReason(models, verdict),
    base: provenance ? { ...where, provenance } : where,
    head: input.head,
    models,
    notes: input.notes ?? []
  };
}

export {
  evaluate
};
