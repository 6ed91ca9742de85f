"""SIGKILL anywhere: a run killed at any point leaves every table as it was
before or as it is after its step, nothing behind in PostgreSQL, and its pool
slot to the next run, which converges on what an uninterrupted run leaves.

Real ``dagster job execute`` processes against the simulator (its own
process, 500 users) and a PostgreSQL store. Each kill point is reached by
holding the run there, then stopping it (SIGSTOP) to record what its
PostgreSQL sessions were doing, then SIGKILL to its process group:

- an API read: a simulator ``timeout`` fault keeps one request waiting (in a
  listing the step streams into staging, the run is inside its COPY);
- a statement: this test holds a lock on a table (SHARE ROW EXCLUSIVE:
  readers pass), so the run's next write to it waits (a MERGE, the flow
  tracking's statements, the sync_run row written after the checks);
- a log marker of ``SyncStep`` (``flowsync phase [...]: ...``): the run is
  stopped as soon as the line is read (the checks, COMMIT, between steps).

The runs are chained: each run after a kill is both the "next run" of the
dead one (its setup must free the dead run's slot, or it would wait for it
for good) and the subject of the next kill point. After each kill: every
table is in its before- or after-state, a step's tables on the same side; no
advisory lock, staging table or session of the run is left. After the last,
an uninterrupted run must reach what a reference schema reached without
kills. Two chains run at once, each with its own simulator, database and
instance: full resyncs on the SQLite instance of deploy/dagster.local.yaml,
hourly runs on the PostgreSQL instance of deploy/dagster.yaml. The kill
points tried are printed and named in every assertion message. Each chain
has 11 points; an ordinary run tries 5 of each (its first read and 4 drawn by
the day's date, ``chosen``), ``FLOWSYNC_KILL_POINTS=all`` every one.

Also here: a run killed on the SQLite store (its ``flock``), and a run the
daemon launched whose worker is killed (the sensor frees its slot).
"""

from __future__ import annotations

import os
import random
import re
import signal
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from dagster import DagsterRunStatus
from sqlalchemy.engine import make_url

from flowsync_dagster.store.liveness import SENSOR_NAME
from tests.crashkit import (
    FULL_PARTITION,
    CliRun,
    Content,
    TableHold,
    admin_conninfo,
    base_env,
    content,
    describe_sessions,
    differences,
    full_args,
    hour_of_epoch,
    hourly_args,
    instance_of,
    judge,
    launch_run,
    postgres_home,
    run_in_process,
    run_sessions,
    sim_faults_fired,
    sim_post,
    sqlite_home,
    stop_schedules,
    wait_for_no_leftovers,
    wait_until,
    waiting_session,
    worker_pid,
)
from tests.dagster_services import dagster_services, officeflow_simulator

USERS = 500
HOLD_SECONDS = 60  # how long a held API read would wait (the run is killed long before)
KILL_SAMPLE = 5  # kill points per chain in an ordinary run (of 11)
REACH_TIMEOUT = 45  # a run that does not reach its point in this time waits for something
# epoch 2 of the simulator moves a quarter of the dynamic tags' members
ALLOW = {"flowsync/allow_mass_removal": "true"}
# where the hourly run waits while the full resync holds the pool
BEHIND = (DagsterRunStatus.QUEUED, DagsterRunStatus.STARTING, DagsterRunStatus.STARTED)


@dataclass(frozen=True)
class Point:
    name: str
    fault: dict[str, Any] | None = None  # the run waits inside this API read
    lock: str | None = None  # the run's next write to this table waits
    marker: str | None = None  # the run is stopped when its log prints this


def read(path: str, after: int = 0) -> dict[str, Any]:
    return {"kind": "timeout", "path": path, "after": after, "times": 1, "delay": HOLD_SECONDS}


