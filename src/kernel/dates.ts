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

/** A retraining cadence as calendar units: months and years follow the calendar, days and time are exact. */
export interface Cadence {
  months: number;
  days: number;
  /** What was written, for messages. */
  text: string;
}

const NAMED_CADENCES: Record<string, { months: number; days: number }> = {
  daily: { months: 0, days: 1 },
  weekly: { months: 0, days: 7 },
  biweekly: { months: 0, days: 14 },
  fortnightly: { months: 0, days: 14 },
  monthly: { months: 1, days: 0 },
  quarterly: { months: 3, days: 0 },
  'half-yearly': { months: 6, days: 0 },
  yearly: { months: 12, days: 0 },
  annually: { months: 12, days: 0 },
};

const ISO_DURATION = /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?(?:T(?=\d)(?:(\d{1,6})H)?)?$/;

/**
 * `monthly`, `quarterly`, … or an ISO-8601 duration (P30D, P1M, P2W, P1Y6M, PT36H); null for anything else
 * (`never`, `as needed`, `P0D`). Hours round up to whole days: expiry is judged in calendar days.
 */
export function parseCadence(text: string): Cadence | null {
  const named = NAMED_CADENCES[text.trim().toLowerCase()];
  if (named) return { ...named, text };
  const m = ISO_DURATION.exec(text.trim().toUpperCase());
  if (!m) return null;
  const [y, mo, w, d, h] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const months = y! * 12 + mo!;
  const days = w! * 7 + d! + Math.ceil(h! / 24);
  return months + days > 0 ? { months, days, text } : null;
}

/** The UTC day `cadence` after `day` (days since 1970-01-01); the 31st plus a month is the month's last day. */
export function addCadence(day: number, cadence: Cadence): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + cadence.months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const ms = Date.UTC(y, m, Math.min(d.getUTCDate(), last));
  return Math.round(ms / DAY_MS) + cadence.days;
}

/** `YYYY-MM-DD` of a UTC day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
