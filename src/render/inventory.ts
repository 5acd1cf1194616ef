/**
 * The model inventory as markdown: the body of the one "mlgate: model inventory" issue and of the job summary,
 * and the comment that mentions owners when their model starts to expire. Everything from reports is escaped;
 * only the mention comment names people, and only by handles the report schema allows.
 */
import { escapeMarkdownInline } from '../kernel/escape.js';
import { formatValue } from '../kernel/format.js';
import { markdownMoney } from './cost-line.js';
import { needsAttention, type InventoryRow } from '../audit/inventory.js';

export const INVENTORY_TITLE = 'mlgate: model inventory';

const e = (s: string, max = 80) => escapeMarkdownInline(s, max);
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function statusCell(r: InventoryRow): string {
  switch (r.status) {
    case 'expired':
      return `❌ expired ${plural(r.days ?? 0, 'day')} ago (zombie)`;
    case 'expiring':
      return r.days === 0 ? '⚠️ expires today' : `⚠️ expiring in ${plural(r.days ?? 0, 'day')}`;
    case 'no_report':
      return '❌ no report';
    case 'no_expiry':
      return '⏺️ no expiry date';
    default:
      return `✅ ok (${plural(r.days ?? 0, 'day')} left)`;
  }
}

function row(r: InventoryRow): string {
  const owners = r.owners.length ? r.owners.map((o) => e(`@${o}`, 41)).join(', ') : '—';
  const headline = r.headline ? `${e(r.headline.name, 40)} ${formatValue(r.headline.value, r.headline.fraction)}` : '—';
  const money = (v: number | null) => (v === null ? '—' : markdownMoney(v, r.currency));
  const net =
    r.net_value_per_month === null
      ? '—'
      : `${r.losing_money ? '❌ ' : ''}${r.net_value_per_month >= 0 ? '+' : ''}${money(r.net_value_per_month)}`;
  const cells = [
    e(r.model, 60),
    owners,
    r.trained_at ?? '—',
    r.expires ?? '—',
    statusCell(r),
    headline,
    money(r.training_cost),
    net,
  ];
  return `| ${cells.join(' | ')} |`;
}

function counts(rows: readonly InventoryRow[]): string {
  const n = (f: (r: InventoryRow) => boolean) => rows.filter(f).length;
  const parts = [
    n((r) => r.status === 'expired') && `${n((r) => r.status === 'expired')} expired`,
    n((r) => r.status === 'expiring') && `${n((r) => r.status === 'expiring')} expiring`,
    n((r) => r.status === 'no_report') && `${n((r) => r.status === 'no_report')} without a report`,
    n((r) => r.losing_money) && `${n((r) => r.losing_money)} losing money`,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'nothing needs attention';
}

export function renderInventory(rows: readonly InventoryRow[], opts: { now: Date; source: string }): string {
  const attention = rows.filter(needsAttention).length;
  const head = `### ${attention ? '⚠️' : '✅'} ${INVENTORY_TITLE}: ${plural(rows.length, 'model')} — ${counts(rows)}`;
  const when = `<sub>Updated ${opts.now.toISOString().slice(0, 10)} (UTC) from ${e(opts.source, 120)}. Owners are mentioned once, when their model starts to expire or expires; this issue closes when nothing needs attention.</sub>`;
  if (!rows.length) return [head, when, '_No model report was found._'].join('\n\n');
  const table = [
    '| Model | Owners | Trained | Expires | Status | Headline | Training cost | Net value / month |',
    '|---|---|---|---|---|---|--:|--:|',
    ...rows.map(row),
  ].join('\n');
  return [head, when, table].join('\n\n');
}

const HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** The one comment that tells owners their model entered "expiring" or "expired"; null when nobody is to be told. */
export function renderMentions(rows: readonly InventoryRow[]): string | null {
  if (!rows.length) return null;
  const lines = rows.map((r) => {
    const who = r.owners.filter((o) => HANDLE.test(o)).map((o) => `@${o}`);
    const what =
      r.status === 'expired'
        ? `**${e(r.model, 60)}** expired on ${r.expires} (a zombie model): retrain it and move its expiry forward, or retire it`
        : `**${e(r.model, 60)}** expires on ${r.expires}: plan its retraining`;
    return `- ${who.length ? `${who.join(' ')}: ` : ''}${what}`;
  });
  return lines.join('\n');
}
