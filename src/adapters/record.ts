/**
 * Recording a baseline (`mode: record`, `mlgate record`): the reports are read and checked exactly as a gate
 * run reads the PR's (same readers, bounds and enrichers, no baseline), then every file the readers read and
 * every file the reports reference (predictions, learning curves) goes into a bundle with its manifest
 * (sources/bundle.ts), which actions/upload-artifact uploads and a PR's gate finds (adapters/baseline.ts).
 */
import type { ProcessEnv } from '../sources/git-env.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../kernel/config-types.js';
import { InputError } from '../kernel/errors.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import { resolveInside } from '../sources/bounds.js';
import { writeBundle, type BundleManifest } from '../sources/bundle.js';
import type { Source } from '../sources/source.js';
import { workspaceSource } from '../sources/workspace.js';
import { enrichModels } from './enrich.js';
import { gatherModels } from './gather.js';

/** The workspace as the PR's side, noting every file a reader was given. */
function recording(root: string, seen: Set<string>): Source {
  const ws = workspaceSource(root);
  const note =
    <T>(rel: string) =>
    (out: T | null) => {
      if (out !== null) seen.add(path.posix.normalize(rel).replace(/^(\.\/)+/, ''));
      return out;
    };
  return {
    get kind() {
      return ws.kind;
    },
    describe: () => ws.describe(),
    label: (rel) => ws.label(rel),
    read: (rel, o) => ws.read(rel, o).then(note(rel)),
    readBytes: (rel, o) => ws.readBytes(rel, o).then(note(rel)),
    toFile: (rel, t, m) => ws.toFile(rel, t, m).then(note(rel)),
    list: (dir, o) => ws.list(dir, o),
  };
}

/** The files a model's report names (`eval.predictions`, `learning_curve.file`), workspace-relative. */
function referencedFiles(model: ModelInput, root: string): string[] {
  const report = model.head?.report;
  if (!report || !model.head_path) return [];
  const fromDir = path.join(root, path.dirname(model.head_path));
  const named: Array<[string | undefined, string]> = [
    [report.eval?.predictions, 'eval.predictions'],
    [report.learning_curve?.file, 'learning_curve.file'],
  ];
  return named
    .filter((n): n is [string, string] => typeof n[0] === 'string' && n[0] !== '')
    .map(([rel, field]) => {
      const full = resolveInside(root, fromDir, rel, model.head_path!, { field });
      return path.relative(root, full).split(path.sep).join('/');
    });
}

export interface Recorded {
  models: ModelInput[];
  manifest: BundleManifest;
}

export async function recordBaseline(opts: {
  workspace: string;
  processEnv: ProcessEnv;
  config: Config;
  patterns: readonly string[];
  outDir: string;
  sha: string;
  ref: string | null;
  now: Date;
  version: string;
  fix?: string;
}): Promise<Recorded> {
  const seen = new Set<string>();
  const head = recording(opts.workspace, seen);
  const models = await gatherModels({ ...opts, baseline: null, head });
  await enrichModels(models, {
    workspace: opts.workspace,
    processEnv: opts.processEnv,
    config: opts.config,
    client: null,
    repo: null,
    pull: null,
    baseline: null,
    now: opts.now,
  });
  const files = new Set(seen);
  for (const m of models) {
    for (const rel of referencedFiles(m, opts.workspace)) {
      if ((await head.toFile(rel, tmpdir(), Number.MAX_SAFE_INTEGER)) === null)
        throw new InputError(
          `names ${rel}, which does not exist: a baseline without it would give PRs no paired test or curve; write it before recording`,
          { file: m.head_path ?? undefined },
        );
      files.add(rel);
    }
  }
  const manifest = await writeBundle(opts.outDir, opts.workspace, [...files], {
    sha: opts.sha,
    ref: opts.ref,
    recorded_at: opts.now.toISOString(),
    mlgate_version: opts.version,
  });
  return { models, manifest };
}
