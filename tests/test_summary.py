"""``python -m flowsync_dagster.cli.summary`` as an operator runs it (its own
process, the store named by FLOWSYNC_DATABASE_URL): each table's last hourly
run and last full resync, from ``sync_run``; and a store no run has created
is one line naming it, never an empty store created to print zeros from."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
from sqlalchemy.engine import make_url

from tests.conftest import _admin_conninfo
from tests.helpers import full, rows, run_assets

ROOT = Path(__file__).resolve().parents[1]
SHANGHAI = ZoneInfo("Asia/Shanghai")  # the settings' default partitions.timezone


def summary(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The command in a clean environment: the project's variables only as given."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    clean.update(PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "flowsync_dagster.cli.summary", *args],
                          env=clean, cwd=ROOT, capture_output=True, text=True, timeout=120)


def minute(value: datetime | str) -> str:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:  # SQLite gives UTC without its zone
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def test_the_summary_shows_each_tables_last_hourly_run_and_full_resync(simulator, sqlite_url):
    assert run_assets(simulator.url, sqlite_url, "flowsync", tags=full()).success
    assert run_assets(simulator.url, sqlite_url, "flowsync").success
    done = summary(FLOWSYNC_DATABASE_URL=sqlite_url, OFFICEFLOW_BASE_URL=simulator.url)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    # what was there before stays: rows per table, open quarantine cases
    assert re.search(r"^open quarantine cases: \d+$", out, re.M), out
    line = next(x for x in out.splitlines() if x.startswith("app_user "))
    assert int(line.split()[1]) > 0, line
    assert "times in Asia/Shanghai" in out
    # each table's latest row of each mode (read in the order they were written)
    ledger = {(asset, mode): rest for asset, mode, *rest in rows(
        sqlite_url, "flowsync", "SELECT asset, mode, finished_at, window_start, window_end, "
        "rows_read, inserted, updated, reactivated, removed FROM {sync_run} "
        "ORDER BY finished_at, run_id")}
    assert {mode for _, mode in ledger} == {"full", "incremental"}
    lines = out.splitlines()
    for (asset, mode), (finished, start, end, read, ins, upd, rea, rem) in ledger.items():
        at = next(i for i, x in enumerate(lines) if x.startswith(f"  {asset} ")
                  and "hourly" in x)
        shown = lines[at] if mode == "incremental" else lines[at + 1]
        label = "hourly  " if mode == "incremental" else "full    "
        assert f"{label}{minute(finished)} (" in shown, shown
        assert f"read {read}: +{ins} ~{upd} ^{rea} -{rem}" in shown, shown
        if mode == "full":
            assert "whole listings" in shown, shown
        else:
            assert f"window {minute(start)} to " in shown and minute(end)[-5:] in shown, shown
    assert {a for a, _ in ledger} >= {"department", "app_user", "user_department"}
    # the tree is listed whole by the hourly run too: no window, and the summary says so
    assert ("department", "incremental") not in ledger
    assert "  department          hourly  every run reads it whole" in out, out


def test_a_missing_sqlite_store_is_named_and_not_created(tmp_path):
    path = tmp_path / "nowhere" / "flowsync.db"
    for args, env in (((), {"FLOWSYNC_DATABASE_URL": f"sqlite:///{path}",
                            "OFFICEFLOW_BASE_URL": "http://127.0.0.1:1"}),
                      (("--quarantine-csv", str(tmp_path / "q.csv")),
                       {"DAGSTER_HOME": str(path.parent)})):  # the zero-setup default
        done = summary(*args, **env)
        assert done.returncode == 1, done.stdout + done.stderr
        assert done.stdout == ""
        said = done.stderr.strip()
        assert "\n" not in said and said.startswith(f"the SQLite store {path} does not exist")
        assert "full resync" in said
    assert not path.parent.exists() and not (tmp_path / "q.csv").exists()


def test_a_postgres_store_without_tables_or_database_is_named(pg_url, schema_name):
    with psycopg.connect(_admin_conninfo(make_url(pg_url).database), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema_name}"')  # there, but no run created its tables
    for schema in (schema_name, f"{schema_name}_absent"):
        done = summary(FLOWSYNC_DATABASE_URL=pg_url, FLOWSYNC_SCHEMA=schema,
                       OFFICEFLOW_BASE_URL="http://127.0.0.1:1")
        assert done.returncode == 1, done.stdout + done.stderr
        said = done.stderr.strip()
        assert "\n" not in said, said
        assert said.startswith(f"the schema {schema} of the database "
                               f"{make_url(pg_url).database} on "), said
        assert "holds no flowsync tables" in said and "full resync" in said, said
    absent = f"flowsync_absent_{uuid.uuid4().hex[:8]}"
    absent_url = make_url(pg_url).set(database=absent).render_as_string(hide_password=False)
    done = summary(FLOWSYNC_DATABASE_URL=absent_url,
                   OFFICEFLOW_BASE_URL="http://127.0.0.1:1")
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.strip().startswith(f"the database {absent} on "), done.stderr
    assert "\n" not in done.stderr.strip()
    with psycopg.connect(_admin_conninfo(make_url(pg_url).database)) as conn:
        assert not conn.execute("SELECT 1 FROM information_schema.tables WHERE table_schema "
                                "= %s", (schema_name,)).fetchall()
