import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  gatherModels,
  gatherSides
} from "./chunk-6C6Y4PAF.js";
import {
  loadConfigFile
} from "./chunk-WT3HPS6H.js";
import {
  DEFAULT_REPORTS,
  parseConfig,
  resolveConfig
} from "./chunk-IP6FT2WD.js";
import {
  readUntrustedText,
  workspaceSource
} from "./chunk-DFHFXWES.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";

// src/adapters/policy.ts
import path from "node:path";
async function loadPolicy(opts, notes) {
  const headPath = path.join(opts.workspace, opts.configPath);
  if (opts.configFrom === "head" || !opts.baseline)
    return { config: await loadConfigFile(headPath, opts.workspace, false), added: null };
  const headText = await readUntrustedText(headPath, { root: opts.workspace, label: opts.configPath });
  const headConfig = headText !== null ? parseConfig(headText, opts.configPath) : null;
  const baseText = await opts.baseline.read(opts.configPath);
  if (baseText === null && headConfig !== null) {
    notes.push(
      `the base has no ${opts.configPath}: the reports its zero-config run finds stay gated; this PR\u2019s copy adds where its own reports are, and its rules apply once it is merged (zero-config rules until then)`
    );
    const added = {
      ...resolveConfig({}),
      reports: headConfig.reports,
      models: headConfig.models,
      metrics_map: headConfig.metrics_map
    };
    return { config: resolveConfig({}), added };
  }
  if (headText !== baseText) {
    notes.push(
      `this PR changes ${opts.configPath}: the base\u2019s policy applies until it is merged (${opts.how} trusts the PR\u2019s copy)`
    );
  }
  const config = baseText === null ? resolveConfig({}) : parseConfig(baseText, `${opts.configPath} (base)`);
  return { config, added: null };
}
async function gatherForPolicy(policy, opts) {
  const { workspace, baseline, fix } = opts;
  const mlflow = opts.mlflow ? { mlflow: opts.mlflow } : {};
  if (!policy.added) {
    const patterns = opts.explicit.length ? opts.explicit : policy.config.reports;
    return gatherModels({ workspace, config: policy.config, patterns, baseline, ...fix ? { fix } : {}, ...mlflow });
  }
  const floorPatterns = opts.explicit.length ? opts.explicit : DEFAULT_REPORTS;
  const head = workspaceSource(workspace);
  const floor = await gatherSides({ head, base: baseline, config: policy.config, ...mlflow }, floorPatterns);
  const added = await gatherSides(
    { head, base: baseline, config: policy.added, ...mlflow },
    opts.explicit.length ? [] : policy.added.reports
  );
  const models = mergeAdded(floor, added);
  if (models.length === 0)
    return gatherModels({ workspace, config: policy.config, patterns: floorPatterns, baseline, ...mlflow });
  return models;
}
function mergeAdded(floor, added) {
  const floorPaths = new Set(floor.flatMap((m) => [m.head_path, m.base_path]).filter((p) => p !== null));
  const out = [...floor];
  for (const m of added) {
    if (m.head_path && floorPaths.has(m.head_path) || m.base_path && floorPaths.has(m.base_path)) continue;
    const same = out.findIndex((f2) => f2.name === m.name);
    if (same < 0) {
      out.push(m);
      continue;
    }
    const f = out[same];
    if (f.removed && !f.head && m.head && !m.base) {
      out[same] = { name: m.name, head: m.head, base: f.base, head_path: m.head_path, base_path: f.base_path };
      continue;
    }
    throw new InputError(
      `model "${m.name.slice(0, 60)}" is reported twice (also in ${f.head_path ?? f.base_path ?? "a default report"}); one report per model`,
      { file: m.head_path ?? void 0, field: "model" }
    );
  }
  return out;
}

export {
  loadPolicy,
  gatherForPolicy
};
