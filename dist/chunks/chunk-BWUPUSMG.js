import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  readNamed,
  splitNamed
} from "./chunk-4LLFHW5K.js";
import {
  EXIT,
  UsageError,
  commentFormat
} from "./chunk-OOYFPKMQ.js";
import {
  baseCommitSource,
  openBundleAt
} from "./chunk-QDHITOZ5.js";
import {
  gatherForPolicy,
  loadPolicy
} from "./chunk-E7A3V4XF.js";
import {
  renderFor
} from "./chunk-Y4PGBOAW.js";
import {
  evaluate
} from "./chunk-O2KFI24N.js";
import {
  bundleOrigin,
  enrichModels,
  gitResolveCommit,
  gitTopLevel
} from "./chunk-H5ZBH3QL.js";
import {
  MAX_WALK,
  ancestryFor,
  gitAncestry,
  mlflowContext,
  withServerOrigin
} from "./chunk-6C6Y4PAF.js";
import {
  loadConfigFile
} from "./chunk-WT3HPS6H.js";
import {
  parseIsoDay
} from "./chunk-IP6FT2WD.js";
import {
  workspaceSource
} from "./chunk-DFHFXWES.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";

// src/cli/compare.ts
import path3 from "node:path";
import { parseArgs } from "node:util";
import { realpath } from "node:fs/promises";

// src/cli/local-run.ts
import path from "node:path";
function explicitHead(head, cwd) {
  if (!head) return [];
  const rel = path.relative(cwd, head.file).split(path.sep).join("/");
  return [head.reader ? `${head.reader}:${rel}` : rel];
}
function enrichLocal(models, env) {
  return enrichModels(models, { ...env, client: null, repo: null, pull: null });
}

