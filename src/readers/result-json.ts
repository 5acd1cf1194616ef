/**
 * mlgate's own result JSON (`mlgate compare --format json`), read back for `mlgate aggregate`. The files come
 * from matrix jobs that ran the PR's code, so they are untrusted like any report: the shape is checked field
 * by field, strings and lists are bounded, numbers finite; the merged verdict is recomputed, never copied.
 */
import { InputError } from '../core/errors.js';
import type { GateResult, ModelResult } from '../core/result-types.js';
import { parseYamlOrJson } from '../core/safe-parse.js';
import { worst } from '../core/verdict.js';

const MAX_MODELS = 100;
const MAX_ITEMS = 1000;
const MAX_STRING = 2000;

type Where = { file: string; field: string };
type Obj = Record<string, unknown>;

function fail(msg: string, w: Where): never {
  throw new InputError(`${msg}; regenerate it with \`mlgate compare --format json\``, { file: w.file, field: w.field });
}
function obj(v: unknown, w: Where): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail('expected an object', w);
  return v as Obj;
}
function str(v: unknown, w: Where, nullable = false): string | null {
  if (nullable && v === null) return null;
  if (typeof v !== 'string' || v.length > MAX_STRING) fail(`expected a string${nullable ? ' or null' : ''} of at most ${MAX_STRING} characters`, w);
  return v;
}
function num(v: unknown, w: Where, nullable = true): number | null {
  if (nullable && v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`expected a finite number${nullable ? ' or null' : ''}`, w);
  return v;
}
function oneOf<T extends string>(v: unknown, allowed: readonly T[], w: Where): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail(`expected one of ${allowed.join(', ')}`, w);
  return v as T;
}
function list(v: unknown, w: Where, max = MAX_ITEMS): unknown[] {
  if (!Array.isArray(v) || v.length > max) fail(`expected a list of at most ${max} items`, w);
  return v;
}
const at = (w: Where, f: string | number): Where => ({ file: w.file, field: typeof f === 'number' ? `${w.field}[${f}]` : `${w.field}.${f}` });

const VERDICTS = ['pass', 'warn', 'fail'] as const;
const CHANGES = ['improved', 'regressed', 'unchanged', 'within_noise', 'new', 'removed'] as const;

/** Any JSON below this point (curve analysis, checklist): finite numbers, bounded strings and size, no deeper than 12. */
function plain(v: unknown, w: Where, depth = 0, budget = { n: 0 }): void {
  if (++budget.n > 100_000 || depth > 12) fail('is nested too deeply or too large', w);
  if (v === null || typeof v === 'boolean') return;
  if (typeof v === 'number') return void num(v, w, false);
  if (typeof v === 'string') return void str(v, w);
  if (Array.isArray(v)) return v.forEach((x, i) => plain(x, at(w, i), depth + 1, budget));
  if (typeof v === 'object') return Object.entries(v as Obj).forEach(([k, x]) => plain(x, at(w, k), depth + 1, budget));
  fail('holds a value that JSON cannot', w);
}

function location(v: unknown, w: Where): void {
  if (v === undefined) return;
  const o = obj(v, w);
  str(o.file, at(w, 'file'));
  if (o.line !== undefined) num(o.line, at(w, 'line'), false);
  if (o.column !== undefined) num(o.column, at(w, 'column'), false);
}

function metric(v: unknown, w: Where): void {
  const m = obj(v, w);
  str(m.name, at(w, 'name'));
  for (const k of ['base', 'head', 'delta', 'delta_pct', 'p_value', 'p_adjusted', 'min_detectable_effect']) num(m[k], at(w, k));
  oneOf(m.direction, ['higher', 'lower'] as const, at(w, 'direction'));
  if (typeof m.fraction !== 'boolean') fail('expected true or false', at(w, 'fraction'));
  oneOf(m.change, CHANGES, at(w, 'change'));
  oneOf(m.status, VERDICTS, at(w, 'status'));
  str(m.reason, at(w, 'reason'), true);
  if (m.interval !== null) {
    const iv = list(m.interval, at(w, 'interval'), 2);
    if (iv.length !== 2) fail('expected [low, high] or null', at(w, 'interval'));
    iv.forEach((x, i) => num(x, at(at(w, 'interval'), i), false));
  }
  if (m.significant !== null && typeof m.significant !== 'boolean') fail('expected true, false or null', at(w, 'significant'));
  str(m.test, at(w, 'test'), true);
  location(m.location, at(w, 'location'));
}

