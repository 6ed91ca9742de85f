"""Department tree sync time for a simulated school, through a real Dagster run.

    .venv/bin/python bench/department_sync.py --users 1000000

Starts the simulator (its own process), creates a scratch PostgreSQL database,
and materializes ``department`` twice as a full resync: the first run inserts
the tree, the second finds it unchanged. Prints wall time, API requests and
the tree's shape.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.simulator_throughput import start  # noqa: E402
from tests.helpers import metadata, run_assets  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1_000_000)
    parser.add_argument("--pg", default="host=127.0.0.1 port=5432 user=postgres dbname=postgres")
    args = parser.parse_args()
    db = f"flowsync_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.pg, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{db}"')
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/" + db
    proc, sim = start(args.users)
    try:
        for label in ("first (insert)", "second (unchanged)"):
            t = time.perf_counter()
            result = run_assets(sim, url, "flowsync", tags={"flowsync/mode": "full"})
            wall = time.perf_counter() - t
            assert result.success
            meta = metadata(result, "department")
            print(f"{label:20s} wall {wall:6.2f}s  step {meta['elapsed_seconds']:6.2f}s  "
                  f"departments {meta['departments_listed']}  requests {meta['api_requests']}  "
                  f"depth {meta['max_depth']}  inserted {meta['inserted']}  "
                  f"unchanged {meta['unchanged']}")
    finally:
        proc.terminate()
        proc.wait()
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
