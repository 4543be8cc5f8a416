#!/usr/bin/env bash
# One command for a local site: installs dependencies when they are missing or out of date,
# then starts the Astro dev server on http://localhost:4321 (bound to 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec npx astro dev "$@"
