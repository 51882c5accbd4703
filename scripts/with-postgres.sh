#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: initdb in a temp
# folder, start on a free loopback port, create the database, export
# DATABASE_URL, run "$@", stop and delete everything.
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

run_as=()
if [ "$(id -u)" = "0" ]; then run_as=(su postgres -s /bin/sh -c); fi
as_pg() {
  if [ ${#run_as[@]} -gt 0 ]; then "${run_as[@]}" "$*"; else sh -c "$*"; fi
}

work="$(mktemp -d /tmp/fahrplan-pg.XXXXXX)"
chmod 755 "$work"
[ ${#run_as[@]} -gt 0 ] && chown postgres "$work"
port="${PGPORT_FOR_TESTS:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"

cleanup() {
  as_pg "'$bin_dir/pg_ctl' -D '$work/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

as_pg "'$bin_dir/initdb' -D '$work/data' -U fahrplan --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "'$bin_dir/pg_ctl' -D '$work/data' -l '$work/server.log' -o \"-p $port -k '$work' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -w start" >/dev/null
as_pg "'$bin_dir/createdb' -h 127.0.0.1 -p $port -U fahrplan fahrplan"

export DATABASE_URL="postgresql://fahrplan@127.0.0.1:$port/fahrplan"
export PG_ADMIN_URL="postgresql://fahrplan@127.0.0.1:$port/postgres"
echo "PostgreSQL ready at $DATABASE_URL"
"$@"
