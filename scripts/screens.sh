#!/usr/bin/env bash
# Makes the screenshots in docs/screens/ from the running till, in Korean and English: it starts the
# till on a fresh demo store under Xvfb, types barcodes the way a keyboard-wedge scanner does (digits,
# then Enter), presses the cashier's function keys, and photographs the screen after each step.
#   scripts/screens.sh [OUTPUT_DIR]      (default docs/screens)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$here/docs/screens}
till=${OMNITILL_BUILD_DIR:-$here/build}/app/omnitill
mkdir -p "$out"

# language:screen size (the cashier touchscreens the till is made for)
for run in ko:1280x800 en:1280x800 ko:1024x768 en:1920x1080; do
    language=${run%%:*} size=${run##*:}
    store=$(mktemp -d)
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
        set -e
        till=$1 store=$2 out=$3 language=$4 suffix=$5
        "$till" --database "$store/store.sqlite" --language "$language" --fullscreen 2>/dev/null &
        pid=$!
        for _ in $(seq 100); do
            xdotool search --name "Omnitill" >/dev/null 2>&1 && break
            sleep 0.1
        done
        sleep 1
        shot() { sleep 0.5; import -window root "$out/$language-$1$suffix.png"; }
        scan() { xdotool type --delay 5 "$1"; xdotool key Return; sleep 0.2; }
        # What a person types, typed at human speed: the till tells scanner bursts from typing by timing.
        typed() { xdotool type --delay 120 "$1"; xdotool key Return; sleep 0.3; }
        shot sign-in
        typed 1001; typed 1111       # the demo cashier (resources/demo/README.md)
        sleep 0.5; shot open-shift
        typed 100000                 # the counted float
        scan 8809417101124; scan 8809417101124; scan 2500001004529; scan 2000101045007
        typed "3*8801105001013"      # three bottles, typed by hand
        shot checkout
        scan 8809417101125
        shot refused-barcode
        xdotool key F2; shot products
        xdotool key F4; sleep 0.3; scan 8801105001013; xdotool key F9; shot parked
        xdotool key F12; shot paid
        xdotool key F6; sleep 0.3; typed 1; shot returns  # the receipt number of the first sale
        xdotool key F7; shot shift
        kill $pid
    ' _ "$till" "$store" "$out" "$language" "$([ "$size" = 1280x800 ] || echo "-$size")"
    rm -rf "$store"
done
ls "$out"
