/** Cadences as the report writes them, the calendar arithmetic of expiry, and the card's sections with their words. */
import { describe, expect, it } from 'vitest';
import { addCadence, isoDay, parseCadence, parseIsoDay } from '../../src/kernel/dates.js';
import { markdownSections } from '../../src/checklist/headings.js';
import { parseState, stateMarker } from '../../src/audit/state.js';
import { CARD_SECTIONS, fixtureText } from './helpers.js';

const after = (day: string, cadence: string) => isoDay(addCadence(parseIsoDay(day)!, parseCadence(cadence)!));

describe('parseCadence', () => {
  it('reads the named cadences and ISO-8601 durations; refuses never, zero and prose', () => {
    expect(after('2026-11-02', 'monthly')).toBe('2026-12-02');
    expect(after('2026-11-02', 'Quarterly')).toBe('2027-02-02');
    expect(after('2026-11-02', 'weekly')).toBe('2026-11-09');
    expect(after('2026-11-02', 'yearly')).toBe('2027-11-02');
    expect(after('2026-11-02', 'P90D')).toBe('2027-01-31');
    expect(after('2026-11-02', 'P2W')).toBe('2026-11-16');
    expect(after('2026-11-02', 'P1Y6M')).toBe('2028-05-02');
    expect(after('2026-11-02', 'PT36H')).toBe('2026-11-04'); // hours round up to whole days
    // The 31st plus a month is the next month's last day, not a roll-over into the month after.
    expect(after('2027-01-31', 'P1M')).toBe('2027-02-28');
    for (const bad of ['never', 'as needed', 'P0D', 'P', 'PT', '30 days', 'P1.5M', ''])
      expect(parseCadence(bad)).toBeNull();
  });
});

describe('markdownSections', () => {
  it('counts the prose words under each heading of the fixture card (code blocks and comments excluded)', () => {
    expect(markdownSections(fixtureText('models/fraud/MODEL_CARD.md'))).toEqual(CARD_SECTIONS);
    expect(markdownSections('## Owners\n<!-- who runs it -->\n\n## Limitations\nTBD')).toEqual([
      { heading: 'Owners', words: 0 },
      { heading: 'Limitations', words: 1 },
    ]);
  });
});

describe('the inventory state marker', () => {
  it('round-trips, and a tampered marker is no state (never an error, never a prototype key)', () => {
    const m = stateMarker({ 'fraud-detector': 'expiring', churn: 'ok' });
    expect(parseState(`table\n${m}`)).toEqual({ 'fraud-detector': 'expiring', churn: 'ok' });
    expect(parseState('<!-- mlgate:inventory-state !!! -->')).toBeNull();
    const evil = Buffer.from('{"__proto__":"ok","a":"pwned","b":"expired"}').toString('base64url');
    const parsed = parseState(`<!-- mlgate:inventory-state ${evil} -->`)!;
    expect(Object.keys(parsed)).toEqual(['b']);
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });
});
