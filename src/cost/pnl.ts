/**
 * The monthly P&L of a model: the business case's value against its running cost plus the serving cost
 * (predictions per month × the price per 1,000 predictions). Pure; money in the configured currency.
 */
import type { Config } from '../kernel/config-types.js';
import type { CostBlock, Report } from '../kernel/report-types.js';

const MS_PER_HOUR = 3_600_000;

/** Price per 1,000 predictions: stated, else the serving compute × the configured price of an inference hour. */
export function servingPricePer1k(cost: CostBlock | undefined, config: Config): number | null {
  if (cost?.price_per_1k_predictions !== undefined) return cost.price_per_1k_predictions;
  const hour = config.cost.prices.inference_hour;
  if (cost?.inference_ms_per_1k === undefined || hour === undefined) return null;
  return (cost.inference_ms_per_1k / MS_PER_HOUR) * hour;
}

/** Serving cost per month, or null when the volume or the price is unknown. */
export function servingPerMonth(report: Report | null, config: Config): number | null {
  const volume = report?.lifecycle?.business_case?.predictions_per_month;
  if (volume === undefined) return null;
  const price = servingPricePer1k(report!.cost, config);
  return price === null ? null : (volume / 1000) * price;
}

export interface MonthlyPnl {
  value: number;
  currency: string;
  /** business_case.cost_per_month, when stated. */
  running: number | null;
  serving: number | null;
  /** null: no cost is known, or the business case's currency is not the one serving is priced in. */
  net: number | null;
  /** Why `net` is null, in words; null when it is known. */
  unknown: string | null;
}

export function monthlyPnl(report: Report | null, config: Config): MonthlyPnl | null {
  const bc = report?.lifecycle?.business_case;
  if (bc?.value_per_month === undefined) return null;
  const currency = bc.currency ?? config.cost.currency;
  const running = bc.cost_per_month ?? null;
  const serving = servingPerMonth(report, config);
  const base = { value: bc.value_per_month, currency, running, serving };
  if (serving !== null && currency !== config.cost.currency) {
    return {
      ...base,
      net: null,
      unknown: `the business case is in ${currency} and serving is priced in ${config.cost.currency}`,
    };
  }
  if (running === null && serving === null) {
    return { ...base, net: null, unknown: 'no monthly cost is known' };
  }
  return { ...base, net: bc.value_per_month - (running ?? 0) - (serving ?? 0), unknown: null };
}
