/**
 * The model inventory (the sweep, `mode: audit`): every model's report on the default branch, one row each with
 * its owners, training and expiry dates and status (ok, expiring, expired = zombie, no report, no expiry), the
 * headline metric, the training cost and the net value per month. Pure: reports and `now` come in.
 */
import type { Config } from '../kernel/config-types.js';
import type { Report } from '../kernel/report-types.js';
import { expiryOf, parseIsoDay } from '../kernel/dates.js';
import { resolveMetric } from '../metrics/resolve.js';
import { costSide } from '../cost/cost.js';
import { monthlyPnl } from '../cost/pnl.js';

export interface InventoryModel {
  name: string;
  report_path: string | null;
  /** null: the model is known (config `models:`, or the last inventory) but has no report now. */
  report: Report | null;
}

export type InventoryStatus = 'ok' | 'expiring' | 'expired' | 'no_report' | 'no_expiry';
export const INVENTORY_STATUSES: readonly InventoryStatus[] = ['ok', 'expiring', 'expired', 'no_report', 'no_expiry'];

export interface InventoryRow {
  model: string;
  report_path: string | null;
  /** GitHub handles without `@`. */
  owners: string[];
  trained_at: string | null;
  expires: string | null;
  status: InventoryStatus;
  /** Days left (ok, expiring) or days since expiry (expired). */
  days: number | null;
  headline: { name: string; value: number; fraction: boolean } | null;
  training_cost: number | null;
  net_value_per_month: number | null;
  currency: string;
  losing_money: boolean;
}

const handle = (h: string | undefined) => (h ? h.replace(/^@/, '') : null);

function statusOf(report: Report, config: Config, now: Date): Pick<InventoryRow, 'status' | 'days'> {
  const expires = report.lifecycle?.retraining?.expires;
  const day = expires ? parseIsoDay(expires) : null;
  if (day === null) return { status: 'no_expiry', days: null };
  const e = expiryOf(day, now, config.checklist.expiry_warning_days);
  if (e.kind === 'expired') return { status: 'expired', days: e.days_ago };
  return { status: e.kind === 'expiring' ? 'expiring' : 'ok', days: e.days_left };
}

function headlineOf(report: Report, config: Config): InventoryRow['headline'] {
  const names = Object.keys(report.metrics);
  const name = [config.cost.headline_metric, report.learning_curve?.metric, names[0]].find(
    (n): n is string => !!n && Object.hasOwn(report.metrics, n),
  );
  if (!name) return null;
  const value = report.metrics[name]!;
  return { name, value, fraction: resolveMetric(name).kind?.scale === 'fraction' && value >= 0 && value <= 1 };
}

export function inventoryRow(m: InventoryModel, config: Config, now: Date): InventoryRow {
  const r = m.report;
  const empty = { trained_at: null, expires: null, headline: null, training_cost: null, net_value_per_month: null };
  if (!r)
    return {
      model: m.name,
      report_path: m.report_path,
      owners: [],
      ...empty,
      status: 'no_report',
      days: null,
      currency: config.cost.currency,
      losing_money: false,
    };
  const pnl = monthlyPnl(r, config);
  const life = r.lifecycle;
  return {
    model: m.name,
    report_path: m.report_path,
    owners: [handle(life?.owner), handle(life?.backup_owner)].filter((h): h is string => !!h),
    trained_at: life?.retraining?.trained_at ?? null,
    expires: life?.retraining?.expires ?? null,
    ...statusOf(r, config, now),
    headline: headlineOf(r, config),
    training_cost: costSide(r.cost, config.cost.prices)?.amount ?? null,
    net_value_per_month: pnl?.net ?? null,
    currency: pnl?.currency ?? config.cost.currency,
    losing_money: pnl?.net !== null && pnl?.net !== undefined && pnl.net <= 0,
  };
}

/** Rows sorted by urgency: expired, expiring (soonest first), no report, losing money, the rest by name. */
export function buildInventory(models: InventoryModel[], config: Config, now: Date): InventoryRow[] {
  const rank = (r: InventoryRow) =>
    r.status === 'expired' ? 0 : r.status === 'expiring' ? 1 : r.status === 'no_report' ? 2 : r.losing_money ? 3 : 4;
  return models
    .map((m) => inventoryRow(m, config, now))
    .sort((a, b) => rank(a) - rank(b) || (a.days ?? 0) - (b.days ?? 0) || a.model.localeCompare(b.model));
}

/** What a lead must act on: expired or expiring models, models without a report, models that lose money. */
export function needsAttention(row: InventoryRow): boolean {
  return row.status === 'expired' || row.status === 'expiring' || row.status === 'no_report' || row.losing_money;
}

export type InventoryState = Record<string, InventoryStatus>;

export function stateOf(rows: readonly InventoryRow[]): InventoryState {
  const out: InventoryState = {};
  for (const r of rows) out[r.model] = r.status;
  return out;
}

/** Rows that entered "expiring" or "expired" since the last inventory: their owners are told once. */
export function entering(rows: readonly InventoryRow[], previous: InventoryState | null): InventoryRow[] {
  return rows.filter(
    (r) =>
      (r.status === 'expiring' || r.status === 'expired') &&
      (previous === null || !Object.hasOwn(previous, r.model) || previous[r.model] !== r.status),
  );
}

/** Models the last inventory listed that no source names any more: shown as "no report", not silently dropped. */
export function vanished(models: readonly InventoryModel[], previous: InventoryState | null): InventoryModel[] {
  if (!previous) return [];
  const known = new Set(models.map((m) => m.name));
  return Object.keys(previous)
    .filter((name) => !known.has(name) && previous[name] !== 'no_report')
    .map((name) => ({ name, report_path: null, report: null }));
}
