/** Enricher: reads `learning_curve.file` CSVs of the PR's report (workspace) and of the base (git or API). */
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { parseCurveCsvDetailed } from '../readers/index.js';
import type { Enricher } from './enrich.js';
import { notFoundFromReport, resolveInside } from '../sources/bounds.js';
import { readUntrustedText } from '../sources/workspace.js';

const MAX_CSV_BYTES = 2 * 1024 * 1024;

export const curveCsvEnricher: Enricher = async (model, env) => {
  const headBlock = model.head?.report.learning_curve;
  if (headBlock?.file && model.head_path) {
    const where = { field: 'learning_curve.file', ...model.head?.source.positions.get('/learning_curve/file') };
    const fromDir = path.join(env.workspace, path.dirname(model.head_path));
    const full = resolveInside(env.workspace, fromDir, headBlock.file, model.head_path, where);
    const label = path.relative(env.workspace, full).split(path.sep).join('/');
    const text = await readUntrustedText(full, { root: env.workspace, label, maxBytes: MAX_CSV_BYTES });
    if (text === null)
      throw new InputError(notFoundFromReport('learning-curve CSV', env.workspace, fromDir, full), {
        file: model.head_path,
        ...where,
      });
    const csv = parseCurveCsvDetailed(text, label, headBlock.metric);
    model.extras = {
      ...model.extras,
      curve: { ...model.extras?.curve, head: { points: csv.points, cost_unit: csv.cost_unit ?? 'CPU-h' } },
    };
  }
  const baseBlock = model.base?.report.learning_curve;
  if (baseBlock?.file && model.base_path && env.baseline) {
    // The base's CSV lives at the base commit, next to the base report; a missing one only drops the base curve.
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(model.base_path), baseBlock.file));
    if (rel.startsWith('..') || path.posix.isAbsolute(rel)) return;
    const text = await env.baseline.read(rel);
    if (text === null) return;
    const csv = parseCurveCsvDetailed(text, `${rel} (base)`, baseBlock.metric);
    model.extras = {
      ...model.extras,
      curve: { ...model.extras?.curve, base: { points: csv.points, cost_unit: csv.cost_unit ?? 'CPU-h' } },
    };
  }
};
