"""The fixed cost of a run, in parts (bench/README.md):

1. ``python -c pass``: starting the interpreter;
2. ``import dagster``;
3. ``import`` of the code location and building its ``Definitions``;
4. Dagster alone: the hourly job of the same asset graph with steps that do
   nothing (``bench/dagster_floor.py``), through ``dagster job execute`` on
   the SQLite instance: code load, run storage, every event of every step;
5. ours: an empty hour at ``--users`` (the store synced first), the same
   command on the same instance.

Each is the median of ``--repeat`` runs. 5 minus 4 is what this project adds
to Dagster's own floor.

    source scripts/venv.sh bench
    .venv/bin/python bench/floor_parts.py --users 10000
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.harness import DAGSTER, dagster_env, scratch_database, set_epoch, simulator  # noqa: E402
from bench.run import FULL_JOB, hour  # noqa: E402

HOUR = "2026-11-27-09:00"


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def median_of(repeat: int, command: list[str], env: dict[str, str] | None = None) -> float:
    return statistics.median(timed(command, env) for _ in range(repeat))


def events_of_last_run(env: dict[str, str]) -> int:
    script = ("from dagster import DagsterInstance\n"
              "i = DagsterInstance.get()\n"
              "r = i.get_run_records(limit=1)[0].dagster_run\n"
              "print(len(i.all_logs(r.run_id)))")
    out = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                         capture_output=True, text=True, cwd=ROOT)
    return int(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    py = sys.executable
    parts = {"python start": median_of(args.repeat, [py, "-c", "pass"]),
             "import dagster": median_of(args.repeat, [py, "-c", "import dagster"])}
    with simulator(args.users) as url, scratch_database("floor") as db, \
            tempfile.TemporaryDirectory() as home:
        env = dagster_env(home, url, db)
        parts["import and build the code location"] = median_of(
            args.repeat, [py, "-c", "from flowsync_dagster.definitions import defs; "
                          "defs().get_job_def('officeflow_sync')"], env)
        noop = ["job", "execute", "-m", "bench.dagster_floor", "-j", "officeflow_sync",
                "--tags", f'{{"dagster/partition": "{HOUR}"}}']
        parts["Dagster alone: the same graph, steps that do nothing"] = \
            median_of(args.repeat, [DAGSTER, *noop], env)
        noop_events = events_of_last_run(env)
        timed([DAGSTER, *FULL_JOB], env)
        set_epoch(url, 2)
        parts[f"ours: an empty hour at {args.users:,} users"] = \
            median_of(args.repeat, [DAGSTER, *hour(HOUR)], env)
        our_events = events_of_last_run(env)
    for name, seconds in parts.items():
        print(f"| {name} | {seconds:.2f} s |")
    print(f"events stored: Dagster alone {noop_events}, ours {our_events}")
    alone = parts["Dagster alone: the same graph, steps that do nothing"]
    ours = parts[f"ours: an empty hour at {args.users:,} users"]
    print(f"ours / Dagster alone: {ours / alone:.2f}x ({ours - alone:.2f} s more)")


if __name__ == "__main__":
    main()