// src/cli/compare-artifact.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path2 from "node:path";
async function policy(cwd, processEnv, config, baseSha, notes) {
  if (config !== void 0 || baseSha === null) {
    const file = path2.resolve(cwd, config ?? path2.join(".github", "mlgate.yml"));
    return { config: await loadConfigFile(file, cwd, config !== void 0), added: null };
  }
  const baseline = baseCommitSource({ sha: baseSha, workspace: cwd, processEnv, client: null, owner: "", repo: "" });
  const configPath = path2.join(".github", "mlgate.yml");
  return loadPolicy(
    { configPath, configFrom: "base", workspace: cwd, baseline, how: "--config .github/mlgate.yml" },
    notes
  );
}
async function compareWithArtifact(opts, cwd) {
  const temp = await mkdtemp(path2.join(tmpdir(), "mlgate-compare-"));
  try {
    const bundle = await openBundleAt(path2.resolve(cwd, opts.artifact), temp, { label: opts.artifact });
    const baseSha = opts.ref === void 0 ? null : await gitResolveCommit(cwd, opts.ref, opts.processEnv);
    if (opts.ref !== void 0 && baseSha === null)
      throw new InputError(`--base-ref ${JSON.stringify(opts.ref.slice(0, 60))} is not a commit of this repository`);
    const notes = [];
    const rules = await policy(cwd, opts.processEnv, opts.config, baseSha, notes);
    const config = rules.config;
    const head = opts.head === void 0 ? void 0 : splitNamed(opts.head, "--head", cwd);
    const explicit = explicitHead(head, cwd);
    const baseline = bundle.source;
    const models = await gatherForPolicy(rules, { workspace: cwd, baseline, explicit, fix: "pass --head FILE" });
    await enrichLocal(models, { workspace: cwd, processEnv: opts.processEnv, config, baseline, now: opts.now });
    const near = baseSha ? await gitAncestry(cwd, opts.processEnv).nearest(baseSha, [bundle.manifest.sha], MAX_WALK) : null;
    if (baseSha && !near)
      notes.push(
        `the bundle's commit ${bundle.manifest.sha.slice(0, 7)} is not among the last ${MAX_WALK} ancestors of ${opts.ref}: the action would not use it for a PR on that base`
      );
    const origin = bundleOrigin(bundle, baseSha, near?.behind ?? null);
    return evaluate({
      config,
      models,
      base: { sha: baseSha, source: "artifact", origin },
      head: { sha: null },
      now: opts.now,
      notes
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

// src/cli/compare.ts
var COMPARE_HELP = `Usage: mlgate compare --head FILE [--base FILE] [--config FILE] [--format markdown|json|text|html] [--now YYYY-MM-DD]
       mlgate compare --base-ref REF [--head FILE] [--config FILE] [--format \u2026] [--now \u2026]
       mlgate compare --base-artifact FILE.zip|DIR [--base-ref REF] [--head FILE] [--config FILE] [--format \u2026]

Compares a model report with its baseline and prints the verdict.
  --head FILE     the PR's report: mlgate's YAML or JSON, or another tool's file with its reader
                  (json:eval/metrics.json, dvc:dvc.yaml, mlflow:mlruns/1/<run>, ...; docs/readers.md);
                  with --base-ref, default: the config's reports
  --base FILE     the baseline report (a reader prefix too); omit when there is none
  --base-ref REF  read the baselines, their predictions and curve files, and the policy from commit REF
                  (e.g. main), as the action does; run from the repository's top level
  --base-artifact FILE.zip|DIR
                  read the baselines from a baseline bundle (a downloaded \`mlgate-baseline\` artifact, zip or
                  unpacked) to reproduce a PR's verdict; with --base-ref, REF gives the policy and the distance
  --config FILE   the policy (default: .github/mlgate.yml when it exists; with --base-ref, REF's copy)
  --format F      text (default in a terminal), markdown (the PR comment; default when piped), json (the result
                  model) or html (the comment as a standalone page, as \`mlgate preview\` writes it)
  --now DATE      the date used for expiry checks (default: today, UTC)
Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;
async function compareCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: "string" },
      "base-ref": { type: "string" },
      "base-artifact": { type: "string" },
      head: { type: "string" },
      config: { type: "string" },
      format: { type: "string" },
      now: { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  const ref = values["base-ref"];
  const artifact = values["base-artifact"];
  if (artifact !== void 0 && values.base !== void 0)
    throw new UsageError("--base and --base-artifact exclude each other: name the baseline file, or the bundle");
  if (ref !== void 0 && values.base !== void 0)
    throw new UsageError(
      "--base and --base-ref exclude each other: name the baseline file, or the commit to read it from"
    );
  if (ref === void 0 && artifact === void 0 && !values.head)
    throw new UsageError("--head FILE is required (or --base-ref REF to gate the repository like the action)");
  const format = commentFormat(values.format, io);
  const now = parseNow(values.now, io);
  const result = artifact !== void 0 ? await compareWithArtifact(
    { artifact, ref, head: values.head, config: values.config, now, processEnv: io.env },
    io.cwd
  ) : ref !== void 0 ? await compareWithRef({ ref, head: values.head, config: values.config, now, processEnv: io.env }, io.cwd) : await compareFiles(
    { base: values.base, head: values.head, config: values.config, now, processEnv: io.env },
    io.cwd
  );
  io.stdout(await renderFor(result, format));
  return result.verdict === "fail" ? EXIT.fail : EXIT.ok;
}
function parseNow(value, io) {
  if (value === void 0) return io.now();
  const day = parseIsoDay(value);
  if (day === null) throw new UsageError(`--now must be a calendar date YYYY-MM-DD (got "${value.slice(0, 20)}")`);
  return new Date(day * 864e5);
}
function checkInsideCwd(flag, file, cwd) {
  if (file === void 0 || file.includes("\0")) return;
  const rel = path3.relative(cwd, path3.resolve(cwd, file));
  if (!rel.startsWith("..") && !path3.isAbsolute(rel)) return;
  throw new InputError(
    `${flag} names a file outside the current directory (${cwd}), which is the CLI's workspace: mlgate reads only files under the directory it runs in. Copy the file into it, or run mlgate from a directory that contains it`,
    { file: file.slice(0, 200) }
  );
}
async function compareFiles(files, cwd) {
  checkInsideCwd("--head", splitNamed(files.head, "--head", cwd).pattern, cwd);
  if (files.base !== void 0) checkInsideCwd("--base", splitNamed(files.base, "--base", cwd).pattern, cwd);
  checkInsideCwd("--config", files.config, cwd);
  const root = cwd;
  const defaultConfig = path3.join(cwd, ".github", "mlgate.yml");
  const config = await loadConfigFile(
    files.config ? path3.resolve(cwd, files.config) : defaultConfig,
    root,
    files.config !== void 0
  );
  const read = (flag, spec) => readNamed(spec, { cwd, flag, root: "cwd", metrics_map: config.metrics_map });
  const head = (await read("--head", files.head)).loaded;
  if (!head) throw new InputError("file not found; check the path given to --head", { file: files.head });
  const base = files.base ? (await read("--base", files.base)).loaded : null;
  if (files.base && !base) throw new InputError("file not found; check the path given to --base", { file: files.base });
  const models = [
    { name: head.report.model, head, base, head_path: head.source.file, base_path: base ? base.source.file : null }
  ];
  await enrichLocal(models, {
    workspace: root,
    processEnv: files.processEnv,
    config,
    baseline: workspaceSource(root),
    now: files.now,
    ...files.verifyCodeCommit === false ? { verify_code_commit: false } : {}
  });
  const notes = base && base.report.model !== head.report.model ? [
    `the base report is for model "${base.report.model}" and the PR's for "${head.report.model}": check that --base and --head are the same model`
  ] : [];
  return evaluate({
    config,
    models,
    base: { sha: null, source: base ? "file" : "none" },
    head: { sha: null },
    now: files.now,
    notes
  });
}
async function baseRefCommit(ref, cwd, processEnv) {
  const top = await gitTopLevel(cwd, processEnv);
  if (top === null) throw new InputError(`--base-ref needs a git repository, and ${cwd} is not in one`);
  if (path3.resolve(top) !== path3.resolve(await realpath(cwd))) {
    throw new InputError(
      `--base-ref reads files at the commit by their path from the repository's top level: run mlgate from ${top}`
    );
  }
  const sha = await gitResolveCommit(cwd, ref, processEnv);
  if (sha === null)
    throw new InputError(
      `--base-ref ${JSON.stringify(ref.slice(0, 60))} is not a commit of this repository (try main, origin/main or a SHA)`
    );
  return sha;
}
async function compareWithRef(opts, cwd) {
  const sha = await baseRefCommit(opts.ref, cwd, opts.processEnv);
  const head = opts.head === void 0 ? void 0 : splitNamed(opts.head, "--head", cwd);
  checkInsideCwd("--head", head?.pattern, cwd);
  checkInsideCwd("--config", opts.config, cwd);
  const baseline = baseCommitSource({
    sha,
    workspace: cwd,
    processEnv: opts.processEnv,
    client: null,
    owner: "",
    repo: ""
  });
  const notes = [];
  const policy2 = opts.config !== void 0 ? { config: await loadConfigFile(path3.resolve(cwd, opts.config), cwd, true), added: null } : await loadPolicy(
    {
      configPath: path3.join(".github", "mlgate.yml"),
      configFrom: "base",
      workspace: cwd,
      baseline,
      how: "--config .github/mlgate.yml"
    },
    notes
  );
  const config = policy2.config;
  const explicit = head?.server ? [head.pattern] : explicitHead(head, cwd);
  const mlflow = mlflowContext(opts.processEnv, {
    head: [await gitResolveCommit(cwd, "HEAD", opts.processEnv)],
    base: sha,
    ancestry: (base2) => ancestryFor({ workspace: cwd, base: base2, client: null, owner: "", repo: "", processEnv: opts.processEnv })
  });
  const models = await gatherForPolicy(policy2, { workspace: cwd, baseline, explicit, fix: "pass --head FILE", mlflow });
  await enrichLocal(models, { workspace: cwd, processEnv: opts.processEnv, config, baseline, now: opts.now });
  const base = withServerOrigin({ sha, source: "git" }, mlflow);
  return evaluate({ config, models, base, head: { sha: null }, now: opts.now, notes: [...notes, ...mlflow.notes] });
}

export {
  COMPARE_HELP,
  compareCommand,
  parseNow,
  compareFiles,
  compareWithRef
};
