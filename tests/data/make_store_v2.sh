#!/usr/bin/env bash
# Makes tests/data/store_v2.{pg.sql,sqlite.sql}: a store written by the previous
# release (layout version 2: every run moved last_synced_at, no sync_run), for
# tests/test_store_upgrade.py. The previous release's code (git archive of the
# commit below) runs a full resync against this tree's simulator (150 users,
# seed 1, epoch 1), once into PostgreSQL and once into SQLite; the dumps are
# committed, so the test needs neither git history nor the old code.
#   bash tests/data/make_store_v2.sh        (PostgreSQL on 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/../.."
RELEASE=${RELEASE:-b990c5f~1}   # the last commit with SCHEMA_VERSION = 2
PY=$PWD/.venv/bin/python
work=$(mktemp -d)
trap 'kill $sim 2>/dev/null || true; psql -qh 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS flowsync_v2_dump" >/dev/null; rm -rf "$work"' EXIT
git archive "$RELEASE" flowsync_dagster | tar -x -C "$work"
grep -q "SCHEMA_VERSION = 2" "$work/flowsync_dagster/store/schema.py"
port=18765
"$PY" -m flowsync_dagster.simulator --port $port --users 150 --seed 1 --epoch 1 >/dev/null 2>&1 &
sim=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/_sim/state" >/dev/null && break; sleep 0.2; done
psql -qh 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS flowsync_v2_dump" -c "CREATE DATABASE flowsync_v2_dump" >/dev/null
mkdir -p "$work/home"
here=$PWD
(cd "$work" && PYTHONPATH="$work" "$PY" -c 'import flowsync_dagster.store.schema as s; assert s.SCHEMA_VERSION == 2, s.__file__')
run_old() {  # $1: the store's URL; the old package first on the path
  cd "$work" && DAGSTER_HOME="$work/home" PYTHONPATH="$work" OFFICEFLOW_BASE_URL="http://127.0.0.1:$port" \
    OFFICEFLOW_APP_KEY=flowsync-demo OFFICEFLOW_APP_SECRET=flowsync-demo-secret \
    FLOWSYNC_DATABASE_URL="$1" FLOWSYNC_SCHEMA=flowsync \
    "$here/.venv/bin/dagster" job execute -m flowsync_dagster.definitions \
      -j officeflow_full_resync --tags '{"dagster/partition": "2026-11-27-08:00"}' >"$work/run.log" 2>&1 \
    || { tail -20 "$work/run.log"; exit 1; }
}
(run_old "postgresql+psycopg://postgres@127.0.0.1:5432/flowsync_v2_dump")
(run_old "sqlite:///$work/store.sqlite")
pg_dump -h 127.0.0.1 -U postgres --schema=flowsync --no-owner --no-privileges flowsync_v2_dump \
  > tests/data/store_v2.pg.sql
"$PY" - "$work/store.sqlite" > tests/data/store_v2.sqlite.sql <<'PYEOF'
import sqlite3, sys
for line in sqlite3.connect(sys.argv[1]).iterdump():
    print(line)
PYEOF
wc -c tests/data/store_v2.pg.sql tests/data/store_v2.sqlite.sql
