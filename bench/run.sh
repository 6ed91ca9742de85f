#!/usr/bin/env bash
# The benchmark, from one command on a fresh machine:
#   bash bench/run.sh --users 10000 100000 1000000
# Installs the bench extra (dlt, psutil) into .venv, makes sure PostgreSQL
# answers, and runs bench/run.py. Results land in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh bench
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
exec .venv/bin/python bench/run.py "$@"
