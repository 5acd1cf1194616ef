// Property 3: making a metric worse never turns fail into pass (the gate is monotone).
// Property 4: a NaN anywhere a report holds a number is an InputError, never a verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, isInputError } from '../../src/kernel/errors.js';
import { parseReport } from '../../src/schema/report.js';
import type { MetricRule } from '../../src/kernel/config-types.js';
import { inferDirection } from '../../src/metrics/metric-rules.js';
import { parseSingleFile } from '../../src/readers/index.js';
import { config, gate } from './helpers.js';
import { RUNS, TIMEOUT_MS } from './runs.js';

const NAMES = ['accuracy', 'f1', 'val_loss', 'latency_ms', 'score', 'error_rate', 'auc'] as const;
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const num = fc.oneof(unit, finite);
const rule: fc.Arbitrary<MetricRule> = fc.record(
  {
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    min: num,
    max: num,
    max_drop: fc.double({ min: 0, max: 1, noNaN: true }),
    max_drop_pct: fc.double({ min: 0, max: 50, noNaN: true }),
    max_increase: fc.double({ min: 0, max: 1, noNaN: true }),
    max_increase_pct: fc.double({ min: 0, max: 50, noNaN: true }),
    severity: fc.constantFrom('fail' as const, 'warn' as const),
    required: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('property: monotonicity of the gate', () => {
  it(
    'making one metric worse never turns fail into pass (nor fail into warn)',
    () => {
      fc.assert(
        fc.property(
          fc.dictionary(fc.constantFrom(...NAMES), fc.tuple(num, num), { minKeys: 1 }),
          fc.dictionary(fc.constantFrom(...NAMES), rule),
          fc.constantFrom(...NAMES),
          fc.double({ min: 0, max: 1e3, noNaN: true }),
          (metrics, rawRules, which, by) => {
            // A bound against the metric's direction (a `max` on accuracy, a `min` on latency) is a sanity range:
            // a worse value can legitimately move back inside it. Monotonicity holds for the bounds that agree with
            // the direction, so those are the ones generated here (fast-check found the other case at 10,000 runs).
            const rules = Object.fromEntries(
              Object.entries(rawRules).map(([name, r]) => {
                const { min, max, ...rest } = r;
                const higher = (r.direction ?? inferDirection(name)) === 'higher';
                return [
                  name,
                  {
                    ...rest,
                    ...(higher && min !== undefined ? { min } : {}),
                    ...(!higher && max !== undefined ? { max } : {}),
                  },
                ];
              }),
            );
            const cfg = config(rules);
            const base = Object.fromEntries(Object.entries(metrics).map(([k, [b]]) => [k, b]));
            const head = Object.fromEntries(Object.entries(metrics).map(([k, [, h]]) => [k, h]));
            const before = gate(cfg, [{ name: 'm', base, head }]);
            if (!(which in head)) return;
            // A unit slip (a fraction on one side, a percentage on the other: metric.scale) is not an ordering of
            // values: moving 1.0000000000000002 down to 1.0 turns it into two fractions, judged normally.
            if (before.models[0]!.findings.some((f) => f.rule === 'metric.scale')) return;
            const direction = before.models[0]!.metrics.find((x) => x.name === which)!.direction;
            const worse = { ...head, [which]: head[which]! + (direction === 'higher' ? -by : by) };
            const after = gate(cfg, [{ name: 'm', base, head: worse }]);
            const rank = { pass: 0, warn: 1, fail: 2 } as const;
            expect(rank[after.verdict]).toBeGreaterThanOrEqual(rank[before.verdict]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

// A report as a plain object with numbers in every numeric place the schema allows.
const reportObject = fc.record({
  version: fc.constant(1),
  model: fc.constant('m'),
  metrics: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), unit, { minKeys: 1, maxKeys: 5 }),
  eval: fc.record({
    size: fc.integer({ min: 1, max: 10_000 }),
    slices: fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), unit), {
      maxKeys: 3,
    }),
  }),
  cost: fc.record({
    train_gpu_hours: fc.double({ min: 0, max: 100, noNaN: true }),
    train_usd: fc.double({ min: 0, max: 100, noNaN: true }),
  }),
});

/** Every path to a number inside `value`. */
function numberPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'number') return [path];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numberPaths(v, [...path, k]));
  return [];
}

function setAt(obj: Record<string, unknown>, path: string[], v: unknown): void {
  let cur = obj;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string, unknown>;
  cur[path[path.length - 1]!] = v;
}

/** JSON with a bare NaN token (as Python's json.dump writes it) or YAML flow with one of the YAML spellings. */
function serialise(obj: unknown, token: string): string {
  return JSON.stringify(obj, (_k, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? '__NAN__' : v)).replace(
    '"__NAN__"',
    token,
  );
}

describe('property: any NaN fails', () => {
  it(
    'a NaN in any numeric field of an mlgate report is an InputError naming the field',
    () => {
      fc.assert(
        fc.property(
          reportObject,
          fc.nat(),
          fc.constantFrom('NaN', '.nan', '.NaN', '.NAN', 'nan', '-.nan', '+.nan'),
          (obj, pick, token) => {
            const paths = numberPaths(obj).filter((p) => p[0] !== 'version');
            const path = paths[pick % paths.length]!;
            setAt(obj as unknown as Record<string, unknown>, path, NaN);
            const text = serialise(obj, token);
            let error: unknown = null;
            try {
              parseReport(text, 'r.yaml');
            } catch (e) {
              error = e;
            }
            expect(isInputError(error), `${token} at ${path.join('.')} was accepted`).toBe(true);
            const first = error instanceof InputError ? error : (error as { errors: InputError[] }).errors[0]!;
            expect(first.file).toBe('r.yaml');
            expect(first.field).toBe(path.join('.'));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a NaN in another tool’s JSON metrics file or metrics CSV is read as a diverged value, or refused: never a crash',
    () => {
      const naming = { fallback: 'm', metrics_map: {} };
      const readsAsNaN = (read: () => { report: { metrics: Record<string, number> } }, victim: string) => {
        let loaded;
        try {
          loaded = read();
        } catch (e) {
          // Only an InputError (a bare `nan` is not JSON; `.nan` is not a number in a CSV), never another throw.
          expect(e).toBeInstanceOf(InputError);
          return;
        }
        expect(loaded.report.metrics[victim]).toBeNaN();
      };
      fc.assert(
        fc.property(
          fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), unit, { minKeys: 1, maxKeys: 6 }),
          fc.nat(),
          fc.constantFrom('NaN', 'nan', '-nan', 'NAN', '.nan', '"nan"', '"NaN"'),
          (metrics, pick, token) => {
            const names = Object.keys(metrics);
            const victim = names[pick % names.length]!;
            const json = serialise({ ...metrics, [victim]: NaN }, token);
            readsAsNaN(() => parseSingleFile('json', json, 'metrics.json', naming), victim);
            const cell = token.replace(/"/g, '');
            const csv = ['metric,value', ...names.map((n) => `${n},${n === victim ? cell : metrics[n]}`)].join('\n');
            readsAsNaN(() => parseSingleFile('csv', csv, 'metrics.csv', naming), victim);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
