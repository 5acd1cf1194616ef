#!/bin/sh
# Fingerprint of the curve fit (bench/curve-fingerprint.ts) into FILE: run on two commits, then `cmp` the files.
# Fixtures: $MLGATE_FIXTURES (default ../shared/fixtures from the project root). Usage: sh bench/curve-fingerprint.sh FILE
set -e
out="$(realpath "${1:?usage: sh bench/curve-fingerprint.sh FILE}")"
cd "$(dirname "$0")/.."
js="${TMPDIR:-/tmp}/mlgate-bench-curve-fingerprint.mjs"
npx --no-install esbuild bench/curve-fingerprint.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$js"
MLGATE_ROOT="$(pwd)" node "$js" "$out"
