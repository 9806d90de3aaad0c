#!/usr/bin/env bash
# Lints the committed API documents and validates the event catalog; fails on any error (warnings are listed in
# the report, not fatal). Run by platform/api-contract's build (verify phase, exec-maven-plugin), or alone:
#   bash platform/api-contract/lint/run.sh [DOCS_DIR] [REPORT_DIR]
# Needs Node 18+ and the npm registry the first time (npm ci of the pinned package-lock.json; then reused until
# the lock file changes).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DOCS="$(cd "${1:-$HERE/../../../docs}" && pwd)"
REPORT="${2:-$HERE/../target/lint}"
mkdir -p "$REPORT"
REPORT="$(cd "$REPORT" && pwd)"
cd "$HERE"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[lint] Node.js and npm are needed to lint the API documents (apt-get install -y nodejs npm)." >&2
  exit 1
fi
# @scarf/scarf (a dependency of spectral-cli) would report the install: off.
export SCARF_ANALYTICS=false
if ! cmp -s package-lock.json node_modules/.tochuc-installed-lock.json; then
  echo "[lint] npm ci (platform/api-contract/lint/package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.tochuc-installed-lock.json
fi

status=0
documents=("$DOCS"/api/*.yaml)
node_modules/.bin/spectral lint --quiet --ruleset .spectral.yaml --fail-severity error --format json \
  --output "$REPORT/spectral.json" "${documents[@]}" || status=$?
node summarize-spectral.mjs "$REPORT/spectral.json" "${documents[@]}" || status=1
node validate-asyncapi.mjs "$DOCS/events/asyncapi.yaml" || status=1
# The ruleset itself: a deliberately broken document must fail with the expected rules.
node_modules/.bin/spectral lint --quiet --ruleset .spectral.yaml --fail-severity error --format json \
  --output "$REPORT/broken-fixture.json" fixtures/broken-api.yaml >/dev/null 2>&1 || true
node check-fixture.mjs "$REPORT/broken-fixture.json" fixtures/broken-api.expected || status=1
exit "$status"
