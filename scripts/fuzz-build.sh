#!/usr/bin/env bash
# Configures and builds the libFuzzer targets (tests/fuzz) into build-fuzz/ with Debian's
# clang: our code with -fsanitize=fuzzer-no-link,address,undefined, the Qt libraries as
# installed (gcc-built, same C++ ABI). Separate from build/, which stays a gcc build.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${KL_FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$build_dir/build.ninja" ]; then
    launcher=()
    if command -v ccache > /dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKL_FUZZ=ON "${launcher[@]}"
fi
cmake --build "$build_dir" -j "${KL_JOBS:-2}" --target kl_fuzzers
