#!/usr/bin/env bash
# Installs what is missing, builds, and starts the till on its demo store (SQLite, simulated devices).
# Extra arguments go to the till, e.g. --store us, --language en, --database /path/to/store.sqlite.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
exec "${OMNITILL_BUILD_DIR:-$here/build}/app/omnitill" "$@"
