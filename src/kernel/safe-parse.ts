/**
 * Parses untrusted YAML or JSON text into plain values, with the position of every value.
 *
 * The yaml package is pinned to its safe subset (YAML 1.2 core schema, no merge keys, unique keys, a small alias
 * budget), and on top of that we walk the syntax tree ourselves so that we can refuse what a report never needs
 * and an attacker might use: anchors/aliases (alias bombs), `<<` merge keys, custom tags, prototype-polluting
 * keys, non-finite numbers, integers beyond 2^53, hex/octal notation and deep nesting. Messages never quote the
 * file's contents (the yaml package's "pretty" errors do, so we build our own from code and position).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { InputError, InputErrors } from './errors.js';
import { flowScan, jsonProblem, lineColumn, separatorCount, type FlowScan } from './syntax-hints.js';
import { MAX_DEPTH, MAX_NODES, walkNode } from './yaml-walk.js';

export { nonFiniteMessage, pointerOf, pointerToField } from './yaml-walk.js';

export interface ParsedDocument {
  value: unknown;
  /** JSON pointer (`/metrics/accuracy`) -> 1-based line and column of the value; `<pointer>#key` -> of its key. */
  positions: Map<string, { line: number; column: number }>;
}

export const MAX_TEXT_CHARS = 5 * 1024 * 1024;

const YAML_ERROR_HINTS: Record<string, string> = {
  TAG_RESOLVE_FAILED: 'custom YAML tags (!tag) are not allowed; write a plain value',
  BAD_INDENT: 'the indentation is inconsistent; indent nested keys with spaces, consistently',
  TAB_AS_INDENT: 'tabs cannot indent YAML; use spaces',
  MISSING_CHAR: 'a closing bracket, brace or quote is missing',
  MULTIPLE_DOCS: 'the file holds several YAML documents (---); keep one',
  BLOCK_AS_IMPLICIT_KEY: 'a key is malformed; check the colon after each key',
  MULTILINE_IMPLICIT_KEY: 'a key spans several lines; check for a missing colon or quote',
  UNEXPECTED_TOKEN: 'unexpected characters; check the syntax near this position',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters; use a shorter name',
};

