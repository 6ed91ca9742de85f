"""The liveness lock and the reaper of flowsync_dagster/store/liveness.py, in process.

What the process-level tests (test_kill_anywhere.py) cannot show cheaply:
a live run is never judged dead (its lock held; its lock lost for a moment
to an administrator's ``pg_terminate_backend``; its lock in another database
or on another host, which cannot be judged from here), and the two kinds of
lock behave alike.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from dagster import DagsterInstance, DagsterRun, DagsterRunStatus, instance_for_test

from flowsync_dagster.store import liveness
from tests.crashkit import instance_of, pg_conninfo, postgres_home, wait_until


@pytest.fixture
def instance() -> Iterator[DagsterInstance]:
    with instance_for_test(overrides={"concurrency": {"pools": {"default_limit": 1}}}) as inst:
        yield inst


def started_run(instance: DagsterInstance, tag: str | None, run_id: str | None = None,
                **more_tags: str) -> str:
    """A STARTED run with a liveness tag, holding the pool's slot (or queued for it)."""
    run_id = run_id or str(uuid.uuid4())
    tags = {**({liveness.LIVENESS_TAG: tag} if tag else {}), **more_tags}
    instance.add_run(DagsterRun(job_name="officeflow_sync", run_id=run_id,
                                status=DagsterRunStatus.STARTED, tags=tags))
    liveness.ensure_pool(instance)
    instance.event_log_storage.claim_concurrency_slot(liveness.POOL, run_id, "users")
    return run_id


def holders(instance: DagsterInstance) -> set[str]:
    info = instance.event_log_storage.get_concurrency_info(liveness.POOL)
    return {s.run_id for s in info.claimed_slots} | {p.run_id for p in info.pending_steps}


def status(instance: DagsterInstance, run_id: str) -> DagsterRunStatus:
    run = instance.get_run_by_id(run_id)
    assert run is not None
    return run.status


@pytest.mark.parametrize("store", ["postgres", "sqlite"])
def test_a_run_whose_lock_is_free_is_failed_and_freed_a_live_one_is_not(
        instance: DagsterInstance, pg_url: str, tmp_path: Path, store: str) -> None:
    url = pg_url if store == "postgres" else f"sqlite:///{tmp_path / 'flowsync.db'}"
    alive_id, dead_id = str(uuid.uuid4()), str(uuid.uuid4())
    alive, dead = liveness.hold(alive_id, url), liveness.hold(dead_id, url)
    assert alive is not None and dead is not None
    alive_run = started_run(instance, alive.ref.tag(), alive_id)
    dead_run = started_run(instance, dead.ref.tag(), dead_id)  # queued behind the live one
    dead.release()  # as its process's end would
    prober = liveness._Prober(url)
    wait_until(lambda: prober.is_free(dead.ref), 5, "the dead run's lock to be free")
    prober.close()
    found = liveness.free_dead_runs(instance, url, by="test")
    assert [d.run_id for d in found] == [dead_run]
    assert found[0].queued == 1 and found[0].slots == 0
    assert status(instance, dead_run) == DagsterRunStatus.FAILURE
    assert status(instance, alive_run) == DagsterRunStatus.STARTED
    assert holders(instance) == {alive_run}
    message = "".join(e.message or "" for e in instance.all_logs(dead_run))
    assert "this run's process died" in message and "freed by test" in message
    alive.release()
    if store == "sqlite":
        assert not list((tmp_path / ".flowsync-runs").glob("*.lock"))


def test_a_lock_lost_to_pg_terminate_backend_is_taken_again(pg_url: str) -> None:
    run_id = str(uuid.uuid4())
    held = liveness.hold(run_id, pg_url)
    assert held is not None
    prober = liveness._Prober(pg_url)
    try:
        assert prober.is_free(held.ref) is False
        with psycopg.connect(pg_conninfo(pg_url), autocommit=True) as admin:
            [(pid,)] = admin.execute("SELECT pid FROM pg_stat_activity WHERE application_name "
                                     "= %s", (f"flowsync liveness {run_id}",)).fetchall()
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            gone = time.monotonic()
            while admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s",
                                (pid,)).fetchone() != (0,):
                assert time.monotonic() - gone < 5, "the terminated session did not end"
                time.sleep(0.005)
        # the keeper retries every KEEPER_RETRY_SECONDS, inside the reaper's grace:
        # a live run's lost lock is back before anyone may call the run dead
        assert liveness.KEEPER_RETRY_SECONDS * 2 <= liveness.GRACE_SECONDS
        deadline = time.monotonic() + 30
        while prober.is_free(held.ref):
            assert time.monotonic() < deadline, "the keeper never took the lock again"
            time.sleep(0.005)
    finally:
        held.release()
    deadline = time.monotonic() + 5  # the session ends a moment after its connection closes
    while not prober.is_free(held.ref):
        assert time.monotonic() < deadline, "the lock outlived its release"
        time.sleep(0.01)
    prober.close()


