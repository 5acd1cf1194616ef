import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  curveConclusion,
  renderCurveMarkdown
} from "./chunk-6HV3QSWL.js";
import {
  formatDelta,
  formatMoney,
  formatNumber,
  formatPct,
  formatValue
} from "./chunk-3U32CLSX.js";
import {
  clipText,
  escapeMarkdownInline
} from "./chunk-5MAPMZYJ.js";

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
var money = (amount2, currency) => formatMoney(amount2, escapeMarkdownInline(currency, 8));
function side(s, currency) {
  if (s.amount !== null) return money(s.amount, currency);
  const parts = [];
  if (s.cpu_hours !== null) parts.push(`${formatNumber(s.cpu_hours, 3)} CPU-h`);
  if (s.gpu_hours !== null && s.gpu_hours > 0) parts.push(`${formatNumber(s.gpu_hours, 3)} GPU-h`);
  return parts.join(" + ") || "\u2014";
}
function inferencePart(c) {
  const pair = (p, fmt) => p.base !== null && p.head !== null && p.base !== p.head ? `${fmt(p.base)} \u2192 ${fmt(p.head)}` : p.head !== null ? fmt(p.head) : null;
  const parts = [
    c.inference_ms_per_1k && pair(c.inference_ms_per_1k, (v) => `${formatNumber(v, 3)} ms`),
    c.price_per_1k_predictions && pair(c.price_per_1k_predictions, (v) => money(v, c.currency))
  ].filter((x) => !!x);
  return parts.length ? `**Inference per 1,000 predictions:** ${parts.join(" \xB7 ")}` : null;
}
function monthlyPart(c) {
  const perMonth = (p, signed) => {
    if (!p || p.head === null) return null;
    const fmt = (v) => `${signed && v >= 0 ? "+" : ""}${money(v, c.currency)}`;
    return `${p.base !== null && p.base !== p.head ? `${fmt(p.base)} \u2192 ` : ""}${fmt(p.head)} per month`;
  };
  const parts = [
    perMonth(c.serving_per_month, false) && `**Serving:** ${perMonth(c.serving_per_month, false)}`,
    perMonth(c.net_value_per_month, true) && `**Net value:** ${perMonth(c.net_value_per_month, true)}`
  ].filter((x) => !!x);
  return parts.length ? parts.join(" \xB7 ") : null;
}
function renderCostLine(model) {
  const c = model.cost;
  if (!c) return null;
  const training = trainingLine(c, model.metrics.find((m) => m.name === c.headline_metric)?.change === "within_noise");
  return [training, inferencePart(c), monthlyPart(c)].filter((x) => !!x).join("<br>");
}
function trainingLine(c, noise) {
  const parts = [`**Training cost:** ${c.base ? `${side(c.base, c.currency)} \u2192 ` : ""}${side(c.head, c.currency)}`];
  if (c.delta !== null && Math.abs(c.delta) < 5e-3) {
    parts.push("unchanged");
    return parts.join(" \xB7 ");
  }
  if (c.delta !== null)
    parts.push(
      `\u0394 ${c.delta >= 0 ? "+" : ""}${money(c.delta, c.currency)}${c.delta_pct !== null ? ` (${formatPct(c.delta_pct)})` : ""}`
    );
  const perPoint = noise && c.headline_metric ? `${escapeMarkdownInline(c.headline_metric, 40)} change within noise: no gain to price` : perPointPhrase(c);
  if (perPoint) parts.push(perPoint);
  if (c.net_value !== null) parts.push(`net value ${c.net_value >= 0 ? "+" : ""}${money(c.net_value, c.currency)}`);
  return parts.join(" \xB7 ");
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
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var VERDICT_WORD = { pass: "pass", warn: "warning", fail: "fail" };
var CHECKLIST_ICON = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  waived: "\u{1F7E6} waived",
  off: "\u2796",
  not_checked: "\u23FA\uFE0F not checked"
};

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
  const side2 = m.direction === "lower" ? "rise" : "drop";
  if (t.noise) return `${arrow} no significant ${side2}`;
  if (t.abs === 0 && t.pct === null) return `${arrow} no ${side2}`;
  const parts = [
    ...t.abs !== null ? [`${sign}${amount(m, t.abs)}`] : [],
    ...t.pct !== null ? [`${sign}${formatNumber(t.pct)} %`] : []
  ];
  return `${arrow} \u2264 ${parts.join(", ")}`;
}
function pValue(p) {
  return p < 1e-4 ? "p<0.0001" : `p=${p.toPrecision(2)}`;
}
function sideValue(m, side2, none) {
  if (m.diverged === side2 || m.diverged === "both") return "NaN (diverged)";
  const v = m[side2];
  return v === null ? none : formatValue(v, m.fraction);
}
function metricRow(m, withSignificance) {
  const cells = [
    escapeMarkdownInline(m.name, 60),
    sideValue(m, "base", "\u2014"),
    sideValue(m, "head", "\u2014"),
    m.delta === null ? "\u2014" : formatDelta(m.delta, m.fraction),
    m.delta_pct === null ? "\u2014" : formatPct(m.delta_pct)
  ];
  if (withSignificance) cells.push(significanceCell(m) || "\u2014");
  cells.push(escapeMarkdownInline(ruleCell(m), 80) || "\u2014");
  cells.push(`${VERDICT_ICON[m.status]} ${changeWord(m)}`);
  return `| ${cells.join(" | ")} |`;
}
function metricTable(metrics) {
  const withSig = metrics.some((m) => m.test !== null || m.min_detectable_effect !== null);
  const header = withSig ? ["| Metric | Base | PR | \u0394 | \u0394% | Noise | Allowed | Status |", "|---|--:|--:|--:|--:|---|---|---|"] : ["| Metric | Base | PR | \u0394 | \u0394% | Allowed | Status |", "|---|--:|--:|--:|--:|---|---|"];
  return [...header, ...metrics.map((m) => metricRow(m, withSig))];
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
function headline(items) {
  const count = (s) => items.filter((i) => i.status === s).length;
  const parts = [
    `${count("pass")} \u2705`,
    count("warn") && `${count("warn")} \u26A0\uFE0F`,
    count("fail") && `${count("fail")} \u274C`,
    count("waived") && `${count("waived")} waived`,
    count("not_checked") && `${count("not_checked")} not checked`
  ].filter(Boolean);
  return `#### Lifecycle checklist: ${parts.join(" \xB7 ")}`;
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
  const text = [headline(items), table(shown), waivers, offLine].filter(Boolean).join("\n\n");
  const open = shown.filter((i) => i.status !== "pass" && i.status !== "not_checked");
  const fallback = [headline(items), open.length ? table(open) : "", waivers].filter(Boolean).join("\n\n");
  return { priority: 2, text, fallback };
}

// src/render/model-extras.ts
function curveBlock(model) {
  const lc = model.learning_curve;
  if (!lc) return null;
  const text = `#### Data size vs ${escapeMarkdownInline(lc.metric, 40)}

${renderCurveMarkdown(lc, lc.base ?? void 0, lc.comparison ?? void 0)}`;
  return {
    priority: 2,
    text,
    fallback: `**Learning curve:** ${escapeMarkdownInline(curveConclusion(lc.conclusion), 400)}`
  };
}
function renderModelExtras(model, links) {
  return [curveBlock(model), renderChecklist(model, links)].filter((b) => b !== null);
}

// src/render/markdown.ts
var JOB_SUMMARY_LIMIT = 1024 * 1024 - 4096;
var shortSha = (sha) => sha ? `\`${sha.slice(0, 7)}\`` : "unknown";
function renderMarkdown(result, opts) {
  const blocks = [];
  blocks.push({ priority: 0, text: headline2(result) });
  if (result.models.length > 1) blocks.push({ priority: 0, text: summaryTable(result.models) });
  for (const model of result.models) blocks.push(...modelBlocks(model, result.models.length > 1, opts.links));
  if (result.notes.length)
    blocks.push({ priority: 3, text: result.notes.map((n) => `> ${escapeMarkdownInline(n, 300)}`).join("\n") });
  const footer = opts.marker ?? "";
  if (opts.target === "summary") {
    const text = assemble(blocks, {
      limit: opts.limit ?? JOB_SUMMARY_LIMIT,
      truncatedNote: "Some sections were left out to fit GitHub's 1 MiB job-summary limit; the result file (the `result-json` output) has every row.",
      cutNote: "The summary was cut to fit GitHub's 1 MiB job-summary limit; the result file (the `result-json` output) has the rest."
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
function headline2(result) {
  const title = `### ${VERDICT_ICON[result.verdict]} mlgate: ${VERDICT_WORD[result.verdict]} \u2014 ${escapeMarkdownInline(result.reason, 240)}`;
  const head = result.head.sha ? `commit ${shortSha(result.head.sha)}` : "the PR\u2019s report";
  const p = result.base.provenance;
  if (p && p.from !== "none") return `${title}
<sub>Compared ${head} with baseline: ${inlineWithCode(p.line)}.</sub>`;
  const source = {
    git: "(read from git)",
    api: "(read via the GitHub API)",
    file: "named on the command line",
    artifact: "(a recorded artifact)",
    none: ""
  }[result.base.source];
  const base = result.base.source === "none" ? "no baseline" : result.base.sha ? `the baseline at ${shortSha(result.base.sha)} ${source}` : `the baseline report ${source}`;
  return `${title}
<sub>Compared ${head} with ${base}.</sub>`;
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
function modelBlocks(model, many, links) {
  const body = [];
  const quiet = model.metrics.filter(
    (m) => m.slice !== void 0 && m.status === "pass" && (m.change === "unchanged" || m.change === "within_noise")
  );
  const shown = model.metrics.filter((m) => !quiet.includes(m));
  const table2 = metricTable(shown).join("\n") + (quiet.length ? `

_${quiet.length} slice metric${quiet.length === 1 ? "" : "s"} unchanged or within noise, not shown._` : "");
  const failing = model.metrics.filter((m) => m.status !== "pass");
  const failingTable = failing.length ? metricTable(failing).join("\n") + `

_${model.metrics.length - failing.length} passing metrics not shown._` : "";
  if (model.metrics.length) body.push({ priority: 1, text: table2, fallback: failingTable });
  const data = model.findings.find((f) => f.rule === "data.changed");
  if (data)
    body.push({ priority: 0, text: `${VERDICT_ICON[data.severity]} ${escapeMarkdownInline(data.message, 300)}` });
  const noise = noiseLine(model);
  if (noise) body.push({ priority: 2, text: noise });
  const cost = renderCostLine(model);
  if (cost) body.push({ priority: 2, text: cost });
  const why = model.findings.filter((f) => f !== data && !(model.checklist && f.rule.startsWith("checklist.")));
  const lines = why.map((f) => `- ${VERDICT_ICON[f.severity]} ${escapeMarkdownInline(f.message, 300)}`);
  const listed = model.findings.filter((f) => f !== data && !why.includes(f));
  for (const severity of ["fail", "warn"]) {
    const n = listed.filter((f) => f.severity === severity).length;
    if (n)
      lines.push(
        `- ${VERDICT_ICON[severity]} ${n} ${severity === "fail" ? "required" : "recommended"} checklist item${n === 1 ? "" : "s"} not met (see the checklist below)`
      );
  }
  if (lines.length) {
    body.push({ priority: 0, text: lines.join("\n") });
  }
  body.push(...renderModelExtras(model, links));
  body.push({ priority: 3, text: readerLine(model) });
  if (model.notes.length)
    body.push({ priority: 3, text: model.notes.map((n) => `> ${escapeMarkdownInline(n, 300)}`).join("\n") });
  if (!many) return body;
  const title = `${VERDICT_ICON[model.verdict]} ${escapeMarkdownInline(model.name, 60)}`;
  const full = body.map((b) => b.text).join("\n\n");
  const essential = [failingTable, ...body.filter((b) => b.priority === 0).map((b) => b.text)].filter(Boolean).join("\n\n");
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
  return `<sub>With ${model.eval.size.toLocaleString("en-US")} evaluation examples, a real change of ${mde} in ${escapeMarkdownInline(m.name, 40)} is detected ${powerText(m.power)}; smaller ones often look like noise${how}.</sub>`;
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
  renderCostLine,
  VERDICT_ICON,
  changeWord,
  significanceCell,
  ruleCell,
  sideValue,
  checklistOffLine,
  renderMarkdown
};
