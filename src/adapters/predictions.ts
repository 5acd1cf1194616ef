/**
 * Enricher: when both reports name `eval.predictions`, stream the two files into the joint count table and run
 * the paired analysis (McNemar, paired bootstrap of what is gated). The base's file comes from the base commit
 * (git or API).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../kernel/config-types.js';
import { InputError } from '../kernel/errors.js';
import { judgedValues } from '../metrics/metric-rules.js';
import { evalSetsDiffer } from '../pipeline/eval-checks.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import { analysePaired } from '../stats/index.js';
import type { EnrichEnv, Enricher } from './enrich.js';
import { notFoundFromReport, resolveInside } from '../sources/bounds.js';
import { checkUntrustedFile } from '../sources/workspace.js';
import { readJointCounts } from './predictions-reader.js';

const MAX_PREDICTIONS_BYTES = 2 * 1024 ** 3;

function addNote(model: ModelInput, note: string): void {
  model.extras = { ...model.extras, notes: [...(model.extras?.notes ?? []), note] };
}

/** The names of the model's metrics its rules gate: only those are resampled. */
export function gatedMetrics(model: ModelInput, config: Config): string[] {
  const head = model.head?.report.metrics ?? {};
  const base = model.base?.report.metrics ?? {};
  const value = (o: Record<string, number>, n: string) => (Object.hasOwn(o, n) ? o[n]! : null);
  const names = new Set([...Object.keys(head), ...Object.keys(base)]);
  return [...names].filter((n) => judgedValues(n, config, value(base, n), value(head, n)).rule.gate);
}

/** The PR's predictions file, checked inside the workspace: its real path and its name for messages. */
async function headFile(model: ModelInput, env: EnrichEnv, rel: string): Promise<{ real: string; label: string }> {
  const where = { field: 'eval.predictions', ...model.head?.source.positions.get('/eval/predictions') };
  const fromDir = path.join(env.workspace, path.dirname(model.head_path!));
  const file = resolveInside(env.workspace, fromDir, rel, model.head_path!, where);
  const label = path.relative(env.workspace, file).split(path.sep).join('/');
  const checked = await checkUntrustedFile(file, { root: env.workspace, label, maxBytes: MAX_PREDICTIONS_BYTES });
  if (!checked) {
    throw new InputError(notFoundFromReport('predictions file', env.workspace, fromDir, file), {
      file: model.head_path!,
      ...where,
    });
  }
  return { real: checked.real, label };
}

/** The base's predictions file, relative to the repository (it is read from the base commit). */
function baseRelPath(model: ModelInput, rel: string): string {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(model.base_path!), rel));
  if (joined.startsWith('..') || path.posix.isAbsolute(joined)) {
    throw new InputError('eval.predictions of the base report points outside the repository', {
      file: `${model.base_path} (base)`,
      field: 'eval.predictions',
    });
  }
  return joined;
}

export const predictionsEnricher: Enricher = async (model, env) => {
  const headRel = model.head?.report.eval?.predictions;
  const baseRel = model.base?.report.eval?.predictions;
  if (!headRel || !baseRel || !model.head_path || !model.base_path || !env.baseline) return;
  // Another eval set on each side (eval.changed): there is no pairing of examples to test, and joining the files
  // would only fail on their different ids and labels.
  if (evalSetsDiffer(model.base?.report.eval, model.head?.report.eval)) {
    addNote(model, 'the eval sets differ: the predictions files are not paired, significance from eval.size only');
    return;
  }
  const head = await headFile(model, env, headRel);
  const baseRelFile = baseRelPath(model, baseRel);
  const temp = await mkdtemp(path.join(tmpdir(), 'mlgate-preds-'));
  try {
    const baseFile = await env.baseline.toFile(baseRelFile, temp, MAX_PREDICTIONS_BYTES);
    if (!baseFile) {
      addNote(model, `the base has no predictions file (${baseRelFile}): significance from eval.size only`);
      return;
    }
    // Errors name the files as the user knows them, not the temp copy or the resolved real path.
    const table = await readJointCounts(baseFile, head.real, {
      labels: { base: `${baseRelFile} (base)`, head: head.label },
    });
    const paired = analysePaired(table, {
      iterations: env.config.significance.bootstrap_iterations,
      seed: env.config.significance.seed,
      gated: gatedMetrics(model, env.config),
    });
    model.extras = { ...model.extras, paired };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};
