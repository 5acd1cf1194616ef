/**
 * The cost line under the metric table, one line, money first: training base → PR with Δ and what it bought,
 * inference per 1,000 predictions, serving and net value per month (the P&L). Without prices, hours in the
 * compute unit that dominates (GPU-h when the run used GPUs), the other in brackets.
 */
import { formatMoney, formatNumber, formatPct } from '../kernel/format.js';
import type { CostSide, ModelResult } from '../kernel/result-types.js';
import { escapeMarkdownInline } from '../kernel/escape.js';

type Cost = NonNullable<ModelResult['cost']>;

/**
 * An amount for markdown. `$` as an entity: two dollar signs on one line open GitHub's inline math. The currency as written into the result: the config's schema allows only ISO codes, but in publish/aggregate
 * mode the result file is untrusted and its currency lands in the comment next to the amount.
 */
export const markdownMoney = (amount: number, currency: string) =>
  formatMoney(amount, escapeMarkdownInline(currency, 8)).replace(/\$/g, '&#36;');
const money = markdownMoney;

/** GPU-h when either side used GPUs (they cost tens of times a CPU hour), else CPU-h. */
export function dominantUnit(c: Pick<Cost, 'base' | 'head'>): 'gpu_hours' | 'cpu_hours' {
  return [c.head, c.base].some((s) => s && s.gpu_hours !== null && s.gpu_hours > 0) ? 'gpu_hours' : 'cpu_hours';
}

const UNIT = { gpu_hours: 'GPU-h', cpu_hours: 'CPU-h' } as const;

function hours(s: CostSide, unit: 'gpu_hours' | 'cpu_hours'): number | null {
  return s[unit];
}

function trainingPair(c: Cost): string {
  if (c.head.amount !== null && (!c.base || c.base.amount !== null)) {
    return `${c.base ? `${money(c.base.amount!, c.currency)} → ` : ''}${money(c.head.amount, c.currency)}`;
  }
  const unit = dominantUnit(c);
  const other = unit === 'gpu_hours' ? 'cpu_hours' : 'gpu_hours';
  const fmt = (s: CostSide, u: typeof unit) => (hours(s, u) === null ? '—' : formatNumber(hours(s, u)!, 3));
  const pair = (u: typeof unit) => `${c.base ? `${fmt(c.base, u)} → ` : ''}${fmt(c.head, u)} ${UNIT[u]}`;
  const rest = c.head[other] !== null && c.head[other]! > 0 ? ` (+ ${pair(other)})` : '';
  return `${pair(unit)}${rest}`;
}

function trainingPart(c: Cost, noise: boolean): string {
  const parts = [`training ${trainingPair(c)}`];
  if (c.delta !== null && Math.abs(c.delta) < 0.005) return `${parts[0]} (unchanged)`;
  const extra: string[] = [];
  if (c.delta !== null)
    extra.push(
      `${c.delta >= 0 ? '+' : ''}${money(c.delta, c.currency)}${c.delta_pct !== null ? `, ${formatPct(c.delta_pct)}` : ''}`,
    );
  else if (c.delta_pct !== null) extra.push(formatPct(c.delta_pct));
  // A price per point of a change the eval set cannot tell from noise would read as a purchase that was made.
  const bought =
    noise && c.headline_metric
      ? `${escapeMarkdownInline(c.headline_metric, 40)} within noise: no gain to price`
      : perPointPhrase(c);
  if (bought) extra.push(bought);
  if (c.net_value !== null) extra.push(`net ${c.net_value >= 0 ? '+' : ''}${money(c.net_value, c.currency)}`);
  return extra.length ? `${parts[0]} (${extra.join('; ')})` : parts[0]!;
}

type Pair = { base: number | null; head: number | null } | null | undefined;

function pair(p: Pair, fmt: (v: number) => string): string | null {
  if (!p || p.head === null) return null;
  return p.base !== null && p.base !== p.head ? `${fmt(p.base)} → ${fmt(p.head)}` : fmt(p.head);
}

/** Inference cost, base → PR: the other half of the P&L (a model that is cheaper to train may cost more to serve). */
function inferencePart(c: Cost): string | null {
  const price = pair(c.price_per_1k_predictions, (v) => money(v, c.currency));
  const ms = pair(c.inference_ms_per_1k, (v) => `${formatNumber(v, 3)} ms`);
  if (price) return `inference ${price} per 1,000${ms ? ` (${ms})` : ''}`;
  return ms ? `inference ${ms} per 1,000` : null;
}

/** Serving and net value per month, base → PR: where the money goes at scale, and what is left. */
function monthlyParts(c: Cost): string[] {
  const signed = (v: number) => `${v >= 0 ? '+' : ''}${money(v, c.currency)}`;
  const serving = pair(c.serving_per_month, (v) => money(v, c.currency));
  const net = pair(c.net_value_per_month, signed);
  return [serving && `serving ${serving}/month`, net && `net value ${net}/month`].filter((x): x is string => !!x);
}

export function renderCostLine(model: ModelResult): string | null {
  const c = model.cost;
  if (!c) return null;
  const noise = model.metrics.find((m) => m.name === c.headline_metric)?.change === 'within_noise';
  const parts = [trainingPart(c, noise), inferencePart(c), ...monthlyParts(c)].filter((x): x is string => !!x);
  return `**Cost:** ${parts.join(' · ')}`;
}

/** What the money bought, in words that fit the four cases (more or less cost, better or worse metric). */
function perPointPhrase(c: Cost): string | null {
  if (c.per_point === null || c.delta === null || !c.headline_metric) return null;
  const metric = escapeMarkdownInline(c.headline_metric, 40);
  const price = money(Math.abs(c.per_point), c.currency);
  const gained = c.per_point >= 0 === c.delta >= 0; // per_point = Δcost / points: same sign as Δcost when points > 0
  if (c.delta >= 0) return gained ? `${price} per point of ${metric} gained` : `costs more and ${metric} is worse`;
  return gained ? `cheaper and ${metric} is better` : `${price} saved per point of ${metric} lost`;
}