FULL_POINTS = [
    Point("department: reading /departments/root, the run's first API read",
          fault=read("/departments/root")),
    Point("department: MERGE into department", lock="department"),
    Point("between steps: department committed, posts not begun",
          marker=r"\[department\]: committed"),
    Point("posts: reading the 6th post's member list (concurrent reads), inside the COPY",
          fault=read("/posts/", 5)),
    Point("tag_group: evaluating its checks", marker=r"\[tag_group\]: written; evaluating"),
    Point("user_attribute: MERGE into user_attribute", lock="user_attribute"),
    Point("workflow: reading /task-history, inside the COPY into staging",
          fault=read("/task-history")),
    Point("workflow: flow tracking, writing process_progress", lock="process_progress"),
    Point("workflow: committing", marker=r"\[workflow\]: committing"),
    Point("users: MERGE into user_department, app_user already merged", lock="user_department"),
    Point("after the last step committed, before the run ends",
          marker=r"\[user_openid\]: committed"),
]
HOURLY_POINTS = [
    Point("department: walking the tree (4th /departments read)", fault=read("/departments", 3)),
    Point("department: writing its sync_run row after its checks, the statement before COMMIT",
          lock="sync_run"),
    Point("posts: MERGE into post_member, post already merged", lock="post_member"),
    Point("user_attribute: reading /identities", fault=read("/identities")),
    Point("workflow: reading the hour's /process-instances, inside the COPY",
          fault=read("/process-instances")),
    Point("workflow: process_instance merged, task_history next",
          marker=r"\[workflow\]: merged process_instance"),
    Point("tags: MERGE into tag_user, tag already merged", lock="tag_user"),
    Point("users: reading the hour's /users, inside the COPY into staging", fault=read("/users")),
    Point("users: MERGE into app_user", lock="app_user"),
    Point("users: evaluating its checks", marker=r"\[users\]: written; evaluating"),
    Point("user_openid: committing", marker=r"\[user_openid\]: committing"),
]


def chosen(points: list[Point], chain: str) -> list[Point]:
    """The kill points this session tries: all of them with
    ``FLOWSYNC_KILL_POINTS=all``; otherwise the first (the run's first read)
    and ``KILL_SAMPLE - 1`` others drawn by ``FLOWSYNC_KILL_SEED`` (default: the
    day's date, printed), so that each day's CI kills elsewhere and a failing
    draw can be run again exactly."""
    if os.environ.get("FLOWSYNC_KILL_POINTS") == "all":
        return list(points)
    seed = os.environ.get("FLOWSYNC_KILL_SEED") or time.strftime("%Y%m%d", time.gmtime())
    print(f"{chain}: kill points drawn with FLOWSYNC_KILL_SEED={seed} "
          "(FLOWSYNC_KILL_POINTS=all tries every one)", flush=True)
    rest = random.Random(f"{seed}:{chain}").sample(points[1:], KILL_SAMPLE - 1)
    return [points[0], *sorted(rest, key=points.index)]


@dataclass
class Tried:
    """One kill point as it went."""

    label: str  # chain and number, e.g. "full 3"
    point: Point
    run_id: str | None
    seconds: float  # from the run's start to its kill
    where: str  # what the run's sessions were doing when it was stopped
    moved: list[str]  # tables the run had brought to their after-state
    freed_predecessor: bool | None  # the run's setup freed the previous dead run's slot

    def line(self) -> str:
        freed = "; its setup freed the dead run before it" if self.freed_predecessor else ""
        return (f"{self.label}. {self.point.name} [run {(self.run_id or '?')[:8]}, killed "
                f"{self.seconds:.1f} s after its start; its sessions: {self.where}] -> "
                f"tables in their after-state: {', '.join(self.moved) or 'none'}{freed}")