function model(v: unknown, w: Where): ModelResult {
  const m = obj(v, w);
  str(m.name, at(w, 'name'));
  oneOf(m.verdict, VERDICTS, at(w, 'verdict'));
  list(m.reasons, at(w, 'reasons')).forEach((x, i) => str(x, at(at(w, 'reasons'), i)));
  oneOf(m.baseline, ['present', 'missing', 'carried_forward'] as const, at(w, 'baseline'));
  str(m.report_path, at(w, 'report_path'), true);
  str(m.reader, at(w, 'reader'));
  list(m.metrics, at(w, 'metrics')).forEach((x, i) => metric(x, at(at(w, 'metrics'), i)));
  list(m.findings, at(w, 'findings')).forEach((x, i) => {
    const fw = at(at(w, 'findings'), i);
    const f = obj(x, fw);
    str(f.rule, at(fw, 'rule'));
    oneOf(f.severity, ['fail', 'warn'] as const, at(fw, 'severity'));
    str(f.message, at(fw, 'message'));
    location(f.location, at(fw, 'location'));
  });
  list(m.notes, at(w, 'notes')).forEach((x, i) => str(x, at(at(w, 'notes'), i)));
  const ev = obj(m.eval, at(w, 'eval'));
  str(ev.dataset, at(at(w, 'eval'), 'dataset'), true);
  num(ev.size, at(at(w, 'eval'), 'size'));
  num(ev.base_size, at(at(w, 'eval'), 'base_size'));
  if (m.cost !== null) plain(obj(m.cost, at(w, 'cost')), at(w, 'cost'));
  if (m.learning_curve !== null) plain(obj(m.learning_curve, at(w, 'learning_curve')), at(w, 'learning_curve'));
  if (m.checklist !== null) list(m.checklist, at(w, 'checklist')).forEach((x, i) => plain(obj(x, at(at(w, 'checklist'), i)), at(at(w, 'checklist'), i)));
  return m as unknown as ModelResult;
}

export function parseResultJson(text: string, file: string): GateResult {
  const doc = parseYamlOrJson(text, file);
  const w = { file, field: '(top level)' };
  const r = obj(doc.value, w);
  if (r.schema_version !== 1) fail('is not an mlgate result (schema_version 1 expected)', { file, field: 'schema_version' });
  oneOf(r.verdict, VERDICTS, { file, field: 'verdict' });
  str(r.reason, { file, field: 'reason' });
  const base = obj(r.base, { file, field: 'base' });
  str(base.sha, { file, field: 'base.sha' }, true);
  oneOf(base.source, ['git', 'api', 'file', 'none'] as const, { file, field: 'base.source' });
  str(obj(r.head, { file, field: 'head' }).sha, { file, field: 'head.sha' }, true);
  list(r.models, { file, field: 'models' }, MAX_MODELS).forEach((x, i) => model(x, { file, field: `models[${i}]` }));
  list(r.notes, { file, field: 'notes' }).forEach((x, i) => str(x, { file, field: `notes[${i}]` }));
  return r as unknown as GateResult;
}

/** One result from many: models side by side, the verdict the worst of the models' (recomputed, not trusted). */
export function mergeResults(parts: Array<{ file: string; result: GateResult }>): GateResult {
  const models: ModelResult[] = [];
  const seen = new Map<string, string>();
  for (const { file, result } of parts) {
    for (const m of result.models) {
      const other = seen.get(m.name);
      if (other) throw new InputError(`model "${m.name.slice(0, 60)}" is in both ${other} and ${file}; each matrix job should gate its own model`, { file, field: 'models' });
      seen.set(m.name, file);
      // A model's verdict is at least as bad as its worst finding, whatever the file claims.
      models.push({ ...m, verdict: worst([m.verdict, ...m.findings.map((f) => f.severity)]) });
    }
  }
  const verdict = worst(models.map((m) => m.verdict));
  const shas = [...new Set(parts.map((p) => p.result.base.sha))];
  const notes = [...new Set(parts.flatMap((p) => p.result.notes))];
  if (shas.length > 1) notes.push(`the matrix jobs compared with different baselines (${shas.map((s) => (s ? s.slice(0, 7) : 'none')).join(', ')})`);
  const first = parts[0]?.result;
  return {
    schema_version: 1,
    verdict,
    reason: reasonOf(models, verdict),
    base: shas.length === 1 && first ? first.base : { sha: null, source: first?.base.source ?? 'none' },
    head: { sha: first?.head.sha ?? null },
    models,
    notes,
  };
}

function reasonOf(models: ModelResult[], verdict: GateResult['verdict']): string {
  if (models.length === 0) return 'no model results to aggregate';
  if (verdict === 'pass') {
    const carried = models.filter((m) => m.baseline === 'carried_forward').length;
    return `${models.length} model${models.length === 1 ? '' : 's'} checked, no regressions${carried ? ` (${carried} unchanged, carried forward)` : ''}`;
  }
  const culprits = models.filter((m) => m.verdict === verdict);
  const first = culprits[0]!;
  const more = culprits.reduce((n, m) => n + Math.max(m.reasons.length, 1), 0) - 1;
  return `${first.name}: ${first.reasons[0] ?? verdict}${more > 0 ? ` (+${more} more)` : ''}`;
}
