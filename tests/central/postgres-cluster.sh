#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the central store's tests and benchmark, started and stopped by
# the test command itself (a CTest fixture), so no server has to be set up by hand.
#   postgres-cluster.sh start STATE_DIR [--durable]   writes STATE_DIR/url: postgresql://omnitill@127.0.0.1:PORT/postgres
#   postgres-cluster.sh stop STATE_DIR
# The data lives in a fresh directory under /tmp owned by the user that runs the server: PostgreSQL refuses
# to run as root, so as root the server runs as "postgres" (runuser). Without --durable, fsync is off:
# the cluster is thrown away, and the tests need speed, not crash safety.
set -euo pipefail
action=${1:?start or stop}
state=${2:?state directory}
bin=${OMNITILL_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    [ -x "$bin/initdb" ] || { echo "postgres-cluster: $bin/initdb not found (install postgresql-15)" >&2; exit 1; }
    mkdir -p "$state"
    if [ -f "$state/data-dir" ]; then "$0" stop "$state" || true; fi
    data=$(mktemp -d /tmp/omnitill-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
    echo "$data" > "$state/data-dir"
    as_server "$bin/initdb" -D "$data/cluster" -U omnitill --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
        || { cat "$state/initdb.log" >&2; exit 1; }
    settings="-c listen_addresses=127.0.0.1 -k $data -c max_connections=200"
    [ "${3:-}" = "--durable" ] || settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    # A free port: try random ones until the server starts on one (another engineer's cluster, a service).
    for _ in $(seq 20); do
        port=$((20000 + RANDOM % 40000))
        if as_server "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 30 -o "-p $port $settings" start >/dev/null 2>&1; then
            echo "postgresql://omnitill@127.0.0.1:$port/postgres" > "$state/url"
            echo "postgres-cluster: running on 127.0.0.1:$port, data in $data"
            exit 0
        fi
    done
    echo "postgres-cluster: could not start PostgreSQL:" >&2
    cat "$data/server.log" >&2 || true
    exit 1
    ;;
stop)
    [ -f "$state/data-dir" ] || exit 0
    data=$(cat "$state/data-dir")
    as_server "$bin/pg_ctl" -D "$data/cluster" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$data" "$state/data-dir" "$state/url"
    echo "postgres-cluster: stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR [--durable]" >&2
    exit 2
    ;;
esac
