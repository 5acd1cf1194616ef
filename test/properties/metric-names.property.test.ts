// Property 5: renaming a metric through any alias of its registry kind never changes the verdict.
// Property 6: a report in percent and the same report in fractions get the same verdict.
// Property 7: any name resolves, in bounded time, to a kind or to "assumed".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricRule } from '../../src/kernel/config-types.js';
import { KINDS } from '../../src/metrics/registry.js';
import { resolveMetric } from '../../src/metrics/resolve.js';
import { resolveConfig } from '../../src/schema/config.js';
import { gate } from './helpers.js';
import { RUNS, TIMEOUT_MS } from './runs.js';

// 1,000 cases at least: a kind × two of its words × a split is a large space, and each case is one gate run (~0.5 ms).
const kinds = KINDS.filter((k) => k.id !== 'bookkeeping' && k.aliases.length + (k.whole ?? []).length >= 2);
const aliasPair = fc
  .constantFrom(...kinds)
  .chain((k) => {
    // Less a word that is bookkeeping as a whole name (`runtime`): shown and not gated unless the config names it.
    const words = [...k.aliases, ...(k.whole ?? [])].filter((w) => resolveMetric(w).kind?.id === k.id);
    return fc.tuple(fc.constant(k), fc.constantFrom(...words), fc.constantFrom(...words));
  })
  .chain(([k, a, b]) =>
    fc.tuple(fc.constant(k), fc.constant(a), fc.constant(b), fc.constantFrom('', 'val_', 'test_', 'eval/')),
  );
const value = fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000);
const tolerance: fc.Arbitrary<MetricRule> = fc.record(
  {
    max_drop_pct: fc.double({ min: 0, max: 20, noNaN: true }),
    max_increase_pct: fc.double({ min: 0, max: 20, noNaN: true }),
    severity: fc.constantFrom('fail' as const, 'warn' as const),
  },
  { requiredKeys: [] },
);

function verdict(name: string, base: number, head: number, size: number | null, defaults: MetricRule) {
  const r = gate(
    resolveConfig({ defaults }),
    [{ name: 'm', base: { [name]: base }, head: { [name]: head } }],
    [],
    size ?? undefined,
  );
  return r.models[0]!.verdict;
}

describe('property: the registry judges a kind, not a spelling', () => {
  it(
    'renaming a metric through any alias of its kind never changes the verdict',
    () => {
      fc.assert(
        fc.property(
          aliasPair,
          value,
          value,
          fc.option(fc.integer({ min: 50, max: 50000 })),
          tolerance,
          ([, a, b, split], x, y, n, d) => {
            expect(verdict(split + b, x, y, n, d)).toBe(verdict(split + a, x, y, n, d));
          },
        ),
        { numRuns: Math.max(RUNS, 1000) },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a report in percent gets the verdict of the same report in fractions',
    () => {
      const names = [
        'accuracy',
        'val_error_rate',
        'f1_macro',
        'wer',
        'map@10',
        'auc',
        'top5_accuracy',
        'recall',
        'ece',
      ];
      // Above 1 %: a percentage of 1 or less is a fraction's value too, and no report can say which it meant.
      const share = fc.integer({ min: 101, max: 10000 });
      const rule: fc.Arbitrary<MetricRule> = fc.record(
        {
          max_drop: fc.integer({ min: 0, max: 99 }).map((v) => v / 1000),
          max_increase: fc.integer({ min: 0, max: 99 }).map((v) => v / 1000),
          max_drop_pct: fc.double({ min: 0, max: 20, noNaN: true }),
          max_increase_pct: fc.double({ min: 0, max: 20, noNaN: true }),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...names),
          share,
          share,
          fc.option(fc.integer({ min: 50, max: 50000 })),
          rule,
          (name, x, y, n, d) => {
            const fraction = verdict(name, x / 10000, y / 10000, n, d);
            expect(verdict(name, x / 100, y / 100, n, d)).toBe(fraction);
          },
        ),
        { numRuns: Math.max(RUNS, 1000) },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'any name resolves to a kind or to none, quickly',
    () => {
      const word = fc.constantFrom(
        'val',
        'test',
        'dev',
        'neg',
        'mean',
        'std',
        'rank',
        'at',
        'per',
        'ms',
        'kb',
        'score',
        'accuracy',
        'error',
        'f1',
        'macro',
        '_',
        '@',
        '/',
        '[a]',
        'top5',
        'to',
        'time',
        'x',
      );
      fc.assert(
        fc.property(
          fc.array(word, { maxLength: 40 }).map((w) => w.join('_')),
          fc.string({ maxLength: 60 }),
          (a, b) => {
            for (const name of [a, b, a + b]) {
              const r = resolveMetric(name);
              expect(r.kind === null ? r.direction : r.kind.id).toBe(r.kind === null ? null : r.kind.id);
            }
          },
        ),
        { numRuns: Math.max(RUNS, 1000) },
      );
    },
    TIMEOUT_MS,
  );
});
