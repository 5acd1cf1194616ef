import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  createBaselineReader,
  createFileBaselineReader,
  enrichModels,
  evaluate,
  gatherModels,
  gitResolveCommit,
  gitTopLevel,
  loadPolicy
} from "./chunk-RB7RV7LH.js";
import {
  renderAs
} from "./chunk-UWWHDXZA.js";
import {
  EXIT,
  UsageError,
  parseFormat
} from "./chunk-HUAWZDTH.js";
import {
  loadConfigFile,
  loadReportFile
} from "./chunk-L5RAGWGL.js";
import {
  parseIsoDay
} from "./chunk-4ANCRVO2.js";
import {
  InputError
} from "./chunk-VFNVTEDH.js";

// src/cli/compare.ts
import path from "node:path";
import { parseArgs } from "node:util";
import { realpath } from "node:fs/promises";
var COMPARE_HELP = `Usage: mlgate compare --head FILE [--base FILE] [--config FILE] [--format markdown|json|text] [--now YYYY-MM-DD]
       mlgate compare --base-ref REF [--head FILE] [--config FILE] [--format \u2026] [--now \u2026]

Compares a model report with its baseline and prints the verdict.
  --head FILE     the PR's report (YAML or JSON); with --base-ref, default: the config's reports
  --base FILE     the baseline report; omit when there is none
  --base-ref REF  read the baselines, their predictions and curve files, and the policy from commit REF
                  (e.g. main), as the action does; run from the repository's top level
  --config FILE   the policy (default: .github/mlgate.yml when it exists; with --base-ref, REF's copy)
  --format F      markdown (default), json (the result model) or text
  --now DATE      the date used for expiry checks (default: today, UTC)
Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;
async function compareCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: "string" },
      "base-ref": { type: "string" },
      head: { type: "string" },
      config: { type: "string" },
      format: { type: "string" },
      now: { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  const ref = values["base-ref"];
  if (ref !== void 0 && values.base !== void 0)
    throw new UsageError(
      "--base and --base-ref exclude each other: name the baseline file, or the commit to read it from"
    );
  if (ref === void 0 && !values.head)
    throw new UsageError("--head FILE is required (or --base-ref REF to gate the repository like the action)");
  const format = parseFormat(values.format, "markdown");
  const now = parseNow(values.now, io);
  const result = ref !== void 0 ? await compareWithRef({ ref, head: values.head, config: values.config, now }, io.cwd) : await compareFiles({ base: values.base, head: values.head, config: values.config, now }, io.cwd);
  io.stdout(renderAs(result, format));
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
  const rel = path.relative(cwd, path.resolve(cwd, file));
  if (!rel.startsWith("..") && !path.isAbsolute(rel)) return;
  throw new InputError(
    `${flag} names a file outside the current directory (${cwd}), which is the CLI's workspace: mlgate reads only files under the directory it runs in. Copy the file into it, or run mlgate from a directory that contains it`,
    { file: file.slice(0, 200) }
  );
}
async function compareFiles(files, cwd) {
  checkInsideCwd("--head", files.head, cwd);
  checkInsideCwd("--base", files.base, cwd);
  checkInsideCwd("--config", files.config, cwd);
  const root = cwd;
  const defaultConfig = path.join(cwd, ".github", "mlgate.yml");
  const config = await loadConfigFile(
    files.config ? path.resolve(cwd, files.config) : defaultConfig,
    root,
    files.config !== void 0
  );
  const head = await loadReportFile(path.resolve(cwd, files.head), root);
  if (!head) throw new InputError("file not found; check the path given to --head", { file: files.head });
  const base = files.base ? await loadReportFile(path.resolve(cwd, files.base), root) : null;
  if (files.base && !base) throw new InputError("file not found; check the path given to --base", { file: files.base });
  const models = [
    { name: head.report.model, head, base, head_path: head.source.file, base_path: base ? base.source.file : null }
  ];
  await enrichModels(models, {
    workspace: root,
    config,
    client: null,
    repo: null,
    pull: null,
    baseline: createFileBaselineReader(root),
    now: files.now
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
async function compareWithRef(opts, cwd) {
  const top = await gitTopLevel(cwd);
  if (top === null) throw new InputError(`--base-ref needs a git repository, and ${cwd} is not in one`);
  if (path.resolve(top) !== path.resolve(await realpath(cwd))) {
    throw new InputError(
      `--base-ref reads files at the commit by their path from the repository's top level: run mlgate from ${top}`
    );
  }
  const sha = await gitResolveCommit(cwd, opts.ref);
  if (sha === null)
    throw new InputError(
      `--base-ref ${JSON.stringify(opts.ref.slice(0, 60))} is not a commit of this repository (try main, origin/main or a SHA)`
    );
  checkInsideCwd("--head", opts.head, cwd);
  checkInsideCwd("--config", opts.config, cwd);
  const baseline = createBaselineReader({ sha, workspace: cwd, client: null, owner: "", repo: "" });
  const notes = [];
  const config = opts.config !== void 0 ? await loadConfigFile(path.resolve(cwd, opts.config), cwd, true) : await loadPolicy(
    {
      configPath: path.join(".github", "mlgate.yml"),
      configFrom: "base",
      workspace: cwd,
      baseline,
      how: "--config .github/mlgate.yml"
    },
    notes
  );
  const patterns = opts.head !== void 0 ? [path.relative(cwd, path.resolve(cwd, opts.head)).split(path.sep).join("/")] : config.reports;
  const models = await gatherModels({ workspace: cwd, config, patterns, baseline, fix: "pass --head FILE" });
  await enrichModels(models, { workspace: cwd, config, client: null, repo: null, pull: null, baseline, now: opts.now });
  return evaluate({ config, models, base: { sha, source: "git" }, head: { sha: null }, now: opts.now, notes });
}

export {
  COMPARE_HELP,
  compareCommand,
  parseNow,
  compareFiles,
  compareWithRef
};
