#!/usr/bin/env bash
# Installs what is missing, builds, and starts the till on its demo store (SQLite, simulated devices), with the
# central profile store beside it: omnitill-central on its embedded default (SQLite in the till's data
# directory, plain HTTP on 127.0.0.1), seeded with the demo's customers, coupons and online orders. It runs in
# the background while the till runs and stops when the till exits; its log is central.log beside its database.
# The customer app links it prints open in a browser (or on a phone through a tunnel to the port).
#
# Extra arguments go to the till, e.g. --store us, --language en, --database /path/to/store.sqlite.
# OMNITILL_CENTRAL_PORT (default 8470) moves central to another port; OMNITILL_CENTRAL=off leaves it out.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build=${OMNITILL_BUILD_DIR:-$here/build}

start_central() {
    local port=${OMNITILL_CENTRAL_PORT:-8470}
    local directory=${XDG_DATA_HOME:-$HOME/.local/share}/Omnitill/central
    local central=("$build/central/omnitill-central" --database "sqlite:$directory/central.sqlite")
    mkdir -p "$directory"
    local log=$directory/central.log
    echo "Central profile store: demo data (idempotent)"
    "${central[@]}" admin seed-demo --url "http://127.0.0.1:$port" | sed 's/^/  /'
    "${central[@]}" --listen 127.0.0.1 --port "$port" >"$log" 2>&1 &
    central_pid=$!
    # The till does not wait for central: it sells offline. Central only has to be up for the customer app.
    for _ in $(seq 50); do
        if grep -q "listening on" "$log"; then
            echo "Central profile store: http://127.0.0.1:$port (log: $log); open a customer app link above"
            # The demo till (Seoul store) enrolls with a fresh one-time code the first time; later runs keep
            # the credential it saved and leave the code unused.
            if [ "$till_store" = seoul ]; then
                local code
                code=$("${central[@]}" admin enroll-code --store KR-SEOUL-01 2>/dev/null |
                    grep -oE '[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}' | head -n 1 || true)
                [ -n "$code" ] && till_central=(--central "http://127.0.0.1:$port" --enroll "$code")
            fi
            return
        fi
        if ! kill -0 "$central_pid" 2>/dev/null; then
            echo "Central profile store did not start (port $port taken? OMNITILL_CENTRAL_PORT moves it):" >&2
            tail -n 5 "$log" >&2
            central_pid=
            return
        fi
        sleep 0.2
    done
}

central_pid=
till_central=()
till_store=seoul
previous=
for argument in "$@"; do
    [ "$previous" = --store ] && till_store=$argument
    case $argument in --store=*) till_store=${argument#--store=} ;; esac
    previous=$argument
done
stop_central() {
    if [ -n "$central_pid" ]; then
        kill "$central_pid" 2>/dev/null || true
        wait "$central_pid" 2>/dev/null || true
    fi
}
trap stop_central EXIT
if [ "${OMNITILL_CENTRAL:-on}" != off ]; then
    start_central
fi
"$build/app/omnitill" "${till_central[@]}" "$@"
