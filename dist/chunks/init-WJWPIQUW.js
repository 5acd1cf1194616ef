import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./chunk-BW3WWAKC.js";
import {
  workspaceSource
} from "./chunk-GDACSHA2.js";
import {
  InputError
} from "./chunk-5MAPMZYJ.js";
import "./chunk-2D7T7GZO.js";

// src/cli/init.ts
import { constants, promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/init-templates.ts
var CHECKOUT = "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0";
var SCHEMA_BASE = "https://raw.githubusercontent.com/mlgate/mlgate/v0/schemas";
var DEFAULT_ACTION_REF = "mlgate/mlgate@v0";
var PINNED = /@[0-9a-f]{40}$/;
function configTemplate(detected2 = []) {
  const reports = detected2.length ? `reports:                   # found in this repository (docs/readers.md says what each reader reads)
${detected2.map((d) => `  - ${d}
`).join("")}` : "reports:\n  - mlgate.yaml            # or dvc:dvc.yaml, mlflow:mlflow.db, hf:outputs, wandb:wandb/latest-run/files/wandb-summary.json (docs/readers.md)\n";
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/config.schema.json
# mlgate's policy. Every key is optional; see docs/config.md.
version: 1
${reports}metrics:
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
var UPLOAD_ARTIFACT = "actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f # v6.0.0";
function workflowTemplate(actionRef) {
  const pinned = PINNED.test(actionRef);
  const uses = pinned ? actionRef : `${actionRef}  # pin to a release's commit SHA: mlgate init --action-ref mlgate/mlgate@<sha>`;
  return `# mlgate: compares the PR's model report with its base and posts one comment.
# In branch protection, require the \`mlgate\` check (the check run this workflow writes on the PR's head commit).
# The \`record\` job keeps the baseline: on every push to main it uploads the report as the \`mlgate-baseline\`
# artifact, which the gate finds for each PR when the report is not committed (docs/baselines.md).
name: mlgate
on:
  pull_request:
  pull_request_review:
    types: [submitted, dismissed]   # an approval or its dismissal re-runs the gate (lifecycle checklist: independent_review)
  merge_group:              # with a merge queue, a required check must also run on the queue's groups
  push:
    branches: [main]        # records the baseline of each commit of main

# Least privilege: nothing by default; each job asks for what it uses.
permissions: {}

# One gate per PR (a newer push cancels the older run). A recording in progress is never cancelled: a newer
# push to main waits, and one still waiting gives way to the newest (the gate then uses the nearest recorded one).
concurrency:
  group: mlgate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name != 'push' }}

jobs:
${gateJob(uses)}

${recordJob(uses)}`;
}
function gateJob(uses) {
  return `  gate:
    if: github.event_name != 'push'
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: read        # the checkout and the base commit's config
      pull-requests: write  # the one PR comment
      checks: write         # the \`mlgate\` check run
      actions: read         # the baseline artifact the record job uploaded
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0          # the base commit's report and history are read from git, no API call
          persist-credentials: false
      # Train or evaluate here so that the step below finds the PR's report (mlgate.yaml), e.g.:
      # - run: python evaluate.py --out mlgate.yaml
      # (review runs need the report too: commit it, or also produce it when github.event_name is pull_request_review)
      - uses: ${uses}
`;
}
function recordJob(uses) {
  return `  record:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: read
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      # The same evaluation as on PRs, on main:
      # - run: python evaluate.py --out mlgate.yaml
      - uses: ${uses}
        id: mlgate
        with:
          mode: record
      - uses: ${UPLOAD_ARTIFACT}
        with:
          name: mlgate-baseline
          path: \${{ steps.mlgate.outputs.baseline-dir }}
          if-no-files-found: error
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
# The lifecycle checklist (docs/checklist.md) turns on with a lifecycle block; MODEL_CARD.md is its template card.
# lifecycle:
#   model_card: MODEL_CARD.md
#   owner: "@you"
#   backup_owner: "@colleague"
#   retraining: { cadence: quarterly, trained_at: 2026-01-15, expires: 2026-04-30 }
`;
}
function auditWorkflowTemplate(actionRef) {
  const pinned = PINNED.test(actionRef);
  const uses = pinned ? actionRef : `${actionRef}  # pin to a release's commit SHA: mlgate init --action-ref mlgate/mlgate@<sha>`;
  return `# mlgate audit: once a week, the "mlgate: model inventory" issue lists every model on the default branch with
# its owners, training and expiry dates, status and P&L. Owners are mentioned once when their model starts to
# expire or expires; the issue closes when nothing needs attention. An expired model nobody touches shows up here.
name: mlgate audit
on:
  schedule:
    - cron: '17 6 * * 1'    # Mondays 06:17 UTC (off the full hour, when scheduled runs queue longest)
  workflow_dispatch:

# Least privilege: read the code, write the one inventory issue. Nothing else.
permissions:
  contents: read
  issues: write

concurrency:
  group: mlgate-audit
  cancel-in-progress: false

jobs:
  audit:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: ${uses}
        with:
          mode: audit
`;
}
function modelCardTemplate() {
  return `# Model card: my-model

## Intended use
<!-- What the model is for, who uses its predictions and how; what it must not be used for. -->

## Training data
<!-- Where the data comes from, its period and size, how it was labelled; the version is data.version in the report. -->

## Evaluation data and results
<!-- The gold set (eval.dataset), why it represents production, the headline metrics and the slices (eval.slices). -->

## Limitations and ethical considerations
<!-- Known failure modes, groups it serves worse, risks of misuse, and what is done about them. -->

## Owners
<!-- Who runs the model (lifecycle.owner and backup_owner) and where to reach them. -->

## How to reproduce
<!-- The command, the code commit, the lock file and the seed that rebuild the model from scratch. -->
`;
}

// src/cli/init-detect.ts
var WANDB_SUMMARY = /^(?:(.+)\/)?wandb\/(?:offline-)?run-\d{8}_\d{6}-\w+\/files\/wandb-summary\.json$/;
var LIGHTNING = /^(?:(.+)\/)?version_\d+\/metrics\.csv$/;
var MLRUNS_RUN = /^(?:(.+)\/)?mlruns\/(\d+)\/[0-9a-f]{32}\/meta\.yaml$/;
var HF_RESULT = /^(?:(.+)\/)?(all_results|eval_results|trainer_state)\.json$/;
var q = (s) => /^[\w./:*-]+$/.test(s) ? s : JSON.stringify(s);
function detectReports(files) {
  const out = /* @__PURE__ */ new Set();
  const prefix = (dir) => dir ? `${dir}/` : "";
  for (const f of files) {
    const base = f.split("/").pop();
    let m;
    if (base === "dvc.yaml") out.add(`dvc:${f}`);
    else if (base === "mlflow.db") out.add(`mlflow:${f}`);
    else if (m = MLRUNS_RUN.exec(f)) out.add(`mlflow:${prefix(m[1])}mlruns/${m[2]}/*`);
    else if (m = WANDB_SUMMARY.exec(f)) out.add(`wandb:${prefix(m[1])}wandb/latest-run/files/wandb-summary.json`);
    else if ((m = LIGHTNING.exec(f)) && !f.includes("/wandb/"))
      out.add(`lightning:${prefix(m[1])}version_*/metrics.csv`);
    else if (base === "training.log") out.add(`keras:${f}`);
    else if ((m = HF_RESULT.exec(f)) && !/(^|\/)checkpoint-\d+$/.test(m[1] ?? "")) out.add(`hf:${m[1] ?? "."}`);
  }
  return [...out].sort().map(q);
}

// src/cli/init.ts
var INIT_HELP = `Usage: mlgate init [--force] [--dir DIR] [--action-ref OWNER/REPO@REF]

Writes .github/mlgate.yml, .github/workflows/mlgate.yml (the gate), .github/workflows/mlgate-audit.yml (the
weekly model inventory), an example report mlgate.yaml and a model card template MODEL_CARD.md. When the
repository already holds a tool's output (dvc.yaml, mlflow.db or mlruns/, wandb/, lightning_logs/, a Hugging Face
output directory, Keras' training.log), the config's reports: reads those files instead and no example is written.
  --dir DIR         the repository's root (default: the current directory)
  --force           overwrite files that exist
  --action-ref REF  the mlgate action to use: owner/repo@<40-hex commit SHA> pins it; a tag or branch
                    (default: ${DEFAULT_ACTION_REF}) is accepted and written with a reminder to pin it to a SHA
Exit status: 0 written, 2 a file exists (without --force) or bad usage.`;
function initFiles(actionRef, detected2 = []) {
  return [
    { path: ".github/mlgate.yml", text: configTemplate(detected2) },
    { path: ".github/workflows/mlgate.yml", text: workflowTemplate(actionRef) },
    ...detected2.length ? [] : [{ path: "mlgate.yaml", text: reportTemplate() }],
    { path: ".github/workflows/mlgate-audit.yml", text: auditWorkflowTemplate(actionRef) },
    { path: "MODEL_CARD.md", text: modelCardTemplate() }
  ];
}
async function detected(root) {
  const source = workspaceSource(root);
  const files = (await source.list("", { maxDepth: 6, maxEntries: 5e4, regularOnly: true }))?.files ?? [];
  for (const d of await mlrunsDirs(root, "", 3)) {
    const runs = await source.list(d, { maxDepth: 2, maxEntries: 5e3, regularOnly: true });
    files.push(...runs?.files ?? []);
  }
  return detectReports(files);
}
async function mlrunsDirs(root, rel, depth) {
  const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
  const out = [];
  for (const e of entries.slice(0, 500)) {
    if (!e.isDirectory() || e.name.startsWith(".") || e.name === "node_modules") continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.name === "mlruns") out.push(child);
    else if (depth > 1) out.push(...await mlrunsDirs(root, child, depth - 1));
  }
  return out;
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
  const found = await detected(root);
  const files = initFiles(actionRef, found);
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
  if (found.length) {
    io.stdout(
      `
Found your tools' output; .github/mlgate.yml reads it:
${found.map((f) => `  reports: ${f}
`).join("")}`
    );
    io.stdout(
      "\nNext: make sure the PR job writes (or commits) these files, commit the config and open a pull request.\n"
    );
  } else io.stdout("\nNext: make your evaluation job write mlgate.yaml, commit these files and open a pull request.\n");
  return EXIT.ok;
}
export {
  INIT_HELP,
  initCommand,
  initFiles
};
