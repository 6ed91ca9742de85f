"""A simulated week, judged by the reference model (tests/model/directory.py).

    .venv/bin/python bench/model_week.py [--hours 168] [--seed 1] [--no-restart]

168 hourly runs and a nightly full resync each day (7 in a week), with the
source changing every hour (the state machine's own source steps of
tests/test_model.py, drawn at random from ``--seed``), API faults in some
hours, gaps of hours nobody ran, runs of the ``dagster`` CLI killed part-way
and one PostgreSQL restart in the middle of a run. After every run the store
must equal the model, row for row; the week ends with a fault-free full
resync. Not in CI (about 6 minutes here): the test tier runs the same
machine on short random examples (tests/test_model.py).

Needs the test extra (``bash scripts/test.sh --fast`` installs it), PostgreSQL
on 127.0.0.1:5432, and root for the restart (``pg_ctlcluster``).
"""

from __future__ import annotations

import argparse
import inspect
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flowsync_dagster.simulator import SchoolDataset, Simulator, SimulatorServer  # noqa: E402
from tests.conftest import SimulatorHandle  # noqa: E402
from tests.model.directory import H, Options  # noqa: E402
from tests.model.driver import Harness  # noqa: E402
from tests.test_model import DirectoryMachine  # noqa: E402

ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
CLUSTER = os.environ.get("FLOWSYNC_TEST_PG_CLUSTER", "15 main").split()
SOURCE_STEPS = ("create_user", "rename_user", "move_user", "disable_or_enable_user",
                "delete_user", "revive_user", "restore_older_version", "change_late",
                "make_late_changes_visible", "create_department", "rename_department",
                "reparent_department", "revoke_department", "delete_department", "bind",
                "unbind", "move_binding", "change_post_members", "change_post",
                "change_tag_members", "change_tag", "declare_field", "retype_field")
CHOICES = {"identity": ["student", "teacher"], "platform": ["wechat", "dingtalk"],
           "how": ["tombstone", "vanish", "both"], "what": ["create", "rename", "delete"],
           "name": ["a", "b", "c"], "kind": ["static", "dynamic"],
           "key": ["room", "score", "grade", "title"], "type_": ["string", "integer"]}


def change_source(machine: DirectoryMachine, rng: random.Random) -> str:
    name = rng.choice(SOURCE_STEPS)
    function = getattr(machine, name)
    params = list(inspect.signature(function).parameters)
    kwargs = {}
    for p in params:
        if p in ("i", "j"):
            kwargs[p] = rng.randrange(10**6)
        elif p in ("hard", "later", "bump", "active", "revoked"):
            kwargs[p] = rng.random() < 0.3
        elif p == "what" and name == "change_post":
            kwargs[p] = rng.choice(["disable", "delete", "create"])
        else:
            kwargs[p] = rng.choice(CHOICES[p])
    function(**kwargs)
    return name


def restart_postgres_during_a_run(machine: DirectoryMachine) -> None:
    def restart() -> None:
        time.sleep(1.5)
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", *CLUSTER, "restart", "-m",
                        "fast"], check=True, capture_output=True, timeout=120)

    thread = threading.Thread(target=restart)
    thread.start()
    hour = machine.hour
    try:
        # the users step waits 4 s for its first page, inside its transaction:
        # the restart lands in the middle of a writing step
        outcome = machine.harness.run(machine.settings, hour, Options(), faults=[
            {"kind": "timeout", "path": "/users", "delay": 4, "times": 1}])
    finally:
        thread.join()
    print(f"PostgreSQL restarted inside the run of {hour:%H:%M}: success {outcome.success}, "
          f"steps committed {outcome.committed}; {outcome.said.strip()[:300]}", flush=True)
    for _ in range(120):
        try:
            with psycopg.connect(ADMIN, connect_timeout=2):
                break
        except psycopg.Error:
            time.sleep(0.5)
    machine.judge(outcome, hour, Options(), fault_free=False)
    machine.hour += H
    machine.tick = 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=int, default=168)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-restart", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    database = f"flowsync_week_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')
    server = SimulatorServer(Simulator(SchoolDataset(users=100, seed=1, epoch=1))).start()
    started = time.monotonic()
    counts: dict[str, int] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            harness = Harness(SimulatorHandle(server),
                              f"postgresql+psycopg://postgres@127.0.0.1:5432/{database}",
                              "week", Path(tmp))
            harness.base_schema = "week"  # type: ignore[attr-defined]
            DirectoryMachine.harness = harness
            machine = DirectoryMachine()
            machine.start()
            kills = set(rng.sample(range(24, args.hours), 2))
            gaps = set(rng.sample(range(12, args.hours), 2))
            restart_at = args.hours // 2 if not args.no_restart else -1
            hour = 0
            while hour < args.hours:
                for _ in range(rng.randrange(4)):
                    change_source(machine, rng)
                what = "hour"
                if hour == restart_at:
                    restart_postgres_during_a_run(machine)
                    what = "postgres restart"
                elif hour in kills:
                    machine.run_killed_part_way(after=rng.uniform(0, 3), full=False)
                    what = "killed"
                elif hour in gaps:
                    skipped = rng.randrange(2, 6)
                    machine.gap_of_hours_then_an_hour(hours=skipped)
                    hour += skipped
                    what = f"gap of {skipped}"
                elif rng.random() < 0.08:
                    machine.hour_with_api_faults(
                        kind=rng.choice(["server_error", "reset", "cursor_expired", "midway"]),
                        path=rng.choice(["/users", "/openids", "/posts", "/departments",
                                         "/tags"]), times=rng.randrange(1, 5))
                    what = "faults"
                else:
                    machine.next_hour()
                counts[what] = counts.get(what, 0) + 1
                hour += 1
                if hour % 24 == 0:
                    machine.full_resync(allow=False)
                    counts["nightly resync"] = counts.get("nightly resync", 0) + 1
                if hour % 12 == 0:
                    print(f"hour {hour}: {machine.syncs} runs judged, "
                          f"{time.monotonic() - started:.0f} s", flush=True)
            machine.sync(None)  # the week ends with a fault-free full resync
            print(f"a week of {args.hours} hours: {machine.syncs} runs judged, every one "
                  f"equal to the model; {counts}; {time.monotonic() - started:.0f} s")
    finally:
        server.stop()
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
