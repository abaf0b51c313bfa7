#!/bin/sh
# Initialises the cluster on first start (user, password, database from POSTGRES_*), then runs the server.
set -eu
: "${POSTGRES_USER:=postgres}" "${POSTGRES_PASSWORD:=postgres}" "${POSTGRES_DB:=bot}" "${PGPORT:=5432}" "${PG_LISTEN:=127.0.0.1}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pw=$(mktemp); printf '%s\n' "$POSTGRES_PASSWORD" > "$pw"
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pw" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pw"; echo "host all all 0.0.0.0/0 scram-sha-256" >> "$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -c unix_socket_directories=/var/run/postgresql" -w start >/dev/null
  [ "$POSTGRES_DB" = postgres ] || psql -h /var/run/postgresql -U "$POSTGRES_USER" -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$POSTGRES_DB\""
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  echo "pg-entrypoint: initialised $PGDATA"
fi
exec postgres -D "$PGDATA" -p "$PGPORT" -c listen_addresses="$PG_LISTEN" -c unix_socket_directories=/var/run/postgresql "$@"
