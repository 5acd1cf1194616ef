/** Numbers for people: sensible digits, percentage points for fractions, k/M for sizes. Pure and locale-free. */

const MINUS = '−'; // U+2212: a real minus sign reads better than a hyphen in tables

/** "1234567" -> "1,234,567": Intl would do it, but its first call costs ~20 ms of ICU start-up in every run. */
function groupDigits(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/**
 * A non-negative number with thousands separators and between `minFrac` and `maxFrac` decimals, as en-US Intl writes
 * it: rounded half up on the shortest decimal that names the double ("9.995" → "10.00"), as Intl does, not on its
 * binary value as toFixed does ("9.99").
 */
export function formatGrouped(abs: number, minFrac = 0, maxFrac = 0): string {
  if (!(abs < 1e21))
    return abs.toLocaleString('en-US', { minimumFractionDigits: minFrac, maximumFractionDigits: maxFrac });
  const [int, frac = ''] = (abs < 1e-6 ? '0' : String(abs)).split('.');
  let digits = int! + frac.slice(0, maxFrac).padEnd(maxFrac, '0');
  if ((frac[maxFrac] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const whole = digits.slice(0, digits.length - maxFrac) || '0';
  let kept = digits.slice(digits.length - maxFrac);
  while (kept.length > minFrac && kept.endsWith('0')) kept = kept.slice(0, -1);
  return kept ? `${groupDigits(whole)}.${kept}` : groupDigits(whole);
}

/** 12000 -> "12,000": counts (examples, sizes, rows) in prose. */
export function formatCount(n: number): string {
  return (n < 0 ? '-' : '') + formatGrouped(Math.abs(n), 0, 3);
}

function trimZeros(s: string): string {
  return s.includes('.') && !s.includes('e') ? s.replace(/\.?0+$/, '') : s;
}

/** 4 significant digits, thousands separated, no exponent for ordinary magnitudes. */
export function formatNumber(n: number, digits = 4): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const abs = Math.abs(n);
  const sign = n < 0 ? MINUS : '';
  if (abs >= 1e15 || abs < 1e-6) return sign + abs.toExponential(2);
  if (abs >= 10 ** digits) return sign + formatGrouped(Math.round(abs));
  const s = trimZeros(abs.toPrecision(digits));
  return sign + s;
}

export function formatSigned(n: number, digits = 3): string {
  if (n === 0) return '±0';
  return (n > 0 ? '+' : '') + formatNumber(n, digits);
}

/** 0.912 -> "91.2%". */
export function formatPercent(fraction: number, decimals = 1): string {
  const s = (fraction * 100).toFixed(decimals);
  return (s.startsWith('-') ? MINUS + s.slice(1) : s) + '%';
}

/** 0.0042 -> "+0.42 pp" (a change of a fraction, in percentage points). */
export function formatPp(delta: number, decimals = 2): string {
  const v = delta * 100;
  const rounded = Number(v.toFixed(decimals));
  if (rounded === 0) return '±0 pp';
  return `${rounded > 0 ? '+' : MINUS}${Math.abs(rounded).toFixed(decimals)} pp`;
}

/** Relative change in percent: 2.43 -> "+2.4%". */
export function formatPct(pct: number): string {
  // A tiny change keeps one significant digit ("−0.02%"): "±0%" next to a failing delta reads as a contradiction.
  const rounded =
    Math.abs(pct) >= 10 ? Math.round(pct) : Math.abs(pct) >= 0.05 ? Number(pct.toFixed(1)) : Number(pct.toPrecision(1));
  if (rounded === 0) return '±0%';
  const sign = rounded > 0 ? '+' : MINUS;
  // Past a million percent the digits say nothing more (and String() turns to "1.1e+22"): a bounded, readable cap.
  if (Math.abs(rounded) > PCT_CAP || !Number.isFinite(rounded)) return `${rounded > 0 ? '>' : '<'} ${sign}999,999%`;
  const abs = Math.abs(rounded);
  // Below 1,000 the digits are as rounded above ("0.0004%" keeps its one significant digit); above, grouped.
  return `${sign}${abs < 1000 ? String(abs) : formatGrouped(abs)}%`;
}

const PCT_CAP = 999_999;

/** 2_000_000 -> "2M", 480_000 -> "480k", 1_250 -> "1.25k". */
export function formatSize(n: number): string {
  const abs = Math.abs(n);
  const fmt = (v: number, unit: string) => `${trimZeros(v.toPrecision(3))}${unit}`;
  if (abs >= 1e9) return fmt(n / 1e9, 'B');
  if (abs >= 1e6) return fmt(n / 1e6, 'M');
  if (abs >= 1e3) return fmt(n / 1e3, 'k');
  return String(Math.round(n));
}

export function formatMoney(amount: number, currency: string): string {
  const symbol: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
  const abs = Math.abs(amount);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 2 : abs >= 0.01 ? 3 : 4;
  const body = formatGrouped(abs, Math.min(digits, 2), digits);
  const sign = amount < 0 ? MINUS : '';
  return symbol[currency] ? `${sign}${symbol[currency]}${body}` : `${sign}${body} ${currency}`;
}

/** A metric's value: fractions as percentages, everything else with sensible digits. */
export function formatValue(value: number, fraction: boolean): string {
  return fraction ? formatPercent(value, Math.abs(value) < 0.1 && value !== 0 ? 2 : 1) : formatNumber(value);
}

/** A metric's change: fractions in pp, everything else in its own units. */
export function formatDelta(delta: number, fraction: boolean): string {
  return fraction ? formatPp(delta) : formatSigned(delta);
}
