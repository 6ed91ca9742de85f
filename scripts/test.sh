#!/usr/bin/env bash
# The whole test suite: installs into .venv, makes sure PostgreSQL answers
# on 127.0.0.1:5432 (starting the local cluster if it does not), runs pytest.
#   bash scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh test
export FLOWSYNC_TEST_PG_HOST=${FLOWSYNC_TEST_PG_HOST:-127.0.0.1}
export FLOWSYNC_TEST_PG_PORT=${FLOWSYNC_TEST_PG_PORT:-5432}
if ! pg_isready -q -h "$FLOWSYNC_TEST_PG_HOST" -p "$FLOWSYNC_TEST_PG_PORT" 2>/dev/null; then
  echo "PostgreSQL does not answer on $FLOWSYNC_TEST_PG_HOST:$FLOWSYNC_TEST_PG_PORT: starting the local cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start
  for _ in $(seq 1 30); do
    pg_isready -q -h "$FLOWSYNC_TEST_PG_HOST" -p "$FLOWSYNC_TEST_PG_PORT" && break
    sleep 1
  done
fi
exec .venv/bin/python -m pytest "$@"
