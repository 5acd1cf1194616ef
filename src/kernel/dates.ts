/**
 * Expiry dates, compared in UTC calendar days so that the answer does not depend on the runner's time zone.
 * `expires: 2027-03-31` means the model may serve through 2027-03-31 (UTC) and is expired from 2027-04-01:
 * a model that expires today is still valid (and warns).
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a strict `YYYY-MM-DD` that is a real calendar date; null otherwise. */
export function parseIsoDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a round trip catches impossible dates.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / DAY_MS);
}

/** The UTC calendar day of an instant, as days since 1970-01-01. */
export function utcDay(now: Date): number {
  return Math.floor(now.getTime() / DAY_MS);
}

export type Expiry =
  | { kind: 'expired'; days_ago: number }
  | { kind: 'expiring'; days_left: number }
  | { kind: 'valid'; days_left: number };

/** `warningDays`: warn when the model has at most this many days left (0: only on its last day). */
export function expiryOf(expiresDay: number, now: Date, warningDays: number): Expiry {
  const left = expiresDay - utcDay(now);
  if (left < 0) return { kind: 'expired', days_ago: -left };
  if (left <= warningDays) return { kind: 'expiring', days_left: left };
  return { kind: 'valid', days_left: left };
}
