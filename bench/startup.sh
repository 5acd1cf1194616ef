#!/usr/bin/env bash
# Start-up of the built CLI (dist/cli.js) against `node -e ''`, side by side (see bench/startup.ts, docs/performance.md).
# Run from anywhere: bash bench/startup.sh   (RUNS=30 rounds by default)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${TMPDIR:-/tmp}/mlgate-bench-startup.mjs"
npx --no-install esbuild bench/startup.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$OUT"
node "$OUT"
