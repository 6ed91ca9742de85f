#!/usr/bin/env bash
# The main job on the zero-setup default: bundled simulator (demo data) into
# the SQLite store under $DAGSTER_HOME, then a summary of what was written.
#   bash scripts/run.sh [PARTITION]      e.g. 2026-11-27-08:00
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh ""  # no extras (not this script's own arguments)
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/.flowsync}"
mkdir -p "$DAGSTER_HOME"
[ -f "$DAGSTER_HOME/dagster.yaml" ] || cp deploy/dagster.local.yaml "$DAGSTER_HOME/dagster.yaml"
partition=${1:-$(.venv/bin/python -c '
from flowsync_dagster.sync.partitions import hourly_partitions
from flowsync_dagster.settings.load import load_settings
print(hourly_partitions(load_settings()).get_last_partition_key())')}
echo "full resync of every asset, partition $partition (DAGSTER_HOME=$DAGSTER_HOME)"
log="$DAGSTER_HOME/last-run.log"
status=0
.venv/bin/dagster job execute -m flowsync_dagster.definitions -j officeflow_full_resync \
  --tags "{\"dagster/partition\": \"$partition\"}" >"$log" 2>&1 || status=$?
# the run's own account of itself: what each step did, and any failure
grep -E " - (ERROR|WARNING|INFO) - |Error|Failure: " "$log" || true
echo
.venv/bin/python -m flowsync_dagster.cli.summary || true
echo
if [ "$status" -ne 0 ]; then
  echo "the run failed (exit $status): see the log above, or all of it in $log" >&2
  exit "$status"
fi
echo "See the runs, assets and checks in the UI:"
echo "  DAGSTER_HOME=$DAGSTER_HOME .venv/bin/dagster dev    # then open http://127.0.0.1:3000"
