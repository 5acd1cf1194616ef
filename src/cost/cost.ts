/**
 * The P&L of a model change: training compute turned into money with the team's price table, base → PR, the
 * cost per point of the headline metric gained, the net value when a point has a price, and serving: the price
 * per 1,000 predictions, the serving cost and the net value per month (pnl.ts). Pure.
 */
import type { Config, Severity } from '../kernel/config-types.js';
import type { CostBlock, Report } from '../kernel/report-types.js';
import type { CostResult, CostSide, Finding, Location, MetricResult } from '../kernel/result-types.js';
import { formatMoney, formatNumber, formatPct } from '../kernel/format.js';
import { monthlyPnl, servingPerMonth } from './pnl.js';

export function costSide(cost: CostBlock | undefined, prices: Config['cost']['prices']): CostSide | null {
  if (!cost) return null;
  const cpu = cost.train_cpu_hours ?? null;
  const gpu = cost.train_gpu_hours ?? null;
  // A job that knows what it spent says so; otherwise compute × the price table.
  const amount =
    cost.train_usd ??
    (cpu === null && gpu === null ? null : (cpu ?? 0) * prices.cpu_hour + (gpu ?? 0) * prices.gpu_hour);
  if (cpu === null && gpu === null && amount === null) return null;
  return { cpu_hours: cpu, gpu_hours: gpu, amount };
}

/** Points of a metric change: percentage points for fractions, the metric's own units otherwise; positive = better. */
export function pointsGained(m: MetricResult): number | null {
  if (m.delta === null || m.direction === 'none') return null;
  const better = m.direction === 'higher' ? m.delta : -m.delta;
  return m.fraction ? better * 100 : better;
}

export function headlineMetric(report: Report, config: Config, metrics: MetricResult[]): MetricResult | null {
  const name = config.cost.headline_metric ?? report.learning_curve?.metric ?? Object.keys(report.metrics)[0];
  return metrics.find((m) => m.name === name) ?? null;
}

interface Sides {
  h: CostSide;
  b: CostSide | null;
  notes: string[];
}

const hasHours = (c: CostBlock | undefined) => c?.train_cpu_hours !== undefined || c?.train_gpu_hours !== undefined;

/**
 * Both sides priced alike. train_usd on one side only would compare a bill with a price-table estimate: price both
 * sides' hours instead, when both give hours; otherwise keep the bill and say that the two are not alike.
 */
function pricedSides(head: Report, base: Report | null, prices: Config['cost']['prices']): Sides | null {
  const mixed = !!base?.cost && (head.cost?.train_usd === undefined) !== (base.cost.train_usd === undefined);
  const oneSided = mixed && hasHours(head.cost) && hasHours(base?.cost);
  const hours = (c: CostBlock | undefined): CostBlock | undefined => {
    if (!c || !oneSided) return c;
    const { train_usd: _bill, ...rest } = c;
    return rest;
  };
  const h = costSide(hours(head.cost), prices);
  if (!h) return null;
  const b = base ? costSide(hours(base.cost), prices) : null;
  const billed = head.cost?.train_usd !== undefined ? 'the PR’s' : 'the base’s';
  if (!mixed || b === null || b.amount === null || h.amount === null) return { h, b, notes: [] };
  const note = oneSided
    ? `only ${billed} report gives cost.train_usd: both sides are priced from their compute hours with the price table, so the change compares like with like`
    : `only ${billed} report gives cost.train_usd and the other has no hours to price alike: the cost change compares a bill with a price-table estimate`;
  return { h, b, notes: [note] };
}

const pair = <T>(base: T | null | undefined, head: T | null | undefined) =>
  (base ?? null) === null && (head ?? null) === null ? null : { base: base ?? null, head: head ?? null };

function serving(head: Report, base: Report | null, config: Config) {
  return {
    inference_ms_per_1k: pair(base?.cost?.inference_ms_per_1k, head.cost?.inference_ms_per_1k),
    price_per_1k_predictions: pair(base?.cost?.price_per_1k_predictions, head.cost?.price_per_1k_predictions),
    serving_per_month: pair(servingPerMonth(base, config), servingPerMonth(head, config)),
    net_value_per_month: pair(monthlyPnl(base, config)?.net, monthlyPnl(head, config)?.net),
  };
}

