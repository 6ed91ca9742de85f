"""PostgreSQL restarted while a run is inside a writing step.

A full resync (``dagster job execute``, the simulator as its own process;
Dagster's instance the PostgreSQL one of deploy/dagster.yaml on the same
server, restarted with it: the harder case, Dagster's own storage goes too)
is held inside its users step: this test holds a lock on app_user, so the step's MERGE waits.
The server is then restarted (``pg_ctl restart -m fast``). It is a server of
this test's own (``tests.private_postgres``: ``initdb`` in a temporary
directory, on a free port), so the other tests run beside it. The step fails with one line saying the
store's connection was lost and nothing of the step was committed; every
table is then in its before- or after-state. The next run, started while the
first waits for its step's retry, must not take the first for dead (its
liveness lock went with the restart; its keeper takes it again) and leaves
what an uninterrupted run leaves; the step's retry policy (one retry after
``FLOWSYNC_STEP_RETRY_DELAY_SECONDS``: 30 s by default, 8 s here, either
way ± itself by its jitter) then runs the
first run's step again on a new connection and that run succeeds too.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from dagster import DagsterRunStatus

from tests.crashkit import (
    CliRun,
    Content,
    TableHold,
    admin_conninfo,
    base_env,
    content,
    describe_sessions,
    differences,
    full_args,
    instance_of,
    judge,
    postgres_home,
    run_in_process,
    run_sessions,
    sim_post,
    wait_until,
    waiting_session,
)
from tests.dagster_services import officeflow_simulator
from tests.private_postgres import PrivateServer, private_server, unavailable

USERS = 500
ALLOW = {"flowsync/allow_mass_removal": "true"}  # epoch 2 moves many dynamic tag members
LOST = "app_user, user_department: the store's connection was lost"


def restart_postgres(server: PrivateServer, store_url: str) -> float:
    """Restart the server; returns the seconds until it answered again."""
    started = time.monotonic()
    done = server.restart()
    answering = wait_for_postgres(store_url)
    assert done.returncode == 0, f"pg_ctl restart: {done.stdout}{done.stderr}\n{server.log()}"
    assert answering, "PostgreSQL did not answer within 120 s of its restart"
    return time.monotonic() - started


def wait_for_postgres(store_url: str, timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with psycopg.connect(admin_conninfo(store_url), connect_timeout=2) as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.Error:
            time.sleep(0.2)
    return False


@pytest.fixture(scope="module")
def simulator_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    with officeflow_simulator(env, tmp_path_factory.mktemp("sim"), users=USERS) as url:
        yield url


@pytest.fixture
def server() -> Iterator[PrivateServer]:
    why = unavailable()
    if why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL restart test: {why}")
        pytest.skip(why)
    with private_server() as started:
        yield started


def test_postgres_restarted_inside_a_writing_step(tmp_path: Path, simulator_url: str,
                                                  server: PrivateServer, schema_name: str) -> None:
    sim = simulator_url
    pg_url = server.url
    reference = schema_name[:50] + "_ref"
    sim_post(sim, "/_sim/reset", {"users": USERS, "epoch": 1})
    for schema in (reference, schema_name):
        run_in_process(sim, pg_url, schema, full=True)
    sim_post(sim, "/_sim/epoch", {"epoch": 2})
    run_in_process(sim, pg_url, reference, full=True, tags=ALLOW)
    expected, before = content(pg_url, reference), content(pg_url, schema_name)

    with postgres_home(tmp_path, pg_url) as (home, pg_env):
        env = {**base_env(sim, pg_url, schema_name, home), **pg_env,
               "FLOWSYNC_STEP_RETRY_DELAY_SECONDS": "8"}
        restart_during_the_step(server, env, home, pg_env, schema_name, before, expected)


def restart_during_the_step(server: PrivateServer, env: dict[str, str], home: Path,
                            pg_env: dict[str, str], schema_name: str, before: Content,
                            expected: Content) -> None:
    pg_url = server.url
    hold = TableHold(pg_url, f'"{schema_name}"."app_user"')
    run = CliRun(env, *full_args(**ALLOW))
    following: CliRun | None = None
    try:
        held = wait_until(lambda: waiting_session(pg_url) or not run.alive(), 90,
                          "the run's MERGE into app_user to wait for the lock", interval=0.1)
        assert held is not True, f"the run ended before its users step\n{run.output[-6000:]}"
        where = describe_sessions(run_sessions(pg_url))
        assert "app_user" in held["left"], where
        # the step's retry comes 0-16 s after its failure (the retry policy's
        # jitter): its first API read waits 8 s, so that it cannot commit before
        # the table is held again and the store is judged
        sim_post(env["OFFICEFLOW_BASE_URL"], "/_sim/faults",
                 [{"kind": "timeout", "path": "/users", "times": 1, "delay": 8}])
        took = restart_postgres(server, pg_url)
        hold.release()  # its session went with the restart
        # held again, so that the first run is surely still alive (its step's retry
        # waiting for app_user) while the next run's setup looks at it
        hold = TableHold(pg_url, f'"{schema_name}"."app_user"')
        failed = run.wait_for(LOST, 60)
        assert failed, f"no one-line failure of the users step\n{run.output[-6000:]}"
        # the step was not committed, and nothing else is half-written
        verdict = judge(content(pg_url, schema_name), before, expected)
        assert not verdict.neither and not verdict.split_steps, verdict
        assert "app_user" in verdict.before and "user_department" in verdict.before, verdict
        line = next(x for x in run.output.splitlines() if LOST in x)
        print(f"restart took {took:.1f} s while the run was in: {where}; the step failed with:\n"
              f"  {line.strip()[-260:]}\n  tables already in their after-state: "
              f"{verdict.moved()}", flush=True)
        assert "nothing of the step was committed" in line, line
        # the next run, while the first waits for its step's retry: the first one's
        # liveness lock was lost with the restart, but it is alive and must not be
        # taken for dead (its keeper took the lock again)
        following = CliRun(env, *full_args(**ALLOW))
        assert following.wait_for("RESOURCE_INIT_SUCCESS", 60), following.output[-6000:]
        assert run.alive()
        hold.release()
        assert following.finish(timeout=150) == 0, following.output[-6000:]
        assert f"run {run.run_id} was dead" not in following.output, following.output[-4000:]
        rc = run.finish(timeout=180)  # the step's retry: 0-16 s after its failure
    finally:
        hold.release()
        for started in (run, following):
            if started is not None and started.alive():
                started.kill()
        assert wait_for_postgres(pg_url), "PostgreSQL is not answering"
    assert rc == 0, f"the run did not recover by its step retry\n{run.output[-6000:]}"
    assert "STEP_RESTARTED" in run.output or "retry" in run.output.lower()
    with instance_of(home, pg_env) as instance:
        first = instance.get_run_by_id(run.run_id or "")
        assert first is not None and first.status == DagsterRunStatus.SUCCESS, first
        assert not any("this run's process died" in (e.message or "")
                       for e in instance.all_logs(first.run_id))
    found = differences(content(pg_url, schema_name), expected)
    assert not found, f"the runs did not reach an uninterrupted run's content: {found}"
    print(f"the run recovered by its step retry ({run.seconds:.0f} s in all); the next run, "
          f"started during its retry wait, took {following.seconds:.1f} s and did not take it "
          "for dead; the store has the uninterrupted run's content", flush=True)
