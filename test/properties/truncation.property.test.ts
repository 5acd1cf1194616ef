// Property 2: the comment always fits the limit in UTF-8 bytes, never splits a surrogate pair, never leaves a
// table, <details> or code fence open, keeps the verdict line and our marker, and keeps the failing rows when
// they fit at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble, utf8Length, type Block } from '../../src/render/assemble.js';
import { escapeMarkdownInline } from '../../src/kernel/escape.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { config, gate } from './helpers.js';
import { RUNS, TIMEOUT_MS } from './runs.js';

const MARKER = '<!-- mlgate:comment key=default head=bbbbbbb -->';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function expectWellFormed(out: string, limit: number): void {
  expect(utf8Length(out)).toBeLessThanOrEqual(limit);
  expect(out).not.toMatch(LONE_SURROGATE);
  expect((out.match(/^```/gm) ?? []).length % 2).toBe(0);
  expect((out.match(/<details[\s>]/g) ?? []).length).toBe((out.match(/<\/details>/g) ?? []).length);
  // Table rows are whole: every line that starts a row ends one.
  for (const line of out.split('\n')) if (line.startsWith('|')) expect(line.endsWith('|'), line).toBe(true);
}

// Metric names: ASCII words, emoji (surrogate pairs) and characters that escape to long entities.
const metricName = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_]{0,30}$/),
  fc
    .array(fc.constantFrom('😀', '𝔸', '_', '@', '|', '<', 'é', 'x'), { minLength: 1, maxLength: 70 })
    .map((a) => a.join('')),
);
const value = fc.double({ min: 0, max: 1, noNaN: true });

const scenario = fc.record({
  models: fc
    .array(
      fc.record({
        name: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        metrics: fc.dictionary(metricName, fc.tuple(value, value), { minKeys: 1, maxKeys: 40 }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((ms) => ms.filter((m, i) => ms.findIndex((x) => x.name === m.name) === i)),
  notes: fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 5 }),
  limit: fc.integer({ min: 600, max: 30_000 }),
});

describe('property: truncation', () => {
  it(
    'renderMarkdown fits any limit, keeps the verdict line and the marker, and leaves nothing open',
    () => {
      fc.assert(
        fc.property(scenario, ({ models, notes, limit }) => {
          const result = gate(
            config({}),
            models.map((m) => ({
              name: m.name,
              base: Object.fromEntries(Object.entries(m.metrics).map(([k, [b]]) => [k, b])),
              head: Object.fromEntries(Object.entries(m.metrics).map(([k, [, h]]) => [k, h])),
            })),
            notes,
          );
          const full = renderMarkdown(result, { target: 'comment', marker: MARKER, limit: 10_000_000 });
          const out = renderMarkdown(result, { target: 'comment', marker: MARKER, limit });
          expectWellFormed(out, limit);
          const verdictLine = full.split('\n')[0]!;
          if (utf8Length(verdictLine) < limit - 400) expect(out.split('\n')[0]).toBe(verdictLine);
          expect(out.endsWith(MARKER)).toBe(true); // without it the next run cannot find the comment: a duplicate
          if (utf8Length(full) <= limit) expect(out).toBe(full);
          // Failing rows: unless even the must-keep content had to be cut, each failing metric still has its row.
          if (!out.includes('cut to fit')) {
            for (const m of result.models.flatMap((x) => x.metrics.filter((r) => r.status === 'fail'))) {
              expect(out).toContain(`| ${escapeMarkdownInline(m.name, 60)} |`);
            }
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'assemble with arbitrary blocks fits in bytes and never splits a surrogate pair',
    () => {
      const text = fc
        .array(fc.string({ unit: 'grapheme', maxLength: 200 }), { minLength: 1, maxLength: 30 })
        .map((lines) => lines.join('\n'));
      const block = fc.record({
        text,
        priority: fc.integer({ min: 0, max: 3 }),
        fallback: fc.option(text, { nil: undefined }),
      });
      fc.assert(
        fc.property(
          fc.array(block, { minLength: 1, maxLength: 12 }),
          fc.integer({ min: 400, max: 20_000 }),
          (blocks: Block[], limit) => {
            const out = assemble(blocks, { limit, truncatedNote: 'Some sections were left out.', footer: MARKER });
            expect(utf8Length(out)).toBeLessThanOrEqual(limit);
            expect(out).not.toMatch(LONE_SURROGATE);
            expect(out.endsWith(MARKER)).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
