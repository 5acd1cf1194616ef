/**
 * What `mlgate init` writes. Kept apart from the command so the templates read as the files they become.
 * Action versions are pinned by full commit SHA (a tag can be moved; a SHA cannot), the version in a comment.
 */

/** actions/checkout v5.0.0. */
export const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0';

/** The schemas at the v0 release tag (the one the docs and `mlgate/mlgate@v0` use): stable, unlike main. */
export const SCHEMA_BASE = 'https://raw.githubusercontent.com/mlgate/mlgate/v0/schemas';

/** The mlgate action reference; `--action-ref` replaces it with a release's commit SHA (or another tag). */
export const DEFAULT_ACTION_REF = 'mlgate/mlgate@v0';

/** A reference pinned by a full commit SHA. */
export const PINNED = /@[0-9a-f]{40}$/;

/** `detected`: the tools' outputs init found (init-detect.ts); none: the example report. */
export function configTemplate(detected: readonly string[] = []): string {
  const reports = detected.length
    ? `reports:                   # found in this repository (docs/readers.md says what each reader reads)\n${detected.map((d) => `  - ${d}\n`).join('')}`
    : 'reports:\n  - mlgate.yaml            # or dvc:dvc.yaml, mlflow:mlflow.db, hf:outputs, wandb:wandb/latest-run/files/wandb-summary.json (docs/readers.md)\n';
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

/** actions/upload-artifact v6.0.0 (node24): uploads the baseline bundle the `record` job writes. */
export const UPLOAD_ARTIFACT = 'actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f # v6.0.0';

export function workflowTemplate(actionRef: string): string {
  const pinned = PINNED.test(actionRef);
  const uses = pinned
    ? actionRef
    : `${actionRef}  # pin to a release's commit SHA: mlgate init --action-ref mlgate/mlgate@<sha>`;
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

function gateJob(uses: string): string {
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

function recordJob(uses: string): string {
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

export function reportTemplate(): string {
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

/**
 * The weekly sweep: `mode: audit` keeps the one "mlgate: model inventory" issue. It writes issues and nothing else;
 * `contents: read` is for the checkout. One run at a time (a manual run while the schedule fires waits, it does
 * not race it into a second issue).
 */
export function auditWorkflowTemplate(actionRef: string): string {
  const pinned = PINNED.test(actionRef);
  const uses = pinned
    ? actionRef
    : `${actionRef}  # pin to a release's commit SHA: mlgate init --action-ref mlgate/mlgate@<sha>`;
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

/**
 * A model card with the sections the documentation item requires by default (Mitchell et al., "Model Cards for
 * Model Reporting", 2019). The guidance is in HTML comments, which do not count as words: an unfilled card fails.
 */
export function modelCardTemplate(): string {
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
