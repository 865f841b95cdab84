#!/usr/bin/env bash
# Makes the screenshots in docs/screens/ from the running till, in Korean and English: it starts the
# till on a fresh demo store under Xvfb, types barcodes the way a keyboard-wedge scanner does (digits,
# then Enter), presses the cashier's function keys, and photographs the screen after each step; the kiosk's
# screens come from its screen test.
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
# The omnichannel screens: the till enrolled at a central store seeded with the demo customers, coupons and
# orders, and beside a simulated card terminal that answers slowly enough to be photographed.
central=${OMNITILL_BUILD_DIR:-$here/build}/central/omnitill-central
terminal=${OMNITILL_BUILD_DIR:-$here/build}/app/payments/simulator/omnitill-terminal-sim
for language in ko en; do
    store=$(mktemp -d)
    port=$((18470 + RANDOM % 1000))
    db=(--database "sqlite:$store/central.sqlite")
    "$central" "${db[@]}" admin seed-demo >/dev/null
    code=$("$central" "${db[@]}" admin enroll-code --store KR-SEOUL-01 | grep -oE '[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}')
    coupon=$("$central" "${db[@]}" admin issue-coupon \
        --rule '{"kind": "amount", "value": 5000, "currency": "KRW", "minimumSpend": 30000}' | tail -n 1)
    coupon_token=$("$central" "${db[@]}" admin coupon-token --code "$coupon" | grep -o 'OMCP1:[^ ]*')
    order=$("$central" "${db[@]}" admin create-order --lines "KR-TOP-0002:Linen shirt:2:19900:8809417101124" \
        --currency KRW --store KR-SEOUL-01 | grep -oE 'OL-[0-9A-Z-]+' | head -n 1)
    "$central" "${db[@]}" admin order-ready "$order" >/dev/null
    order_token=$("$central" "${db[@]}" admin order-qr "$order" | grep -o 'OMO1:[^ ]*')
    "$central" "${db[@]}" --listen 127.0.0.1 --port "$port" >"$store/central.log" 2>&1 &
    central_pid=$!
    "$terminal" --port $((port + 1000)) --delay 4000 >"$store/terminal.log" 2>&1 &
    terminal_pid=$!
    sleep 1
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        set -e
        till=$1 store=$2 out=$3 language=$4 port=$5 code=$6 coupon=$7 order=$8
        "$till" --database "$store/store.sqlite" --language "$language" --fullscreen \
            --central "http://127.0.0.1:$port" --enroll "$code" \
            --setting "payment.terminal=nexo+http://127.0.0.1:$((port + 1000))" \
            --setting payment.poiId=P400Plus-275000001 2>/dev/null &
        pid=$!
        for _ in $(seq 100); do
            xdotool search --name "Omnitill" >/dev/null 2>&1 && break
            sleep 0.1
        done
        sleep 3
        shot() { sleep 0.8; import -window root "$out/$language-$1.png"; }
        scan() { xdotool type --delay 5 "$1"; xdotool key Return; sleep 0.5; }
        typed() { xdotool type --delay 120 "$1"; xdotool key Return; sleep 0.3; }
        typed 1001; typed 1111; sleep 0.5; typed 100000
        xdotool mousemove 320 193 click 1    # the customer field, at 1280x800
        typed 880010000001           # the demo customer 김민지 by her loyalty number
        sleep 1; shot customer-panel
        xdotool mousemove 380 115 click 1    # back to the scan field
        scan 8809417101124
        scan "$coupon"               # ₩5,000 off from ₩30,000: the basket is ₩19,900
        shot coupon-refused
        xdotool key F11; sleep 1; shot card-terminal
        sleep 5; xdotool key F3; shot pickup-list
        scan "$order"; shot pickup-order
        kill $pid
    ' _ "$till" "$store" "$out" "$language" "$port" "$code" "$coupon_token" "$order_token"
    kill "$central_pid" "$terminal_pid" 2>/dev/null || true
    wait "$central_pid" "$terminal_pid" 2>/dev/null || true
    rm -rf "$store"
done
# The self-service kiosk's screens (kiosk-LANGUAGE-STEP.png), the back office's pages (LANGUAGE-backoffice-
# PAGE.png), ship to home and an online return (LANGUAGE-ship-to-home.png, LANGUAGE-online-return.png), Korean and
# English: their screen tests drive them offscreen and photograph each step.
for test in tst_kioskscreen tst_kioskresilience tst_backofficescreen tst_backofficestaff tst_backofficeshifts tst_backofficesync tst_backofficecatalog tst_backofficecatalogexport tst_backofficecatalogsync tst_backofficesettings tst_backofficereceipt tst_omnichannelscreen tst_staffrequestscreen; do
    OMNITILL_SCREENS_DIR="$out" QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
        "${OMNITILL_BUILD_DIR:-$here/build}/tests/ui/$test" >/dev/null
done
ls "$out"
