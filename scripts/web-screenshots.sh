#!/usr/bin/env bash
# Renders the coordinator web UI (desktop and phone width) into docs/screenshots/web-*.png
# with headless chromium and a real demo kortelijn-server. Needs a build (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
(cd tests/web && npm ci --no-audit --no-fund)
cmake --build "${KL_BUILD_DIR:-build}" -j2 --target kortelijn-server
KL_SERVER_BIN="$PWD/${KL_BUILD_DIR:-build}/bin/kortelijn-server" node tests/web/screenshots.mjs "${1:-docs/screenshots}"
# The printed A3 page of the organogram, rasterised as a print shop's tools see it.
pdf="${1:-docs/screenshots}/web-10-organogram-a3.pdf"
pdftoppm -r 60 -png -singlefile "$pdf" "${pdf%.pdf}" && rm -f "$pdf"
