/**
 * The cost line under the metric table: training base → PR with Δ, Δ% and cost per point; inference per 1,000
 * predictions; serving per month and net value per month (the P&L), base → PR, when the reports allow them.
 */
import { formatMoney, formatNumber, formatPct } from '../kernel/format.js';
import type { CostSide, ModelResult } from '../kernel/result-types.js';
import { escapeMarkdownInline } from '../kernel/escape.js';

/**
 * The currency as written into the result: the config's schema allows only ISO codes, but in publish/aggregate
 * mode the result file is untrusted and its currency lands in the comment next to the amount.
 */
const money = (amount: number, currency: string) => formatMoney(amount, escapeMarkdownInline(currency, 8));

function side(s: CostSide, currency: string): string {
  if (s.amount !== null) return money(s.amount, currency);
  const parts: string[] = [];
  if (s.cpu_hours !== null) parts.push(`${formatNumber(s.cpu_hours, 3)} CPU-h`);
  if (s.gpu_hours !== null && s.gpu_hours > 0) parts.push(`${formatNumber(s.gpu_hours, 3)} GPU-h`);
  return parts.join(' + ') || '—';
}

/** Inference cost, base → PR: the other half of the P&L (a model that is cheaper to train may cost more to serve). */
function inferencePart(c: NonNullable<ModelResult['cost']>): string | null {
  const pair = (p: { base: number | null; head: number | null }, fmt: (v: number) => string) =>
    p.base !== null && p.head !== null && p.base !== p.head
      ? `${fmt(p.base)} → ${fmt(p.head)}`
      : p.head !== null
        ? fmt(p.head)
        : null;
  const parts = [
    c.inference_ms_per_1k && pair(c.inference_ms_per_1k, (v) => `${formatNumber(v, 3)} ms`),
    c.price_per_1k_predictions && pair(c.price_per_1k_predictions, (v) => money(v, c.currency)),
  ].filter((x): x is string => !!x);
  return parts.length ? `**Inference per 1,000 predictions:** ${parts.join(' · ')}` : null;
}

/** Serving and net value per month, base → PR: where the money goes at scale, and what is left. */
function monthlyPart(c: NonNullable<ModelResult['cost']>): string | null {
  const perMonth = (p: { base: number | null; head: number | null } | null | undefined, signed: boolean) => {
    if (!p || p.head === null) return null;
    const fmt = (v: number) => `${signed && v >= 0 ? '+' : ''}${money(v, c.currency)}`;
    return `${p.base !== null && p.base !== p.head ? `${fmt(p.base)} → ` : ''}${fmt(p.head)} per month`;
  };
  const parts = [
    perMonth(c.serving_per_month, false) && `**Serving:** ${perMonth(c.serving_per_month, false)}`,
    perMonth(c.net_value_per_month, true) && `**Net value:** ${perMonth(c.net_value_per_month, true)}`,
  ].filter((x): x is string => !!x);
  return parts.length ? parts.join(' · ') : null;
}

export function renderCostLine(model: ModelResult): string | null {
  const c = model.cost;
  if (!c) return null;
  const training = trainingLine(c, model.metrics.find((m) => m.name === c.headline_metric)?.change === 'within_noise');
  return [training, inferencePart(c), monthlyPart(c)].filter((x): x is string => !!x).join('<br>');
}

function trainingLine(c: NonNullable<ModelResult['cost']>, noise: boolean): string {
  const parts = [`**Training cost:** ${c.base ? `${side(c.base, c.currency)} → ` : ''}${side(c.head, c.currency)}`];
  if (c.delta !== null && Math.abs(c.delta) < 0.005) {
    parts.push('unchanged');
    return parts.join(' · ');
  }
  if (c.delta !== null)
    parts.push(
      `Δ ${c.delta >= 0 ? '+' : ''}${money(c.delta, c.currency)}${c.delta_pct !== null ? ` (${formatPct(c.delta_pct)})` : ''}`,
    );
  // A price per point of a change the eval set cannot tell from noise would read as a purchase that was made.
  const perPoint =
    noise && c.headline_metric
      ? `${escapeMarkdownInline(c.headline_metric, 40)} change within noise: no gain to price`
      : perPointPhrase(c);
  if (perPoint) parts.push(perPoint);
  if (c.net_value !== null) parts.push(`net value ${c.net_value >= 0 ? '+' : ''}${money(c.net_value, c.currency)}`);
  return parts.join(' · ');
}

/** What the money bought, in words that fit the four cases (more or less cost, better or worse metric). */
function perPointPhrase(c: NonNullable<ModelResult['cost']>): string | null {
  if (c.per_point === null || c.delta === null || !c.headline_metric) return null;
  const metric = escapeMarkdownInline(c.headline_metric, 40);
  const price = money(Math.abs(c.per_point), c.currency);
  const gained = c.per_point >= 0 === c.delta >= 0; // per_point = Δcost / points: same sign as Δcost when points > 0
  if (c.delta >= 0) return gained ? `${price} per point of ${metric} gained` : `costs more and ${metric} is worse`;
  return gained ? `cheaper and ${metric} is better` : `${price} saved per point of ${metric} lost`;
}
