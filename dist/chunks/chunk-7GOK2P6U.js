import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// src/kernel/format.ts
var MINUS = "\u2212";
function trimZeros(s) {
  return s.includes(".") && !s.includes("e") ? s.replace(/\.?0+$/, "") : s;
}
function formatNumber(n, digits = 4) {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return "0";
  const abs = Math.abs(n);
  const sign = n < 0 ? MINUS : "";
  if (abs >= 1e15 || abs < 1e-6) return sign + abs.toExponential(2);
  if (abs >= 10 ** digits) return sign + Math.round(abs).toLocaleString("en-US");
  const s = trimZeros(abs.toPrecision(digits));
  return sign + s;
}
function formatSigned(n, digits = 3) {
  if (n === 0) return "\xB10";
  return (n > 0 ? "+" : "") + formatNumber(n, digits);
}
function formatPercent(fraction, decimals = 1) {
  const s = (fraction * 100).toFixed(decimals);
  return (s.startsWith("-") ? MINUS + s.slice(1) : s) + "%";
}
function formatPp(delta, decimals = 2) {
  const v = delta * 100;
  const rounded = Number(v.toFixed(decimals));
  if (rounded === 0) return "\xB10 pp";
  return `${rounded > 0 ? "+" : MINUS}${Math.abs(rounded).toFixed(decimals)} pp`;
}
function formatPct(pct) {
  const rounded = Math.abs(pct) >= 10 ? Math.round(pct) : Math.abs(pct) >= 0.05 ? Number(pct.toFixed(1)) : Number(pct.toPrecision(1));
  if (rounded === 0) return "\xB10%";
  const sign = rounded > 0 ? "+" : MINUS;
  if (Math.abs(rounded) > PCT_CAP || !Number.isFinite(rounded)) return `${rounded > 0 ? ">" : "<"} ${sign}999,999%`;
  return `${sign}${Math.abs(rounded).toLocaleString("en-US")}%`;
}
var PCT_CAP = 999999;
function formatSize(n) {
  const abs = Math.abs(n);
  const fmt = (v, unit) => `${trimZeros(v.toPrecision(3))}${unit}`;
  if (abs >= 1e9) return fmt(n / 1e9, "B");
  if (abs >= 1e6) return fmt(n / 1e6, "M");
  if (abs >= 1e3) return fmt(n / 1e3, "k");
  return String(Math.round(n));
}
function formatMoney(amount, currency) {
  const symbol = { USD: "$", EUR: "\u20AC", GBP: "\xA3" };
  const abs = Math.abs(amount);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 2 : abs >= 0.01 ? 3 : 4;
  const body = abs.toLocaleString("en-US", {
    minimumFractionDigits: Math.min(digits, 2),
    maximumFractionDigits: digits
  });
  const sign = amount < 0 ? MINUS : "";
  return symbol[currency] ? `${sign}${symbol[currency]}${body}` : `${sign}${body} ${currency}`;
}
function formatValue(value, fraction) {
  return fraction ? formatPercent(value, Math.abs(value) < 0.1 && value !== 0 ? 2 : 1) : formatNumber(value);
}
function formatDelta(delta, fraction) {
  return fraction ? formatPp(delta) : formatSigned(delta);
}

export {
  formatNumber,
  formatPercent,
  formatPct,
  formatSize,
  formatMoney,
  formatValue,
  formatDelta
};
