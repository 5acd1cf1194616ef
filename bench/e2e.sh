#!/bin/sh
# End-to-end benchmark of the built action (see bench/e2e.ts). Usage: bash bench/e2e.sh [runs]
set -e
cd "$(dirname "$0")/.."
out="$(mktemp "${TMPDIR:-/tmp}/mlgate-bench-e2e-XXXXXX.mjs")"
trap 'rm -f "$out"' EXIT
npx --no-install esbuild bench/e2e.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$out" \
  --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
MLGATE_ROOT="${MLGATE_ROOT:-$(pwd)}" node "$out" "$@"
