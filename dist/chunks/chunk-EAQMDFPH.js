import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  markdownMoney
} from "./chunk-7NYZELPS.js";
import {
  costSide
} from "./chunk-TNIQRK4K.js";
import {
  gatherSides
} from "./chunk-6C6Y4PAF.js";
import {
  monthlyPnl
} from "./chunk-FFP66OKL.js";
import {
  expiryOf,
  formatValue,
  parseIsoDay,
  resolveMetric
} from "./chunk-IP6FT2WD.js";
import {
  workspaceSource
} from "./chunk-DFHFXWES.js";
import {
  escapeMarkdownInline
} from "./chunk-4ITU3WLR.js";

// src/audit/inventory.ts
var INVENTORY_STATUSES = ["ok", "expiring", "expired", "no_report", "no_expiry"];
var handle = (h) => h ? h.replace(/^@/, "") : null;
function statusOf(report, config, now) {
  const expires = report.lifecycle?.retraining?.expires;
  const day = expires ? parseIsoDay(expires) : null;
  if (day === null) return { status: "no_expiry", days: null };
  const e2 = expiryOf(day, now, config.checklist.expiry_warning_days);
  if (e2.kind === "expired") return { status: "expired", days: e2.days_ago };
  return { status: e2.kind === "expiring" ? "expiring" : "ok", days: e2.days_left };
}
function headlineOf(report, config) {
  const names = Object.keys(report.metrics);
  const name = [config.cost.headline_metric, report.learning_curve?.metric, names[0]].find(
    (n) => !!n && Object.hasOwn(report.metrics, n)
  );
  if (!name) return null;
  const value = report.metrics[name];
  return { name, value, fraction: resolveMetric(name).kind?.scale === "fraction" && value >= 0 && value <= 1 };
}
function inventoryRow(m, config, now) {
  const r = m.report;
  const empty = { trained_at: null, expires: null, headline: null, training_cost: null, net_value_per_month: null };
  if (!r)
    return {
      model: m.name,
      report_path: m.report_path,
      owners: [],
      ...empty,
      status: "no_report",
      days: null,
      currency: config.cost.currency,
      losing_money: false
    };
  const pnl = monthlyPnl(r, config);
  const life = r.lifecycle;
  return {
    model: m.name,
    report_path: m.report_path,
    owners: [handle(life?.owner), handle(life?.backup_owner)].filter((h) => !!h),
    trained_at: life?.retraining?.trained_at ?? null,
    expires: life?.retraining?.expires ?? null,
    ...statusOf(r, config, now),
    headline: headlineOf(r, config),
    training_cost: costSide(r.cost, config.cost.prices)?.amount ?? null,
    net_value_per_month: pnl?.net ?? null,
    currency: pnl?.currency ?? config.cost.currency,
    losing_money: pnl?.net !== null && pnl?.net !== void 0 && pnl.net <= 0
  };
}
function buildInventory(models, config, now) {
  const rank = (r) => r.status === "expired" ? 0 : r.status === "expiring" ? 1 : r.status === "no_report" ? 2 : r.losing_money ? 3 : 4;
  return models.map((m) => inventoryRow(m, config, now)).sort((a, b) => rank(a) - rank(b) || (a.days ?? 0) - (b.days ?? 0) || a.model.localeCompare(b.model));
}
function needsAttention(row2) {
  return row2.status === "expired" || row2.status === "expiring" || row2.status === "no_report" || row2.losing_money;
}
function stateOf(rows) {
  const out = {};
  for (const r of rows) out[r.model] = r.status;
  return out;
}
function entering(rows, previous) {
  return rows.filter(
    (r) => (r.status === "expiring" || r.status === "expired") && (previous === null || !Object.hasOwn(previous, r.model) || previous[r.model] !== r.status)
  );
}
function vanished(models, previous) {
  if (!previous) return [];
  const known = new Set(models.map((m) => m.name));
  return Object.keys(previous).filter((name) => !known.has(name) && previous[name] !== "no_report").map((name) => ({ name, report_path: null, report: null }));
}

