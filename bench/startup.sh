#!/usr/bin/env bash
# Start-up of the built CLI (dist/cli.js) against `node -e ''`, side by side, and the action's analysis of two
# learning curves in a fresh process (see bench/startup.ts, bench/curve-cold.ts, docs/performance.md).
# Run from anywhere: bash bench/startup.sh   (RUNS=30 rounds by default)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${TMPDIR:-/tmp}/mlgate-bench-startup.mjs"
COLD="${TMPDIR:-/tmp}/mlgate-bench-curve-cold.mjs"
npx --no-install esbuild bench/startup.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$OUT"
npx --no-install esbuild bench/curve-cold.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$COLD"
MLGATE_CURVE_COLD="$COLD" node "$OUT"
