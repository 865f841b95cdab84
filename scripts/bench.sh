#!/usr/bin/env bash
# Runs the benchmarks and prints their results for bench/RESULTS.md: catalog import and lookup at
# 1,000,000 products, the till's start-up (ready to scan, resident memory) against that catalog, and
# completed-sale commit throughput, and the central store's sales ingest, coupon redemption and customer
# lookup (100,000 customers) on SQLite and on a durable throwaway PostgreSQL cluster. Takes a few minutes and about 1 GB of temporary disk.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${OMNITILL_BUILD_DIR:-$here/build}
"$here/scripts/build.sh" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
products=${1:-1000000}

echo "## machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) ($(nproc) cores)"
echo "memory: $(free -h | awk '/Mem:/ {print $2}')"
echo "disk: $(df -h "$work" | awk 'NR==2 {print $1}')"
echo
echo "## bench_catalog $products"
"$build/bench/bench_catalog" "$products" "$work/store.sqlite" 2>&1 | grep -v '^omnitill.store'
echo
echo "## till start-up with $products products (first start seeds the demo store and is not counted)"
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
"$build/app/omnitill" --database "$work/store.sqlite" --startup-report >/dev/null 2>&1
for run in 1 2 3 4 5; do
    "$build/app/omnitill" --database "$work/store.sqlite" --startup-report 2>/dev/null | tr '\n' ' '
    echo
done
echo
echo "## bench_commit"
"$build/bench/bench_commit" 5000 2>&1 | grep -v '^omnitill.store'
echo
echo "## bench_promotions"
"$build/bench/bench_promotions" 30
echo
echo "## bench_camera_decode"
"$build/bench/bench_camera_decode" 50
echo
echo "## bench_central_ingest (PostgreSQL 15, fsync on, real HTTP on loopback)"
"$here/tests/central/postgres-cluster.sh" start "$work/postgres" --durable >/dev/null
trap '"$here/tests/central/postgres-cluster.sh" stop "$work/postgres" >/dev/null; rm -rf "$work"' EXIT
for in_flight in 1 4; do
    "$build/bench/bench_central_ingest" "$(cat "$work/postgres/url")" 20000 "$in_flight" 2>&1 | grep -v '^omnitill.central'
done
echo
echo "## bench_central_coupons (SQLite, then PostgreSQL 15 with fsync on; real HTTP on loopback)"
for database in sqlite: "$(cat "$work/postgres/url")"; do
    for in_flight in 1 4; do
        "$build/bench/bench_central_coupons" "$database" 2000 "$in_flight" 100000 5000 2>&1 | grep -v '^omnitill.central'
    done
done
