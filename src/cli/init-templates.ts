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

export function workflowTemplate(actionRef: string): string {
  const pinned = PINNED.test(actionRef);
  const uses = pinned
    ? actionRef
    : `${actionRef}  # pin to a release's commit SHA: mlgate init --action-ref mlgate/mlgate@<sha>`;
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
`;
}
