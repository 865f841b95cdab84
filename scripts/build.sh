#!/usr/bin/env bash
# Configures (once) and builds Omnitill into build/ with CMake and Ninja; ccache when present.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${OMNITILL_BUILD_DIR:-$here/build}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${OMNITILL_BUILD_TYPE:-RelWithDebInfo}
fi
cmake --build "$build" --parallel "$(nproc)"
