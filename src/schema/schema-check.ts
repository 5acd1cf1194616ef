/**
 * Validates parsed documents against the JSON Schemas in schemas/ (the same files editors use, so the
 * documentation and the check cannot drift apart) and turns Ajv's errors into messages a user can act on:
 * file:line:column, the field, what was expected, and a suggestion for unknown keys. The validators are compiled at
 * build time (scripts/gen-validators.mjs): no process pays for compiling a schema.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { config, report } from './generated/document-validators.js';
import { clipName, InputError, InputErrors } from '../kernel/errors.js';
import { nonFiniteMessage, pointerOf, pointerToField, type ParsedDocument } from '../kernel/safe-parse.js';
import { nearest } from '../kernel/suggest.js';

const validators: Record<'report' | 'config', ValidateFunction> = { report, config };

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  integer: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  array: 'a list',
};

const REQUIRED_HINTS: Record<string, string> = {
  version: 'add `version: 1` at the top',
  model: 'add `model: <name>` (one report per model)',
  metrics: 'add `metrics:` with at least one `name: value`',
  metric: 'name the metric the points measure, e.g. `metric: accuracy`',
};

/** What each pattern of the schemas allows, in words (the description says what the field is, not this). */
const PATTERN_HINTS: Record<string, string> = {
  '^[A-Za-z0-9][A-Za-z0-9._/-]*$':
    'use letters, digits and . _ - / only (no spaces), starting with a letter or digit, e.g. fraud-detector',
  '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$':
    'write a GitHub handle: letters, digits and - (at most 39), with or without a leading @',
  '^[0-9a-fA-F]{7,64}$': 'write a commit SHA: 7 to 64 hexadecimal digits',
  '^\\d{4}-\\d{2}-\\d{2}$': 'write a date as YYYY-MM-DD',
  '^[A-Z]{3}$': 'write a three-letter currency code in capitals, e.g. USD or EUR',
  '^[a-z0-9][a-z0-9_-]{0,40}$':
    'use lower-case letters, digits, _ and - only (no spaces), at most 41, starting with a letter or digit',
  '^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$': 'write org/team-slug, e.g. acme/ml-leads',
  '^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$':
    'write a metric name: letters, digits and . _ / @ : - (no spaces), at most 100, starting with a letter or digit',
};

/** What in a string breaks a pattern, when it is the usual slip (not the value itself: it may be hostile). */
function patternSlip(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (/^\s|\s$/.test(value)) return ': it starts or ends with a space';
  if (/\s/.test(value)) return ': it contains a space';
  return '';
}

/** A schema description as a trailing clause: " — Significance level, default 0.05 (…)." (no nested parentheses). */
function about(description: string | undefined): string {
  return description ? ` — ${description}` : '';
}

/** A number as the user wrote it, for "got …" (finite numbers only reach here; long ones are cut). */
function shownValue(value: unknown): string {
  return typeof value === 'number' ? String(value).slice(0, 30) : describe(value);
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

type Message = { message: string; pointer: string; keyPointer?: string };
type Described = { description?: string; properties?: Record<string, unknown> } | undefined;

function unknownKey(e: ErrorObject, schema: Described): Message {
  const key = String((e.params as { additionalProperty: string }).additionalProperty);
  const valid = Object.keys(schema?.properties ?? {}).filter((k) => k !== '$schema');
  const guess = nearest(key, valid);
  const hint = guess ? `did you mean "${guess}"?` : valid.length ? `valid keys: ${valid.join(', ')}` : 'remove it';
  return { message: `unknown key "${clipName(key)}"; ${hint}`, pointer: `${e.instancePath}/${escapeKey(key)}` };
}

function wrongType(e: ErrorObject): Message {
  const pointer = e.instancePath;
  const types = String((e.params as { type: string }).type).split(',');
  const want = types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
  // The usual slip: a number written with a unit, a percent sign or thousands separators.
  const numeric = types.includes('number') || types.includes('integer');
  const nan = numeric && typeof e.data === 'string' && /^[-+]?\.?(nan|inf|infinity)$/i.test(e.data);
  if (nan) return { message: nonFiniteMessage(String(e.data)), pointer };
  const hint =
    numeric && typeof e.data === 'string'
      ? '; write a plain number such as 0.912 or 12000 (no %, units or separators)'
      : '';
  // 5000.5 for a whole number: show it, it is the value that is wrong, not its kind.
  return { message: `expected ${want}, got ${shownValue(e.data)}${hint}`, pointer };
}

function badPattern(e: ErrorObject, schema: Described): Message {
  const pointer = e.instancePath;
  if (e.propertyName !== undefined) {
    // A key that breaks propertyNames: point at the key's line, say which characters are allowed, and do not
    // quote it (it may carry markup, invisible characters or 70k characters).
    return {
      message:
        'a name here has characters that are not allowed: use letters, digits and . _ / @ : - (at most 100 characters)',
      pointer,
      keyPointer: `${pointer}/${escapeKey(e.propertyName)}`,
    };
  }
  const hint = PATTERN_HINTS[(e.params as { pattern: string }).pattern];
  return {
    message: `has an invalid format${patternSlip(e.data)}${hint ? `; ${hint}` : about(schema?.description)}`,
    pointer,
  };
}

const COMPARISON_WORDS: Record<string, string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'greater than',
  '<': 'less than',
};

