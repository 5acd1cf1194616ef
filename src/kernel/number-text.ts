/**
 * A decimal number as written in a file, checked for what parsing it would hide: `1e400` becomes Infinity (refused
 * where it is read) and `1e-400` becomes 0 — silently, unless refused here. Every reader of a number that a report,
 * config, result file or predictions file requires uses this check.
 */

/** True when `text` (a decimal literal: digits, optional fraction and exponent) is not 0 but reads as 0. */
export function underflowsToZero(text: string, value: number): boolean {
  if (value !== 0) return false;
  const mantissa = text.replace(/[eE].*$/, '');
  return /[1-9]/.test(mantissa);
}

/** The one message for such a number (never quoting it: the file may be hostile). */
export const UNDERFLOW_MESSAGE =
  'the number is too close to 0 to be represented (below about 1e-308) and would be read as 0; write 0, or a value in range';
