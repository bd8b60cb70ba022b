#!/usr/bin/env bash
# Makes sure a PostgreSQL answers on 127.0.0.1:5432: start the local cluster, or install one.
set -euo pipefail
ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
# The restore drill (server/test/restore-drill.test.ts) runs pg_dump and pg_restore, even against a
# PostgreSQL elsewhere (TEST_DATABASE_URL).
if ! command -v pg_dump >/dev/null || ! command -v pg_restore >/dev/null; then
  echo "Installing PostgreSQL's client tools (pg_dump, pg_restore)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql-client >/dev/null
fi
if command -v pg_isready >/dev/null && ready; then echo "PostgreSQL is running"; exit 0; fi
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do ready && break; sleep 1; done
ready || { echo "PostgreSQL did not start" >&2; exit 1; }
# The tests connect over TCP as postgres/postgres (a trust setup ignores the password).
su postgres -c "psql -q -c \"alter user postgres password 'postgres'\"" >/dev/null
echo "PostgreSQL $version is running"
