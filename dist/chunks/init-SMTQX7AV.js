import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./chunk-HUAWZDTH.js";
import {
  InputError
} from "./chunk-VFNVTEDH.js";

// src/cli/init.ts
import { constants, promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/init-templates.ts
var CHECKOUT = "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0";
var SCHEMA_BASE = "https://raw.githubusercontent.com/mlgate/mlgate/v0/schemas";
var DEFAULT_ACTION_REF = "mlgate/mlgate@v0";
var PINNED = /@[0-9a-f]{40}$/;
function configTemplate() {
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/config.schema.json
# mlgate's policy. Every key is optional; see docs/config.md.
version: 1
reports:
  - mlgate.yaml            # or dvc:dvc.yaml, mlflow:mlruns/1/*, wandb:\u2026/wandb-summary.json (docs/readers.md)
metrics:
  accuracy:
    max_drop: 0.005        # fail when accuracy drops more than 0.5 pp (and the drop is significant)
  latency_p95_ms:
    max_increase_pct: 10
    severity: warn
baseline:
  when_missing: pass       # the first report of a model passes with a note
  when_removed: fail       # a PR that deletes a model's report fails; set warn (on the base branch) to retire one
`;
}
function workflowTemplate(actionRef) {
  const pinned = PINNED.test(actionRef);
  const uses = pinned ? actionRef : `${actionRef}  # pin to a release's commit SHA: mlgate init --action-ref mlgate/mlgate@<sha>`;
  return `# mlgate: compares the PR's model report with its base and posts one comment.
# In branch protection, require the \`mlgate\` check (the check run this workflow writes on the PR's head commit).
name: mlgate
on:
  pull_request:
  pull_request_review:
    types: [submitted, dismissed]   # an approval or its dismissal re-runs the gate (lifecycle checklist: independent_review)
  merge_group:              # with a merge queue, a required check must also run on the queue's groups

# Least privilege: read the code, write the one PR comment and the \`mlgate\` check run. Nothing else.
permissions:
  contents: read
  pull-requests: write
  checks: write

jobs:
  gate:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0          # the base commit's report is read from git, no API call
          persist-credentials: false
      # Train or evaluate here so that the step below finds the PR's report (mlgate.yaml), e.g.:
      # - run: python evaluate.py --out mlgate.yaml
      # (review runs need the report too: commit it, or also produce it when github.event_name is pull_request_review)
      - uses: ${uses}
`;
}
function reportTemplate() {
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/report.schema.json
# The model report your evaluation job writes (docs/report.md). This one is an example: replace the numbers.
version: 1
model: my-model
metrics:
  accuracy: 0.912
  f1_macro: 0.874
  latency_p95_ms: 41
eval:
  dataset: gold-2026-01
  size: 12000
cost:
  train_cpu_hours: 1.5
  train_gpu_hours: 0
data:
  train_size: 2000000
`;
}

// src/cli/init.ts
var INIT_HELP = `Usage: mlgate init [--force] [--dir DIR] [--action-ref OWNER/REPO@REF]

Writes .github/mlgate.yml, .github/workflows/mlgate.yml and an example report mlgate.yaml.
  --dir DIR         the repository's root (default: the current directory)
  --force           overwrite files that exist
  --action-ref REF  the mlgate action to use: owner/repo@<40-hex commit SHA> pins it; a tag or branch
                    (default: ${DEFAULT_ACTION_REF}) is accepted and written with a reminder to pin it to a SHA
Exit status: 0 written, 2 a file exists (without --force) or bad usage.`;
function initFiles(actionRef) {
  return [
    { path: ".github/mlgate.yml", text: configTemplate() },
    { path: ".github/workflows/mlgate.yml", text: workflowTemplate(actionRef) },
    { path: "mlgate.yaml", text: reportTemplate() }
  ];
}
async function initCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: { force: { type: "boolean", default: false }, dir: { type: "string" }, "action-ref": { type: "string" } },
    strict: true,
    allowPositionals: false
  });
  const actionRef = values["action-ref"] ?? DEFAULT_ACTION_REF;
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_.-]+$/.test(actionRef)) {
    throw new UsageError(
      "--action-ref must look like owner/repo@<ref>: a 40-character commit SHA (pinned), or a tag such as v1.2.0"
    );
  }
  const pinned = PINNED.test(actionRef);
  const root = path.resolve(io.cwd, values.dir ?? ".");
  const st = await fs.stat(root).catch(() => null);
  if (!st?.isDirectory())
    throw new InputError("is not a directory; pass the repository root with --dir", { file: values.dir ?? "." });
  const files = initFiles(actionRef);
  const existing = [];
  for (const f of files) {
    const full = path.join(root, f.path);
    const info = await fs.lstat(full).catch(() => null);
    if (!info) continue;
    if (info.isSymbolicLink() || !info.isFile()) {
      throw new InputError("exists and is not a regular file (a link or directory); remove it first", { file: f.path });
    }
    existing.push(f.path);
  }
  if (existing.length && !values.force) {
    for (const p of existing) io.stderr(`mlgate init: ${p} exists; not overwritten (use --force to replace it)
`);
    return EXIT.input;
  }
  for (const f of files) {
    const full = path.join(root, f.path);
    await fs.mkdir(path.dirname(full), { recursive: true });
    const flags = values.force ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW : "wx";
    await fs.writeFile(full, f.text, { flag: flags });
    io.stdout(`${existing.includes(f.path) ? "overwrote" : "wrote"} ${f.path}
`);
  }
  if (!pinned)
    io.stdout(
      `
Note: ${actionRef} is not a commit SHA, and a tag can be moved; the workflow says to pin it (--action-ref owner/repo@<sha>).
`
    );
  io.stdout("\nNext: make your evaluation job write mlgate.yaml, commit these files and open a pull request.\n");
  return EXIT.ok;
}
export {
  INIT_HELP,
  initCommand,
  initFiles
};
