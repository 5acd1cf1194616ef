import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  curveConclusion,
  formatDelta,
  formatMoney,
  formatNumber,
  formatPct,
  formatValue,
  renderCurveMarkdown
} from "./chunk-XOLMSJV3.js";
import {
  escapeMarkdownInline
} from "./chunk-VFNVTEDH.js";

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
  let out = join(texts);
  if (utf8Length(out) <= limit) return out;
  const order = blocks.map((b, i) => ({ b, i })).sort((x, y) => y.b.priority - x.b.priority || y.i - x.i);
  const note = `> ${opts.truncatedNote}`;
  const fits = () => utf8Length(out = join([...texts, note])) <= limit;
  for (const { b, i } of order) {
    if (b.priority === 0) break;
    texts[i] = b.fallback ?? "";
    if (fits()) return out;
  }
  for (const { b, i } of order) {
    if (b.priority <= 1) break;
    if (texts[i] === "") continue;
    texts[i] = "";
    if (fits()) return out;
  }
  const body = [...texts, note].filter((p) => p !== "").join("\n\n");
  return hardCut(body, limit - (footer ? utf8Length(footer) + 2 : 0)) + (footer ? `

${footer}` : "");
}
var CUT_NOTE = "\n\n> The comment was cut to fit GitHub's size limit; see the job summary for the rest.";
function hardCut(s, limit) {
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
    if (size + n + utf8Length(closingFor(f, o) + CUT_NOTE) > limit) break;
    kept.push(line);
    size += n;
    fences = f;
    opened = o;
  }
  return `${kept.join("\n")}${closingFor(fences, opened)}${CUT_NOTE}`;
}

