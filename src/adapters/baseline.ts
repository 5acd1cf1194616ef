/**
 * Which baseline a gate run compares with (input `baseline`, docs/baselines.md): `git`, the reports committed at
 * the PR's base (the base-commit source: git, else the contents API); `artifact`, the bundle a `mode: record` run
 * uploaded at the base or its nearest ancestor (sources/artifact.ts); `file`, reports evaluated in this same job
 * (input `base-report`); `auto`, git when the base commit holds the reports, else an artifact when one can be
 * listed, else none, with a note that says how to start recording.
 */
import type { ProcessEnv } from '../sources/git-env.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import type { BaselineFrom, BaselineOrigin } from '../kernel/provenance.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import { collectSources, defaultModelName, detectReader, readerFor } from '../readers/index.js';
import { ancestryFor } from '../sources/ancestry.js';
import { findArtifactBaseline } from '../sources/artifact.js';
import { bundleOrigin } from '../sources/bundle.js';
import type { RestClient } from '../sources/contents-api.js';
import { findOnSource } from '../sources/find.js';
import { readReport } from '../sources/read.js';
import type { Source } from '../sources/source.js';
import { workspaceSource } from '../sources/workspace.js';
import { baseSide } from './gather.js';
import { withServerOrigin, type MlflowServerContext } from './gather-mlflow-server.js';
import { gatherForPolicy, type Policy } from './policy.js';
import type { BaselineMode } from './settings.js';

/** The two workflow steps that start recording, for the "no baseline" note (one line: notes are one line). */
export const HOW_TO_RECORD =
  'to record one on every push to the default branch, add a job with `- uses: mlgate/mlgate@v0` (`id: mlgate`, `mode: record`) and `- uses: actions/upload-artifact@v6` (`name: mlgate-baseline`, `path: ${{ steps.mlgate.outputs.baseline-dir }}`); docs/baselines.md';

export interface BaselineRequest {
  mode: BaselineMode;
  /** Input `baseline-artifact`. */
  artifact: string;
  /** Input `base-report` (mode `file`). */
  baseReports: readonly string[];
  baseSha: string | null;
  /** The branch the PR merges into (only runs on it record its baseline); null: not known. */
  baseRef: string | null;
  /** The base commit (git, else the contents API); null without a base SHA. */
  commit: Source | null;
  workspace: string;
  processEnv: ProcessEnv;
  client: RestClient | null;
  owner: string;
  repo: string;
  /** The rules and, on first adoption, the PR's additions (adapters/policy.ts). */
  policy: Policy;
  /** Report patterns the caller names (the action's `report` input): they replace the config's `reports`. */
  explicit: readonly string[];
  tempRoot?: string;
  /** For `mlflow-server:` entries (adapters/gather-mlflow-server.ts). */
  mlflow?: MlflowServerContext;
}

export interface Chosen {
  models: ModelInput[];
  /** Where the enrichers read the base's predictions and curves. */
  baseline: Source | null;
  source: BaselineFrom;
  origin?: BaselineOrigin;
  notes: string[];
}

/** The baseline of a run; a tracking server's runs, when they gave one, name it and judge its staleness. */
export async function chooseBaseline(r: BaselineRequest): Promise<Chosen> {
  const chosen = await choose(r);
  const notes = [...chosen.notes, ...(r.mlflow?.notes ?? [])];
  const { source, origin } = withServerOrigin(chosen, r.mlflow);
  return { ...chosen, source, ...(origin ? { origin } : {}), notes };
}

async function choose(r: BaselineRequest): Promise<Chosen> {
  if (r.mode === 'file') return fileBaseline(r);
  const gather = (base: Source | null) => {
    // Gathered again for another baseline: only what the last gathering found counts.
    r.mlflow?.origins.splice(0);
    r.mlflow?.notes.splice(0);
    return gatherForPolicy(r.policy, {
      workspace: r.workspace,
      baseline: base,
      explicit: r.explicit,
      mlflow: r.mlflow,
    });
  };
  if (r.mode === 'git' || r.commit === null || r.baseSha === null) return fromCommit(r, await gather(r.commit));
  let atCommit: ModelInput[] | null = null;
  if (r.mode === 'auto') {
    atCommit = await gather(r.commit);
    // The base commit holds reports: they are the baseline (a model the PR adds has none, as before).
    if (atCommit.some((m) => m.base !== null || m.removed)) return fromCommit(r, atCommit);
  }
  const found = await lookUpArtifact(r, r.baseSha);
  if (found.chosen) return { ...found.chosen, models: await gather(found.chosen.baseline) };
  // Without `actions: read` the fix is the permission, not recording: the note says which.
  const notes = [found.note, ...(found.forbidden ? [] : [HOW_TO_RECORD])];
  return { models: atCommit ?? (await gather(null)), baseline: null, source: 'none', notes };
}

