import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  enrichModels,
  writeBundle
} from "./chunk-H5ZBH3QL.js";
import {
  gatherModels
} from "./chunk-6C6Y4PAF.js";
import {
  resolveInside,
  workspaceSource
} from "./chunk-DFHFXWES.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";

// src/adapters/record.ts
import { tmpdir } from "node:os";
import path from "node:path";
function recording(root, seen) {
  const ws = workspaceSource(root);
  const note = (rel) => (out) => {
    if (out !== null) seen.add(path.posix.normalize(rel).replace(/^(\.\/)+/, ""));
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
    list: (dir, o) => ws.list(dir, o)
  };
}
function referencedFiles(model, root) {
  const report = model.head?.report;
  if (!report || !model.head_path) return [];
  const fromDir = path.join(root, path.dirname(model.head_path));
  const named = [
    [report.eval?.predictions, "eval.predictions"],
    [report.learning_curve?.file, "learning_curve.file"]
  ];
  return named.filter((n) => typeof n[0] === "string" && n[0] !== "").map(([rel, field]) => {
    const full = resolveInside(root, fromDir, rel, model.head_path, { field });
    return path.relative(root, full).split(path.sep).join("/");
  });
}
async function recordBaseline(opts) {
  const seen = /* @__PURE__ */ new Set();
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
    now: opts.now
  });
  const files = new Set(seen);
  for (const m of models) {
    for (const rel of referencedFiles(m, opts.workspace)) {
      if (await head.toFile(rel, tmpdir(), Number.MAX_SAFE_INTEGER) === null)
        throw new InputError(
          `names ${rel}, which does not exist: a baseline without it would give PRs no paired test or curve; write it before recording`,
          { file: m.head_path ?? void 0 }
        );
      files.add(rel);
    }
  }
  const manifest = await writeBundle(opts.outDir, opts.workspace, [...files], {
    sha: opts.sha,
    ref: opts.ref,
    recorded_at: opts.now.toISOString(),
    mlgate_version: opts.version
  });
  return { models, manifest };
}

export {
  recordBaseline
};
