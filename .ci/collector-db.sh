#!/usr/bin/env bash
# A throwaway PostgreSQL for the collector's tests and benchmark, on 127.0.0.1 only.
#   .ci/collector-db.sh        installs PostgreSQL from Debian when missing, starts (or reuses) the cluster,
#                              prints COLLECTOR_PG_STARTED=yes|no, then DATABASE_URL=postgres://... on its last line
#   .ci/collector-db.sh stop   stops it
# Settings: COLLECTOR_PG_DIR (default /tmp/consentry-collector-pg), COLLECTOR_PG_PORT (default 55432).
set -euo pipefail
DIR="${COLLECTOR_PG_DIR:-/tmp/consentry-collector-pg}"
PORT="${COLLECTOR_PG_PORT:-55432}"
DB=consentry_test

log() { echo "[collector-db] $*" >&2; }

bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
  return 1
}

# Run as the cluster's owner: PostgreSQL refuses to run as root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! BIN="$(bindir)"; then
  [ "$(id -u)" = 0 ] || { log "PostgreSQL is not installed; run as root or: sudo apt-get install -y postgresql"; exit 1; }
  log "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN="$(bindir)"
fi

if [ "${1:-}" = stop ]; then
  [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  exit 0
fi

if [ ! -f "$DIR/data/PG_VERSION" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
fi

STARTED=no
if ! as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  STARTED=yes
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -w -t 60 -l "$DIR/log" \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on -c max_connections=200" start >&2 \
    || { cat "$DIR/log" >&2; exit 1; }
fi

URL="postgres://postgres@127.0.0.1:$PORT"
"$BIN/psql" -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || "$BIN/psql" -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -c "CREATE DATABASE $DB" >&2
# Whether this call started the server (a caller may then stop it when done).
echo "COLLECTOR_PG_STARTED=$STARTED"
echo "DATABASE_URL=$URL/$DB"
