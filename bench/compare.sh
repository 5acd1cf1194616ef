#!/usr/bin/env bash
# mlgate's predictions path (read + join + McNemar + paired bootstrap) side by side with pandas read_csv + merge +
# statsmodels McNemar + a numpy paired bootstrap of as many resamples; see docs/performance.md.
# Run from anywhere: bash bench/compare.sh   (ROWS, CLASSES, RUNS, MACRO_ROWS, PYTHON: see bench/compare-run.ts)
# The peer needs Debian's python3-pandas and python3-statsmodels (apt-get install -y python3-pandas
# python3-statsmodels); without them only mlgate's figures are printed. Uses the committed dist/cli.js.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${TMPDIR:-/tmp}/mlgate-bench-compare.mjs"
npx --no-install esbuild bench/compare.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$OUT"
node "$OUT" run
