#!/usr/bin/env bash
# A long fuzz run on demand: scripts/fuzz.sh TARGET SECONDS (TARGET as in
# tests/fuzz/targets.txt, or "all" for each in turn). Builds build-fuzz/ first
# (scripts/fuzz-build.sh). New inputs and any crash-*/leak-*/timeout-* file go to
# build-fuzz/fuzz-work/TARGET/; the committed corpus (tests/fuzz/corpus/) is only read.
# Prints executions and findings per target; exits non-zero when a target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ]; then
    echo "usage: $0 TARGET|all SECONDS" >&2
    grep '^fuzz_' tests/fuzz/targets.txt | awk '{print "  " $1}' >&2
    exit 2
fi
target=$1 seconds=$2
build_dir=${KL_FUZZ_BUILD_DIR:-build-fuzz}
scripts/fuzz-build.sh > /dev/null
if [ "$target" = all ]; then
    targets=$(grep '^fuzz_' tests/fuzz/targets.txt | awk '{print $1}')
else
    targets=$target
fi
status=0
for t in $targets; do
    max_len=$(awk -v t="$t" '$1 == t {print $2}' tests/fuzz/targets.txt)
    if [ -z "$max_len" ]; then
        echo "unknown target $t (tests/fuzz/targets.txt)" >&2
        exit 2
    fi
    work="$build_dir/fuzz-work/$t"
    mkdir -p "$build_dir/fuzz-work"
    log="$build_dir/fuzz-work/$t.log"
    rc=0
    tests/fuzz/run-fuzzer.sh long "$build_dir/bin/fuzz/$t" "tests/fuzz/corpus/$t" "$max_len" "$seconds" "$work" > "$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    findings=$(find "$work" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'leak-*' -o -maxdepth 1 -name 'timeout-*' -o -maxdepth 1 -name 'oom-*' | wc -l)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    echo "$t: ${runs:-?} executions in ${seconds}s, ${cov:-cov: ?}, exit $rc, findings $findings (log $log)"
    if [ "$rc" -ne 0 ]; then
        status=1
        grep -m3 -E 'ERROR|runtime error|property does not hold' "$log" || true
    fi
done
exit $status
