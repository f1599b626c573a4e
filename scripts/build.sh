#!/usr/bin/env bash
# Configures and builds everything into build/ (Ninja, two jobs: the target machines have two cores).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${KL_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" -j "${KL_JOBS:-2}"