class KillChain:
    """Runs of one job, each killed at the next point and checked after its kill;
    then one uninterrupted run."""

    def __init__(self, name: str, env: dict[str, str], args: tuple[str, ...], store_url: str,
                 schema: str, sim_url: str, expected: Content, tried: list[Tried],
                 stop: threading.Event) -> None:
        self.name, self.env, self.args = name, env, args
        self.store_url, self.schema, self.sim_url = store_url, schema, sim_url
        self.expected, self.tried, self.stop = expected, tried, stop
        self.state = content(store_url, schema)
        self.dead: list[str] = []
        self.mine: list[Tried] = []

    def report(self) -> str:
        return "kill points tried:\n" + "\n".join(t.line() for t in list(self.tried))

    def run(self, points: list[Point]) -> None:
        try:
            for point in points:
                if self.stop.is_set():
                    return
                self.kill_at(point)
            self.finish()
        except BaseException:
            self.stop.set()
            raise

    def kill_at(self, point: Point) -> None:
        hold: TableHold | None = None
        if point.fault:
            sim_post(self.sim_url, "/_sim/faults", [point.fault])
        if point.lock:
            hold = TableHold(self.store_url, f'"{self.schema}"."{point.lock}"')
        run = CliRun(self.env, *self.args)
        try:
            reached = self._reach(run, point)
            assert reached, (f"{self.name}: the run did not reach '{point.name}' within "
                             f"{REACH_TIMEOUT} s (waiting for a dead run's slot?)\n"
                             f"{self.report()}\n{run.output[-5000:]}")
            run.signal(signal.SIGSTOP)
            where = describe_sessions(run_sessions(self.store_url))
            seconds = run.seconds
            run.kill()
        finally:
            if run.alive():
                run.kill()
            sim_post(self.sim_url, "/_sim/faults", [])
            if hold is not None:
                hold.release()
        left = wait_for_no_leftovers(self.store_url)
        previous = self.dead[-1] if self.dead else None
        freed = (re.search(rf"run {previous} was dead", run.output) is not None
                 if previous else None)
        self.dead.append(run.run_id or "?")
        state = content(self.store_url, self.schema)
        verdict = judge(state, self.state, self.expected)
        tried = Tried(f"{self.name} {len(self.mine) + 1:2d}", point, run.run_id, seconds, where,
                      verdict.moved(), freed)
        self.mine.append(tried)
        self.tried.append(tried)
        print(tried.line(), flush=True)
        assert not any(left.values()), (f"after the kill at '{point.name}', PostgreSQL still "
                                        f"holds {left}\n{self.report()}")
        assert not verdict.neither and not verdict.split_steps, (
            f"after the kill at '{point.name}': half-written tables {verdict.neither}, "
            f"steps split {verdict.split_steps}\n{self.report()}")
        assert previous is None or freed, (
            f"the run killed at '{point.name}' did not free its dead predecessor {previous}"
            f"\n{self.report()}\n{run.output[-4000:]}")
        self.state = state

    def _reach(self, run: CliRun, point: Point) -> bool:
        deadline = time.monotonic() + REACH_TIMEOUT
        if point.marker:
            return run.wait_for(point.marker, REACH_TIMEOUT) is not None
        while time.monotonic() < deadline and run.alive() and not self.stop.is_set():
            if point.fault and sim_faults_fired(self.sim_url):
                return True  # the server holds the request: the run sits in the read
            if point.lock and waiting_session(self.store_url) is not None:
                return True
            time.sleep(0.03)
        return False

    def finish(self) -> None:
        """An uninterrupted run: it must start at once and reach the expected content."""
        run = CliRun(self.env, *self.args)
        rc = run.finish(timeout=120)
        assert rc == 0, (f"{self.name}: the run after the kills failed\n{self.report()}\n"
                         f"{run.output[-6000:]}")
        assert re.search(rf"run {self.dead[-1]} was dead", run.output), (
            f"{self.name}: the last run did not free the killed run {self.dead[-1]}'s slot\n"
            f"{run.output[-4000:]}")
        found = differences(content(self.store_url, self.schema), self.expected)
        assert not found, (f"{self.name}: the store differs from an uninterrupted run's: "
                           f"{found}\n{self.report()}")
        print(f"{self.name}: the run after the last kill finished in {run.seconds:.1f} s and "
              "reached the uninterrupted run's content", flush=True)


