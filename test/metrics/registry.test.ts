// The registry's own consistency: one word names one kind, every word reads as its kind, every kind cites a source.
import { describe, expect, it } from 'vitest';
import { KIND_BY_ID, KINDS, SOURCES, UNITS } from '../../src/metrics/registry.js';
import { resolveMetric } from '../../src/metrics/resolve.js';

const words = KINDS.flatMap((k) => [...k.aliases, ...(k.whole ?? [])].map((w) => ({ w, kind: k.id })));
// A bookkeeping name the config rules on is read as the quantity it is (`train_runtime` a time): the one overlap.
const quantities = words.filter((x) => x.kind !== 'bookkeeping');
const bookkeeping = words.filter((x) => x.kind === 'bookkeeping');

describe('the metric registry', () => {
  it('claims each word for one kind only', () => {
    const seen = new Map<string, string>();
    const twice = quantities.filter(({ w, kind }) => {
      const other = seen.get(w);
      seen.set(w, kind);
      return other !== undefined && other !== kind;
    });
    expect(twice).toEqual([]);
  });

  it('reads every word, alone and after a split prefix, as its own kind', () => {
    const wrong = [...bookkeeping, ...quantities].flatMap(({ w, kind }) =>
      [w, `val_${w}`, `test/${w}`, `validation_${w}_dev`]
        .map((name) => ({ name, got: resolveMetric(name, { bookkeeping: kind === 'bookkeeping' }).kind?.id }))
        .filter((r) => r.got !== kind)
        .map((r) => `${r.name}: ${kind} read as ${r.got}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has unique kind ids, a direction for every kind but bookkeeping, and known sources', () => {
    expect(KIND_BY_ID.size).toBe(KINDS.length);
    for (const k of KINDS) {
      expect(k.direction === null, k.id).toBe(k.id === 'bookkeeping');
      expect(k.sources.length, k.id).toBeGreaterThan(0);
      for (const s of k.sources) expect(Object.keys(SOURCES), k.id).toContain(s);
      if (k.proportion) expect(k.scale, k.id).toBe('fraction');
    }
  });

  it('maps units to kinds that exist', () => {
    for (const [w, u] of UNITS) if (u.kind) expect(KIND_BY_ID.has(u.kind), w).toBe(true);
  });

  it('pairs every complement with a kind on the other side', () => {
    const groups = new Map<string, Set<boolean>>();
    for (const k of KINDS)
      if (k.complement)
        groups.set(k.complement.group, (groups.get(k.complement.group) ?? new Set()).add(k.complement.negative));
    for (const [g, sides] of groups) expect([g, sides.size]).toEqual([g, 2]);
  });
});
