#!/usr/bin/env bash
# A throwaway PostgreSQL cluster in a folder, for scripts/with-postgres.sh and the
# storage-failure e2e spec (which stops and starts its own server mid-run):
#   pg-cluster.sh init  DIR        initdb in DIR/data (user fahrplan, trust on loopback)
#   pg-cluster.sh start DIR PORT   start it on 127.0.0.1:PORT and wait until it accepts
#   pg-cluster.sh stop  DIR        stop it at once (-m immediate)
#   pg-cluster.sh createdb DIR PORT NAME   create database NAME
# Uses the server binaries on PATH or Debian's /usr/lib/postgresql/*/bin.
# PostgreSQL refuses to run as root, so as root it runs as the postgres user.
set -euo pipefail

bin_dir="${PG_BIN_DIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}"
if [ -z "$bin_dir" ] && command -v initdb >/dev/null 2>&1; then
  bin_dir="$(dirname "$(command -v initdb)")"
fi
if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/initdb" ]; then
  echo "PostgreSQL server binaries not found (Debian: apt-get install postgresql)." >&2
  exit 1
fi

as_pg() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

command="${1:?init|start|stop|createdb}"
work="${2:?folder}"
case "$command" in
  init)
    mkdir -p "$work"
    chmod 755 "$work"
    [ "$(id -u)" = "0" ] && chown postgres "$work"
    as_pg "'$bin_dir/initdb' -D '$work/data' -U fahrplan --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    ;;
  start)
    port="${3:?port}"
    as_pg "'$bin_dir/pg_ctl' -D '$work/data' -l '$work/server.log' -o \"-p $port -k '$work' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -w start" >/dev/null
    ;;
  createdb)
    "$bin_dir/createdb" -h 127.0.0.1 -p "${3:?port}" -U fahrplan "${4:?name}"
    ;;
  stop)
    as_pg "'$bin_dir/pg_ctl' -D '$work/data' -m immediate stop" >/dev/null
    ;;
  *)
    echo "unknown command: $command (init|start|stop|createdb)" >&2
    exit 2
    ;;
esac
