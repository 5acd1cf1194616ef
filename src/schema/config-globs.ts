/**
 * Globs in a config are refused when minimatch would not read them as the user means (kernel/glob.ts
 * `globProblem`), with the line they are on: a pattern that silently matches nothing is a silent pass.
 */
import { InputError } from '../kernel/errors.js';
import { globProblem } from '../kernel/glob.js';
import { pointerOf, pointerToField } from '../kernel/safe-parse.js';
import { splitSpec } from '../kernel/spec-syntax.js';

type Positions = Map<string, { line: number; column: number }>;

interface GlobFields {
  reports?: unknown;
  models?: Record<string, { paths?: unknown; report?: unknown }>;
  checklist?: { model_paths?: unknown };
}

export function checkConfigGlobs(raw: GlobFields, positions: Positions, file: string): void {
  const check = (path: string[], value: unknown, negation: boolean, first: boolean, spec: boolean) => {
    // A tracking server's experiment is a name, not a path (readers/spec.ts checks it).
    if (typeof value !== 'string' || (spec && splitSpec(value).prefix === 'mlflow-server')) return;
    const glob = spec ? splitSpec(value).path : value;
    const problem = globProblem(glob, { negation, first });
    if (problem === null) return;
    const pos = positions.get(pointerOf(path));
    throw new InputError(`the pattern "${value.slice(0, 80)}" ${problem}`, {
      file,
      field: pointerToField(pointerOf(path)),
      line: pos?.line,
      column: pos?.column,
    });
  };
  const list = (path: string[], value: unknown, negation: boolean, spec: boolean) => {
    if (Array.isArray(value)) value.forEach((v, i) => check([...path, String(i)], v, negation, i === 0, spec));
    else check(path, value, negation, true, spec);
  };
  list(['reports'], raw.reports, false, true);
  for (const [name, m] of Object.entries(raw.models ?? {})) {
    list(['models', name, 'paths'], m?.paths, true, false);
    check(['models', name, 'report'], m?.report, false, true, true);
  }
  list(['checklist', 'model_paths'], raw.checklist?.model_paths, true, false);
}