@pytest.fixture(scope="module")
def simulators(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Two simulators: the two chains hold different reads at different epochs."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    with officeflow_simulator(env, tmp_path_factory.mktemp("sim_a"), users=USERS) as a, \
            officeflow_simulator(env, tmp_path_factory.mktemp("sim_b"), users=USERS) as b:
        yield a, b


@contextmanager
def second_database(store_url: str) -> Iterator[str]:
    """Another database on the test server: each chain's locks and sessions apart."""
    url = make_url(store_url)
    name = f"{url.database}_b{uuid.uuid4().hex[:4]}"
    with psycopg.connect(admin_conninfo(store_url), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_conninfo(store_url), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def assert_dead_runs_failed(home: Path, env: dict[str, str], run_ids: list[str],
                            report: str) -> None:
    with instance_of(home, env) as instance:
        for run_id in run_ids:
            run = instance.get_run_by_id(run_id)
            assert run is not None and run.status == DagsterRunStatus.FAILURE, (
                f"killed run {run_id} is {run.status if run else None}\n{report}")
            assert "flowsync: this run's process died" in "".join(
                e.message for e in instance.all_logs(run_id)), (run_id, report)
        info = instance.event_log_storage.get_concurrency_info("flowsync_store")
        assert not info.claimed_slots and not info.pending_steps, (info, report)


def test_sigkill_anywhere_leaves_each_table_whole_and_the_rerun_converges(
        tmp_path: Path, simulators: tuple[str, str], pg_url: str, schema_name: str) -> None:
    """Two chains at once, each with its own simulator, store database and
    Dagster instance: full resyncs on the SQLite instance, hourly runs on the
    PostgreSQL instance."""
    started = time.monotonic()
    sim_a, sim_b = simulators
    reference = schema_name[:50] + "_ref"
    with second_database(pg_url) as pg_url_b, postgres_home(tmp_path, pg_url) as (pg_home, pg_env):
        # the same history in a reference schema, without kills
        for sim, url in ((sim_a, pg_url), (sim_b, pg_url_b)):
            sim_post(sim, "/_sim/reset", {"users": USERS, "epoch": 1})
            for schema in (reference, schema_name):
                run_in_process(sim, url, schema, full=True)
            sim_post(sim, "/_sim/epoch", {"epoch": 2})
        run_in_process(sim_a, pg_url, reference, full=True, tags=ALLOW)
        run_in_process(sim_b, pg_url_b, reference, full=False, partition=hour_of_epoch(2))
        expected_full, expected_hour = content(pg_url, reference), content(pg_url_b, reference)
        assert differences(content(pg_url, schema_name), expected_full)
        assert differences(content(pg_url_b, schema_name), expected_hour)

        tried: list[Tried] = []
        stop = threading.Event()
        home = sqlite_home(tmp_path)
        full = KillChain("full", base_env(sim_a, pg_url, schema_name, home), full_args(**ALLOW),
                         pg_url, schema_name, sim_a, expected_full, tried, stop)
        hourly = KillChain("hourly", {**base_env(sim_b, pg_url_b, schema_name, pg_home),
                                      **pg_env}, hourly_args(hour_of_epoch(2)), pg_url_b,
                           schema_name, sim_b, expected_hour, tried, stop)
        full_points, hourly_points = chosen(FULL_POINTS, "full"), chosen(HOURLY_POINTS, "hourly")
        with ThreadPoolExecutor(2) as pool:
            futures = [pool.submit(full.run, full_points), pool.submit(hourly.run, hourly_points)]
            for future in futures:
                future.result()
        assert_dead_runs_failed(home, {}, full.dead, full.report())
        assert_dead_runs_failed(pg_home, pg_env, hourly.dead, hourly.report())

    moved = {t for point in tried for t in point.moved}
    print(f"{len(tried)} kill points in {time.monotonic() - started:.0f} s; tables seen in "
          f"their after-state at some kill: {sorted(moved)}", flush=True)
    assert len(tried) == len(full_points) + len(hourly_points), full.report()


def test_a_daemon_run_that_died_holding_the_pool_is_freed_by_the_sensor(
        tmp_path: Path, simulators: tuple[str, str], pg_url: str, schema_name: str) -> None:
    """The daemon launches a full resync, held in its users step (it holds the
    pool's slot), and an hourly run that queues behind it; the first run's worker
    is SIGKILLed. The code server marks it failed, but its slot stays claimed:
    Dagster would free it only after free_slots_after_run_end_seconds (60 s) at
    the run monitor's next pass (every 120 s). The sensor flowsync_free_dead_runs
    frees it within its 30 s interval, and the hourly run goes on."""
    sim = simulators[0]
    sim_post(sim, "/_sim/reset", {"users": USERS, "epoch": 1})
    run_in_process(sim, pg_url, schema_name, full=True)
    home = sqlite_home(tmp_path)
    env = base_env(sim, pg_url, schema_name, home)
    hold = TableHold(pg_url, f'"{schema_name}"."app_user"')
    try:
        with dagster_services(env, home) as services, instance_of(home) as instance:
            stop_schedules(services)
            services.start_daemon()
            full_run = launch_run(services, "officeflow_full_resync",
                                  {"dagster/partition": FULL_PARTITION, "flowsync/mode": "full"})
            wait_until(lambda: waiting_session(pg_url), 120, "the full resync to wait in its "
                       "users step", interval=0.2)
            hourly_run = launch_run(services, "officeflow_sync",
                                    {"dagster/partition": hour_of_epoch(1)})
            wait_until(lambda: instance.get_run_by_id(hourly_run).status in BEHIND, 60,
                       "the hourly run to queue (or start and wait) behind the held slot",
                       interval=0.1)
            pid = worker_pid(instance, full_run)
            assert pid, "no worker pid in the full resync's log"
            os.kill(pid, signal.SIGKILL)
            killed = time.monotonic()
            hold.release()

            def status(run_id: str) -> DagsterRunStatus:
                run = instance.get_run_by_id(run_id)
                assert run is not None
                return run.status

            wait_until(lambda: status(full_run) == DagsterRunStatus.FAILURE, 60,
                       "the killed run to be marked failed", interval=0.2)
            failed_after = time.monotonic() - killed

            def slot_freed() -> bool:
                info = instance.event_log_storage.get_concurrency_info("flowsync_store")
                return full_run not in {s.run_id for s in info.claimed_slots} | \
                    {p.run_id for p in info.pending_steps}

            wait_until(slot_freed, 90, "the killed run's slot to be freed", interval=0.2)
            freed_after = time.monotonic() - killed
            wait_until(lambda: status(hourly_run) in (DagsterRunStatus.SUCCESS,
                                                      DagsterRunStatus.FAILURE), 150,
                       "the hourly run to finish", interval=0.5)
            done_after = time.monotonic() - killed
            messages = "\n".join(e.message for e in instance.all_logs(full_run) if e.message)
            print(f"daemon: killed run marked failed {failed_after:.1f} s after the kill, its "
                  f"slot freed after {freed_after:.1f} s, the queued hourly run finished after "
                  f"{done_after:.1f} s", flush=True)
            assert status(hourly_run) == DagsterRunStatus.SUCCESS, services.output()
            # freed by the sensor, not by Dagster's own run monitor (60 s after the
            # run's end, at a pass every 120 s); how long it took is printed above
            assert f"freed by sensor {SENSOR_NAME}" in messages, messages[-3000:]
    finally:
        hold.release()


def test_a_run_killed_on_the_sqlite_store_leaves_its_slot_to_the_next_run(
        tmp_path: Path, simulators: tuple[str, str]) -> None:
    """The zero-setup default: a SQLite store, whose runs hold a ``flock`` next
    to it as their liveness lock."""
    sim = simulators[1]
    sim_post(sim, "/_sim/reset", {"users": USERS, "epoch": 1})
    store = f"sqlite:///{tmp_path / 'store' / 'flowsync.db'}"
    env = base_env(sim, store, "flowsync", sqlite_home(tmp_path))
    killed = CliRun(env, *full_args())
    assert killed.wait_for(r"\[posts\]: merged post_member", 90), killed.output[-4000:]
    locks = list((tmp_path / "store" / ".flowsync-runs").glob("*.lock"))
    assert [p.stem for p in locks] == [killed.run_id], locks
    killed.kill()
    following = CliRun(env, *full_args())
    assert following.finish(timeout=90) == 0, following.output[-6000:]
    assert f"run {killed.run_id} was dead" in following.output, following.output[-4000:]
    assert not list((tmp_path / "store" / ".flowsync-runs").glob("*.lock"))
    print(f"SQLite store: the run after the kill finished in {following.seconds:.1f} s",
          flush=True)
