import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DEFAULT_OTHER_MAX_CHANGE_PCT,
  formatDelta,
  formatPct,
  formatValue
} from "./chunk-IP6FT2WD.js";

// src/pipeline/compare.ts
var formatPpAbs = (v) => `${Number((v * 100).toFixed(2))} pp`;
var pText = (p) => p === null ? "" : p === 0 ? " (p < 1e-300)" : ` (p = ${p.toPrecision(2)})`;
var EPS = 1e-12;
function changeOf(input, delta) {
  const { base, head, rule, significance: sig } = input;
  if (head === null) return "removed";
  if (base === null) return "new";
  if (Math.abs(delta) <= EPS) return "unchanged";
  if (rule.direction === "none") return "changed";
  const better = rule.direction === "higher" ? delta > 0 : delta < 0;
  const noise = sig.significant === false || sig.significant === null && sig.min_detectable_effect !== null && Math.abs(delta) < sig.min_detectable_effect;
  return noise ? "within_noise" : better ? "improved" : "regressed";
}
var isNoiseRule = (rule) => rule.fraction && rule.tolerance_source !== "config" && rule.tolerance_abs === 0;
function allowedWorsening(rule, base) {
  const allowedAbs = rule.tolerance_abs ?? Infinity;
  const allowedPct = rule.tolerance_pct !== void 0 && Math.abs(base) > EPS ? rule.tolerance_pct / 100 * Math.abs(base) : Infinity;
  const allowed = Math.min(allowedAbs, allowedPct);
  return { allowed, byAbs: allowed === allowedAbs };
}
function toleranceRule(input, delta, delta_pct, add) {
  const { name, rule, significance: sig } = input;
  const base = input.base;
  const worsening = rule.direction === "higher" ? -delta : delta;
  const { allowed, byAbs } = allowedWorsening(rule, base);
  if (!(worsening > EPS && worsening > allowed + EPS)) return;
  const how = `${formatDelta(delta, rule.fraction)}${delta_pct !== null ? ` (${formatPct(delta_pct)})` : ""}`;
  const side = rule.direction === "higher" ? "drop" : "increase";
  const limit = byAbs ? `allowed ${side} ${rule.fraction ? formatPpAbs(allowed) : formatValue(allowed, false)}` : `allowed ${rule.tolerance_pct}%`;
  const ruleName = `metric.${rule.tolerance_key.replace(" (default)", "")}`;
  const noiseRule = isNoiseRule(rule);
  if (sig.significant === false && input.require_significance) {
    if (!noiseRule)
      add(
        ruleName,
        "warn",
        `${name} ${how} regressed beyond the ${limit}, but the change is within noise${pText(sig.p_adjusted)}`
      );
  } else if (noiseRule && sig.test === null && input.require_significance) {
    untestableRule(input, { how, side, worsening, ruleName }, add);
  } else {
    add(ruleName, rule.severity, `${name} regressed ${how}; ${limit}${pText(sig.p_adjusted)}`);
  }
}
function untestableRule(input, d, add) {
  const { name, rule } = input;
  const hint = input.untestable_hint ?? "no test for it";
  const base = Math.abs(input.base);
  const allowance = DEFAULT_OTHER_MAX_CHANGE_PCT / 100 * Math.max(base, 1 - base);
  if (d.worsening > allowance + EPS) {
    add(
      `metric.max_${d.side}_pct`,
      rule.severity,
      `${name} regressed ${d.how}; allowed ${formatPpAbs(allowance)} for a fraction without a test (${hint})`
    );
  } else {
    add(
      d.ruleName,
      "warn",
      `${name} ${d.how}: no test can tell this from noise (${hint}); set metrics.${input.rule_name ?? name}.max_${d.side} to gate on a fixed tolerance`
    );
  }
}
function assumedDirectionRule(input, change, add) {
  const policy = input.unknown ?? "warn";
  if (input.rule.direction_source !== "assumed" || policy === "pass") return;
  if (change === "unchanged" || change === "new" || change === "removed") return;
  const fmt = (v) => formatValue(v, input.rule.fraction);
  add(
    "metric.unknown_direction",
    policy,
    `${input.name} changed ${fmt(input.base)} \u2192 ${fmt(input.head)}, judged as higher-is-better by assumption: mlgate does not know this metric; set metrics.${input.rule_name ?? input.name}.direction`
  );
}
function scaleMismatch(name, base, head) {
  const asFraction = (v) => v > 1 ? Number((v / 100).toPrecision(6)) : v;
  const lo = Math.min(base, head), hi = Math.max(base, head);
  const either = lo > 0 && hi / lo < 20 ? " (or both are percentages; mlgate cannot tell which)" : "";
  return `${name} is ${head} in the PR and ${base} at the base: one is a fraction, the other a percentage${either}; report both as fractions (${asFraction(head)} and ${asFraction(base)})`;
}
function impossibleValue(input) {
  const range = input.rule.possible;
  if (!range) return null;
  const [lo, hi] = range;
  const out = (v2) => v2 !== null && (lo !== null && v2 < lo - EPS || hi !== null && v2 > hi + EPS);
  const sides = [
    ["the PR", input.head],
    ["the base", input.base]
  ];
  const bad = sides.find(([, v2]) => out(v2));
  if (!bad) return null;
  const v = bad[1];
  const shown = Math.abs(v) >= 1e6 ? v.toExponential(2) : String(v);
  const span = `${lo ?? "\u2212\u221E"} to ${hi ?? "\u221E"}`;
  return `${input.name} is ${shown} in ${bad[0]}, outside what a metric of kind ${input.rule.kind ?? "fraction"} can be (${span}, as a fraction or in percent): it cannot be judged; fix the report, or set metrics.${input.rule_name ?? input.name}.direction if the name means something else`;
}
function ruleFindings(input, delta, delta_pct, change, add) {
  const { name, base, head, rule } = input;
  const fmt = (v) => formatValue(v, rule.fraction);
  if (head === null) {
    if (rule.required) add(`metric.required`, "fail", `${name} is missing from the PR's report (it is required)`);
    else add("metric.removed", "warn", `${name} was removed from the report (base: ${fmt(base)})`);
    return;
  }
  const impossible = impossibleValue(input);
  if (impossible) return add("metric.impossible", "fail", impossible);
  if (rule.scale_mismatch && base !== null) return add("metric.scale", "fail", scaleMismatch(name, base, head));
  if (rule.min !== void 0 && head < rule.min - EPS)
    add("metric.min", rule.severity, `${name} is ${fmt(head)}, below the minimum ${fmt(rule.min)}`);
  if (rule.max !== void 0 && head > rule.max + EPS)
    add("metric.max", rule.severity, `${name} is ${fmt(head)}, above the maximum ${fmt(rule.max)}`);
  if (base !== null && delta !== null) toleranceRule(input, delta, delta_pct, add);
  assumedDirectionRule(input, change, add);
}
function toleranceOf(rule) {
  if (!rule.gate) return null;
  return {
    abs: rule.tolerance_abs ?? null,
    pct: rule.tolerance_pct ?? null,
    rule: rule.tolerance_key.replace(" (default)", ""),
    source: rule.tolerance_source,
    noise: isNoiseRule(rule)
  };
}
function compareMetric(input) {
  const { name, base, head, rule } = input;
  const findings = [];
  const add = (rule_, severity, message) => {
    if (rule.gate)
      findings.push({ rule: rule_, severity, message, ...input.location ? { location: input.location } : {} });
  };
  const delta = base !== null && head !== null ? head - base : null;
  const delta_pct = delta !== null && base !== null && Math.abs(base) > EPS ? delta / Math.abs(base) * 100 : null;
  const change = changeOf(input, delta);
  ruleFindings(input, delta, delta_pct, change, add);
  const status = findings.some((f) => f.severity === "fail") ? "fail" : findings.length ? "warn" : "pass";
  return {
    metric: {
      name,
      base,
      head,
      delta,
      delta_pct,
      direction: rule.direction,
      fraction: rule.fraction,
      kind: rule.kind,
      direction_source: rule.direction_source,
      scale: input.scale_name ?? "value",
      unit: rule.unit,
      gated: rule.gate,
      tolerance: toleranceOf(rule),
      change,
      status,
      reason: findings.length ? findings.map((f) => f.message).join("; ") : null,
      ...input.significance,
      ...input.location ? { location: input.location } : {}
    },
    findings
  };
}

export {
  compareMetric
};
