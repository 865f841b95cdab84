#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest. Exits non-zero if any test fails.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
cd "${OMNITILL_BUILD_DIR:-$here/build}"
ctest --output-on-failure --parallel "$(nproc)" "$@"
