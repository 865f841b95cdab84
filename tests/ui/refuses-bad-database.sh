#!/usr/bin/env bash
# The shipped till, given a file that is not a store (random bytes, then a store from a newer version),
# must refuse to start, say why, and leave the file byte for byte as it was.
set -uo pipefail
till=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

check() { # name file expected-message
    local before after output code
    before=$(sha256sum "$2" | cut -d' ' -f1)
    output=$(QT_QPA_PLATFORM=offscreen "$till" --self-test --database "$2" 2>&1)
    code=$?
    after=$(sha256sum "$2" | cut -d' ' -f1)
    if [ $code -ne 1 ]; then echo "FAIL $1: exit code $code, expected 1"; status=1; fi
    if [ "$before" != "$after" ]; then echo "FAIL $1: the file was changed"; status=1; fi
    if ! grep -q "$3" <<<"$output"; then echo "FAIL $1: no \"$3\" in: $output"; status=1; fi
    [ $status -eq 0 ] && echo "PASS $1"
}

head -c 8192 /dev/urandom >"$work/random.sqlite"
check "random bytes" "$work/random.sqlite" "not a SQLite database"

# A real store, then marked as made by a schema this build does not know.
QT_QPA_PLATFORM=offscreen "$till" --self-test --database "$work/newer.sqlite" >/dev/null 2>&1
sqlite3 "$work/newer.sqlite" "PRAGMA user_version = 999;"
check "newer schema" "$work/newer.sqlite" "newer"
exit $status
