import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  renderJson
} from "./chunk-QBHVCAI7.js";
import {
  changeWord,
  checklistOffLine,
  mergedFindings,
  noiseCell,
  renderCostLine,
  renderMarkdown,
  ruleCell,
  sideValue
} from "./chunk-7NYZELPS.js";
import {
  curveConclusion
} from "./chunk-SGL4OOBV.js";
import {
  formatDelta,
  formatPct
} from "./chunk-IP6FT2WD.js";
import {
  escapeLog
} from "./chunk-4ITU3WLR.js";

// src/render/text.ts
var WORD = { pass: "PASS", warn: "WARN", fail: "FAIL" };
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => Array.from(r[c] ?? "").length)));
  return rows.map(
    (r) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd()
  ).join("\n");
}
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"' };
function plainCostLine(md) {
  const text = md.replace(/\*\*/g, "").replace(/@&#8203;/g, "@").replace(
    /&(#\d+|amp|lt|gt|quot);/g,
    (_, e) => e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : NAMED[e]
  );
  return escapeLog(text, 500);
}
function baselineWords(result) {
  const p = result.base.provenance;
  if (p && p.from !== "none") return escapeLog(p.line, 300);
  return result.base.sha ? result.base.sha.slice(0, 7) : result.base.source === "none" ? "none" : "file";
}
function renderText(result) {
  const out = [`mlgate: ${WORD[result.verdict]} \u2014 ${escapeLog(result.reason, 300)}`];
  out.push(`baseline: ${baselineWords(result)}`);
  for (const m of result.models) {
    out.push(
      "",
      `model ${escapeLog(m.name, 80)}: ${WORD[m.verdict]}${m.baseline === "missing" ? " (no baseline)" : ""}`
    );
    const rows = [["metric", "base", "PR", "delta", "delta%", "noise", "allowed", "status"]];
    for (const x of m.metrics) {
      rows.push([
        escapeLog(x.name, 40),
        sideValue(x, "base", "-"),
        sideValue(x, "head", "-"),
        x.delta === null ? "-" : formatDelta(x.delta, x.fraction),
        x.delta_pct === null ? "-" : formatPct(x.delta_pct),
        noiseCell(x, m.eval.size, "-"),
        escapeLog(ruleCell(x), 80) || "-",
        `${WORD[x.status]} ${changeWord(x)}`
      ]);
    }
    if (m.metrics.length) out.push(table(rows));
    const cost = renderCostLine(m);
    if (cost) out.push(plainCostLine(cost));
    for (const f of mergedFindings(m)) out.push(`  ${f.severity === "fail" ? "x" : "!"} ${escapeLog(f.message, 400)}`);
    if (m.learning_curve) out.push(`learning curve: ${escapeLog(curveConclusion(m.learning_curve.conclusion), 400)}`);
    if (m.learning_curve?.comparison)
      out.push(`learning curve against the base: ${escapeLog(m.learning_curve.comparison.conclusion, 400)}`);
    out.push(...checklistLines(m));
    for (const n of m.notes) out.push(`  note: ${escapeLog(n, 300)}`);
  }
  for (const n of result.notes) out.push(`note: ${escapeLog(n, 300)}`);
  return out.join("\n") + "\n";
}
var MARKS = {
  pass: "ok",
  fail: "FAIL",
  warn: "warn",
  waived: "waived",
  off: "off",
  not_checked: "not checked"
};
function checklistLines(m) {
  if (!m.checklist) return m.checklist_off ? [escapeLog(checklistOffLine(m.checklist_off, false), 300)] : [];
  return [
    "checklist:",
    ...m.checklist.map(
      (item) => `  ${MARKS[item.status].padEnd(11)} ${escapeLog(item.title, 60)}${item.evidence ? `: ${escapeLog(item.evidence, 160)}` : ""}`
    )
  ];
}

// src/render/any.ts
function renderAs(result, format) {
  if (format === "json") return renderJson(result);
  if (format === "text") return renderText(result);
  return renderMarkdown(result, { target: "comment" }) + "\n";
}
async function renderFor(result, format, html = {}) {
  if (format !== "html") return renderAs(result, format);
  const { renderHtml } = await import("./html-IK6LQB2R.js");
  return renderHtml(renderMarkdown(result, { target: "comment" }), html);
}

export {
  renderAs,
  renderFor
};
