#!/usr/bin/env bash
# Significance benchmark (issue 4): A/A false-fail rate, then time and peak RSS for 1M and 10M rows.
# Run from the project root: bash bench/significance.sh   (ROWS="1000000" to skip 10M; MLGATE_FIXTURES=<dir> to relocate)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=/tmp/bench-sig.mjs
npx esbuild bench/significance.ts --bundle --platform=node --format=esm --outfile="$OUT" --log-level=warning
node --version
node "$OUT" aa
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
echo "## Scale: read + join + McNemar + paired bootstrap (2000 iterations); one fresh process per run"
for rows in ${ROWS:-1000000 10000000}; do
  mkdir -p "$TMP/$rows"
  if [ "$rows" -le 2000000 ]; then shuffled=--shuffled; else shuffled=; fi
  node "$OUT" gen "$rows" "$TMP/$rows" $shuffled
  echo "# $rows rows: $(du -h "$TMP/$rows/base.csv" | cut -f1) per file"
  node "$OUT" scale "$TMP/$rows/base.csv" "$TMP/$rows/head.csv"
  if [ -n "$shuffled" ]; then
    node "$OUT" scale "$TMP/$rows/base.csv" "$TMP/$rows/head-shuffled.csv"
    echo "# $rows rows, string ids, head in a different order"
    node "$OUT" scale "$TMP/$rows/base-str.csv" "$TMP/$rows/head-str-shuffled.csv"
  fi
  rm -rf "${TMP:?}/$rows"
done