// src/render/cost-line.ts
var money = (amount, currency) => formatMoney(amount, escapeMarkdownInline(currency, 8));
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
function renderCostLine(model) {
  const c = model.cost;
  if (!c) return null;
  const inference = inferencePart(c);
  const training = trainingLine(c, model.metrics.find((m) => m.name === c.headline_metric)?.change === "within_noise");
  return inference ? `${training}<br>${inference}` : training;
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
  removed: "removed"
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
function pValue(p) {
  return p < 1e-4 ? "p<0.0001" : `p=${p.toPrecision(2)}`;
}
function metricRow(m, withSignificance) {
  const cells = [
    escapeMarkdownInline(m.name, 60),
    m.base === null ? "\u2014" : formatValue(m.base, m.fraction),
    m.head === null ? "\u2014" : formatValue(m.head, m.fraction),
    m.delta === null ? "\u2014" : formatDelta(m.delta, m.fraction),
    m.delta_pct === null ? "\u2014" : formatPct(m.delta_pct)
  ];
  if (withSignificance) cells.push(significanceCell(m) || "\u2014");
  cells.push(`${VERDICT_ICON[m.status]} ${changeWord(m)}`);
  return `| ${cells.join(" | ")} |`;
}
function metricTable(metrics) {
  const withSig = metrics.some((m) => m.test !== null || m.min_detectable_effect !== null);
  const header = withSig ? ["| Metric | Base | PR | \u0394 | \u0394% | Noise | Status |", "|---|--:|--:|--:|--:|---|---|"] : ["| Metric | Base | PR | \u0394 | \u0394% | Status |", "|---|--:|--:|--:|--:|---|"];
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
function safeUrl(url) {
  return url && /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~/%#-]*$/.test(url) && url.length < 300 ? url : null;
}
function waiverLines(items) {
  const waived = items.filter((i) => i.status === "waived" && i.waiver);
  if (!waived.length) return "";
  const lines = waived.map((i) => {
    const w = i.waiver;
    const url = safeUrl(w.comment_url);
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
function renderChecklist(model) {
  const items = model.checklist;
  if (!items || items.length === 0) return null;
  const shown = items.filter((i) => i.status !== "off");
  const off = items.filter((i) => i.status === "off").map((i) => e(i.id, 41));
  const waivers = waiverLines(items);
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
function renderModelExtras(model) {
  return [curveBlock(model), renderChecklist(model)].filter((b) => b !== null);
}

// src/render/markdown.ts
var shortSha = (sha) => sha ? `\`${sha.slice(0, 7)}\`` : "unknown";
function renderMarkdown(result, opts) {
  const blocks = [];
  blocks.push({ priority: 0, text: headline2(result) });
  if (result.models.length > 1) blocks.push({ priority: 0, text: summaryTable(result.models) });
  for (const model of result.models) blocks.push(...modelBlocks(model, result.models.length > 1));
  if (result.notes.length)
    blocks.push({ priority: 3, text: result.notes.map((n) => `> ${escapeMarkdownInline(n, 300)}`).join("\n") });
  const footer = opts.marker ?? "";
  if (opts.target === "summary") return blocks.map((b) => b.text).join("\n\n") + "\n";
  const where = opts.details_url ? `[the job summary](${opts.details_url})` : "the job summary";
  return assemble(blocks, {
    limit: opts.limit,
    truncatedNote: `Some sections were left out to fit GitHub's comment limit; see ${where} for the full report.`,
    footer
  });
}
function headline2(result) {
  const title = `### ${VERDICT_ICON[result.verdict]} mlgate: ${VERDICT_WORD[result.verdict]} \u2014 ${escapeMarkdownInline(result.reason, 240)}`;
  const source = {
    git: "(read from git)",
    api: "(read via the GitHub API)",
    file: "named on the command line",
    none: ""
  }[result.base.source];
  const head = result.head.sha ? `commit ${shortSha(result.head.sha)}` : "the PR\u2019s report";
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
function modelBlocks(model, many) {
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
  const noise = noiseLine(model);
  if (noise) body.push({ priority: 2, text: noise });
  const cost = renderCostLine(model);
  if (cost) body.push({ priority: 2, text: cost });
  const why = model.findings.filter((f) => !(model.checklist && f.rule.startsWith("checklist.")));
  const lines = why.map((f) => `- ${VERDICT_ICON[f.severity]} ${escapeMarkdownInline(f.message, 300)}`);
  const listed = model.findings.filter((f) => !why.includes(f));
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
  body.push(...renderModelExtras(model));
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
function noiseLine(model) {
  const m = model.metrics.find((x) => x.min_detectable_effect !== null && x.fraction && x.slice === void 0);
  if (!m || model.eval.size === null) return null;
  const mde = formatDelta(m.min_detectable_effect, true).replace(/^\+/, "\xB1");
  const unpaired = model.findings.some((f) => f.rule === "eval.predictions_mismatch") || model.notes.some((n) => n.includes("predictions"));
  const how = m.test?.includes("approximate") ? `; unpaired test, approximate${unpaired ? "" : ": eval.predictions on both sides give a paired test"}` : "";
  return `<sub>With ${model.eval.size.toLocaleString("en-US")} evaluation examples, a real change of ${mde} in ${escapeMarkdownInline(m.name, 40)} is detected 80 % of the time; smaller ones often look like noise${how}.</sub>`;
}
function wrap(title, text, open) {
  return `<details${open ? " open" : ""}><summary>${title}</summary>

${text}

</details>`;
}

// src/kernel/glob.ts
function globToRegExp(glob) {
  let re = "";
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        if (glob[i + 2] === "/") {
          re += "(?:[^/]+/)*";
          i += 3;
        } else {
          re += ".*";
          i += 2;
        }
        continue;
      }
      re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
    i++;
  }
  return new RegExp(`^${re}$`);
}
function isGlob(pattern) {
  return /[*?{]/.test(pattern);
}
function matchesAny(path, globs) {
  return globs.some((g) => globToRegExp(g).test(path));
}
function globBase(glob) {
  const parts = glob.split("/");
  const fixed = [];
  for (const p of parts.slice(0, -1)) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.join("/");
}

export {
  renderCostLine,
  VERDICT_ICON,
  changeWord,
  significanceCell,
  renderMarkdown,
  globToRegExp,
  isGlob,
  matchesAny,
  globBase
};
