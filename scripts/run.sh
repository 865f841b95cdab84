#!/usr/bin/env bash
# Installs what is missing, builds, and starts the till on its demo store (SQLite, simulated devices), with the
# central profile store beside it: omnitill-central on its embedded default (SQLite in the till's data
# directory, plain HTTP on 127.0.0.1), seeded with the demo's customers, coupons and online orders. It runs in
# the background while the till runs and stops when the till exits; its log is central.log beside its database.
# The customer app links it prints open in a browser (or on a phone through a tunnel to the port).
#
# A simulated card terminal (omnitill-terminal-sim) runs beside them as a real one would on the shop's network:
# HTTPS with a certificate made on first run, Sale-to-POI messages secured with a passphrase made for this run.
# An amount ending in 51..58 minor units gets a scripted outcome (51 declined, 52 insufficient funds, 53 card
# removed, 54 no answer, 55 cancelled on the terminal, 56 half approved, 57 connection dropped after approval,
# 58 approved offline: store and forward, within the demo's offline caps of 50,000 won per payment, 300,000 a day).
#
# Extra arguments go to the till, e.g. --store us, --language en, --database /path/to/store.sqlite.
# OMNITILL_CENTRAL_PORT (default 8470) moves central to another port; OMNITILL_CENTRAL=off leaves it out.
# OMNITILL_TERMINAL_PORT (default 8443) moves the card terminal; OMNITILL_TERMINAL=off leaves it out (the till
# then records card payments taken on a terminal of its own).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build=${OMNITILL_BUILD_DIR:-$here/build}

# Waits up to 10 s for a background helper (PID) to write its ready line (a grep pattern) to its log; fails
# as soon as the helper has died.
started() {
    local pid=$1 log=$2 ready=$3
    for _ in $(seq 50); do
        grep -q "$ready" "$log" && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.2
    done
    return 1
}

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
    if ! started "$central_pid" "$log" "listening on"; then
        echo "Central profile store did not start (port $port taken? OMNITILL_CENTRAL_PORT moves it):" >&2
        tail -n 5 "$log" >&2
        kill "$central_pid" 2>/dev/null || true # one that never said it was ready
        central_pid=
        return
    fi
    echo "Central profile store: http://127.0.0.1:$port (log: $log); open a customer app link above"
    # The demo till (Seoul store) enrolls with a fresh one-time code the first time; later runs keep the
    # credential it saved and leave the code unused.
    if [ "$till_store" = seoul ]; then
        local code
        code=$("${central[@]}" admin enroll-code --store KR-SEOUL-01 2>/dev/null |
            grep -oE '[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}' | head -n 1 || true)
        [ -n "$code" ] && till_central=(--central "http://127.0.0.1:$port" --enroll "$code")
    fi
}

start_terminal() {
    local port=${OMNITILL_TERMINAL_PORT:-8443}
    local directory=${XDG_DATA_HOME:-$HOME/.local/share}/Omnitill/terminal
    local poi=P400Plus-275000001
    mkdir -p "$directory"
    if [ ! -f "$directory/terminal.pem" ]; then
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -batch -days 3650 \
            -subj "/CN=$poi.demo.terminal" -keyout "$directory/terminal.key" -out "$directory/terminal.pem" 2>/dev/null
    fi
    # The shared key's passphrase is a secret: made for this run, given to both through the environment only.
    OMNITILL_TERMINAL_PASSPHRASE=$(openssl rand -hex 24)
    export OMNITILL_TERMINAL_PASSPHRASE
    local log=$directory/terminal.log
    "$build/app/payments/simulator/omnitill-terminal-sim" --port "$port" --poi-id "$poi" \
        --cert "$directory/terminal.pem" --key "$directory/terminal.key" --key-id OmnitillDemo --key-version 1 \
        >"$log" 2>&1 &
    terminal_pid=$!
    if ! started "$terminal_pid" "$log" "^listening"; then
        echo "Card terminal simulator did not start (port $port taken? OMNITILL_TERMINAL_PORT moves it):" >&2
        tail -n 5 "$log" >&2
        kill "$terminal_pid" 2>/dev/null || true # one that never said it was ready
        terminal_pid=
        return
    fi
    echo "Card terminal (simulated): https://127.0.0.1:$port (log: $log)"
    till_terminal=(--setting "payment.terminal=nexo+https://127.0.0.1:$port" --setting "payment.poiId=$poi"
        --setting payment.keyId=OmnitillDemo --setting payment.keyVersion=1
        --setting "payment.certificate=$directory/terminal.pem"
        --setting payment.offlineMaxPerPayment=50000 --setting payment.offlineMaxPerDay=300000)
}

central_pid=
terminal_pid=
till_central=()
till_terminal=()
till_store=seoul
previous=
for argument in "$@"; do
    [ "$previous" = --store ] && till_store=$argument
    case $argument in --store=*) till_store=${argument#--store=} ;; esac
    previous=$argument
done
stop_helpers() {
    for pid in "$central_pid" "$terminal_pid"; do
        if [ -n "$pid" ]; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
}
trap stop_helpers EXIT
if [ "${OMNITILL_CENTRAL:-on}" != off ]; then
    start_central
fi
if [ "${OMNITILL_TERMINAL:-on}" != off ]; then
    start_terminal
else
    till_terminal=(--setting payment.terminal=) # a terminal saved by an earlier run is not there now
fi
"$build/app/omnitill" "${till_central[@]}" "${till_terminal[@]}" "$@"