function fromCommit(r: BaselineRequest, models: ModelInput[]): Chosen {
  const kind = r.commit?.kind ?? 'none';
  if (!r.commit || kind === 'none') return { models, baseline: r.commit, source: 'none', notes: [] };
  const origin: BaselineOrigin = {
    from: kind,
    description: r.commit.describe(),
    sha: r.baseSha,
    base_sha: r.baseSha,
    behind: 0,
    recorded_at: null,
  };
  return { models, baseline: r.commit, source: kind, origin, notes: [] };
}

async function lookUpArtifact(
  r: BaselineRequest,
  baseSha: string,
): Promise<{ chosen: Omit<Chosen, 'models'> | null; note: string; forbidden?: boolean }> {
  if (!r.client)
    return { chosen: null, note: `no token: the artifact \`${r.artifact}\` cannot be looked up (input github-token)` };
  const ancestry = await ancestryFor({ ...r, base: baseSha });
  const tempDir = await mkdtemp(path.join(r.tempRoot ?? tmpdir(), 'mlgate-baseline-'));
  const found = await findArtifactBaseline({ ...r, client: r.client, name: r.artifact, baseSha, ancestry, tempDir });
  if (!found.bundle) return { chosen: null, note: `no baseline: ${found.note}`, forbidden: found.forbidden ?? false };
  const origin = bundleOrigin(found.bundle, baseSha, found.behind);
  return { chosen: { baseline: found.bundle.source, source: 'artifact', origin, notes: [] }, note: '' };
}

const namesOf = (models: readonly { name: string }[]) =>
  models.length === 0
    ? 'the PR reports no model'
    : `the PR's: ${models
        .slice(0, 5)
        .map((m) => m.name.slice(0, 60))
        .join(', ')}${models.length > 5 ? ', …' : ''}`;

/**
 * `baseline: file`: the PR's models against reports this job evaluated too (the production model on the same
 * gold set), matched by the model name each report gives itself.
 */
async function fileBaseline(r: BaselineRequest): Promise<Chosen> {
  if (r.baseReports.length === 0)
    throw new InputError('baseline: file needs the reports to compare with in input base-report', {
      field: 'input base-report',
    });
  const models = await gatherForPolicy(r.policy, {
    workspace: r.workspace,
    baseline: null,
    explicit: r.explicit,
    mlflow: r.mlflow,
  });
  const ws = workspaceSource(r.workspace);
  const notes: string[] = [];
  const used: string[] = [];
  for (const spec of collectSources(r.baseReports, {})) {
    const files = await findOnSource(ws, [spec.pattern]);
    if (files.length === 0)
      throw new InputError(`matches no file; name the baseline reports this job wrote`, {
        field: 'input base-report',
        file: spec.pattern.slice(0, 200),
      });
    for (const rel of files) {
      const reader = readerFor(spec.reader ?? detectReader(rel));
      const naming = { fallback: defaultModelName(rel), metrics_map: r.policy.config.metrics_map };
      const loaded = await readReport(ws, reader, rel, baseSide(naming));
      if (!loaded) continue;
      const model = models.find((m) => m.name === loaded.report.model);
      // A baseline the job was told to compare with and that judges nothing would pass the PR unjudged.
      if (!model)
        throw new InputError(
          `is for model "${loaded.report.model.slice(0, 60)}", which no report of the PR names (${namesOf(models)}); give the production report the model name of the PR's report it is the baseline of`,
          { field: 'input base-report', file: rel },
        );
      Object.assign(model, { base: loaded, base_path: rel });
      used.push(rel);
    }
  }
  const what = used.length === 1 ? `the report \`${used[0]}\`` : `${used.length} reports`;
  const origin: BaselineOrigin = {
    from: 'file',
    // Written by the PR's own code: a reviewer must know it is not an independent baseline.
    description: `${what} written by the job of this PR, i.e. by the code under review — not a recorded or committed baseline (same run and eval set: the best case for paired tests)`,
    sha: null,
    base_sha: r.baseSha,
    behind: null,
    recorded_at: null,
  };
  return { models, baseline: ws, source: 'file', origin, notes };
}
