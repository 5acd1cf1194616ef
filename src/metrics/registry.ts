/**
 * The metric registry: every kind (kinds-*.ts), its words, and the units a name may end in. One alias names one
 * kind; registry.test.ts checks that no word is claimed twice.
 */
import type { MetricKind } from './kind-types.js';
import { CLASSIFICATION_KINDS } from './kinds-classification.js';
import { RESOURCE_KINDS } from './kinds-resources.js';
import { SCORE_KINDS } from './kinds-scores.js';

export type { MetricKind } from './kind-types.js';
export { SOURCES } from './sources.js';

export const KINDS: readonly MetricKind[] = [...CLASSIFICATION_KINDS, ...SCORE_KINDS, ...RESOURCE_KINDS];

export const KIND_BY_ID: ReadonlyMap<string, MetricKind> = new Map(KINDS.map((k) => [k.id, k]));

function index(pick: (k: MetricKind) => readonly string[] | undefined): ReadonlyMap<string, MetricKind> {
  const out = new Map<string, MetricKind>();
  for (const k of KINDS) for (const a of pick(k) ?? []) if (!out.has(a)) out.set(a, k);
  return out;
}
/** Head words: found anywhere in a name. */
export const ALIASES = index((k) => k.aliases);
/** Whole names (after split prefixes). */
export const WHOLE_NAMES = index((k) => k.whole);

/** Units a name may end in (`latency_ms`, `peak_ram_kb`): shown beside values; alone they say the kind. */
export interface Unit {
  display: string;
  kind?: string;
}
const unit = (display: string, kind?: string, ...words: string[]) =>
  words.map((w) => [w, kind ? { display, kind } : { display }] as const);
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ...unit('ms', 'latency', 'ms', 'msec', 'millis', 'milliseconds'),
  ...unit('µs', 'latency', 'us', 'usec', 'microseconds'),
  ...unit('ns', 'latency', 'ns', 'nanoseconds'),
  ...unit('s', 'latency', 's', 'sec', 'secs', 'seconds'),
  ...unit('min', 'latency', 'mins', 'minutes'),
  ...unit('h', 'latency', 'h', 'hr', 'hrs', 'hours'),
  ...unit('d', 'latency', 'days'),
  ...unit('B', 'memory', 'bytes'),
  ...unit('kB', 'memory', 'kb', 'kib'),
  ...unit('MB', 'memory', 'mb', 'mib'),
  ...unit('GB', 'memory', 'gb', 'gib'),
  ...unit('TB', 'memory', 'tb', 'tib'),
  ...unit('USD', 'cost', 'usd', 'dollars'),
  ...unit('EUR', 'cost', 'eur', 'euro', 'euros'),
  ...unit('GBP', 'cost', 'gbp'),
  ...unit('¢', 'cost', 'cents'),
  ...unit('kWh', 'energy', 'kwh'),
  ...unit('Wh', 'energy', 'wh'),
  ...unit('MWh', 'energy', 'mwh'),
  ...unit('J', 'energy', 'joules'),
  ...unit('kJ', 'energy', 'kj'),
  ...unit('kg CO₂eq', 'emissions', 'kgco2', 'kgco2e', 'kgco2eq'),
  ...unit('g CO₂eq', 'emissions', 'gco2', 'gco2e'),
  ...unit('t CO₂eq', 'emissions', 'tco2', 'tco2e'),
  ...unit('kg', undefined, 'kg'),
  ...unit('t', undefined, 'tons', 'tonnes'),
  ...unit('%', undefined, 'pct', 'percent', 'perc'),
]);
