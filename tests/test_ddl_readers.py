"""DDL never stalls readers: adding an extension column to app_user while
another session holds app_user open.

The source declares a new extension field (a replacement ``/identities``
listing injected into the simulator); the user_attribute step must then
``ALTER TABLE app_user ADD COLUMN``, which needs app_user exclusively. Another
session has an open transaction that read app_user. The step waits at most
``ddl_lock_timeout_seconds`` (5) for it and then fails with one line, having
committed nothing; a reader that came meanwhile waited no longer than that;
once the holder lets go, the next run adds the column.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.crashkit import (
    CliRun,
    base_env,
    full_args,
    pg_conninfo,
    run_in_process,
    run_sessions,
    sim_get,
    sim_post,
    sqlite_home,
    wait_until,
)
from tests.dagster_services import officeflow_simulator

USERS = 500
DDL_TIMEOUT = 5.0  # StoreResource.ddl_lock_timeout_seconds, the default
FIELD = {"key": "locker_no", "label": "储物柜", "type": "string", "max_length": 16}
REFUSED = ("app_user: adding the extension column locker_no: another session held the table "
           "for more than 5 s")


@pytest.fixture(scope="module")
def simulator_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    with officeflow_simulator(env, tmp_path_factory.mktemp("sim"), users=USERS) as url:
        yield url


def columns(conn: psycopg.Connection[Any], schema: str) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
        "AND table_name = 'app_user'", (schema,)).fetchall()}


def ddl_waiting(store_url: str) -> dict[str, Any] | None:
    for session in run_sessions(store_url):
        if session["wait_event_type"] == "Lock" and "ALTER TABLE" in session["left"]:
            return session
    return None


def test_adding_a_column_while_app_user_is_held_open_fails_fast_and_stalls_no_reader(
        tmp_path: Path, simulator_url: str, pg_url: str, schema_name: str) -> None:
    sim = simulator_url
    sim_post(sim, "/_sim/reset", {"users": USERS, "epoch": 1})
    run_in_process(sim, pg_url, schema_name, full=True)
    identities = sim_get(sim, "/identities")["items"]
    identities[0]["fields"].append(FIELD)
    sim_post(sim, "/_sim/inject", {"path": "/identities", "mode": "replace", "items": identities})
    table = f'"{schema_name}"."app_user"'
    env = base_env(sim, pg_url, schema_name, sqlite_home(tmp_path))

    with psycopg.connect(pg_conninfo(pg_url)) as holder, \
            psycopg.connect(pg_conninfo(pg_url), autocommit=True) as look:
        holder.execute(f"SELECT count(*) FROM {table}")  # an open transaction that read it
        attributes_before = look.execute(
            f'SELECT count(*) FROM "{schema_name}".user_attribute').fetchone()
        run = CliRun(env, *full_args())
        try:
            wait_until(lambda: ddl_waiting(pg_url), 90, "the ALTER TABLE to wait for app_user",
                       interval=0.05)
            waiting_since = time.monotonic()
            read: dict[str, float] = {}

            def reader() -> None:  # a reader that comes while the ALTER waits
                started = time.monotonic()
                with psycopg.connect(pg_conninfo(pg_url), autocommit=True) as conn:
                    conn.execute(f"SELECT count(*) FROM {table}").fetchone()
                read["seconds"] = time.monotonic() - started

            thread = threading.Thread(target=reader)
            thread.start()
            line = run.wait_for(REFUSED, 60)
            failed_after = time.monotonic() - waiting_since
            thread.join(timeout=60)
            rc = run.finish(timeout=120)
        finally:
            if run.alive():
                run.kill()
        assert line, f"no one-line refusal of the DDL\n{run.output[-6000:]}"
        print(f"the step failed {failed_after:.1f} s after its ALTER began to wait; a reader "
              f"that came meanwhile waited {read.get('seconds', -1):.1f} s; the line:\n"
              f"  {line.strip()[-230:]}", flush=True)
        assert rc != 0
        assert failed_after < DDL_TIMEOUT + 3, failed_after
        assert read.get("seconds", 99) < DDL_TIMEOUT + 1.5, read
        # nothing committed: no column, no registry row, no ledger row of the step
        assert FIELD["key"] not in columns(look, schema_name)
        assert look.execute(f'SELECT count(*) FROM "{schema_name}".user_attribute').fetchone() \
            == attributes_before
        assert look.execute(
            f'SELECT count(*) FROM "{schema_name}".sync_run WHERE run_id = %s AND asset = '
            "'user_attribute'", (run.run_id,)).fetchone() == (0,)
        holder.rollback()  # the holder lets go

        again = CliRun(env, *full_args())
        assert again.finish(timeout=120) == 0, again.output[-6000:]
        assert FIELD["key"] in columns(look, schema_name)
        row = look.execute(
            f'SELECT type, is_active FROM "{schema_name}".user_attribute WHERE key = %s',
            (FIELD["key"],)).fetchone()
        assert row == ("string", True), row