/** Text-level checks shared by every format: size, encoding, binary content. */
export function checkText(text: string, file: string): string {
  if (text.length > MAX_TEXT_CHARS) {
    throw new InputError(`file is too large (${text.length} characters; the limit is ${MAX_TEXT_CHARS})`, { file });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // UTF-8 byte order mark
  if (text.includes('\u0000')) {
    throw new InputError('file contains NUL bytes: it is binary or UTF-16; save it as UTF-8 text', { file });
  }
  if (text.trim() === '') throw new InputError('file is empty; expected a YAML or JSON mapping', { file });
  return text;
}

/** A `.json` file (labels may carry " (base)" or "@sha"): held to JSON's own grammar, not YAML's looser one. */
const JSON_FILE = /\.json($|[\s@])/i;

/** JSON's grammar for a `.json` file; bare NaN / Infinity are left to the walk below, which names the field. */
function checkJsonGrammar(text: string, file: string): void {
  const problem = jsonProblem(text);
  if (!problem) return;
  // JSON.parse's own message is not reused: it can quote the file.
  const where = problem.offset !== null ? lineColumn(text, problem.offset) : {};
  throw new InputError(
    problem.kind === 'trailing_comma'
      ? 'not valid JSON: a trailing comma before a closing } or ]; remove it'
      : 'not valid JSON: check the syntax near this position (double quotes around keys and strings, commas between items, no comments)',
    { file, ...where },
  );
}

type Pos = (offset: number | undefined) => { line: number | undefined; column: number | undefined };

/** Size checks made before the YAML parser, whose memory grows faster than the limits the walk applies. */
function preScan(text: string, file: string): FlowScan {
  // The YAML parser needs ~1 KB per node: a million tiny items would cost gigabytes (MAX_NODES again).
  if (separatorCount(text) > MAX_NODES) throw new InputError(`too many values (more than ${MAX_NODES})`, { file });
  // Thousands of nested brackets exhaust its memory before the walk's depth limit.
  const flow = flowScan(text);
  if (flow.depth > MAX_DEPTH)
    throw new InputError(`nesting is deeper than ${MAX_DEPTH} levels`, { file, ...lineColumn(text, 0) });
  // Block collections nested on one line (`- - - 1`) cost it as much as brackets.
  if (flow.blockRun > MAX_DEPTH) {
    throw new InputError(
      `nesting is deeper than ${MAX_DEPTH} levels: more than ${MAX_DEPTH} block indicators ("- ", "? ", ": ") in a row on one line; put nested items on lines of their own`,
      { file, ...lineColumn(text, flow.blockRunAt) },
    );
  }
  return flow;
}

function parseYaml(text: string, file: string, lineCounter: LineCounter): Document.Parsed {
  try {
    return parseDocument(text, {
      version: '1.2',
      schema: 'core',
      merge: false,
      // The package's duplicate check compares each key with every earlier one (40k keys: 43 s); the walk
      // finds duplicates with a set instead.
      uniqueKeys: false,
      customTags: [],
      strict: true,
      prettyErrors: false,
      lineCounter,
    });
  } catch {
    throw new InputError('the file could not be parsed as YAML or JSON (nesting too deep or malformed)', { file });
  }
}

/** The parser's errors and warnings as our own messages (never its "pretty" ones, which quote the file). */
function throwYamlProblems(doc: Document.Parsed, flow: FlowScan, file: string, pos: Pos): void {
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length === 0) return;
  const errors = problems.slice(0, 10).map((e) => {
    // Only where YAML's own code would mislead (it names MISSING_CHAR itself for a truncated file).
    const open =
      e.code === 'BAD_INDENT' || e.code === 'UNEXPECTED_TOKEN' || e.code === 'BLOCK_AS_IMPLICIT_KEY'
        ? flow.unclosed
        : null;
    const hint =
      open !== null
        ? 'this [ or { is not closed; add the closing bracket or brace'
        : (YAML_ERROR_HINTS[e.code] ??
          (/call stack/i.test(e.message) ? 'nesting is too deep' : 'invalid YAML/JSON syntax'));
    return new InputError(`${hint} (YAML error ${e.code})`, { file, ...pos(open ?? e.pos[0]) });
  });
  // Several YAML errors can map to the same hint and place (an unclosed bracket): say it once.
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.format() === e.format()) === i);
  throw unique.length === 1 ? unique[0]! : new InputErrors(unique);
}

/**
 * `nonFinite: 'number'` is for other tools' files (wandb-summary.json, dvclive's metrics.json): a NaN or infinity
 * they wrote is a diverged value, returned as the number; mlgate's own documents refuse it (the default).
 */
export function parseYamlOrJson(
  input: string,
  file: string,
  opts: { nonFinite?: 'refuse' | 'number' } = {},
): ParsedDocument {
  const text = checkText(input, file);
  const json = JSON_FILE.test(file);
  if (json) checkJsonGrammar(text, file);
  const flow = preScan(text, file);
  const lineCounter = new LineCounter();
  const doc = parseYaml(text, file, lineCounter);
  const pos: Pos = (offset) => {
    if (offset === undefined) return { line: undefined, column: undefined };
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  throwYamlProblems(doc, flow, file, pos);
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    throw new InputError('only YAML 1.2 is accepted; remove the %YAML directive', { file, line: 1, column: 1 });
  }
  const positions = new Map<string, { line: number; column: number }>();
  const ctx = { file, json, keepNonFinite: opts.nonFinite === 'number', pos, positions, nodes: 0 };
  return { value: walkNode(ctx, doc.contents, [], 0), positions };
}