function outOfRange(e: ErrorObject, schema: Described): Message {
  const { comparison, limit } = e.params as { comparison: string; limit: number };
  return {
    message: `must be ${COMPARISON_WORDS[comparison] ?? comparison} ${limit}, got ${shownValue(e.data)}${about(schema?.description)}`,
    pointer: e.instancePath,
  };
}

const limitOf = (e: ErrorObject) => (e.params as { limit: number }).limit;

/** Ajv keyword -> the message for a user; anything else gets Ajv's own words and the field's description. */
const MESSAGES: Record<string, (e: ErrorObject, schema: Described) => Message> = {
  additionalProperties: unknownKey,
  required: (e) => {
    const key = (e.params as { missingProperty: string }).missingProperty;
    const hint = REQUIRED_HINTS[key] ?? `add \`${key}:\``;
    return { message: `missing required key "${key}"; ${hint}`, pointer: e.instancePath };
  },
  type: wrongType,
  const: (e) => ({
    message: `expected ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`,
    pointer: e.instancePath,
  }),
  enum: (e) => ({
    message: `expected one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`,
    pointer: e.instancePath,
  }),
  pattern: badPattern,
  minProperties: (e) => ({ message: 'must not be empty', pointer: e.instancePath }),
  maxLength: (e) => ({ message: `is longer than ${limitOf(e)} characters`, pointer: e.instancePath }),
  maxItems: (e) => ({ message: `has more than ${limitOf(e)} entries`, pointer: e.instancePath }),
  maxProperties: (e) => ({ message: `has more than ${limitOf(e)} entries`, pointer: e.instancePath }),
  minimum: outOfRange,
  maximum: outOfRange,
  exclusiveMinimum: outOfRange,
  exclusiveMaximum: outOfRange,
};

function messageFor(e: ErrorObject): Message {
  const schema = e.parentSchema as Described;
  const rule = Object.hasOwn(MESSAGES, e.keyword) ? MESSAGES[e.keyword] : undefined;
  if (rule) return rule(e, schema);
  return { message: `${e.message ?? 'is invalid'}${about(schema?.description)}`, pointer: e.instancePath };
}

/** One key as a JSON-pointer segment (without the leading slash). */
const escapeKey = (key: string) => pointerOf([key]).slice(1);

/** Throws InputErrors listing every problem, each with file, field, line and column. */
export function checkAgainstSchema(kind: 'report' | 'config', doc: ParsedDocument, file: string): void {
  const validate = validators[kind];
  if (validate(doc.value)) return;
  const seen = new Set<string>();
  const errors: InputError[] = [];
  for (const e of validate.errors ?? []) {
    // oneOf/anyOf report each branch's failure and then their own: the branch messages are the useful ones.
    // propertyNames wraps the failing name's own error, which we report instead.
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    const { message, pointer, keyPointer } = messageFor(e);
    const key = `${pointer}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const keyPos =
      e.keyword === 'additionalProperties'
        ? doc.positions.get(`${pointer}#key`)
        : keyPointer
          ? doc.positions.get(`${keyPointer}#key`)
          : undefined;
    const pos = keyPos ?? doc.positions.get(pointer) ?? doc.positions.get(e.instancePath);
    errors.push(
      new InputError(message, {
        file,
        field: pointer ? pointerToField(pointer) : undefined,
        line: pos?.line,
        column: pos?.column,
      }),
    );
  }
  throw errors.length === 1 ? errors[0]! : new InputErrors(errors.slice(0, 20));
}
