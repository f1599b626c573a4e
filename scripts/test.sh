#!/usr/bin/env bash
# The one command that runs every KorteLijn test on a fresh Debian 12 machine:
# installs what is missing, builds, starts what the tests need, runs CTest.
# Safe to run again. Used by .ci/run exactly as written in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
if [ -x scripts/test-services.sh ]; then
    # Starts services some suites need (e.g. PostgreSQL) and exports their addresses.
    # shellcheck source=/dev/null
    source scripts/test-services.sh
fi
if [ -f tests/web/package.json ]; then
    (cd tests/web && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi)
fi

scripts/build.sh

# Logic tests use the offscreen platform (set per test); screenshot and GL tests get a
# real X server from xvfb-run.
status=0
xvfb-run -a -s "-screen 0 1280x1024x24" \
    ctest --test-dir "${KL_BUILD_DIR:-build}" --output-on-failure -j "${KL_TEST_JOBS:-2}" --timeout 900 "$@" || status=$?

# The fuzz targets (docs/fuzzing.md): a clang build of their own in build-fuzz/; each
# target replays its committed seeds and runs a fixed number of inputs from a fixed seed
# (pass or fail on what the inputs do, never on time).
scripts/fuzz-build.sh
ctest --test-dir "${KL_FUZZ_BUILD_DIR:-build-fuzz}" --output-on-failure -j "${KL_TEST_JOBS:-2}" --timeout 900 "$@" || status=$?
exit "$status"
