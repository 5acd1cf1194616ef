/**
 * The walk over a parsed YAML syntax tree that turns it into plain values: it refuses what a report never needs
 * and an attacker might use (aliases, custom tags, prototype keys, unsafe numbers, deep nesting) and records
 * the position of every value. Messages name the field and never quote the file's contents.
 */
import { isAlias, isMap, isScalar, isSeq, isPair, type Node, type Scalar, type YAMLMap } from 'yaml';
import { InputError } from './errors.js';
import { UNDERFLOW_MESSAGE, underflowsToZero } from './number-text.js';

export const MAX_DEPTH = 64;
export const MAX_NODES = 200_000;
const MAX_KEY_CHARS = 200;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
// The YAML 1.2 core schema's own tags. The yaml package also resolves YAML 1.1 tags (!!binary, !!timestamp,
// !!set, !!omap) under any schema; they turn values into Uint8Array, Date or sets, which no report needs.
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

type Where = ConstructorParameters<typeof InputError>[1];
type Position = { line: number | undefined; column: number | undefined };

export interface WalkContext {
  file: string;
  /** A `.json` file: a bare NaN / Infinity there meant a number. */
  json: boolean;
  /** Other tools' files: a NaN or infinity is returned as the number instead of refused. */
  keepNonFinite: boolean;
  pos: (offset: number | undefined) => Position;
  positions: Map<string, { line: number; column: number }>;
  nodes: number;
}

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

/** Counts the node against the budgets and records its position; returns where messages about it point. */
function visit(ctx: WalkContext, node: unknown, path: Array<string | number>, depth: number) {
  const pointer = pointerOf(path);
  const field = pointerToField(pointer);
  const range = (node as { range?: [number, number, number] } | null)?.range;
  const where = { file: ctx.file, field: path.length ? field : undefined, ...ctx.pos(range?.[0]) };
  if (++ctx.nodes > MAX_NODES) throw new InputError(`too many values (more than ${MAX_NODES})`, { file: ctx.file });
  if (depth > MAX_DEPTH) throw new InputError(`nesting is deeper than ${MAX_DEPTH} levels`, where);
  if (where.line !== undefined) ctx.positions.set(pointer, { line: where.line, column: where.column ?? 1 });
  return { where, field };
}

function checkNodeKind(node: unknown, where: Where): void {
  if (isAlias(node) || (node as Node).anchor) {
    throw new InputError('YAML anchors and aliases (&name, *name) are not allowed; write the values out', where);
  }
  const tag = (node as Node).tag;
  if (tag && !CORE_TAGS.has(tag)) throw new InputError('custom YAML tags are not allowed; write a plain value', where);
}

/** The plain value of a YAML node at `path`. */
export function walkNode(ctx: WalkContext, node: unknown, path: Array<string | number>, depth: number): unknown {
  const { where, field } = visit(ctx, node, path, depth);
  if (node === null || node === undefined) return null;
  checkNodeKind(node, where);
  if (isMap(node)) return walkMap(ctx, node, path, depth, { where, field });
  if (isSeq(node)) return node.items.map((item, i) => walkNode(ctx, item, [...path, i], depth + 1));
  if (isScalar(node)) return scalarValue(ctx, node, where);
  throw new InputError('unsupported YAML node', where);
}

function walkMap(
  ctx: WalkContext,
  node: YAMLMap,
  path: Array<string | number>,
  depth: number,
  at: { where: Where; field: string },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key;
    if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
      throw new InputError('mapping keys must be plain strings', at.where);
    }
    const kpos = { file: ctx.file, field: at.field, ...ctx.pos(keyNode.range?.[0]) };
    const key = checkKey(String(keyNode.value), out, kpos);
    // Where the key itself is written: unknown-key errors point here rather than at its value.
    if (kpos.line !== undefined)
      ctx.positions.set(`${pointerOf([...path, key])}#key`, { line: kpos.line, column: kpos.column ?? 1 });
    Object.defineProperty(out, key, {
      value: walkNode(ctx, pair.value, [...path, key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function scalarValue(ctx: WalkContext, node: Scalar, where: Where): unknown {
  const v = node.value;
  if (typeof v === 'number' && ctx.keepNonFinite && !Number.isFinite(v)) return v;
  if (typeof v === 'number' || typeof v === 'bigint') return checkNumber(Number(v), node.source, where);
  // In a .json file an unquoted NaN / Infinity (Python's json.dump) cannot be text: it meant a number. In YAML,
  // `dataset: nan` is a string; the schema check says when a number was expected there.
  if (ctx.json && node.type === 'PLAIN' && typeof v === 'string' && /^-?(NaN|Infinity)$/.test(v)) {
    if (ctx.keepNonFinite) return v === 'NaN' ? NaN : v.startsWith('-') ? -Infinity : Infinity;
    throw new InputError(nonFiniteMessage(v), where);
  }
  return v;
}

/** A mapping key we accept, or the error saying why not (`out`: the keys of the mapping so far). */
function checkKey(key: string, out: Record<string, unknown>, kpos: Where): string {
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

function checkNumber(n: number, source: string | undefined, where: Where): number {
  const src = (source ?? '').trim();
  if (/^[-+]?0[xXoObB]/.test(src)) {
    throw new InputError('hexadecimal, octal and binary numbers are not accepted; write the number in decimal', where);
  }
  if (!Number.isFinite(n)) throw new InputError(nonFiniteMessage(), where);
  if (underflowsToZero(src, n)) throw new InputError(UNDERFLOW_MESSAGE, where);
  if (Number.isInteger(n) && !Number.isSafeInteger(n) && /^[-+]?\d+$/.test(src)) {
    throw new InputError(
      'integer is larger than 2^53 and would lose precision; write it as a float or a string',
      where,
    );
  }
  return n;
}
