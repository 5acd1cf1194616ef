import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  monthlyPnl,
  servingPerMonth
} from "./chunk-FFP66OKL.js";
import {
  formatMoney,
  formatNumber,
  formatPct
} from "./chunk-IP6FT2WD.js";

// src/cost/cost.ts
function costSide(cost, prices) {
  if (!cost) return null;
  const cpu = cost.train_cpu_hours ?? null;
  const gpu = cost.train_gpu_hours ?? null;
  const amount = cost.train_usd ?? (cpu === null && gpu === null ? null : (cpu ?? 0) * prices.cpu_hour + (gpu ?? 0) * prices.gpu_hour);
  if (cpu === null && gpu === null && amount === null) return null;
  return { cpu_hours: cpu, gpu_hours: gpu, amount };
}
function pointsGained(m) {
  if (m.delta === null || m.direction === "none") return null;
  const better = m.direction === "higher" ? m.delta : -m.delta;
  return m.fraction ? better * 100 : better;
}
function headlineMetric(report, config, metrics) {
  const name = config.cost.headline_metric ?? report.learning_curve?.metric ?? Object.keys(report.metrics)[0];
  return metrics.find((m) => m.name === name) ?? null;
}
var hasHours = (c) => c?.train_cpu_hours !== void 0 || c?.train_gpu_hours !== void 0;
function pricedSides(head, base, prices) {
  const mixed = !!base?.cost && head.cost?.train_usd === void 0 !== (base.cost.train_usd === void 0);
  const oneSided = mixed && hasHours(head.cost) && hasHours(base?.cost);
  const hours = (c) => {
    if (!c || !oneSided) return c;
    const { train_usd: _bill, ...rest } = c;
    return rest;
  };
  const h = costSide(hours(head.cost), prices);
  if (!h) return null;
  const b = base ? costSide(hours(base.cost), prices) : null;
  const billed = head.cost?.train_usd !== void 0 ? "the PR\u2019s" : "the base\u2019s";
  if (!mixed || b === null || b.amount === null || h.amount === null) return { h, b, notes: [] };
  const note = oneSided ? `only ${billed} report gives cost.train_usd: both sides are priced from their compute hours with the price table, so the change compares like with like` : `only ${billed} report gives cost.train_usd and the other has no hours to price alike: the cost change compares a bill with a price-table estimate`;
  return { h, b, notes: [note] };
}
var pair = (base, head) => (base ?? null) === null && (head ?? null) === null ? null : { base: base ?? null, head: head ?? null };
function serving(head, base, config) {
  return {
    inference_ms_per_1k: pair(base?.cost?.inference_ms_per_1k, head.cost?.inference_ms_per_1k),
    price_per_1k_predictions: pair(base?.cost?.price_per_1k_predictions, head.cost?.price_per_1k_predictions),
    serving_per_month: pair(servingPerMonth(base, config), servingPerMonth(head, config)),
    net_value_per_month: pair(monthlyPnl(base, config)?.net, monthlyPnl(head, config)?.net)
  };
}
function gateCost(head, base, metrics, config, location) {
  const sides = head ? pricedSides(head, base, config.cost.prices) : null;
  if (!head || !sides) return { result: null, findings: [], notes: [] };
  const { h, b } = sides;
  const delta = b && b.amount !== null && h.amount !== null ? h.amount - b.amount : null;
  const delta_pct = delta !== null && b?.amount ? delta / b.amount * 100 : null;
  const headline = headlineMetric(head, config, metrics);
  const points = headline ? headline.change === "within_noise" ? 0 : pointsGained(headline) : null;
  const per_point = delta !== null && points !== null && Math.abs(points) > 1e-9 ? delta / points : null;
  const net_value = config.cost.value_per_point !== void 0 && delta !== null && points !== null ? config.cost.value_per_point * points - delta : null;
  const result = {
    currency: config.cost.currency,
    base: b,
    head: h,
    delta,
    delta_pct,
    per_point,
    headline_metric: headline?.name ?? null,
    net_value,
    ...serving(head, base, config)
  };
  const out = findingAdder(config.cost.severity, location);
  trainingFindings(result, headline, points, config, out.add);
  inferenceFinding(head, base, config, out.add);
  return { result, findings: out.findings, notes: sides.notes };
}
function findingAdder(severity, location) {
  const findings = [];
  return {
    findings,
    add: (rule, message) => findings.push({ rule, severity, message, ...location ? { location } : {} })
  };
}
function trainingFindings(r, headline, points, config, add) {
  const { currency } = config.cost;
  const limitPct = config.cost.max_cost_increase_pct;
  if (limitPct !== void 0 && r.delta_pct !== null && r.delta_pct > limitPct) {
    add(
      "cost.max_cost_increase_pct",
      `training cost rose ${formatPct(r.delta_pct)} (${formatMoney(r.base.amount, currency)} \u2192 ${formatMoney(r.head.amount, currency)}); allowed ${limitPct}%`
    );
  } else if (limitPct !== void 0 && r.base?.amount === 0 && r.head.amount !== null && r.head.amount > 0) {
    add(
      "cost.max_cost_increase_pct",
      `training cost rose from ${formatMoney(0, currency)} to ${formatMoney(r.head.amount, currency)}, an unbounded increase; allowed ${limitPct}%`
    );
  }
  const limitPerPoint = config.cost.max_cost_per_point;
  if (limitPerPoint === void 0 || r.delta === null || r.delta <= 0 || !headline) return;
  if (points === null || points <= 1e-9) {
    add(
      "cost.max_cost_per_point",
      `training cost rose ${formatMoney(r.delta, currency)} with no gain in ${headline.name}${headline.change === "within_noise" ? " beyond noise" : ""}`
    );
  } else if (r.per_point > limitPerPoint) {
    add(
      "cost.max_cost_per_point",
      `${formatMoney(r.per_point, currency)} per point of ${headline.name} gained; allowed ${formatMoney(limitPerPoint, currency)}`
    );
  }
}
function inferenceFinding(head, base, config, add) {
  const limit = config.cost.max_inference_increase_pct;
  if (limit === void 0 || !base?.cost || !head.cost) return;
  const price = [base.cost.price_per_1k_predictions, head.cost.price_per_1k_predictions];
  const ms = [base.cost.inference_ms_per_1k, head.cost.inference_ms_per_1k];
  const usePrice = price[0] !== void 0 && price[1] !== void 0;
  const [b, h] = usePrice ? price : ms;
  if (b === void 0 || h === void 0 || h <= b) return;
  const fmt = (v) => usePrice ? formatMoney(v, config.cost.currency) : `${formatNumber(v, 3)} ms`;
  const what = usePrice ? "inference price per 1,000 predictions" : "inference time per 1,000 predictions";
  if (b === 0) {
    add(
      "cost.max_inference_increase_pct",
      `${what} rose from ${fmt(0)} to ${fmt(h)}, an unbounded increase; allowed ${limit}%`
    );
    return;
  }
  const pct = (h - b) / b * 100;
  if (pct > limit)
    add("cost.max_inference_increase_pct", `${what} rose ${formatPct(pct)} (${fmt(b)} \u2192 ${fmt(h)}); allowed ${limit}%`);
}

export {
  costSide,
  gateCost
};
