/**
 * Parses untrusted YAML or JSON text into plain values, with the position of every value.
 *
 * The yaml package is pinned to its safe subset (YAML 1.2 core schema, no merge keys, unique keys, a small alias
 * budget), and on top of that we walk the syntax tree ourselves so that we can refuse what a report never needs
 * and an attacker might use: anchors/aliases (alias bombs), `<<` merge keys, custom tags, prototype-polluting
 * keys, non-finite numbers, integers beyond 2^53, hex/octal notation and deep nesting. Messages never quote the
 * file's contents (the yaml package's "pretty" errors do, so we build our own from code and position).
 */
import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { InputError, InputErrors } from './errors.js';
import { flowScan, jsonProblem, lineColumn, separatorCount } from './syntax-hints.js';
import { UNDERFLOW_MESSAGE, underflowsToZero } from './number-text.js';

export interface ParsedDocument {
  value: unknown;
  /** JSON pointer (`/metrics/accuracy`) -> 1-based line and column of the value; `<pointer>#key` -> of its key. */
  positions: Map<string, { line: number; column: number }>;
}

export const MAX_TEXT_CHARS = 5 * 1024 * 1024;
const MAX_DEPTH = 64;
const MAX_NODES = 200_000;
const MAX_KEY_CHARS = 200;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
// The YAML 1.2 core schema's own tags. The yaml package also resolves YAML 1.1 tags (!!binary, !!timestamp,
// !!set, !!omap) under any schema; they turn values into Uint8Array, Date or sets, which no report needs.
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** `/a/b/0` -> `a.b[0]`: the way fields are named in messages. */
export function pointerToField(pointer: string): string {
  if (pointer === '') return '(top level)';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export function pointerOf(parts: ReadonlyArray<string | number>): string {
  return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

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

/**
 * `nonFinite: 'number'` is for other tools' files (wandb-summary.json, dvclive's metrics.json): a NaN or infinity
 * they wrote is a diverged value, returned as the number; mlgate's own documents refuse it (the default).
 */
export function parseYamlOrJson(
  input: string,
  file: string,
  opts: { nonFinite?: 'refuse' | 'number' } = {},
): ParsedDocument {
  const keepNonFinite = opts.nonFinite === 'number';
  const text = checkText(input, file);
  const json = JSON_FILE.test(file);
  if (json) checkJsonGrammar(text, file);
  // Before the YAML parser, which needs ~1 KB per node: a million tiny items would cost gigabytes (MAX_NODES again).
  if (separatorCount(text) > MAX_NODES) throw new InputError(`too many values (more than ${MAX_NODES})`, { file });
  // Before the YAML parser: thousands of nested brackets exhaust its memory before the walk's depth limit.
  const flow = flowScan(text);
  if (flow.depth > MAX_DEPTH)
    throw new InputError(`nesting is deeper than ${MAX_DEPTH} levels`, { file, ...lineColumn(text, 0) });
  // Before the YAML parser too: block collections nested on one line (`- - - 1`) cost it as much as brackets.
  if (flow.blockRun > MAX_DEPTH) {
    throw new InputError(
      `nesting is deeper than ${MAX_DEPTH} levels: more than ${MAX_DEPTH} block indicators ("- ", "? ", ": ") in a row on one line; put nested items on lines of their own`,
      { file, ...lineColumn(text, flow.blockRunAt) },
    );
  }
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      merge: false,
      // The package's duplicate check compares each key with every earlier one (40k keys: 43 s); the walk below
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
  const pos = (offset: number | undefined) => {
    if (offset === undefined) return { line: undefined, column: undefined };
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
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
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    throw new InputError('only YAML 1.2 is accepted; remove the %YAML directive', { file, line: 1, column: 1 });
  }
  const positions = new Map<string, { line: number; column: number }>();
  let nodes = 0;

  const walk = (node: unknown, path: Array<string | number>, depth: number): unknown => {
    const pointer = pointerOf(path);
    const field = pointerToField(pointer);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const where = { file, field: path.length ? field : undefined, ...pos(range?.[0]) };
    if (++nodes > MAX_NODES) throw new InputError(`too many values (more than ${MAX_NODES})`, { file });
    if (depth > MAX_DEPTH) throw new InputError(`nesting is deeper than ${MAX_DEPTH} levels`, where);
    if (where.line !== undefined) positions.set(pointer, { line: where.line, column: where.column ?? 1 });
    if (node === null || node === undefined) return null;
    if (isAlias(node) || (node as Node).anchor) {
      throw new InputError('YAML anchors and aliases (&name, *name) are not allowed; write the values out', where);
    }
    const tag = (node as Node).tag;
    if (tag && !CORE_TAGS.has(tag)) {
      throw new InputError('custom YAML tags are not allowed; write a plain value', where);
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
          throw new InputError('mapping keys must be plain strings', where);
        }
        const kpos = { file, field, ...pos(keyNode.range?.[0]) };
        const key = checkKey(String(keyNode.value), out, kpos);
        // Where the key itself is written: unknown-key errors point here rather than at its value.
        if (kpos.line !== undefined)
          positions.set(`${pointerOf([...path, key])}#key`, { line: kpos.line, column: kpos.column ?? 1 });
        Object.defineProperty(out, key, {
          value: walk(pair.value, [...path, key], depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((item, i) => walk(item, [...path, i], depth + 1));
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'number' && keepNonFinite && !Number.isFinite(v)) return v;
      if (typeof v === 'number' || typeof v === 'bigint') return checkNumber(Number(v), node.source, where);
      // In a .json file an unquoted NaN / Infinity (Python's json.dump) cannot be text: it meant a number. In YAML,
      // `dataset: nan` is a string; the schema check says when a number was expected there.
      if (json && node.type === 'PLAIN' && typeof v === 'string' && /^-?(NaN|Infinity)$/.test(v)) {
        if (keepNonFinite) return v === 'NaN' ? NaN : v.startsWith('-') ? -Infinity : Infinity;
        throw new InputError(nonFiniteMessage(v), where);
      }
      return v;
    }
    throw new InputError('unsupported YAML node', where);
  };
  return { value: walk(doc.contents, [], 0), positions };
}

/** A mapping key we accept, or the error saying why not (`out`: the keys of the mapping so far). */
function checkKey(
  key: string,
  out: Record<string, unknown>,
  kpos: ConstructorParameters<typeof InputError>[1],
): string {
  if (FORBIDDEN_KEYS.has(key)) {
    throw new InputError(
      `the key "${key}" is not allowed${key === '<<' ? ' (YAML merge keys are disabled)' : ''}; remove it`,
      kpos,
    );
  }
  if (key.length > MAX_KEY_CHARS) throw new InputError(`a key is longer than ${MAX_KEY_CHARS} characters`, kpos);
  if (Object.prototype.hasOwnProperty.call(out, key)) {
    // Quoted only when it is a plain name (never arbitrary file text).
    const name = /^[A-Za-z0-9_.\-/]{1,60}$/.test(key) ? `the key "${key}"` : 'a key';
    throw new InputError(`${name} appears twice in the same mapping; keep one`, kpos);
  }
  return key;
}

/**
 * The one message for a number that is not finite; `written` is the text as the file wrote it, when it came as
 * a bare word (NaN, Infinity: what Python's json.dump writes).
 */
export function nonFiniteMessage(written?: string): string {
  const what = written
    ? `${written} is not a finite number (Python's json.dump writes it unless allow_nan=False): `
    : '';
  return `${what}NaN and infinite numbers are not accepted; report a finite number or leave the field out`;
}

function checkNumber(
  n: number,
  source: string | undefined,
  where: ConstructorParameters<typeof InputError>[1],
): number {
  const src = (source ?? '').trim();
  if (/^[-+]?0[xXoObB]/.test(src)) {
    throw new InputError('hexadecimal, octal and binary numbers are not accepted; write the number in decimal', where);
  }
  if (!Number.isFinite(n)) {
    throw new InputError(nonFiniteMessage(), where);
  }
  if (underflowsToZero(src, n)) throw new InputError(UNDERFLOW_MESSAGE, where);
  if (Number.isInteger(n) && !Number.isSafeInteger(n) && /^[-+]?\d+$/.test(src)) {
    throw new InputError(
      'integer is larger than 2^53 and would lose precision; write it as a float or a string',
      where,
    );
  }
  return n;
}