export function gateCost(
  head: Report | null,
  base: Report | null,
  metrics: MetricResult[],
  config: Config,
  location: Location | undefined,
): { result: CostResult | null; findings: Finding[]; notes: string[] } {
  const sides = head ? pricedSides(head, base, config.cost.prices) : null;
  if (!head || !sides) return { result: null, findings: [], notes: [] };
  const { h, b } = sides;
  const delta = b && b.amount !== null && h.amount !== null ? h.amount - b.amount : null;
  const delta_pct = delta !== null && b?.amount ? (delta / b.amount) * 100 : null;
  const headline = headlineMetric(head, config, metrics);
  // A change the statistics call noise is no gain (or loss) to price: paying more for it buys nothing.
  const points = headline ? (headline.change === 'within_noise' ? 0 : pointsGained(headline)) : null;
  // Cost per point gained; when the metric got worse, the (negative) saving per point lost.
  const per_point = delta !== null && points !== null && Math.abs(points) > 1e-9 ? delta / points : null;
  const net_value =
    config.cost.value_per_point !== undefined && delta !== null && points !== null
      ? config.cost.value_per_point * points - delta
      : null;
  const result: CostResult = {
    currency: config.cost.currency,
    base: b,
    head: h,
    delta,
    delta_pct,
    per_point,
    headline_metric: headline?.name ?? null,
    net_value,
    ...serving(head, base, config),
  };
  const out = findingAdder(config.cost.severity, location);
  trainingFindings(result, headline, points, config, out.add);
  inferenceFinding(head, base, config, out.add);
  return { result, findings: out.findings, notes: sides.notes };
}

interface Adder {
  findings: Finding[];
  add: (rule: string, message: string) => void;
}

function findingAdder(severity: Severity, location: Location | undefined): Adder {
  const findings: Finding[] = [];
  return {
    findings,
    add: (rule, message) => findings.push({ rule, severity, message, ...(location ? { location } : {}) }),
  };
}

function trainingFindings(
  r: CostResult,
  headline: MetricResult | null,
  points: number | null,
  config: Config,
  add: Adder['add'],
): void {
  const { currency } = config.cost;
  const limitPct = config.cost.max_cost_increase_pct;
  if (limitPct !== undefined && r.delta_pct !== null && r.delta_pct > limitPct) {
    add(
      'cost.max_cost_increase_pct',
      `training cost rose ${formatPct(r.delta_pct)} (${formatMoney(r.base!.amount!, currency)} → ${formatMoney(r.head.amount!, currency)}); allowed ${limitPct}%`,
    );
  } else if (limitPct !== undefined && r.base?.amount === 0 && r.head.amount !== null && r.head.amount > 0) {
    // From nothing to something is an unbounded percentage (delta_pct stays null): it exceeds any limit.
    add(
      'cost.max_cost_increase_pct',
      `training cost rose from ${formatMoney(0, currency)} to ${formatMoney(r.head.amount, currency)}, an unbounded increase; allowed ${limitPct}%`,
    );
  }
  const limitPerPoint = config.cost.max_cost_per_point;
  if (limitPerPoint === undefined || r.delta === null || r.delta <= 0 || !headline) return;
  if (points === null || points <= 1e-9) {
    add(
      'cost.max_cost_per_point',
      `training cost rose ${formatMoney(r.delta, currency)} with no gain in ${headline.name}${headline.change === 'within_noise' ? ' beyond noise' : ''}`,
    );
  } else if (r.per_point! > limitPerPoint) {
    add(
      'cost.max_cost_per_point',
      `${formatMoney(r.per_point!, currency)} per point of ${headline.name} gained; allowed ${formatMoney(limitPerPoint, currency)}`,
    );
  }
}

/** The serving cost per 1,000 predictions, base → PR: the price when both sides state one, else the milliseconds. */
function inferenceFinding(head: Report, base: Report | null, config: Config, add: Adder['add']): void {
  const limit = config.cost.max_inference_increase_pct;
  if (limit === undefined || !base?.cost || !head.cost) return;
  const price = [base.cost.price_per_1k_predictions, head.cost.price_per_1k_predictions] as const;
  const ms = [base.cost.inference_ms_per_1k, head.cost.inference_ms_per_1k] as const;
  const usePrice = price[0] !== undefined && price[1] !== undefined;
  const [b, h] = usePrice ? price : ms;
  if (b === undefined || h === undefined || h <= b) return;
  const fmt = (v: number) => (usePrice ? formatMoney(v, config.cost.currency) : `${formatNumber(v, 3)} ms`);
  const what = usePrice ? 'inference price per 1,000 predictions' : 'inference time per 1,000 predictions';
  if (b === 0) {
    add(
      'cost.max_inference_increase_pct',
      `${what} rose from ${fmt(0)} to ${fmt(h)}, an unbounded increase; allowed ${limit}%`,
    );
    return;
  }
  const pct = ((h - b) / b) * 100;
  if (pct > limit)
    add('cost.max_inference_increase_pct', `${what} rose ${formatPct(pct)} (${fmt(b)} → ${fmt(h)}); allowed ${limit}%`);
}
