import { describe, expect, it } from 'vitest';
import { formatCount, formatGrouped, formatMoney, formatNumber, formatPct } from '../../src/kernel/format.js';

// mlgate groups digits itself (Intl's first call costs ~20 ms of ICU start-up per run); Intl is the oracle here.
function* samples(): Generator<number> {
  let x = 0x9e3779b9;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (const edge of [0, 0.0005, 0.0015, 0.005, 0.125, 0.9995, 1, 9.995, 99.995, 999.5, 1000, 999_999.5, 1e20])
    yield edge;
  for (let i = 0; i < 4000; i++) yield Number((next() * 10 ** Math.floor(next() * 22 - 6)).toPrecision(1 + (i % 12)));
}

describe('digit grouping without Intl', () => {
  it('writes what en-US Intl writes, for every fraction-digit range mlgate uses', () => {
    for (const v of samples()) {
      for (const [min, max] of [
        [0, 0],
        [0, 3],
        [2, 2],
        [2, 3],
        [2, 4],
      ] as const) {
        const want = v.toLocaleString('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
        expect(formatGrouped(v, min, max), `${v} ${min}-${max}`).toBe(want);
      }
    }
  });

  it('counts, sizes, money and percentages keep their separators', () => {
    expect(formatCount(12000)).toBe('12,000');
    expect(formatCount(-1234567)).toBe('-1,234,567');
    expect(formatNumber(1234567.8)).toBe('1,234,568');
    expect(formatMoney(1234.5, 'USD')).toBe('$1,235');
    expect(formatMoney(0.125, 'EUR')).toBe('€0.125');
    expect(formatMoney(-12.5, 'CHF')).toBe('−12.50 CHF');
    expect(formatPct(123456.4)).toBe('+123,456%');
    expect(formatPct(-2.43)).toBe('−2.4%');
  });

  it('a tiny relative change keeps its one significant digit instead of reading "+0%"', () => {
    expect(formatPct(0.0004)).toBe('+0.0004%');
    expect(formatPct(-0.02)).toBe('−0.02%');
  });
});
