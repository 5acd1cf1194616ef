import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./chunk-OOYFPKMQ.js";
import {
  recordBaseline
} from "./chunk-KGDEADYN.js";
import {
  VERSION
} from "./chunk-6AG4ARMW.js";
import {
  gitResolveCommit
} from "./chunk-H5ZBH3QL.js";
import "./chunk-TGL7QEVK.js";
import "./chunk-6C6Y4PAF.js";
import "./chunk-OQQ53SS3.js";
import "./chunk-IBGVV5XD.js";
import {
  loadConfigFile
} from "./chunk-WT3HPS6H.js";
import "./chunk-FFP66OKL.js";
import "./chunk-IP6FT2WD.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/cli/record.ts
import path from "node:path";
import { parseArgs } from "node:util";
var RECORD_HELP = `Usage: mlgate record [--out DIR] [--sha SHA] [--report SPEC]... [--config FILE]

Reads the reports as the gate does and writes them, the predictions and learning-curve files they name, and a
manifest (commit, time, mlgate version, each file's sha256) into a baseline bundle: what \`mode: record\` writes
on the default branch, for actions/upload-artifact (docs/baselines.md). Run from the repository's top level.
  --out DIR      the bundle's directory (default: mlgate-baseline); it must not exist or be empty
  --sha SHA      the commit the reports are of (default: the commit checked out, git rev-parse HEAD)
  --report SPEC  a report path, glob or reader spec (dvc:dvc.yaml, ...); repeat it; default: the config's reports
  --config FILE  the policy that names the reports (default: .github/mlgate.yml when it exists)
Exit status: 0 written, 2 bad input or usage.`;
async function recordCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string" },
      sha: { type: "string" },
      report: { type: "string", multiple: true },
      config: { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  const sha = values.sha ?? await gitResolveCommit(io.cwd, "HEAD", io.env);
  if (sha === null) throw new UsageError("not in a git checkout: name the commit the reports are of with --sha");
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new UsageError("--sha must be a full commit SHA (40 hex digits)");
  const configFile = path.resolve(io.cwd, values.config ?? path.join(".github", "mlgate.yml"));
  const config = await loadConfigFile(configFile, io.cwd, values.config !== void 0);
  const outDir = path.resolve(io.cwd, values.out ?? "mlgate-baseline");
  const recorded = await recordBaseline({
    workspace: io.cwd,
    processEnv: io.env,
    config,
    patterns: values.report?.length ? values.report : config.reports,
    outDir,
    sha,
    ref: null,
    now: io.now(),
    version: VERSION,
    fix: "pass --report SPEC"
  });
  for (const f of recorded.manifest.files) io.stdout(`recorded ${f.path} (${f.size} bytes)
`);
  io.stdout(
    `
Wrote the baseline of ${sha.slice(0, 7)} to ${path.relative(io.cwd, outDir) || "."}: ${recorded.models.length} model(s), ${recorded.manifest.files.length} file(s).
`
  );
  return EXIT.ok;
}
export {
  RECORD_HELP,
  recordCommand
};
