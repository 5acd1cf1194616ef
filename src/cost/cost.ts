/**
 * The P&L of a model change: training compute turned into money with the team's price table, base → PR, the
 * cost per point of the headline metric gained, and the net value when a point has a price. Pure.
 */
import type { Config, Severity } from '../kernel/config-types.js';
import type { CostBlock, Report } from '../kernel/report-types.js';
import type { CostResult, CostSide, Finding, Location, MetricResult } from '../kernel/result-types.js';
import { formatMoney, formatPct } from '../kernel/format.js';

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

export function gateCost(
  head: Report | null,
  base: Report | null,
  metrics: MetricResult[],
  config: Config,
  location: Location | undefined,
): { result: CostResult | null; findings: Finding[]; notes: string[] } {
  if (!head) return { result: null, findings: [], notes: [] };
  const { prices, currency } = config.cost;
  // train_usd on one side only would compare a bill with a price-table estimate: price both sides' hours instead,
  // when both give hours; otherwise keep the bill and say that the two are not alike.
  const hasHours = (c: CostBlock | undefined) => c?.train_cpu_hours !== undefined || c?.train_gpu_hours !== undefined;
  const mixed = !!base?.cost && (head.cost?.train_usd === undefined) !== (base.cost.train_usd === undefined);
  const oneSided = mixed && hasHours(head.cost) && hasHours(base?.cost);
  const hours = (c: CostBlock | undefined): CostBlock | undefined => {
    if (!c || !oneSided) return c;
    const { train_usd: _bill, ...rest } = c;
    return rest;
  };
  const h = costSide(hours(head.cost), prices);
  if (!h) return { result: null, findings: [], notes: [] };
  const b = base ? costSide(hours(base.cost), prices) : null;
  const billed = head.cost?.train_usd !== undefined ? 'the PR’s' : 'the base’s';
  const notes =
    !mixed || b === null || b.amount === null || h.amount === null
      ? []
      : oneSided
        ? [
            `only ${billed} report gives cost.train_usd: both sides are priced from their compute hours with the price table, so the change compares like with like`,
          ]
        : [
            `only ${billed} report gives cost.train_usd and the other has no hours to price alike: the cost change compares a bill with a price-table estimate`,
          ];
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
  const inf = head.cost?.inference_ms_per_1k ?? base?.cost?.inference_ms_per_1k;
  const result: CostResult = {
    currency,
    base: b,
    head: h,
    delta,
    delta_pct,
    per_point,
    headline_metric: headline?.name ?? null,
    net_value,
    inference_ms_per_1k:
      inf === undefined
        ? null
        : { base: base?.cost?.inference_ms_per_1k ?? null, head: head.cost?.inference_ms_per_1k ?? null },
    price_per_1k_predictions:
      head.cost?.price_per_1k_predictions === undefined && base?.cost?.price_per_1k_predictions === undefined
        ? null
        : { base: base?.cost?.price_per_1k_predictions ?? null, head: head.cost?.price_per_1k_predictions ?? null },
  };

  const findings: Finding[] = [];
  const severity: Severity = config.cost.severity;
  const add = (rule: string, message: string) =>
    findings.push({ rule, severity, message, ...(location ? { location } : {}) });
  const limitPct = config.cost.max_cost_increase_pct;
  if (limitPct !== undefined && delta_pct !== null && delta_pct > limitPct) {
    add(
      'cost.max_cost_increase_pct',
      `training cost rose ${formatPct(delta_pct)} (${formatMoney(b!.amount!, currency)} → ${formatMoney(h.amount!, currency)}); allowed ${limitPct}%`,
    );
  } else if (limitPct !== undefined && b?.amount === 0 && h.amount !== null && h.amount > 0) {
    // From nothing to something is an unbounded percentage (delta_pct stays null): it exceeds any limit.
    add(
      'cost.max_cost_increase_pct',
      `training cost rose from ${formatMoney(0, currency)} to ${formatMoney(h.amount, currency)}, an unbounded increase; allowed ${limitPct}%`,
    );
  }
  const limitPerPoint = config.cost.max_cost_per_point;
  if (limitPerPoint !== undefined && delta !== null && delta > 0 && headline) {
    if (points === null || points <= 1e-9) {
      add(
        'cost.max_cost_per_point',
        `training cost rose ${formatMoney(delta, currency)} with no gain in ${headline.name}${headline.change === 'within_noise' ? ' beyond noise' : ''}`,
      );
    } else if (per_point! > limitPerPoint) {
      add(
        'cost.max_cost_per_point',
        `${formatMoney(per_point!, currency)} per point of ${headline.name} gained; allowed ${formatMoney(limitPerPoint, currency)}`,
      );
    }
  }
  return { result, findings, notes };
}
