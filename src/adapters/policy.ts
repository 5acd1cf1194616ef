/**
 * The policy that judges a change: by default the base commit's config, so a PR cannot loosen the gate that
 * judges it. The PR's own copy is still validated (its errors show now, not after merge), and a change to it is
 * noted as taking effect once merged. Shared by the action's gate mode and `mlgate compare --base-ref`.
 *
 * First adoption (the base has no config, the PR brings one) is where a PR could otherwise decide what is read:
 * the reports the base's own zero-config run finds stay gated, read with zero-config naming, and the PR's
 * `reports`, `models` and `metrics_map` only add reports of their own (docs/security.md).
 */
import path from 'node:path';
import { DEFAULT_REPORTS, parseConfig, resolveConfig } from '../schema/config.js';
import type { Config } from '../kernel/config-types.js';
import { InputError } from '../kernel/errors.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import type { Source } from '../sources/source.js';
import { readUntrustedText, workspaceSource } from '../sources/workspace.js';
import { gatherModels, gatherSides } from './gather.js';
import type { MlflowServerContext } from './gather-mlflow-server.js';
import { loadConfigFile } from './load-report.js';

export interface Policy {
  /** The rules every model is judged by. */
  config: Config;
  /** First adoption: where the PR's new config says its own reports are (they only add). */
  added: Config | null;
}

export async function loadPolicy(
  opts: {
    configPath: string;
    configFrom: 'base' | 'head';
    workspace: string;
    baseline: Source | null;
    how: string;
  },
  notes: string[],
): Promise<Policy> {
  const headPath = path.join(opts.workspace, opts.configPath);
  if (opts.configFrom === 'head' || !opts.baseline)
    return { config: await loadConfigFile(headPath, opts.workspace, false), added: null };
  const headText = await readUntrustedText(headPath, { root: opts.workspace, label: opts.configPath });
  const headConfig = headText !== null ? parseConfig(headText, opts.configPath) : null;
  const baseText = await opts.baseline.read(opts.configPath);
  if (baseText === null && headConfig !== null) {
    notes.push(
      `the base has no ${opts.configPath}: the reports its zero-config run finds stay gated; this PR’s copy adds where its own reports are, and its rules apply once it is merged (zero-config rules until then)`,
    );
    const added = {
      ...resolveConfig({}),
      reports: headConfig.reports,
      models: headConfig.models,
      metrics_map: headConfig.metrics_map,
    };
    return { config: resolveConfig({}), added };
  }
  if (headText !== baseText) {
    notes.push(
      `this PR changes ${opts.configPath}: the base’s policy applies until it is merged (${opts.how} trusts the PR’s copy)`,
    );
  }
  const config = baseText === null ? resolveConfig({}) : parseConfig(baseText, `${opts.configPath} (base)`);
  return { config, added: null };
}

/**
 * The models of a run under `policy`. `explicit`: report patterns the caller names (the action's `report` input,
 * the CLI's --head), which replace the config's `reports` as they would at the base.
 */
export async function gatherForPolicy(
  policy: Policy,
  opts: {
    workspace: string;
    baseline: Source | null;
    explicit: readonly string[];
    fix?: string;
    mlflow?: MlflowServerContext | undefined;
  },
): Promise<ModelInput[]> {
  const { workspace, baseline, fix } = opts;
  const mlflow = opts.mlflow ? { mlflow: opts.mlflow } : {};
  if (!policy.added) {
    const patterns = opts.explicit.length ? opts.explicit : policy.config.reports;
    return gatherModels({ workspace, config: policy.config, patterns, baseline, ...(fix ? { fix } : {}), ...mlflow });
  }
  // What the base's own run would read, read the way it would: zero-config naming, no metrics_map, no models.
  const floorPatterns = opts.explicit.length ? opts.explicit : DEFAULT_REPORTS;
  const head = workspaceSource(workspace);
  const floor = await gatherSides({ head, base: baseline, config: policy.config, ...mlflow }, floorPatterns);
  const added = await gatherSides(
    { head, base: baseline, config: policy.added, ...mlflow },
    opts.explicit.length ? [] : policy.added.reports,
  );
  const models = mergeAdded(floor, added);
  if (models.length === 0)
    return gatherModels({ workspace, config: policy.config, patterns: floorPatterns, baseline, ...mlflow });
  return models;
}

/** Adds the PR's own models to the floor; a file the floor reads is the floor's, whatever the PR's config says. */
function mergeAdded(floor: ModelInput[], added: ModelInput[]): ModelInput[] {
  const floorPaths = new Set(floor.flatMap((m) => [m.head_path, m.base_path]).filter((p) => p !== null));
  const out = [...floor];
  for (const m of added) {
    if ((m.head_path && floorPaths.has(m.head_path)) || (m.base_path && floorPaths.has(m.base_path))) continue;
    const same = out.findIndex((f) => f.name === m.name);
    if (same < 0) {
      out.push(m);
      continue;
    }
    const f = out[same]!;
    // The PR moved the report to a path of its own config: it is compared with its figures at the old path.
    if (f.removed && !f.head && m.head && !m.base) {
      out[same] = { name: m.name, head: m.head, base: f.base, head_path: m.head_path, base_path: f.base_path };
      continue;
    }
    throw new InputError(
      `model "${m.name.slice(0, 60)}" is reported twice (also in ${f.head_path ?? f.base_path ?? 'a default report'}); one report per model`,
      { file: m.head_path ?? undefined, field: 'model' },
    );
  }
  return out;
}
