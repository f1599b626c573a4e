#!/usr/bin/env bash
# Runs one libFuzzer target the way CTest (tests/fuzz/CMakeLists.txt) and scripts/fuzz.sh do.
#   run-fuzzer.sh seeds BINARY CORPUS MAX_LEN              every seed once
#   run-fuzzer.sh short BINARY CORPUS MAX_LEN RUNS WORKDIR  RUNS inputs from seed 1
#   run-fuzzer.sh long  BINARY CORPUS MAX_LEN SECONDS WORKDIR  on demand, new inputs kept in WORKDIR
# The committed corpus is only read; what a run finds goes to WORKDIR (crash-*, leak-* files
# there are the inputs to add to corpus/ once fixed). Exit status: libFuzzer's (0 = nothing found).
set -euo pipefail
mode=$1 binary=$(realpath "$2") corpus=$(realpath "$3") max_len=$4
# Leaks fail a run; symbolised stacks; stop at the first report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_HASH_SEED=${QT_HASH_SEED:-0}
common=(-max_len="$max_len" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1)
case "$mode" in
seeds)
    shopt -s nullglob
    seeds=("$corpus"/*)
    if ((${#seeds[@]} == 0)); then
        echo "no seeds in $corpus" >&2
        exit 1
    fi
    exec "$binary" "${common[@]}" -runs=0 "$corpus"
    ;;
short | long)
    workdir=$6
    rm -rf "$workdir"
    mkdir -p "$workdir/new"
    cd "$workdir"
    if [ "$mode" = short ]; then
        limit=(-runs="$5" -seed=1)
    else
        limit=(-max_total_time="$5")
    fi
    exec "$binary" "${common[@]}" "${limit[@]}" -artifact_prefix="$workdir/" "$workdir/new" "$corpus"
    ;;
*)
    echo "usage: $0 seeds|short|long BINARY CORPUS MAX_LEN [RUNS|SECONDS WORKDIR]" >&2
    exit 2
    ;;
esac
