#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: initdb in a temp
# folder, start on a free loopback port, create the database, export
# DATABASE_URL, run "$@", stop and delete everything (scripts/pg-cluster.sh).
set -euo pipefail

cluster="$(dirname "$0")/pg-cluster.sh"
work="$(mktemp -d /tmp/fahrplan-pg.XXXXXX)"
port="${PGPORT_FOR_TESTS:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"

cleanup() {
  "$cluster" stop "$work" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$cluster" init "$work"
"$cluster" start "$work" "$port"
"$cluster" createdb "$work" "$port" fahrplan

export DATABASE_URL="postgresql://fahrplan@127.0.0.1:$port/fahrplan"
export PG_ADMIN_URL="postgresql://fahrplan@127.0.0.1:$port/postgres"
echo "PostgreSQL ready at $DATABASE_URL"
"$@"