// src/adapters/inventory-source.ts
var workspaceInventory = async ({ workspace, config, patterns }) => {
  const found = await gatherSides({ head: workspaceSource(workspace), base: null, config }, patterns);
  return {
    models: found.map((m) => ({ name: m.name, report_path: m.head_path, report: m.head?.report ?? null })),
    label: "the reports in the checkout"
  };
};

// src/render/inventory.ts
var INVENTORY_TITLE = "mlgate: model inventory";
var e = (s, max = 80) => escapeMarkdownInline(s, max);
var plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
function statusCell(r) {
  switch (r.status) {
    case "expired":
      return `\u274C expired ${plural(r.days ?? 0, "day")} ago (zombie)`;
    case "expiring":
      return r.days === 0 ? "\u26A0\uFE0F expires today" : `\u26A0\uFE0F expiring in ${plural(r.days ?? 0, "day")}`;
    case "no_report":
      return "\u274C no report";
    case "no_expiry":
      return "\u23FA\uFE0F no expiry date";
    default:
      return `\u2705 ok (${plural(r.days ?? 0, "day")} left)`;
  }
}
function row(r) {
  const owners = r.owners.length ? r.owners.map((o) => e(`@${o}`, 41)).join(", ") : "\u2014";
  const headline = r.headline ? `${e(r.headline.name, 40)} ${formatValue(r.headline.value, r.headline.fraction)}` : "\u2014";
  const money = (v) => v === null ? "\u2014" : markdownMoney(v, r.currency);
  const net = r.net_value_per_month === null ? "\u2014" : `${r.losing_money ? "\u274C " : ""}${r.net_value_per_month >= 0 ? "+" : ""}${money(r.net_value_per_month)}`;
  const cells = [
    e(r.model, 60),
    owners,
    r.trained_at ?? "\u2014",
    r.expires ?? "\u2014",
    statusCell(r),
    headline,
    money(r.training_cost),
    net
  ];
  return `| ${cells.join(" | ")} |`;
}
function counts(rows) {
  const n = (f) => rows.filter(f).length;
  const parts = [
    n((r) => r.status === "expired") && `${n((r) => r.status === "expired")} expired`,
    n((r) => r.status === "expiring") && `${n((r) => r.status === "expiring")} expiring`,
    n((r) => r.status === "no_report") && `${n((r) => r.status === "no_report")} without a report`,
    n((r) => r.losing_money) && `${n((r) => r.losing_money)} losing money`
  ].filter(Boolean);
  return parts.length ? parts.join(" \xB7 ") : "nothing needs attention";
}
function renderInventory(rows, opts) {
  const attention = rows.filter(needsAttention).length;
  const head = `### ${attention ? "\u26A0\uFE0F" : "\u2705"} ${INVENTORY_TITLE}: ${plural(rows.length, "model")} \u2014 ${counts(rows)}`;
  const when = `<sub>Updated ${opts.now.toISOString().slice(0, 10)} (UTC) from ${e(opts.source, 120)}. Owners are mentioned once, when their model starts to expire or expires; this issue closes when nothing needs attention.</sub>`;
  if (!rows.length) return [head, when, "_No model report was found._"].join("\n\n");
  const table = [
    "| Model | Owners | Trained | Expires | Status | Headline | Training cost | Net value / month |",
    "|---|---|---|---|---|---|--:|--:|",
    ...rows.map(row)
  ].join("\n");
  return [head, when, table].join("\n\n");
}
var HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
function renderMentions(rows) {
  if (!rows.length) return null;
  const lines = rows.map((r) => {
    const who = r.owners.filter((o) => HANDLE.test(o)).map((o) => `@${o}`);
    const what = r.status === "expired" ? `**${e(r.model, 60)}** expired on ${r.expires} (a zombie model): retrain it and move its expiry forward, or retire it` : `**${e(r.model, 60)}** expires on ${r.expires}: plan its retraining`;
    return `- ${who.length ? `${who.join(" ")}: ` : ""}${what}`;
  });
  return lines.join("\n");
}

export {
  INVENTORY_STATUSES,
  buildInventory,
  needsAttention,
  stateOf,
  entering,
  vanished,
  workspaceInventory,
  INVENTORY_TITLE,
  renderInventory,
  renderMentions
};
