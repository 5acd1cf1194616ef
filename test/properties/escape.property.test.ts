// Property 1: whatever a PR writes into a name, escaping yields exactly one table cell with no live mention,
// reference, link (bare URLs autolink on GitHub), HTML, marker, code, line break or hidden character; and a log
// line with no workflow command.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLog, escapeMarkdownInline, neutraliseWorkflowCommands } from '../../src/kernel/escape.js';
import { metricRow } from '../../src/render/metric-table.js';
import type { MetricResult } from '../../src/kernel/result-types.js';
import { RUNS, TIMEOUT_MS } from './runs.js';
import { liveReferences } from '../support/github-text.js';

// Strings biased towards the characters that matter, mixed with arbitrary UTF-16 (lone surrogates included).
const nasty = fc.constantFrom(
  '@',
  '@octocat',
  '#',
  '#123',
  '|',
  '\\|',
  '`',
  '```',
  '<',
  '>',
  '<!--',
  '-->',
  '&',
  '&#124;',
  '[',
  ']',
  '(',
  ')',
  '*',
  '_',
  '~',
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u{E0041}',
  '\ud800',
  '\udc00',
  '😀',
  '::',
  ':',
  '##[',
  'add-mask',
  '$',
  '\\',
  '\t',
  '\u0000',
  '\u001b[31m',
  'a',
  ' ',
  'https://',
  'http:',
  '//',
  '/',
  'www.',
  'WwW',
  '.',
  'mailto:',
  'xmpp:',
  'github.com/acme/models/issues/1',
  'GH-',
  'gh-',
  '77',
  'acme/infra#3',
  ' fixes #1',
);
const hostileString = fc.oneof(
  fc.array(nasty, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 30 }).map((p) => p.join('')),
);

const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this checks for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u{E0000}-\u{E007F}]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Splits a table row on the pipes markdown would see: not escaped with a backslash. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/);
}

function expectInert(cell: string): void {
  expect(cell).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(cell).not.toMatch(/[<>`|]/);
  expect(cell).not.toContain('<!--');
  expect(cell).not.toMatch(/@(?!&#8203;)/); // every @ is followed by the zero-width space entity
  expect(cell).not.toMatch(/(^|[^&])#/); // a # only as part of an entity such as &#35;
  expect(liveReferences(cell)).toEqual([]); // nor after GitHub decodes the entities
  expect(cell).not.toMatch(/:\//); // no scheme://: GitHub would autolink it
  expect(cell).not.toMatch(/www\./i); // nor www.
  expect(cell).not.toMatch(/(mailto|xmpp):/i);
  expect(cell).not.toMatch(INVISIBLE);
  expect(cell).not.toMatch(LONE_SURROGATE);
}

describe('property: escaping', () => {
  it(
    'two escaped strings make exactly two inert table cells',
    () => {
      fc.assert(
        fc.property(hostileString, hostileString, (a, b) => {
          const x = escapeMarkdownInline(a);
          const y = escapeMarkdownInline(b);
          expectInert(x);
          expectInert(y);
          expect(cells(`| ${x} | ${y} |`)).toHaveLength(4);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a metric row with a hostile name has the header’s number of cells',
    () => {
      fc.assert(
        fc.property(hostileString, fc.double({ noNaN: true, noDefaultInfinity: true }), (name, head) => {
          const m: MetricResult = {
            name,
            base: 0.5,
            head,
            delta: head - 0.5,
            delta_pct: null,
            direction: 'higher',
            fraction: false,
            change: 'regressed',
            status: 'fail',
            reason: null,
            interval: null,
            p_value: null,
            p_adjusted: null,
            significant: null,
            min_detectable_effect: null,
            test: null,
          };
          const row = metricRow(m, false);
          // | name | base | PR | Δ | Δ% | allowed | status |  -> 7 cells, 9 parts
          expect(cells(row)).toHaveLength(9);
          expectInert(cells(row)[1]!.trim());
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'escaping is bounded in code points and never splits a surrogate pair',
    () => {
      fc.assert(
        fc.property(hostileString, fc.integer({ min: 2, max: 60 }), (s, max) => {
          const out = escapeMarkdownInline(s, max);
          const unescaped = out.replace(/&#8203;|&#8205;/g, '').replace(/&#?\w+;/g, 'x');
          expect(Array.from(unescaped).length).toBeLessThanOrEqual(max);
          expect(out).not.toMatch(LONE_SURROGATE);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a log line carries no workflow command, line break or hidden character',
    () => {
      fc.assert(
        fc.property(hostileString, fc.integer({ min: 2, max: 300 }), (s, max) => {
          const out = escapeLog(s, max);
          expect(out).not.toContain('::');
          expect(out).not.toContain('##[');
          expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
          expect(out).not.toMatch(INVISIBLE);
          expect(out).not.toMatch(LONE_SURROGATE);
          expect(Array.from(out).length).toBeLessThanOrEqual(max);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'CLI output: no line of any text starts a workflow command; text without one is unchanged',
    () => {
      fc.assert(
        fc.property(hostileString, (s) => {
          const out = neutraliseWorkflowCommands(s);
          // The runner splits lines on \n, \r and \r\n and trims leading whitespace before looking for `::`.
          for (const line of out.split(/\r\n|\r|\n/)) expect(line.trimStart()).not.toMatch(/^::/);
          expect(out).not.toContain('##[');
          const harmless =
            !s.split(/\r\n|\r|\n|\u2028|\u2029/).some((l) => l.trimStart().startsWith('::')) && !s.includes('##[');
          if (harmless) expect(out).toBe(s);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
