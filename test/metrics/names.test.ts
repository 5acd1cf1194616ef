// The registry against real metric names: each row of the fixture states the kind and the direction its source
// gives (test/fixtures/metric-names/README.md); names no registry gives a better side must be judged "assumed".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCsv } from '../../src/kernel/csv-row.js';
import { resolveMetric } from '../../src/metrics/resolve.js';

const FILE = 'test/fixtures/metric-names/names.csv';
const table = splitCsv(readFileSync(FILE, 'utf8'), FILE);
const rows = table.rows.map(({ cells: [name, kind, direction, source] }) => ({ name: name!, kind, direction, source }));

function reading(name: string) {
  const r = resolveMetric(name);
  const direction = r.kind === null ? 'assumed' : (r.direction ?? 'none');
  return { kind: r.kind?.id ?? '', direction };
}

describe('the metric registry on real names', () => {
  it('has at least 300 names from the registries and tools cited in the fixture', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  it('reads every name as its source states: kind and direction (100 %)', () => {
    const wrong = rows
      .map((r) => ({ ...r, got: reading(r.name) }))
      .filter((r) => r.got.kind !== r.kind || r.got.direction !== r.direction)
      .map((r) => `${r.name}: expected ${r.kind || '-'}/${r.direction}, got ${r.got.kind || '-'}/${r.got.direction}`);
    expect(wrong).toEqual([]);
  });

  it('lists the names no registry defines as assumed, never as a guessed direction', () => {
    const assumed = rows.filter((r) => r.direction === 'assumed');
    expect(assumed.length).toBeGreaterThan(0);
    for (const r of assumed) expect(resolveMetric(r.name).direction).toBeNull();
  });
});
