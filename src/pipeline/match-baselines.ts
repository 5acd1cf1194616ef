/**
 * Which base report is each PR model's baseline, and which base models the PR no longer reports (pure).
 *
 * Reports are matched by the model name each one gives itself, not by path, so that a PR can neither drop a model
 * nor borrow another model's baseline by moving or renaming files:
 * 1. a PR model's baseline is the base report with the same name, wherever it was (same path, or moved);
 * 2. else the base report at its own path, when that report's model is no longer in the PR (a rename in place:
 *    the old figures are its past, relabelled with the new name);
 * 3. every base model that is nobody's baseline is `removed` (report.removed, baseline.when_removed).
 * Example that rule 1 stops: the PR deletes a.yaml (model foo) and rewrites b.yaml (model bar) as `model: foo`;
 * foo is compared with a.yaml's figures, and bar is reported removed.
 */
import type { ModelInput } from './evaluate.js';
import type { LoadedReport } from '../kernel/report-types.js';

export interface HeadReport {
  head: LoadedReport;
  /** Workspace-relative path of the PR's report (for DVC, its dvc.yaml). */
  path: string;
  /** The report at the same path at the base commit, named as that file names itself; null when absent. */
  base_at_path: LoadedReport | null;
  /** Where `base_at_path` is when not at `path`: a tool's newest run at the base (another run directory). */
  base_path?: string;
}

export interface BaseOnlyReport {
  base: LoadedReport;
  /** Path at the base commit; the PR has no file there. */
  path: string;
}

const nameOf = (r: LoadedReport) => r.report.model;

/** Base `r` relabelled as model `name` (a rename in place). */
function renamed(r: LoadedReport, name: string): LoadedReport {
  return nameOf(r) === name ? r : { ...r, report: { ...r.report, model: name } };
}

export function matchBaselines(heads: readonly HeadReport[], baseOnly: readonly BaseOnlyReport[]): ModelInput[] {
  const headNames = new Set(heads.map((h) => nameOf(h.head)));
  // Every base report of these sources, by its own name (the first one wins: the base had each name once).
  const bases = new Map<string, { base: LoadedReport; path: string }>();
  for (const h of heads)
    if (h.base_at_path && !bases.has(nameOf(h.base_at_path)))
      bases.set(nameOf(h.base_at_path), { base: h.base_at_path, path: h.base_path ?? h.path });
  for (const b of baseOnly) if (!bases.has(nameOf(b.base))) bases.set(nameOf(b.base), b);

  const used = new Set<string>();
  const models: ModelInput[] = heads.map((h) => {
    const name = nameOf(h.head);
    const same = bases.get(name);
    if (same) {
      used.add(name);
      return { name, head: h.head, base: same.base, head_path: h.path, base_path: same.path };
    }
    const here = h.base_at_path;
    if (here && !headNames.has(nameOf(here)) && !used.has(nameOf(here))) {
      used.add(nameOf(here));
      return { name, head: h.head, base: renamed(here, name), head_path: h.path, base_path: h.base_path ?? h.path };
    }
    return { name, head: h.head, base: null, head_path: h.path, base_path: null };
  });
  for (const [name, b] of bases) {
    if (!used.has(name) && !headNames.has(name))
      models.push({ name, head: null, base: b.base, head_path: null, base_path: b.path, removed: true });
  }
  return models;
}
