#!/usr/bin/env bash
# Makes the README's screenshot from the running till: starts it on a fresh demo store under Xvfb,
# types barcodes into it the way a keyboard-wedge scanner does (digits, then Enter), kills it, and lets
# the till restore that sale and save its first frame.
#   scripts/screenshot.sh [OUTPUT.png] [--store seoul|us] [--language ko|en]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$here/docs/screenshot.png}
shift || true
till=${OMNITILL_BUILD_DIR:-$here/build}/app/omnitill
store=$(mktemp -d)
trap 'rm -rf "$store"' EXIT
codes=${OMNITILL_SCREENSHOT_CODES:-"8809417101124 8809417101124 2500001004529 2000101045007 8801105001013"}

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" --database "$1/store.sqlite" "${@:3}" &
    till=$!
    for _ in $(seq 50); do
        window=$(xdotool search --name "Omnitill" 2>/dev/null | head -1) && [ -n "$window" ] && break
        sleep 0.2
    done
    sleep 1
    for code in $2; do
        xdotool type --delay 5 "$code"
        xdotool key Return
        sleep 0.3
    done
    kill -9 $till
' "$till" "$store" "$codes" "$@"

mkdir -p "$(dirname "$out")"
QT_QPA_PLATFORM=offscreen "$till" --database "$store/store.sqlite" --screenshot "$out" "$@"
