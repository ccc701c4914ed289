#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the shared-store tests, on loopback only.
#
#   eval "$(Tests/Support/postgres-cluster.sh start)"   # prints two export lines
#   swift test --skip-build --filter SharedStore
#   Tests/Support/postgres-cluster.sh stop "$DESKMATE_TEST_POSTGRES_DIR"
#
# `start` makes a temporary folder, runs initdb and pg_ctl in it (as the
# `postgres` user when run as root: PostgreSQL refuses to run as root), creates
# a role with a random password and a database for the tests, and prints
#   export DESKMATE_TEST_POSTGRES_URL=postgresql://deskmate_test:…@127.0.0.1:PORT/deskmate_test?sslmode=disable
#   export DESKMATE_TEST_POSTGRES_DIR=/tmp/deskmate-pg.XXXXXX
# `stop DIR` stops that cluster and removes the folder. `pause DIR` stops its
# server and `resume DIR` starts it again on the same port (the outage tests:
# a server gone mid-shift and back), keeping the data. Nothing else on the
# machine is touched: no service, no port but the one chosen, no file outside DIR.
# PG_BIN overrides where the server's programs are (Debian's PostgreSQL 15 by default).
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# Runs a server program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  [ -x "$PG_BIN/initdb" ] || { echo "postgres-cluster: no initdb in $PG_BIN (apt-get install postgresql, or set PG_BIN)" >&2; exit 1; }
  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/deskmate-pg.XXXXXX")"
  # On any failure below, leave nothing behind.
  trap 'as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' ERR
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"

  # Local socket connections (used only here, by the owner) are trusted;
  # TCP connections, the ones the tests make, need the password (SCRAM).
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1

  local port started=""
  for _ in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + RANDOM % 20000 ))
    if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
         -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null 2>&1; then
      started=1; break
    fi
  done
  [ -n "$started" ] || { echo "postgres-cluster: the server did not start; see $dir/server.log" >&2; cat "$dir/server.log" >&2 || true; false; }
  echo "$port" >"$dir/port"

  local password
  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  # CREATEDB: tests that run the command line give each run its own database.
  as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >/dev/null <<SQL
CREATE ROLE deskmate_test LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE deskmate_test OWNER deskmate_test;
SQL
  trap - ERR
  echo "export DESKMATE_TEST_POSTGRES_URL='postgresql://deskmate_test:$password@127.0.0.1:$port/deskmate_test?sslmode=disable'"
  echo "export DESKMATE_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir="${1:-${DESKMATE_TEST_POSTGRES_DIR:-}}"
  [ -n "$dir" ] || { echo "usage: $0 stop DIR" >&2; exit 64; }
  # Only a folder this script made: never remove anything else.
  case "$(basename "$dir")" in deskmate-pg.*) ;; *) echo "postgres-cluster: $dir is not a cluster folder made by start" >&2; exit 64;; esac
  if [ -d "$dir/data" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

# The folder of a cluster this script made, or exit 64.
cluster_dir() {
  local dir="${1:-}"
  [ -n "$dir" ] || { echo "usage: $0 pause|resume DIR" >&2; exit 64; }
  case "$(basename "$dir")" in deskmate-pg.*) ;; *) echo "postgres-cluster: $dir is not a cluster folder made by start" >&2; exit 64;; esac
  [ -d "$dir/data" ] && [ -f "$dir/port" ] || { echo "postgres-cluster: $dir holds no cluster" >&2; exit 64; }
  echo "$dir"
}

pause() {
  local dir; dir="$(cluster_dir "${1:-}")"
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
}

resume() {
  local dir; dir="$(cluster_dir "${1:-}")"
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $(cat "$dir/port") -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  pause) pause "${2:-}" ;;
  resume) resume "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR | pause DIR | resume DIR" >&2; exit 64 ;;
esac
