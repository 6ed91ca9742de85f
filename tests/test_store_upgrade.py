"""A store written by the previous release is upgraded in place (the ledger
and ``last_synced_at`` contract of docs/warehouse.md).

tests/data/store_v2.*.sql are stores the previous release wrote (layout
version 2: every full resync moved every row's ``last_synced_at``, no
``sync_run``), made by tests/data/make_store_v2.sh from that release's code
against this simulator (150 users, seed 1, epoch 1). Each is loaded as it was,
then this release runs a full resync on it, as it would on a school's first
hour after the upgrade:

- the layout becomes version 3 (``sync_run`` created, the run recorded in it);
- every table holds what a store this release filled from nothing holds
  (sync-time stamps aside), no row lost, none duplicated;
- rows the source did not change are not written: their ``last_synced_at`` is
  the one the previous release left.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from flowsync_dagster.store import schema as tables
from flowsync_dagster.store.schema import SCHEMA_VERSION
from flowsync_dagster.sync.entities import ENTITY_TABLES
from tests.helpers import full, metadata, rows, run_assets

DATA = Path(__file__).with_name("data")
USERS = 150
STAMPS = {"first_synced_at", "last_synced_at", "removed_at"}


def load_pg(url: str, schema: str) -> None:
    dump = (DATA / "store_v2.pg.sql").read_text()
    dump = dump.replace("CREATE SCHEMA flowsync;", f"CREATE SCHEMA {schema};")
    dump = re.sub(r"\bflowsync\.", f"{schema}.", dump)
    u = make_url(url)
    done = subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", u.host or "127.0.0.1",
                           "-p", str(u.port or 5432), "-U", u.username or "postgres",
                           "-d", u.database], input=dump, text=True, capture_output=True)
    assert done.returncode == 0, done.stderr


def load_sqlite(url: str) -> None:
    with sqlite3.connect(make_url(url).database) as conn:
        conn.executescript((DATA / "store_v2.sqlite.sql").read_text())


def content(url: str, schema: str) -> dict[str, set[tuple[Any, ...]]]:
    """Every entity table's rows, sync-time stamps left out."""
    state = {}
    for name in ENTITY_TABLES:
        columns = [c.name for c in tables.metadata.tables[name].columns if c.name not in STAMPS]
        state[name] = set(rows(url, schema, f"SELECT {', '.join(columns)} FROM {{{name}}}"))
    return state


def stamps(url: str, schema: str) -> dict[str, Any]:
    return dict(rows(url, schema, "SELECT id, last_synced_at FROM {app_user}"))


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_store_of_the_previous_release_is_upgraded_in_place(
        backend, simulator, pg_url, sqlite_url, schema_name, tmp_path):
    simulator.reset(users=USERS)
    url, schema = (pg_url, schema_name) if backend == "postgresql" else (sqlite_url, "flowsync")
    if backend == "postgresql":
        load_pg(url, schema)
    else:
        load_sqlite(url)
    assert rows(url, schema, "SELECT value FROM {flowsync_meta} "
                "WHERE key = 'schema_version'") == [("2",)]
    before = stamps(url, schema)
    assert len(before) >= USERS

    result = run_assets(simulator.url, url, schema, tags=full())
    assert result.success

    assert rows(url, schema, "SELECT value FROM {flowsync_meta} "
                "WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    ledger = rows(url, schema, "SELECT asset, mode FROM {sync_run} WHERE run_id = "
                  f"'{result.run_id}'")
    assert {a for a, _ in ledger} >= set(ENTITY_TABLES) - {"process_progress",
                                                           "process_node_time",
                                                           "out_school_request"}
    assert {m for _, m in ledger} == {"full"}

    # a store this release filled from nothing, on the same backend
    fresh, fresh_schema = ((pg_url, f"{schema_name}_new") if backend == "postgresql"
                           else (f"sqlite:///{tmp_path / 'fresh.sqlite'}", "flowsync"))
    assert run_assets(simulator.url, fresh, fresh_schema, tags=full()).success
    upgraded, expected = content(url, schema), content(fresh, fresh_schema)
    for name in ENTITY_TABLES:
        assert upgraded[name] == expected[name], (
            name, [str(r) for r in sorted(upgraded[name] - expected[name], key=str)[:2]],
            [str(r) for r in sorted(expected[name] - upgraded[name], key=str)[:2]])

    after = stamps(url, schema)
    moved = {k for k in before if after[k] != before[k]}
    users = metadata(result, "app_user")
    assert len(moved) == users["updated"] + users["reactivated"] + users["removed"], moved
    assert len(moved) < len(before) / 10  # the previous release moved them all, every run


def test_the_dumps_are_the_previous_layout() -> None:
    """The fixtures are what their docstring says: version 2, no ledger."""
    for name in ("store_v2.pg.sql", "store_v2.sqlite.sql"):
        text = (DATA / name).read_text()
        assert "schema_version" in text and "sync_run" not in text, name
