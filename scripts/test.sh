#!/usr/bin/env bash
# The whole test suite: installs into .venv, runs the fast tier (tests/fast:
# no database, no server, a few seconds) and stops if it fails; then makes
# sure PostgreSQL answers on 127.0.0.1:5432 (starting the local cluster if it
# does not) and runs the rest.
#   bash scripts/test.sh [pytest arguments]           the fast tier, then the rest
#   bash scripts/test.sh --fast [pytest arguments]    the fast tier only
# The rest runs in three parallel workers (FLOWSYNC_TEST_WORKERS).
# Arguments naming test paths (tests/test_x.py, tests/test_x.py::test_y) run
# just those, in one pytest run, as before the tiers existed.
set -euo pipefail
cd "$(dirname "$0")/.."

fast_only=0
paths=0
args=()
for arg in "$@"; do
  if [ "$arg" = "--fast" ]; then
    fast_only=1
    continue
  fi
  case "$arg" in
    -*) ;;
    *) [ -e "${arg%%::*}" ] && paths=1 ;;
  esac
  args+=("$arg")
done

source scripts/venv.sh test

# pytest's exit status 5: no test was collected (a -k or -m that selects
# nothing in one tier), not a failure when the other tier ran tests
fast_status=0
if [ "$paths" = 0 ]; then
  .venv/bin/python -m pytest tests/fast ${args[@]+"${args[@]}"} || fast_status=$?
  if [ "$fast_status" != 0 ] && [ "$fast_status" != 5 ]; then
    echo "the fast tier failed (tests/fast): not running the rest" >&2
    exit "$fast_status"
  fi
  if [ "$fast_only" = 1 ]; then
    exit "$fast_status"
  fi
elif [ "$fast_only" = 1 ]; then
  exec .venv/bin/python -m pytest ${args[@]+"${args[@]}"}
fi

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
# The UI test (tests/test_operator_path.py) drives Debian's chromium through
# Playwright's Python package (the test extra), never Playwright's own browser
# download. Chromium is installed here when missing (apt-get, as root); without
# it that test skips, except under CI=true, where it fails.
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing chromium (apt-get) for the UI test"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
      >/dev/null || echo "could not install chromium: the UI test will skip" >&2
  else
    echo "chromium is missing and this is not root: the UI test will skip" >&2
  fi
fi
if [ "$paths" = 1 ]; then
  exec .venv/bin/python -m pytest ${args[@]+"${args[@]}"}
fi
# The rest in three parallel workers, a test file per worker at a time (the
# tests wait on real processes about as much as they compute: on 2 cores three
# workers finish first; a file's module fixtures stay in one worker). The test
# that restarts PostgreSQL restarts a server of its own (tests/private_postgres.py),
# so it runs among the rest. FLOWSYNC_TEST_WORKERS=0: one process.
workers=${FLOWSYNC_TEST_WORKERS:-3}
parallel=()
[ "$workers" != 0 ] && parallel=(-n "$workers" --dist loadfile)
rest_status=0
.venv/bin/python -m pytest tests --ignore=tests/fast ${parallel[@]+"${parallel[@]}"} \
  ${args[@]+"${args[@]}"} || rest_status=$?
if [ "$rest_status" = 5 ] && [ "$fast_status" = 5 ]; then
  exit 5  # nothing ran at all
fi
if [ "$rest_status" != 0 ] && [ "$rest_status" != 5 ]; then
  exit "$rest_status"
fi
exit 0
