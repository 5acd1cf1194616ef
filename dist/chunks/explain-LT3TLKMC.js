import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./chunk-OOYFPKMQ.js";
import {
  compareMetric
} from "./chunk-SPFXGID2.js";
import {
  pairedMetricOf
} from "./chunk-TGL7QEVK.js";
import {
  displayPath
} from "./chunk-WT3HPS6H.js";
import {
  SOURCES,
  formatValue,
  judgedValues,
  parseConfig,
  parseYamlOrJson,
  pointerOf,
  resolutionFor,
  resolveConfig
} from "./chunk-IP6FT2WD.js";
import {
  readUntrustedText
} from "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError,
  escapeLog
} from "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/cli/explain.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/pipeline/explain.ts
var NO_TEST = {
  interval: null,
  p_value: null,
  p_adjusted: null,
  significant: null,
  min_detectable_effect: null,
  test: null
};
function kindLine(r) {
  if (!r.kind) return "none: no registry entry places this name";
  return `${r.kind.id} \u2014 ${r.kind.title} (registry: ${r.matched})`;
}
function directionLine(name, r, rule, where) {
  const arrow = rule.direction === "higher" ? "\u2191" : rule.direction === "lower" ? "\u2193" : "\xB7";
  const text = rule.direction === "none" ? "none (bookkeeping: shown, never gated)" : `${rule.direction} is better`;
  if (rule.direction_source === "config")
    return `${arrow} ${text} (${where(["metrics", name, "direction"]) ?? "config"})`;
  if (rule.direction_source === "assumed")
    return `${arrow} ${text} \u2014 ASSUMED: mlgate does not know this name; set metrics.${name}.direction`;
  const left = r.left ? `, turned by "${r.left}": what is left of it` : "";
  return `${arrow} ${text} (registry: ${r.kind.id}${r.negated ? ", negated by scikit-learn's neg_ prefix" : ""}${left})`;
}
function scaleLine(r) {
  if (r.kind?.scale !== "fraction")
    return `the metric's own unit${r.unit ? ` (${r.unit})` : ""}: changes relative to the base`;
  const percent = r.kind.percent === false ? "; never read as percent" : "; values in (1, 100] are read as percent";
  return `fraction in [0, 1], shown in %, changes in pp${percent}`;
}
function testLines(name, r, config, where) {
  const own = Object.hasOwn(config.metrics, name) ? config.metrics[name].proportion : void 0;
  const bySize = own !== void 0 ? `${own ? "two-proportion test" : "none"} (${where(["metrics", name, "proportion"]) ?? "config"})` : r.kind?.proportion && r.whole ? "two-proportion test from eval.size (approximate), for values in [0, 1]" : r.kind?.proportion ? `none: ${r.kind.id} of a subset (the name has a qualifier); set metrics.${name}.proportion: true if it is the whole eval set's` : "none: not a share of the eval set";
  const paired = pairedMetricOf(name);
  const byPredictions = paired ? `${paired.key === "accuracy" ? "McNemar mid-p" : "paired bootstrap"} on the per-example predictions (${paired.flipped ? "1 \u2212 accuracy" : paired.key})` : "none: the predictions files do not score it";
  return [`eval.size:   ${bySize}`, `predictions: ${byPredictions}`];
}
function toleranceLine(name, m, where) {
  const t = m.tolerance;
  if (!t) return "none: not gated";
  const sign = m.direction === "lower" ? "+" : "\u2212";
  const amount = t.noise ? `no significant ${m.direction === "lower" ? "increase" : "drop"}; without a test, 5 % of the larger of the value and its complement` : [
    t.abs !== null ? `${sign}${formatValue(t.abs, m.fraction).replace("%", " pp")}` : "",
    t.pct !== null ? `${sign}${t.pct} % of the base` : ""
  ].filter(Boolean).join(" or ");
  const from = t.source === "config" ? where(["metrics", name, t.rule]) ?? where(["defaults", t.rule]) ?? "config" : t.source === "registry" ? `registry default of ${m.kind}` : "mlgate's default for a name it does not know";
  return `${amount} (${t.rule}; ${from})`;
}
function valueLines(name, config, values) {
  const [b, h] = values.length === 1 ? [null, values[0]] : [values[0], values[1]];
  const v = judgedValues(name, config, b, h);
  const { metric } = compareMetric({
    name,
    base: v.base,
    head: v.head,
    rule: v.rule,
    significance: NO_TEST,
    require_significance: config.significance.require_significance,
    scale_name: v.scale_name,
    unknown: config.unknown_metrics,
    untestable_hint: "explain has no eval set or predictions"
  });
  const shown = [b, h].filter((x) => x !== null).join(" \u2192 ");
  const read = v.scale !== 1 ? `written in percent, judged as ${[v.base, v.head].filter((x) => x !== null).join(" \u2192 ")}` : `read as ${v.scale_name === "fraction" ? "fractions" : v.scale_name === "mixed" ? "a unit slip (one fraction, one percentage)" : "values in their own unit"}`;
  const verdict = `${metric.status}${metric.reason ? `: ${metric.reason}` : ` (${metric.change})`}`;
  return [
    `values:      ${shown}: ${read}`,
    `verdict:     ${verdict} (without a test; the gate adds one from eval.size or predictions)`,
    ...v.notes.map((n) => `note:        ${n}`)
  ];
}
function explainMetric(name, config, values, where) {
  const r = resolutionFor(name, config);
  const v = judgedValues(name, config, null, null);
  const { metric } = compareMetric({
    name,
    base: null,
    head: null,
    rule: v.rule,
    significance: NO_TEST,
    require_significance: true
  });
  const sources = (r.kind?.sources ?? []).map((s) => SOURCES[s].title);
  return [
    name,
    `kind:        ${kindLine(r)}`,
    `direction:   ${directionLine(name, r, v.rule, where)}`,
    `scale:       ${scaleLine(r)}`,
    ...testLines(name, r, config, where),
    `tolerance:   ${toleranceLine(name, metric, where)}`,
    ...r.kind?.note ? [`note:        ${r.kind.note}`] : [],
    ...sources.length ? [`sources:     ${sources.join("; ")}`] : [],
    ...values.length ? valueLines(name, config, values) : []
  ];
}

