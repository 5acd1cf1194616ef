/**
 * Enricher: when both reports name `eval.predictions`, stream the two files into the joint count table and run
 * the paired analysis (McNemar, paired bootstrap). The base's file comes from the base commit (git or API).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { evalSetsDiffer } from '../pipeline/eval-checks.js';
import { analysePaired } from '../stats/index.js';
import type { Enricher } from './enrich.js';
import { notFoundFromReport, resolveInside } from '../sources/bounds.js';
import { checkUntrustedFile } from '../sources/workspace.js';
import { readJointCounts } from './predictions-reader.js';

const MAX_PREDICTIONS_BYTES = 2 * 1024 ** 3;

export const predictionsEnricher: Enricher = async (model, env) => {
  const headRel = model.head?.report.eval?.predictions;
  const baseRel = model.base?.report.eval?.predictions;
  if (!headRel || !baseRel || !model.head_path || !model.base_path || !env.baseline) return;
  // Another eval set on each side (eval.changed): there is no pairing of examples to test, and joining the files
  // would only fail on their different ids and labels.
  if (evalSetsDiffer(model.base?.report.eval, model.head?.report.eval)) {
    model.extras = {
      ...model.extras,
      notes: [
        ...(model.extras?.notes ?? []),
        'the eval sets differ: the predictions files are not paired, significance from eval.size only',
      ],
    };
    return;
  }
  const where = { field: 'eval.predictions', ...model.head?.source.positions.get('/eval/predictions') };
  const fromDir = path.join(env.workspace, path.dirname(model.head_path));
  const headFile = resolveInside(env.workspace, fromDir, headRel, model.head_path, where);
  const headLabel = path.relative(env.workspace, headFile).split(path.sep).join('/');
  const checked = await checkUntrustedFile(headFile, {
    root: env.workspace,
    label: headLabel,
    maxBytes: MAX_PREDICTIONS_BYTES,
  });
  if (!checked)
    throw new InputError(notFoundFromReport('predictions file', env.workspace, fromDir, headFile), {
      file: model.head_path,
      ...where,
    });

  const baseRelPath = path.posix.normalize(path.posix.join(path.posix.dirname(model.base_path), baseRel));
  if (baseRelPath.startsWith('..') || path.posix.isAbsolute(baseRelPath)) {
    throw new InputError('eval.predictions of the base report points outside the repository', {
      file: `${model.base_path} (base)`,
      field: 'eval.predictions',
    });
  }
  const temp = await mkdtemp(path.join(tmpdir(), 'mlgate-preds-'));
  try {
    const baseFile = await env.baseline.toFile(baseRelPath, temp, MAX_PREDICTIONS_BYTES);
    if (!baseFile) {
      model.extras = {
        ...model.extras,
        notes: [
          ...(model.extras?.notes ?? []),
          `the base has no predictions file (${baseRelPath}): significance from eval.size only`,
        ],
      };
      return;
    }
    // Errors name the files as the user knows them, not the temp copy or the resolved real path.
    const table = await readJointCounts(baseFile, checked.real, {
      labels: { base: `${baseRelPath} (base)`, head: headLabel },
    });
    const paired = analysePaired(table, {
      iterations: env.config.significance.bootstrap_iterations,
      seed: env.config.significance.seed,
    });
    model.extras = { ...model.extras, paired };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};
