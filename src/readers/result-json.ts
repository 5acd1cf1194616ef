/**
 * Merging mlgate's result JSONs (`mlgate compare --format json`, one per matrix job) for `mlgate aggregate` and
 * `mode: aggregate`. Each file is read as untrusted input by schema/result-check.ts (the same check as the
 * fork-publish artifact); the merged verdict is recomputed, never copied.
 */
import { InputError } from '../kernel/errors.js';
import type { GateResult, ModelResult } from '../kernel/result-types.js';
import { worst } from '../kernel/verdict.js';
import { resultReason } from '../kernel/verdict.js';

/** One result from many: models side by side, the verdict the worst of the models' (recomputed, not trusted). */
export function mergeResults(parts: Array<{ file: string; result: GateResult }>): GateResult {
  const models: ModelResult[] = [];
  const seen = new Map<string, string>();
  for (const { file, result } of parts) {
    for (const m of result.models) {
      const other = seen.get(m.name);
      if (other)
        throw new InputError(
          `model "${m.name.slice(0, 60)}" is in both ${other} and ${file}; each matrix job should gate its own model`,
          { file, field: 'models' },
        );
      seen.set(m.name, file);
      // A model's verdict is at least as bad as its worst finding, whatever the file claims.
      models.push({ ...m, verdict: worst([m.verdict, ...m.findings.map((f) => f.severity)]) });
    }
  }
  const verdict = worst(models.map((m) => m.verdict));
  const shas = [...new Set(parts.map((p) => p.result.base.sha))];
  const notes = [...new Set(parts.flatMap((p) => p.result.notes))];
  if (shas.length > 1)
    notes.push(
      `the matrix jobs compared with different baselines (${shas.map((s) => (s ? s.slice(0, 7) : 'none')).join(', ')})`,
    );
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
  if (verdict !== 'pass') return resultReason(models, verdict);
  const carried = models.filter((m) => m.baseline === 'carried_forward').length;
  // As the gate says it: "no regressions" above a row that regressed within tolerance would contradict it.
  const tolerated = models.some((m) => m.metrics.some((x) => x.change === 'regressed'));
  return `${models.length} model${models.length === 1 ? '' : 's'} checked, ${tolerated ? 'no regression beyond tolerance' : 'no regressions'}${carried ? ` (${carried} unchanged, carried forward)` : ''}`;
}