// src/cli/explain.ts
var EXPLAIN_HELP = `Usage: mlgate explain NAME [BASE [PR]] [--config FILE]

Prints how mlgate reads the metric NAME: its kind in the registry, which way is better, its scale, which tests
apply (from eval.size, from per-example predictions) and the tolerance, each with where it came from (a registry
entry or a line of the config). With values (the PR's, or the base's and the PR's) it also says the scale they are
read in and the verdict they get without a test.
  --config FILE   the policy (default: .github/mlgate.yml when it exists)
Exit status: 0 explained, 2 bad input or usage.`;
async function loadConfig(file, cwd, required) {
  const label = displayPath(cwd, file);
  const text = await readUntrustedText(file, { root: cwd, label });
  if (text === null) {
    if (required) throw new InputError("config file not found; check the path", { file: label });
    return { config: resolveConfig({}), where: () => void 0 };
  }
  const config = parseConfig(text, label);
  const { positions } = parseYamlOrJson(text, label);
  const where = (parts) => {
    const pos = positions.get(`${pointerOf(parts)}#key`) ?? positions.get(pointerOf(parts));
    return pos ? `config ${label}:${pos.line} (${parts.join(".")})` : void 0;
  };
  return { config, where };
}
function number(text) {
  const v = Number(text);
  if (text.trim() === "" || !Number.isFinite(v))
    throw new UsageError(`a value must be a number (got "${text.slice(0, 40)}")`);
  return v;
}
async function explainCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    options: { config: { type: "string" } },
    allowPositionals: true,
    strict: true
  });
  const [name, ...rest] = positionals;
  if (name === void 0 || name.trim() === "") throw new UsageError("name the metric to explain");
  if (rest.length > 2) throw new UsageError("give at most two values: the base and the PR");
  const numbers = rest.map(number);
  const file = values.config ? path.resolve(io.cwd, values.config) : path.join(io.cwd, ".github", "mlgate.yml");
  const { config, where } = await loadConfig(file, io.cwd, values.config !== void 0);
  const lines = explainMetric(name.slice(0, 200), config, numbers, where);
  io.stdout(lines.map((l) => escapeLog(l, 1e3)).join("\n") + "\n");
  return EXIT.ok;
}
export {
  EXPLAIN_HELP,
  explainCommand
};
