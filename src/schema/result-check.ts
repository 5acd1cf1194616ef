/**
 * Reads a result JSON (what `--format json` prints and the gate writes) as untrusted input: the fork-PR publish
 * workflow gets it from an artifact that the PR's own workflow produced. Safe parser, then the JSON Schema in
 * schemas/result.schema.json (bounded lengths and counts, precompiled by scripts/gen-validators.mjs), then the
 * invariants the schema cannot state.
 */
import type { ErrorObject } from 'ajv';
import { result as validate } from './generated/result-validator.js';
import { clipName, InputError, InputErrors } from '../kernel/errors.js';
import type { GateResult, Verdict } from '../kernel/result-types.js';
import { parseYamlOrJson, pointerToField } from '../kernel/safe-parse.js';

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key "${clipName(String((e.params as { additionalProperty: string }).additionalProperty))}" (was the result written by another mlgate version? use the same version in both workflows)`;
    case 'required':
      return `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'maxItems':
    case 'maxLength':
      return `is too long (${e.message ?? 'over the limit'})`;
    case 'pattern':
      return 'has an invalid format';
    default:
      return e.message ?? 'is invalid';
  }
}

/** Parses and validates one result file's text; `file` names it in messages. Never echoes its contents. */
export function parseResult(text: string, file: string): GateResult {
  const doc = parseYamlOrJson(text, file);
  if (!validate(doc.value)) {
    const errors = (validate.errors ?? [])
      // `X or null` is an anyOf: its null branch's complaint ("must be null") only repeats the real one.
      .filter(
        (e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null'),
      )
      .slice(0, 10)
      .map((e) => {
        const pos = doc.positions.get(e.instancePath);
        return new InputError(`${describe(e)}; expected an mlgate result (schemas/result.schema.json)`, {
          file,
          field: e.instancePath ? pointerToField(e.instancePath) : undefined,
          line: pos?.line,
          column: pos?.column,
        });
      });
    throw errors.length === 1
      ? errors[0]!
      : new InputErrors(errors.length ? errors : [new InputError('is not an mlgate result', { file })]);
  }
  const result = doc.value;
  // An edited or forged file could claim "pass" over failing findings: verdicts must agree with what they summarise.
  result.models.forEach((m, i) => {
    const worst = worstOf(m.findings.map((f) => f.severity));
    if (RANK[worst] > RANK[m.verdict]) {
      throw new InputError(`verdict "${m.verdict}" contradicts a finding of severity "${worst}"`, {
        file,
        field: `models[${i}].verdict`,
      });
    }
  });
  const worst = worstOf(result.models.map((m) => m.verdict));
  if (RANK[worst] > RANK[result.verdict]) {
    throw new InputError(`verdict "${result.verdict}" contradicts a model whose verdict is "${worst}"`, {
      file,
      field: 'verdict',
    });
  }
  return result;
}

function worstOf(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((w, v) => (RANK[v] > RANK[w] ? v : w), 'pass');
}