def test_runs_that_cannot_be_judged_here_are_left_alone(instance: DagsterInstance,
                                                        pg_url: str) -> None:
    elsewhere = [
        "pg otherhost:5432/otherdb 12345 1.0",  # another server
        f"flock some-other-host /tmp/{uuid.uuid4()}.lock",  # another host
        "nonsense",
        None,  # no tag: other code, run monitoring's business
    ]
    runs = [started_run(instance, tag) for tag in elsewhere]  # one holds the slot, 3 queue
    assert liveness.free_dead_runs(instance, pg_url, by="test") == []
    assert all(status(instance, r) == DagsterRunStatus.STARTED for r in runs)
    assert runs[0] in holders(instance)


def test_the_pool_is_made_once_whoever_comes_first(instance: DagsterInstance) -> None:
    liveness.ensure_pool(instance)
    liveness.ensure_pool(instance)
    limits = {p.name: p.limit for p in instance.event_log_storage.get_pool_limits()}
    assert limits[liveness.POOL] == 1


def test_two_runs_making_the_pool_at_once_on_postgresql_storage(
        tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dagster makes a pool's limit on a step's first claim when it saw none. On
    the PostgreSQL instance storage, the run that loses the race to make it
    fails (its fallback UPDATE runs in an aborted transaction); two runs started
    at once hit that (tests/test_two_runs_at_once.py, one try in four here).
    ensure_pool, at resource setup, takes the loser's turn calmly."""
    with postgres_home(tmp_path, pg_url) as (home, pg_env), \
            instance_of(home, pg_env) as instance:
        storage = instance.event_log_storage
        assert liveness.POOL not in {p.name for p in storage.get_pool_limits()}
        storage.initialize_concurrency_limit_to_default(liveness.POOL)  # the winner
        with pytest.raises(Exception, match="UniqueViolation|InFailedSqlTransaction|aborted"):
            storage.initialize_concurrency_limit_to_default(liveness.POOL)  # Dagster's loser
        # ensure_pool's loser: it saw no pool, made it, lost: that is fine
        real = storage.get_pool_limits
        calls: list[int] = []

        def first_sees_none() -> list:
            calls.append(1)
            return [] if len(calls) == 1 else real()

        monkeypatch.setattr(storage, "get_pool_limits", first_sees_none)
        liveness.ensure_pool(instance)
        assert len(calls) == 2  # it tried to make it, failed, and found it made
        monkeypatch.undo()
        assert {p.name: p.limit for p in storage.get_pool_limits()}[liveness.POOL] == 1


@pytest.mark.parametrize("store", ["postgres", "sqlite"])
def test_a_retry_that_copied_its_dead_parents_tag_is_never_judged_dead(
        instance: DagsterInstance, pg_url: str, tmp_path: Path, store: str) -> None:
    """Dagster's run-retry daemon launches a retry with its parent's tags, the
    liveness tag included, and the retry replaces it only at its own resource
    setup, seconds later; meanwhile the parent's lock is free (it died)."""
    url = pg_url if store == "postgres" else f"sqlite:///{tmp_path / 'flowsync.db'}"
    parent_id = str(uuid.uuid4())
    parent = liveness.hold(parent_id, url)
    assert parent is not None
    parent_run = started_run(instance, parent.ref.tag(), parent_id)
    parent.release()  # killed
    retry = started_run(instance, parent.ref.tag(), **{"dagster/parent_run_id": parent_id,
                                                       "dagster/root_run_id": parent_id,
                                                       "dagster/retry_number": "1"})
    found = liveness.free_dead_runs(instance, url, by="test")
    assert [d.run_id for d in found] == [parent_run]
    assert status(instance, retry) == DagsterRunStatus.STARTED
    assert status(instance, parent_run) == DagsterRunStatus.FAILURE
    assert retry in holders(instance)
