"""What marking the hours a run read costs (docs/operations.md, "Partition
health"): the events a full resync writes for the earlier hours it marks, and
the time they take, on Dagster's SQLite and PostgreSQL instances.

For each instance: a full resync of hour H (the instance's first: it marks
nothing), then one of H+24 (it marks the 23 hours between for every asset:
the night of a school that runs no hourly schedule), then H+24 again (nothing
left to mark: the same work without the marks). The difference of the last
two, per event marked, gives the cost of a night and of a school-year.

    source scripts/venv.sh bench   # the bench extra (psutil)
    .venv/bin/python bench/partition_marks.py --users 1000
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from dagster import DagsterEventType, DagsterInstance

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.harness import dagster_env, scratch_database, simulator  # noqa: E402
from flowsync_dagster.defs.build import build_definitions  # noqa: E402
from flowsync_dagster.settings.load import load_settings  # noqa: E402
from flowsync_dagster.sync.coverage import COVERED_BY  # noqa: E402

HOUR = "2026-11-27-08:00"
NEXT_NIGHT = "2026-11-28-08:00"
HOURS_A_YEAR = 8760
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def full_resync(instance: DagsterInstance, partition: str) -> tuple[float, int]:
    job = build_definitions(load_settings()).get_job_def("officeflow_full_resync")
    started = time.perf_counter()
    result = job.execute_in_process(instance=instance, partition_key=partition,
                                    tags={"flowsync/mode": "full"}, run_config=QUIET)
    took = time.perf_counter() - started
    assert result.success, partition
    marked = sum(1 for r in instance.get_records_for_run(
        result.run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION, limit=100_000).records
        if COVERED_BY in r.event_log_entry.asset_materialization.metadata)
    return took, marked


def measure(kind: str, sim_url: str) -> dict[str, float]:
    with scratch_database("bench_marks") as store, \
            scratch_database("bench_marks_dagster") as dagster_db, \
            tempfile.TemporaryDirectory() as home:
        env = dagster_env(home, sim_url, store, dagster_db if kind == "postgres" else None)
        os.environ.clear()
        os.environ.update(env)
        with DagsterInstance.get() as instance:
            full_resync(instance, HOUR)
            night, marked = full_resync(instance, NEXT_NIGHT)
            again, none = full_resync(instance, NEXT_NIGHT)
    assert none == 0 and marked > 0
    per_event = (night - again) / marked
    return {"marked": marked, "night_s": night, "same_without_marks_s": again,
            "ms_per_event": per_event * 1000,
            "year_events": marked / 23 * HOURS_A_YEAR,
            "year_minutes": marked / 23 * HOURS_A_YEAR * per_event / 60}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1000)
    args = parser.parse_args()
    saved = dict(os.environ)
    with simulator(args.users) as sim_url:
        for kind in ("sqlite", "postgres"):
            got = measure(kind, sim_url)
            os.environ.clear()
            os.environ.update(saved)
            print(f"{kind:8} {got['marked']:5.0f} hours marked in a night: "
                  f"{got['night_s']:.1f} s against {got['same_without_marks_s']:.1f} s "
                  f"without ({got['ms_per_event']:.1f} ms an event); a school-year: "
                  f"{got['year_events']:,.0f} events, {got['year_minutes']:.0f} min", flush=True)


if __name__ == "__main__":
    main()
