import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  findingGroups
} from "./chunk-BZBO7EDZ.js";
import {
  curveConclusion,
  formatSize,
  renderCurveMarkdown
} from "./chunk-SGL4OOBV.js";
import {
  formatCount,
  formatDelta,
  formatMoney,
  formatNumber,
  formatPct,
  formatValue
} from "./chunk-IP6FT2WD.js";
import {
  clipText,
  escapeMarkdownInline
} from "./chunk-4ITU3WLR.js";

// src/render/assemble.ts
var GITHUB_COMMENT_LIMIT = 65536;
function utf8Length(s) {
  return Buffer.byteLength(s, "utf8");
}
function assemble(blocks, opts) {
  const limit = opts.limit ?? GITHUB_COMMENT_LIMIT - 512;
  const footer = opts.footer ?? "";
  const join = (parts) => parts.filter((p) => p !== "").join("\n\n") + (footer ? `

${footer}` : "");
  const texts = blocks.map((b) => b.text);
  const out = join(texts);
  if (utf8Length(out) <= limit) return out;
  const order = blocks.map((b, i) => ({ b, i })).sort((x, y) => y.b.priority - x.b.priority || y.i - x.i);
  const note = `> ${opts.truncatedNote}`;
  const sizes = texts.map(utf8Length);
  const size = { bytes: 0, parts: 0 };
  const add = (n, sign) => {
    if (n === 0) return;
    size.bytes += sign * n;
    size.parts += sign;
  };
  for (const n of [...sizes, utf8Length(note)]) add(n, 1);
  const footerBytes = footer ? utf8Length(footer) + 2 : 0;
  const replace = (i, text) => {
    const n = utf8Length(text);
    add(sizes[i], -1);
    add(n, 1);
    texts[i] = text;
    sizes[i] = n;
  };
  const fits = () => size.bytes + 2 * (size.parts - 1) + footerBytes <= limit;
  for (const { b, i } of order) {
    if (b.priority === 0) break;
    replace(i, b.fallback ?? "");
    if (fits()) return join([...texts, note]);
  }
  for (const { b, i } of order) {
    if (b.priority <= 1) break;
    if (texts[i] === "") continue;
    replace(i, "");
    if (fits()) return join([...texts, note]);
  }
  const body = [...texts, note].filter((p) => p !== "").join("\n\n");
  const cutNote = `

> ${opts.cutNote ?? CUT_NOTE}`;
  return hardCut(body, limit - (footer ? utf8Length(footer) + 2 : 0), cutNote) + (footer ? `

${footer}` : "");
}
var CUT_NOTE = "The comment was cut to fit GitHub's size limit; see the job summary for the rest.";
function hardCut(s, limit, cutNote) {
  const lines = s.split("\n");
  const kept = [];
  let size = 0;
  let fences = 0;
  let opened = 0;
  const closingFor = (f, o) => (f % 2 === 1 ? "\n```" : "") + "\n</details>".repeat(Math.max(0, o));
  for (const line of lines) {
    const f = fences + (/^```/.test(line) ? 1 : 0);
    const o = opened + (line.match(/<details[\s>]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    const n = utf8Length(line) + (kept.length ? 1 : 0);
    if (size + n + utf8Length(closingFor(f, o) + cutNote) > limit) break;
    kept.push(line);
    size += n;
    fences = f;
    opened = o;
  }
  return `${kept.join("\n")}${closingFor(fences, opened)}${cutNote}`;
}

// src/render/cost-line.ts
var markdownMoney = (amount2, currency) => formatMoney(amount2, escapeMarkdownInline(currency, 8)).replace(/\$/g, "&#36;");
var money = markdownMoney;
function dominantUnit(c) {
  return [c.head, c.base].some((s) => s && s.gpu_hours !== null && s.gpu_hours > 0) ? "gpu_hours" : "cpu_hours";
}
var UNIT = { gpu_hours: "GPU-h", cpu_hours: "CPU-h" };
function hours(s, unit) {
  return s[unit];
}
function trainingPair(c) {
  if (c.head.amount !== null && (!c.base || c.base.amount !== null)) {
    return `${c.base ? `${money(c.base.amount, c.currency)} \u2192 ` : ""}${money(c.head.amount, c.currency)}`;
  }
  const unit = dominantUnit(c);
  const other = unit === "gpu_hours" ? "cpu_hours" : "gpu_hours";
  const fmt = (s, u) => hours(s, u) === null ? "\u2014" : formatNumber(hours(s, u), 3);
  const pair2 = (u) => `${c.base ? `${fmt(c.base, u)} \u2192 ` : ""}${fmt(c.head, u)} ${UNIT[u]}`;
  const rest = c.head[other] !== null && c.head[other] > 0 ? ` (+ ${pair2(other)})` : "";
  return `${pair2(unit)}${rest}`;
}
function trainingPart(c, noise) {
  const parts = [`training ${trainingPair(c)}`];
  if (c.delta !== null && Math.abs(c.delta) < 5e-3) return `${parts[0]} (unchanged)`;
  const extra = [];
  if (c.delta !== null)
    extra.push(
      `${c.delta >= 0 ? "+" : ""}${money(c.delta, c.currency)}${c.delta_pct !== null ? `, ${formatPct(c.delta_pct)}` : ""}`
    );
  else if (c.delta_pct !== null) extra.push(formatPct(c.delta_pct));
  const bought = noise && c.headline_metric ? `${escapeMarkdownInline(c.headline_metric, 40)} within noise: no gain to price` : perPointPhrase(c);
  if (bought) extra.push(bought);
  if (c.net_value !== null) extra.push(`net ${c.net_value >= 0 ? "+" : ""}${money(c.net_value, c.currency)}`);
  return extra.length ? `${parts[0]} (${extra.join("; ")})` : parts[0];
}
function pair(p, fmt) {
  if (!p || p.head === null) return null;
  return p.base !== null && p.base !== p.head ? `${fmt(p.base)} \u2192 ${fmt(p.head)}` : fmt(p.head);
}
function inferencePart(c) {
  const price = pair(c.price_per_1k_predictions, (v) => money(v, c.currency));
  const ms = pair(c.inference_ms_per_1k, (v) => `${formatNumber(v, 3)} ms`);
  if (price) return `inference ${price} per 1,000${ms ? ` (${ms})` : ""}`;
  return ms ? `inference ${ms} per 1,000` : null;
}
function monthlyParts(c) {
  const signed = (v) => `${v >= 0 ? "+" : ""}${money(v, c.currency)}`;
  const serving = pair(c.serving_per_month, (v) => money(v, c.currency));
  const net = pair(c.net_value_per_month, signed);
  return [serving && `serving ${serving}/month`, net && `net value ${net}/month`].filter((x) => !!x);
}
function renderCostLine(model) {
  const c = model.cost;
  if (!c) return null;
  const noise = model.metrics.find((m) => m.name === c.headline_metric)?.change === "within_noise";
  const parts = [trainingPart(c, noise), inferencePart(c), ...monthlyParts(c)].filter((x) => !!x);
  return `**Cost:** ${parts.join(" \xB7 ")}`;
}
function perPointPhrase(c) {
  if (c.per_point === null || c.delta === null || !c.headline_metric) return null;
  const metric = escapeMarkdownInline(c.headline_metric, 40);
  const price = money(Math.abs(c.per_point), c.currency);
  const gained = c.per_point >= 0 === c.delta >= 0;
  if (c.delta >= 0) return gained ? `${price} per point of ${metric} gained` : `costs more and ${metric} is worse`;
  return gained ? `cheaper and ${metric} is better` : `${price} saved per point of ${metric} lost`;
}

// src/render/icons.ts
var ICON = {
  pass: "\u2705",
  tolerated: "\u26AA",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  waived: "\u{1F7E6}",
  not_checked: "\u23FA\uFE0F",
  off: "\u2796"
};
var VERDICT_ICON = { pass: ICON.pass, warn: ICON.warn, fail: ICON.fail };
var VERDICT_WORD = { pass: "pass", warn: "warning", fail: "fail" };
var CHECKLIST_ICON = {
  pass: ICON.pass,
  warn: ICON.warn,
  fail: ICON.fail,
  waived: `${ICON.waived} waived`,
  off: ICON.off,
  not_checked: `${ICON.not_checked} not checked`
};
function metricIcon(m) {
  if (m.status !== "pass") return VERDICT_ICON[m.status];
  return m.change === "regressed" || m.change === "within_noise" ? ICON.tolerated : ICON.pass;
}

// src/render/metric-table.ts
var CHANGE_WORD = {
  improved: "improved",
  regressed: "regressed",
  unchanged: "unchanged",
  within_noise: "within noise",
  new: "new",
  removed: "removed",
  changed: "changed"
};
function changeWord(m) {
  return m.change === "regressed" && m.status === "pass" ? "regressed, within tolerance" : CHANGE_WORD[m.change];
}
function significanceCell(m) {
  if (m.test === null && m.min_detectable_effect === null) return "";
  const parts = [];
  if (m.interval && m.delta !== null) {
    const half = (m.interval[1] - m.interval[0]) / 2;
    parts.push(`\xB1${formatDelta(half, m.fraction).replace(/^[+±]/, "")}`);
  } else if (m.min_detectable_effect !== null) {
    parts.push(`MDE ${formatDelta(m.min_detectable_effect, m.fraction).replace(/^\+/, "")}`);
  }
  if (m.significant === true) parts.push(m.p_adjusted !== null ? pValue(m.p_adjusted) : "significant");
  else if (m.significant === false) parts.push("n.s.");
  return parts.join(" \xB7 ");
}
var MINUS = "\u2212";
var ARROW = { higher: "\u2191", lower: "\u2193", none: "\xB7" };
function amount(m, abs) {
  if (m.fraction) return `${Number((abs * 100).toFixed(2))} pp`;
  return `${formatNumber(abs)}${m.unit ? ` ${m.unit}` : ""}`;
}
function ruleCell(m) {
  if (m.gated === false) return `${ARROW[m.direction]} not gated`;
  const arrow = `${ARROW[m.direction]}${m.direction_source === "assumed" ? " (assumed)" : ""}`;
  const t = m.tolerance;
  if (!t) return m.tolerance === null ? arrow : "";
  const sign = m.direction === "lower" ? "+" : MINUS;
  const side = m.direction === "lower" ? "rise" : "drop";
  if (t.noise) return `${arrow} no significant ${side}`;
  if (t.abs === 0 && t.pct === null) return `${arrow} no ${side}`;
  const parts = [
    ...t.abs !== null ? [`${sign}${amount(m, t.abs)}`] : [],
    ...t.pct !== null ? [`${sign}${formatNumber(t.pct)} %`] : []
  ];
  return `${arrow} \u2264 ${parts.join(", ")}`;
}
function pValue(p) {
  return p < 1e-4 ? "p<0.0001" : `p=${p.toPrecision(2)}`;
}
function sideValue(m, side, none) {
  if (m.diverged === side || m.diverged === "both") return "NaN (diverged)";
  const v = m[side];
  return v === null ? none : formatValue(v, m.fraction);
}
function noNoiseReason(m, evalSize) {
  if (m.gated === false) return "not gated";
  if (m.base === null || m.head === null) return "one side only";
  if (!m.fraction) return "no spread known";
  return evalSize === null ? "no eval size" : "needs predictions";
}
function noiseCell(m, evalSize, dash = "\u2014") {
  return significanceCell(m) || `${dash} ${noNoiseReason(m, evalSize)}`;
}
function metricRow(m, withSignificance, evalSize = null) {
  const cells = [
    escapeMarkdownInline(m.name, 60),
    sideValue(m, "base", "\u2014"),
    sideValue(m, "head", "\u2014"),
    m.delta === null ? "\u2014" : formatDelta(m.delta, m.fraction),
    m.delta_pct === null ? "\u2014" : formatPct(m.delta_pct)
  ];
  if (withSignificance) cells.push(noiseCell(m, evalSize));
  cells.push(escapeMarkdownInline(ruleCell(m), 80) || "\u2014");
  cells.push(`${metricIcon(m)} ${changeWord(m)}`);
  return `| ${cells.join(" | ")} |`;
}
function metricTable(metrics, ctx = { eval_size: null }) {
  const evalSize = ctx.eval_size;
  const withSig = ctx.noise ?? metrics.some((m) => m.test !== null || m.min_detectable_effect !== null);
  const header = withSig ? ["| Metric | Base | PR | \u0394 | \u0394% | Noise | Allowed | Status |", "|---|--:|--:|--:|--:|---|---|---|"] : ["| Metric | Base | PR | \u0394 | \u0394% | Allowed | Status |", "|---|--:|--:|--:|--:|---|---|"];
  return [...header, ...metrics.map((m) => metricRow(m, withSig, evalSize))];
}

// src/render/findings.ts
function merged(group, metric) {
  const [first, ...rest] = group.map((f) => f.message);
  const strip = (msg) => metric && msg.startsWith(`${metric} `) ? msg.slice(metric.length + 1) : msg;
  return [first, ...rest.map(strip)].join("; ");
}
function metricOf(model, f) {
  return model.metrics.find((m) => m.reason !== null && m.reason.includes(f.message))?.name;
}
function mergedFindings(model, skip = () => false) {
  const groups = findingGroups(model).filter((g) => !skip(g[0]));
  const of = (severity) => groups.filter((g) => g[0].severity === severity).map((g) => ({ severity, message: merged(g, metricOf(model, g[0])) }));
  return [...of("fail"), ...of("warn")];
}
function findingLines(model, skip) {
  return mergedFindings(model, skip).map(
    (f) => `- ${VERDICT_ICON[f.severity]} ${escapeMarkdownInline(f.message, 400)}`
  );
}

// src/render/checklist.ts
var e = (s, max = 160) => escapeMarkdownInline(s, max);
function row(item) {
  const level = item.severity === "recommended" ? " <sub>(recommended)</sub>" : "";
  let text = item.evidence ? e(item.evidence, 240) : "";
  if (item.status === "waived" && item.waiver)
    text = `${text}${text ? "; " : ""}waived by ${e(`@${item.waiver.by}`, 41)}`;
  else if ((item.status === "fail" || item.status === "warn") && item.fix)
    text = `${text}${text ? "<br>" : ""}**Fix:** ${e(item.fix, 240)}`;
  return `| ${CHECKLIST_ICON[item.status]} | ${e(item.title, 80)}${level} | ${text || "\u2014"} |`;
}
function table(items) {
  return ["| | Item | Evidence |", "|---|---|---|", ...items.map(row)].join("\n");
}
function safeCommentUrl(url, links) {
  if (!url || !links) return null;
  const m = /^(https:\/\/[^/]+\/[^/]+\/[^/]+)\/(?:pull|issues)\/(\d+)#issuecomment-(\d{1,20})$/.exec(url);
  const pull = /^(https:\/\/[^/]+\/[^/]+\/[^/]+)\/pull\/(\d+)$/.exec(links.pull_url);
  if (!m || !pull || m[1].toLowerCase() !== pull[1].toLowerCase() || m[2] !== pull[2]) return null;
  return `${links.pull_url}#issuecomment-${m[3]}`;
}
function waiverLines(items, links) {
  const waived = items.filter((i) => i.status === "waived" && i.waiver);
  if (!waived.length) return "";
  const lines = waived.map((i) => {
    const w = i.waiver;
    const url = safeCommentUrl(w.comment_url, links);
    return `- ${e(i.title, 80)} (${e(i.id, 41)}) waived by ${e(`@${w.by}`, 41)}: \u201C${e(w.reason, 300)}\u201D${url ? ` ([comment](${url}))` : ""}`;
  });
  return `**Waivers** (audit trail)
${lines.join("\n")}`;
}
function summary(items) {
  const count = (s) => items.filter((i) => i.status === s).length;
  const parts = [
    count("fail") && `${ICON.fail} ${count("fail")} failing`,
    count("warn") && `${ICON.warn} ${count("warn")} to improve`,
    `${ICON.pass} ${count("pass")} passed`,
    count("waived") && `${ICON.waived} ${count("waived")} waived`,
    count("not_checked") && `${ICON.not_checked} ${count("not_checked")} not checked`
  ].filter(Boolean);
  return `**Lifecycle checklist:** ${parts.join(" \xB7 ")}`;
}
function actionLine(item) {
  const level = item.severity === "recommended" ? " (recommended)" : "";
  const evidence = item.evidence ? `: ${e(item.evidence, 240)}` : "";
  const fix = item.fix ? ` \u2014 **Fix:** ${e(item.fix, 240)}` : "";
  return `- ${CHECKLIST_ICON[item.status]} **${e(item.title, 80)}**${level}${evidence}${fix}`;
}
function checklistOffLine(off, html = true) {
  const have = off.evidenced.length ? ` (${off.evidenced.map((t) => html ? e(t, 60) : t).join(", ")})` : "";
  const line = `Lifecycle checklist: off \u2014 ${off.evidenced.length} of ${off.total} items already evidenced${have}; add lifecycle: to the report to turn it on (docs/checklist.md)`;
  return html ? `<sub>${line}</sub>` : line;
}
function renderChecklist(model, links) {
  const items = model.checklist;
  if (!items && model.checklist_off) return { priority: 3, text: checklistOffLine(model.checklist_off) };
  if (!items || items.length === 0) return null;
  const shown = items.filter((i) => i.status !== "off");
  const off = items.filter((i) => i.status === "off").map((i) => e(i.id, 41));
  const waivers = waiverLines(items, links);
  const offLine = off.length ? `<sub>Off in the config: ${off.join(", ")}.</sub>` : "";
  const open = shown.filter((i) => i.status === "fail" || i.status === "warn");
  const rest = shown.filter((i) => !open.includes(i));
  const head = [summary(items), ...open.map(actionLine)].join("\n");
  const inner = [rest.length ? table(rest) : "", offLine].filter(Boolean).join("\n\n");
  const label = open.length ? `The other ${rest.length} items` : `All ${rest.length} items`;
  const details = inner ? `<details><summary>${label}</summary>

${inner}

</details>` : "";
  const text = [head, waivers, details].filter(Boolean).join("\n\n");
  return { priority: 2, text, fallback: [head, waivers].filter(Boolean).join("\n\n") };
}

// src/render/model-extras.ts
var UNIT2 = { gpu_hours: "GPU-h", cpu_hours: "CPU-h" };
function savedWords(lc, model) {
  const s = lc.projected_savings;
  if (!s || s.cost_pct === null || s.cost_pct <= 0) return null;
  const pct = `~${Math.round(s.cost_pct * 100)} %`;
  const c = model.cost;
  if (c && c.head.amount !== null)
    return `${pct} of the training cost (${markdownMoney(c.head.amount * s.cost_pct, c.currency)}) could be saved`;
  const unit = c ? dominantUnit(c) : null;
  const h = unit ? c.head[unit] : null;
  if (unit && h !== null && h > 0)
    return `${pct} of the training compute (${formatNumber(h * s.cost_pct, 2)} ${UNIT2[unit]}) could be saved`;
  if (s.cost !== null)
    return `${pct} of the training compute (${formatNumber(s.cost, 2)} ${escapeMarkdownInline(lc.cost_unit, 20)}) could be saved`;
  return `${pct} of the training compute could be saved`;
}
function curveSentence(lc, model) {
  const threshold = lc.proportion ? `${Number((lc.gain_per_doubling_threshold * 100).toPrecision(3))} pp` : String(lc.gain_per_doubling_threshold);
  if (lc.reliable && lc.recommended_size !== null && lc.oversize_factor !== null && lc.oversize_factor > 1.05) {
    const saved = savedWords(lc, model);
    return `trains on ${Number(lc.oversize_factor.toFixed(1))}\xD7 the ~${formatSize(lc.recommended_size)} examples past which a doubling buys &lt; ${threshold}${saved ? `; ${saved}` : ""}.`;
  }
  const first = curveConclusion(lc.conclusion).split("; ")[0];
  return `${escapeMarkdownInline(first, 300)}.`;
}
function curveBlock(model) {
  const lc = model.learning_curve;
  if (!lc) return null;
  const line = `**Learning curve (${escapeMarkdownInline(lc.metric, 40)}):** ${curveSentence(lc, model)}`;
  const body = renderCurveMarkdown(lc, lc.base ?? void 0, lc.comparison ?? void 0);
  const label = lc.comparison ? "Chart, points and the comparison with the base" : "Chart and points";
  const text = `${line}
<details><summary>${label}</summary>

${body}

</details>`;
  return { priority: 2, text, fallback: line };
}
function renderModelExtras(model, links) {
  return [curveBlock(model), renderChecklist(model, links)].filter((b) => b !== null);
}

// src/render/markdown.ts
var JOB_SUMMARY_LIMIT = 1024 * 1024 - 4096;
var shortSha = (sha) => sha ? `\`${sha.slice(0, 7)}\`` : "unknown";
function renderMarkdown(result, opts) {
  const blocks = [];
  blocks.push({ priority: 0, text: headline(result) });
  if (result.models.length > 1) blocks.push({ priority: 0, text: summaryTable(result.models) });
  for (const model of result.models) blocks.push(...modelBlocks(model, result.models.length > 1, opts.links));
  if (result.notes.length)
    blocks.push({ priority: 3, text: result.notes.map((n) => `> ${escapeMarkdownInline(n, 300)}`).join("\n") });
  const footer = [footerLine(result), opts.marker ?? ""].filter(Boolean).join("\n\n");
  if (opts.target === "summary") {
    const text = assemble(blocks, {
      limit: opts.limit ?? JOB_SUMMARY_LIMIT,
      truncatedNote: "Some sections were left out to fit GitHub's 1 MiB job-summary limit; the result file (the `result-json` output) has every row.",
      cutNote: "The summary was cut to fit GitHub's 1 MiB job-summary limit; the result file (the `result-json` output) has the rest.",
      footer
    });
    return text + "\n";
  }
  const where = opts.details_url ? `[the job summary](${opts.details_url})` : "the job summary";
  return assemble(blocks, {
    limit: opts.limit,
    truncatedNote: `Some sections were left out to fit GitHub's comment limit; see ${where} for the full report.`,
    footer
  });
}
function inlineWithCode(line, max = 400) {
  return clipText(line, max).split("`").map((part, i) => i % 2 === 1 && /^[\w.\-/]{1,100}$/.test(part) ? `\`${part}\`` : escapeMarkdownInline(part, max)).join("");
}
var LEGEND_URL = "https://github.com/mlgate/mlgate/blob/main/docs/comment.md#how-to-read-this";
var HEADLINE_MAX = 120;
function shortReason(reason, budget) {
  if (Array.from(reason).length <= budget) return reason;
  const tail = /\s\(\+[^()]*\)$/.exec(reason)?.[0] ?? "";
  const main = reason.slice(0, reason.length - tail.length);
  const room = budget - Array.from(tail).length - 1;
  const balanced = (t) => (t.match(/\(/g) ?? []).length === (t.match(/\)/g) ?? []).length;
  const cuts = [...main.matchAll(/[;:] | — /g)].map((m) => m.index).filter((i) => i >= room * 0.4 && i <= room && balanced(main.slice(0, i)));
  if (cuts.length) return `${main.slice(0, cuts.at(-1))}${tail}`;
  let words = main.slice(0, room).replace(/\s+\S*$/, "");
  if (!balanced(words)) words = words.slice(0, words.lastIndexOf("("));
  words = words.replace(/[\s,;:]+$/, "");
  return `${words}\u2026${tail}`;
}
function headline(result) {
  const lead = `${VERDICT_ICON[result.verdict]} mlgate: ${VERDICT_WORD[result.verdict]} \u2014 `;
  const reason = shortReason(result.reason, HEADLINE_MAX - Array.from(lead).length);
  return `### ${lead}${escapeMarkdownInline(reason, HEADLINE_MAX)}`;
}
function comparedLine(result) {
  const head = result.head.sha ? `commit ${shortSha(result.head.sha)}` : "the PR\u2019s report";
  const p = result.base.provenance;
  if (p && p.from !== "none") return `<sub>Compared ${head} with baseline: ${inlineWithCode(p.line)}.</sub>`;
  const source = {
    git: "(read from git)",
    api: "(read via the GitHub API)",
    file: "named on the command line",
    artifact: "(a recorded artifact)",
    mlflow: "(an MLflow tracking server)",
    none: ""
  }[result.base.source];
  const base = result.base.source === "none" ? "no baseline" : result.base.sha ? `the baseline at ${shortSha(result.base.sha)} ${source}` : `the baseline report ${source}`;
  return `<sub>Compared ${head} with ${base}.</sub>`;
}
function footerLine(result) {
  const parts = [
    ...result.head.sha ? [`Updated for ${shortSha(result.head.sha)}`] : [],
    ...result.base.sha ? [`base ${shortSha(result.base.sha)}`] : [],
    `[how to read this](${LEGEND_URL})`
  ];
  return `${comparedLine(result)}
<br><sub>${parts.join(" \xB7 ")}</sub>`;
}
function headlineDelta(m) {
  const gated = m.metrics.find((x) => x.delta !== null);
  return gated ? `${escapeMarkdownInline(gated.name, 40)} ${formatDelta(gated.delta, gated.fraction)}` : "\u2014";
}
function summaryTable(models) {
  const rows = models.map((m) => {
    const cost = m.cost?.delta_pct !== null && m.cost?.delta_pct !== void 0 ? formatPct(m.cost.delta_pct) : "\u2014";
    return `| ${VERDICT_ICON[m.verdict]} | ${escapeMarkdownInline(m.name, 60)} | ${headlineDelta(m)} | ${cost} | ${escapeMarkdownInline(m.reasons[0] ?? (m.baseline === "carried_forward" ? "unchanged (carried forward)" : "ok"), 120)} |`;
  });
  return ["| | Model | Headline \u0394 | Cost \u0394 | Reason |", "|---|---|---|---|---|", ...rows].join("\n");
}
function needsRow(m) {
  return m.status !== "pass" || !(m.change === "unchanged" || m.change === "within_noise");
}
function metricsBlock(model) {
  if (!model.metrics.length) return null;
  const size = {
    eval_size: model.eval.size,
    noise: model.metrics.some((m) => m.test !== null || m.min_detectable_effect !== null)
  };
  const shown = model.metrics.filter(needsRow);
  const quiet = model.metrics.filter((m) => !needsRow(m));
  const noise = noiseLine(model);
  const parts = shown.length ? [metricTable(shown, size).join("\n")] : [];
  if (quiet.length) {
    const label = `${shown.length ? "+ " : ""}${quiet.length} unchanged or within noise`;
    const inner = [metricTable(quiet, size).join("\n"), noise].filter(Boolean).join("\n\n");
    parts.push(`<details><summary>${label}</summary>

${inner}

</details>`);
  } else if (noise) parts.push(noise);
  const failing = model.metrics.filter((m) => m.status !== "pass");
  const fallback = failing.length ? metricTable(failing, size).join("\n") + `

_${model.metrics.length - failing.length} passing metrics not shown._` : "";
  return { priority: 1, text: parts.join("\n\n"), fallback };
}
function whyLines(model) {
  const inChecklist = (f) => !!model.checklist && f.rule.startsWith("checklist.");
  const lines = findingLines(model, inChecklist);
  const listed = model.findings.filter(inChecklist);
  for (const severity of ["fail", "warn"]) {
    const n = listed.filter((f) => f.severity === severity).length;
    if (n)
      lines.push(
        `- ${VERDICT_ICON[severity]} ${n} ${severity === "fail" ? "required" : "recommended"} checklist item${n === 1 ? "" : "s"} not met (see the checklist below)`
      );
  }
  return lines;
}
function modelBlocks(model, many, links) {
  const body = [];
  const metrics = metricsBlock(model);
  if (metrics) body.push(metrics);
  const lines = whyLines(model);
  if (lines.length) body.push({ priority: 0, text: lines.join("\n") });
  const cost = renderCostLine(model);
  if (cost) body.push({ priority: 2, text: cost });
  body.push(...renderModelExtras(model, links));
  body.push({ priority: 3, text: readerLine(model) });
  if (model.notes.length)
    body.push({ priority: 3, text: model.notes.map((n) => `> ${escapeMarkdownInline(n, 300)}`).join("\n") });
  if (!many) return body;
  const title = `${VERDICT_ICON[model.verdict]} ${escapeMarkdownInline(model.name, 60)}`;
  const full = body.map((b) => b.text).join("\n\n");
  const essential = [metrics?.fallback ?? "", ...body.filter((b) => b.priority === 0).map((b) => b.text)].filter(Boolean).join("\n\n");
  return [
    {
      priority: 1,
      text: wrap(title, full, model.verdict !== "pass"),
      fallback: essential ? wrap(title, essential, true) : ""
    }
  ];
}
function readerLine(model) {
  const file = model.report_path ? ` from ${escapeMarkdownInline(model.report_path, 120)}` : "";
  return `<sub>Read${file} by the ${escapeMarkdownInline(model.reader, 20)} reader.</sub>`;
}
function noiseLine(model) {
  const m = model.metrics.find((x) => x.min_detectable_effect !== null && x.fraction && x.slice === void 0);
  if (!m || model.eval.size === null) return null;
  const mde = formatDelta(m.min_detectable_effect, true).replace(/^\+/, "\xB1");
  const unpaired = model.findings.some((f) => f.rule === "eval.predictions_mismatch") || model.notes.some((n) => n.includes("predictions"));
  const how = m.test?.includes("approximate") ? `; unpaired test, approximate${unpaired ? "" : ": eval.predictions on both sides give a paired test"}` : "";
  return `<sub>With ${formatCount(model.eval.size)} evaluation examples, a real change of ${mde} in ${escapeMarkdownInline(m.name, 40)} is detected ${powerText(m.power)}; smaller ones often look like noise${how}.</sub>`;
}
function powerText(p) {
  if (!p) return "80 % of the time";
  const pct = `${Number((p.power * 100).toPrecision(3))} % of the time`;
  const sig = (x) => Number(x.toPrecision(2));
  if (p.tested <= 1) return `${pct} (\u03B1 = ${sig(p.alpha)}, tested alone)`;
  const total = Number((p.alpha * p.tested).toPrecision(3));
  return `${pct} (\u03B1 = ${total}/${p.tested} = ${sig(p.alpha)} after Holm over ${p.tested} tested metrics)`;
}
function wrap(title, text, open) {
  return `<details${open ? " open" : ""}><summary>${title}</summary>

${text}

</details>`;
}

export {
  markdownMoney,
  renderCostLine,
  VERDICT_ICON,
  changeWord,
  ruleCell,
  sideValue,
  noiseCell,
  mergedFindings,
  checklistOffLine,
  renderMarkdown
};
