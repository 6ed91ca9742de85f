"""The store's one path for every table, on PostgreSQL and SQLite alike:
set-based merge, soft deletes, reactivation, the removal guard, quarantine,
all-or-nothing steps, schema creation and upgrade, one writer at a time."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import inspect

from flowsync_dagster.store.database import Store
from flowsync_dagster.store.merge import (
    MassRemovalRefused,
    MergeSpec,
    QuarantineCase,
    RemovalGuard,
    StepWriter,
)
from flowsync_dagster.store.schema import SCHEMA_VERSION
from tests.crashkit import pg_conninfo

COLUMNS = ("parent_id", "name", "code", "sort_order", "path", "depth", "is_active", "status",
           "source_updated_at")
T0 = datetime(2026, 11, 27, tzinfo=UTC)


@pytest.fixture(params=["postgresql", "sqlite"])
def store(request, pg_url, sqlite_url, schema_name):
    url = pg_url if request.param == "postgresql" else sqlite_url
    store = Store(url, schema_name)
    store.ensure_schema()
    yield store
    store.dispose()


def row(i: int, name: str | None = None, *, active: bool = True, updated: datetime = T0,
        tombstone: bool = False):
    if tombstone:
        return (f"D{i:03d}", None, None, None, None, None, None, False, "deleted", updated, True)
    return (f"D{i:03d}", "1", name or f"dept {i}", f"C{i}", i, f"1/D{i:03d}", 1, active,
            "active" if active else "revoked", updated, False)


DEFAULT_GUARD = RemovalGuard()


def sync(store: Store, rows, *, reconcile=True, guard=DEFAULT_GUARD,
         cases=(), examined=None, fail_after_merge=False, run_id="r", after_merge=None):
    with store.transaction() as conn:
        step = StepWriter(store, conn, run_id, datetime.now(UTC))
        if cases:
            step.add_cases("department", cases)
        step.stage("department", "department", ("id", *COLUMNS), rows)
        result = step.merge(MergeSpec("department", ("id",), COLUMNS, reconcile=reconcile),
                            "stg_department", guard)
        quarantine = step.record_quarantine("department", {"department_cycle": examined})
        if after_merge:
            after_merge()
        if fail_after_merge:
            raise RuntimeError("killed mid-step")
        step.drop_staging()
    return result, quarantine


def table(store: Store, sql: str = "SELECT id, name, is_active, removed_at, first_synced_at, "
          "last_synced_at FROM {t} ORDER BY id"):
    with store.engine.connect() as conn:
        return {r[0]: r[1:] for r in conn.exec_driver_sql(
            sql.format(t=store.qualified("department"), q=store.qualified("sync_quarantine")))}


def test_first_sync_inserts_everything(store):
    result, _ = sync(store, [row(i) for i in range(10)])
    assert (result.inserted, result.updated, result.removed) == (10, 0, 0)
    assert all(r[1] and r[2] is None and r[3] == r[4] for r in table(store).values())


def test_only_changed_rows_are_written(store):
    sync(store, [row(i) for i in range(10)])
    before = table(store)
    time.sleep(0.01)
    result, _ = sync(store, [row(i, "renamed" if i == 3 else None) for i in range(10)])
    after = table(store)
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 9)
    assert after["D003"][0] == "renamed" and after["D003"][4] > before["D003"][4]
    assert all(after[k] == before[k] for k in before if k != "D003")


def test_a_full_listing_that_finds_rows_unchanged_does_not_write_them(store):
    sync(store, [row(i) for i in range(5)])
    before = table(store)
    time.sleep(0.01)
    result, _ = sync(store, [row(i) for i in range(5)])
    assert result.changed == 0 and result.unchanged == 5
    assert table(store) == before  # last_synced_at: when a sync last changed the row


def test_incremental_leaves_unlisted_rows_alone(store):
    sync(store, [row(i) for i in range(10)])
    result, _ = sync(store, [row(1, "x")], reconcile=False)
    assert result.removed == 0 and sum(r[1] for r in table(store).values()) == 10


def test_tombstone_deactivates_and_keeps_history(store):
    sync(store, [row(i) for i in range(10)])
    result, _ = sync(store, [row(4, tombstone=True, updated=T0 + timedelta(hours=1))],
                     reconcile=False)
    assert (result.removed, result.deactivated) == (1, 1)
    name, active, removed_at, *_ = table(store)["D004"]
    assert name == "dept 4" and not active and removed_at is not None


def test_tombstone_of_an_unknown_key_writes_nothing(store):
    sync(store, [row(i) for i in range(3)])
    result, _ = sync(store, [row(99, tombstone=True)], reconcile=False)
    assert result.changed == 0 and "D099" not in table(store)


def test_full_listing_soft_deletes_the_missing_and_reactivates_the_returning(store):
    sync(store, [row(i) for i in range(20)])
    first = table(store)
    result, _ = sync(store, [row(i) for i in range(18)])
    assert (result.removed, result.deactivated) == (2, 2)
    gone = table(store)
    assert all(not gone[k][1] and gone[k][2] is not None for k in ("D018", "D019"))
    result, _ = sync(store, [row(i) for i in range(20)])
    assert result.reactivated == 2
    back = table(store)
    assert back["D019"][1] and back["D019"][2] is None
    assert back["D019"][3] == first["D019"][3]  # the same row: first_synced_at kept


def test_duplicates_are_folded_to_the_latest(store):
    result, _ = sync(store, [row(1, "old"), row(1, "new", updated=T0 + timedelta(minutes=5)),
                             row(1, "older", updated=T0 - timedelta(days=1))])
    assert result.duplicates_folded == 2 and table(store)["D001"][0] == "new"


def test_guard_refuses_a_mass_removal_and_writes_nothing(store):
    sync(store, [row(i) for i in range(200)])
    before = table(store)
    with pytest.raises(MassRemovalRefused) as caught:
        sync(store, [row(i, "changed") for i in range(100)],
             cases=[QuarantineCase("X", "department_cycle")])
    assert "department: refusing to deactivate 100 of 200 active rows (50.0%" in str(caught.value)
    assert table(store) == before
    assert table(store, "SELECT entity, reason FROM {q}") == {}


def test_guard_counts_an_empty_listing_as_an_outage(store):
    sync(store, [row(i) for i in range(60)])
    with pytest.raises(MassRemovalRefused, match="60 of 60"):
        sync(store, [])


def test_guard_lets_small_or_allowed_removals_through(store):
    sync(store, [row(i) for i in range(200)])
    result, _ = sync(store, [row(i) for i in range(160)])  # 40 rows: under max_rows
    assert result.removed == 40
    result, _ = sync(store, [row(i) for i in range(10)], guard=RemovalGuard(allowed=True))
    assert result.removed == 150


def test_guard_counts_status_changes_too(store):
    sync(store, [row(i) for i in range(100)])
    with pytest.raises(MassRemovalRefused, match="60 of 100"):
        sync(store, [row(i, active=i >= 60) for i in range(100)])


def test_step_is_all_or_nothing(store):
    sync(store, [row(i) for i in range(10)])
    before = table(store)
    with pytest.raises(RuntimeError):
        sync(store, [row(i, "half-done") for i in range(5)],
             cases=[QuarantineCase("DC1", "department_cycle")], fail_after_merge=True)
    assert table(store) == before
    assert table(store, "SELECT source_key, reason FROM {q}") == {}


def test_quarantine_lifecycle(store):
    cases = [QuarantineCase("DC1", "department_cycle", '{"id": "DC1"}', "loop"),
             QuarantineCase("DC2", "department_cycle", '{"id": "DC2"}', "loop")]
    _, q = sync(store, [row(1)], cases=cases)
    assert (q.open, q.new, q.resolved) == (2, 2, 0)
    _, q = sync(store, [row(1)], cases=cases)
    assert (q.open, q.new, q.resolved) == (2, 0, 0)
    # an incremental window that did not look at DC2 leaves its case open
    _, q = sync(store, [row(1)], cases=cases[:1], reconcile=False,
                examined="SELECT 'D001'")
    assert q.resolved == 0
    # a full listing without DC2 resolves it
    _, q = sync(store, [row(1)], cases=cases[:1])
    assert q.resolved == 1
    open_cases = table(store, "SELECT source_key, resolved_at FROM {q} ORDER BY source_key")
    assert open_cases["DC1"][0] is None and open_cases["DC2"][0] is not None
    # it comes back: reopened
    _, q = sync(store, [row(1)], cases=cases)
    assert q.new == 1
    assert table(store, "SELECT source_key, resolved_at FROM {q}")["DC2"][0] is None


def test_quarantined_keys_keep_their_old_rows(store):
    sync(store, [row(i) for i in range(5)])
    result, _ = sync(store, [row(i) for i in range(4)],
                     cases=[QuarantineCase("D004", "department_cycle")])
    assert result.removed == 0 and table(store)["D004"][1]


def test_schema_is_created_and_upgraded(pg_url, schema_name):
    store = Store(pg_url, schema_name)
    store.ensure_schema()
    with store.transaction() as conn:  # an "older layout": a column and a table missing
        conn.exec_driver_sql(f"ALTER TABLE {store.qualified('department')} DROP COLUMN depth")
        conn.exec_driver_sql(f"DROP TABLE {store.qualified('task_history')}")
        conn.exec_driver_sql(f"DROP INDEX {store.schema}.ix_app_user_username")
        conn.exec_driver_sql(f"UPDATE {store.qualified('flowsync_meta')} SET value = '0'")
    store.dispose()
    upgraded = Store(pg_url, schema_name)
    upgraded.ensure_schema()
    with upgraded.engine.connect() as conn:
        assert "depth" in upgraded.columns_of(conn, "department")
        assert "instance_id" in upgraded.columns_of(conn, "task_history")
        indexes = {i["name"] for i in inspect(conn).get_indexes("app_user", schema=schema_name)}
        assert "ix_app_user_username" in indexes
        assert conn.exec_driver_sql(
            "SELECT reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE n.nspname = '{schema_name}' AND c.relname = 'app_user'").scalar() == [
            "fillfactor=70"]
        assert conn.exec_driver_sql(
            f"SELECT value FROM {upgraded.qualified('flowsync_meta')}").scalar() == str(SCHEMA_VERSION)
    upgraded.dispose()


def test_two_writers_never_interleave(pg_url, schema_name):
    # two real steps (stage, merge, quarantine, commit), started together: the
    # second's merge waits until the first has committed, and both land. Judged
    # by what another session sees when the second has merged (the first's
    # whole step, committed), not by clocks read in two threads.
    store = Store(pg_url, schema_name)
    store.ensure_schema()
    sync(store, [row(i) for i in range(10)])
    seen: dict[str, tuple[str, str] | None] = {}
    start = threading.Barrier(2)
    arrived = threading.Lock()

    def committed() -> tuple[str, str]:
        now = table(store)  # a connection of its own: only what has committed
        return now["D001"][0], now["D002"][0]

    def writer(name: str, renamed: int) -> None:
        start.wait()

        def inside() -> None:  # after the merge, before the commit: hold the store
            if arrived.acquire(blocking=False):  # the first here holds the store until
                assert wait_for_a_blocked_session(pg_url), "the other writer never waited"
                seen[name] = None
            else:
                seen[name] = committed()

        sync(store, [row(i, f"{name} {i}" if i == renamed else None) for i in range(10)],
             run_id=name, after_merge=inside)

    threads = [threading.Thread(target=writer, args=(n, i)) for n, i in (("a", 1), ("b", 2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    (first,) = [n for n, v in seen.items() if v is None]
    (last,) = [n for n in seen if n != first]
    whole = {"a": ("a 1", "dept 2"), "b": ("dept 1", "b 2")}
    assert seen[last] == whole[first], (
        f"{last} merged while {first} had not committed: another session saw {seen[last]}")
    # each step applied its whole listing, the last one committed last
    after = table(store)
    assert (after["D001"][0], after["D002"][0]) == whole[last]
    store.dispose()


def wait_for_a_blocked_session(url: str, seconds: float = 30) -> bool:
    """Whether another session comes to wait for a lock within ``seconds``:
    the state itself, instead of sleeping long enough to overlap."""
    deadline = time.monotonic() + seconds
    with psycopg.connect(pg_conninfo(url), autocommit=True) as conn:
        while time.monotonic() < deadline:
            if conn.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()[0]:
                return True
            time.sleep(0.01)
    return False


def test_lock_wait_is_bounded(pg_url, schema_name):
    store = Store(pg_url, schema_name, lock_timeout_seconds=1)
    store.ensure_schema()
    from flowsync_dagster.store.database import StoreError

    with store.transaction() as holder:
        store.take_write_lock(holder)
        other = Store(pg_url, schema_name, lock_timeout_seconds=1)
        with pytest.raises(StoreError, match="another writer held the store"), \
                other.transaction() as conn:
            other.take_write_lock(conn)
        other.dispose()
    store.dispose()


def test_an_hourly_check_finds_a_wrong_row_among_the_hours_users(store):
    # user_department_consistent on an hourly run looks at the hour's users only:
    # a membership left active for a user who is inactive now is found, one of a
    # user the hour did not read is not
    from flowsync_dagster.sync.entities.users import CHECKS

    check = next(c for c in CHECKS if c.name == "user_department_consistent")
    with store.transaction() as conn:
        for user, active in (("U1", False), ("U2", True), ("U3", False)):
            conn.exec_driver_sql(
                f"INSERT INTO {store.qualified('app_user')} (id, username, is_active, status, "
                f"first_synced_at, last_synced_at) VALUES ('{user}', '{user.lower()}', "
                f"{'TRUE' if active else 'FALSE'}, 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
        for user in ("U1", "U2", "U3", "U9"):  # U9: no such user
            conn.exec_driver_sql(
                f"INSERT INTO {store.qualified('user_department')} (user_id, department_id, "
                f"is_active, status, first_synced_at, last_synced_at) VALUES ('{user}', 'D1', "
                f"TRUE, 'active', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
    with store.transaction() as conn:
        step = StepWriter(store, conn, "r", datetime.now(UTC))
        step.create_staging("app_user", [("id", "TEXT")])
        step.load("stg_app_user", ["id"], [("U1",), ("U2",), ("U9",)])
        hourly = check.evaluate(step, full=False)
        whole = check.evaluate(step, full=True)
        step.drop_staging()
    assert not hourly.passed and hourly.metadata["offending_rows"].value == 2  # U1, U9
    # the keys name people: Dagster keeps only their masked form
    assert hourly.metadata["sample"].value == "U…:D…, U…:D…"
    assert whole.metadata["offending_rows"].value == 3  # and U3


def test_two_writers_committing_out_of_order_never_let_the_older_record_win(pg_url,
                                                                            schema_name):
    # A reads the source first (an older version of D001, and a complete listing
    # without D007), B reads after a change (D001 renamed, D007 created) and
    # commits first; A commits last. Neither A's older D001 nor its listing's
    # lack of D007 may undo what B wrote.
    store = Store(pg_url, schema_name)
    store.ensure_schema()
    sync(store, [row(i) for i in range(6)])
    a_read = threading.Event()
    b_done = threading.Event()
    results: dict[str, object] = {}

    def writer_a() -> None:
        started = datetime.now(UTC)
        with store.transaction() as conn:
            step = StepWriter(store, conn, "a", started)
            step.stage("department", "department", ("id", *COLUMNS),
                       [row(1, "old name", updated=T0 + timedelta(hours=1))]
                       + [row(i) for i in (0, 2, 3, 4, 5)])
            a_read.set()
            b_done.wait(10)
            results["a"] = step.merge(MergeSpec("department", ("id",), COLUMNS, reconcile=True),
                                      "stg_department", DEFAULT_GUARD)
            step.drop_staging()

    def writer_b() -> None:
        a_read.wait(10)
        results["b"], _ = sync(store, [row(1, "new name", updated=T0 + timedelta(hours=2))]
                               + [row(i) for i in (0, 2, 3, 4, 5, 7)], run_id="b")
        b_done.set()

    threads = [threading.Thread(target=writer_a), threading.Thread(target=writer_b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    after = table(store)
    assert after["D001"][0] == "new name"
    assert after["D007"][1] is True and after["D007"][2] is None  # not taken for a removal
    assert results["a"].stale_skipped == 1 and results["a"].removed == 0
    store.dispose()


def test_an_older_tombstone_never_removes_a_newer_row(store):
    sync(store, [row(i, updated=T0 + timedelta(hours=2)) for i in range(3)])
    result, _ = sync(store, [row(1, tombstone=True, updated=T0 + timedelta(hours=1))],
                     reconcile=False)
    assert (result.removed, result.stale_skipped) == (0, 1)
    assert table(store)["D001"][1] is True or table(store)["D001"][1] == 1
    # one as new as the row does
    result, _ = sync(store, [row(1, tombstone=True, updated=T0 + timedelta(hours=2))],
                     reconcile=False)
    assert result.removed == 1
