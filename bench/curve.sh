#!/bin/sh
# Learning-curve benchmark: bundle bench/curve.ts with esbuild and run it with node (no tsx needed).
# Fixtures: $MLGATE_FIXTURES (default ../shared/fixtures from the project root).
set -e
cd "$(dirname "$0")/.."
out="${TMPDIR:-/tmp}/mlgate-bench-curve.mjs"
npx --no-install esbuild bench/curve.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$out"
MLGATE_ROOT="$(pwd)" node "$out" "$@"
