"""Personal data and secrets stay out of Dagster's storage.

Real ``dagster job execute`` runs on a Dagster instance of its own (the
SQLite default of deploy/dagster.local.yaml: event log, run storage and
compute logs all under ``DAGSTER_HOME``); afterwards every byte under
``DAGSTER_HOME`` is searched for what must not be there: the names, logins,
mobiles, emails and OpenIDs the store received, and a canary secret. Runs that
succeed and runs that fail (a refused credential, a database error whose
DETAIL line quotes the failing row) alike.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from flowsync_dagster.store.database import Store
from tests.dagster_services import officeflow_simulator
from tests.helpers import rows

ROOT = Path(__file__).resolve().parents[1]
DAGSTER = str(Path(sys.executable).with_name("dagster"))
FULL = ("job", "execute", "-m", "flowsync_dagster.definitions", "-j", "officeflow_full_resync",
        "--tags", json.dumps({"dagster/partition": "2026-11-27-08:00"}))
CANARY = "canary-s3cret-7f1e4c"
TOKEN = re.compile(r"[\w@.+\-]+")


@pytest.fixture
def run_env(tmp_path, pg_url, schema_name):
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "deploy" / "dagster.local.yaml").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    with officeflow_simulator(env, tmp_path / "logs", users=1000) as url:
        env.update(DAGSTER_HOME=str(home), OFFICEFLOW_BASE_URL=url,
                   OFFICEFLOW_APP_KEY="flowsync-demo", OFFICEFLOW_APP_SECRET="flowsync-demo-secret",
                   FLOWSYNC_DATABASE_URL=pg_url, FLOWSYNC_SCHEMA=schema_name)
        yield env


def dagster(env, *args):
    return subprocess.run([DAGSTER, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def stored_tokens(home: Path) -> set[str]:
    """Every word-like token in every file of Dagster's instance."""
    found: set[str] = set()
    for path in home.rglob("*"):
        if path.is_file():
            found |= set(TOKEN.findall(path.read_bytes().decode("utf-8", "ignore")))
    return found


def personal_values(url: str, schema: str) -> set[str]:
    """What the store holds that is personal: names (three characters or more,
    so that a common two-character name cannot match a word by chance),
    logins, mobiles, emails, OpenIDs."""
    values: set[str] = set()
    for name, username, mobile, email in rows(url, schema, "SELECT name, username, mobile, "
                                              "email FROM {app_user}"):
        values |= {v for v in (username, mobile, email) if v}
        if name and len(name) >= 3:
            values.add(name)
    values |= {r[0] for r in rows(url, schema, "SELECT openid FROM {user_openid}")}
    return values


def test_a_sync_leaves_no_personal_data_in_dagsters_storage(run_env, pg_url, schema_name):
    done = dagster(run_env, *FULL)
    assert done.returncode == 0, done.stdout + done.stderr
    personal = personal_values(pg_url, schema_name)
    assert len(personal) > 3000
    leaked = personal & stored_tokens(Path(run_env["DAGSTER_HOME"]))
    assert not leaked, f"{len(leaked)} personal values in Dagster's storage, e.g. " \
                       f"{sorted(leaked)[:5]}"


def test_a_database_error_quoting_a_row_does_not_reach_dagsters_storage(run_env, pg_url,
                                                                        schema_name):
    assert dagster(run_env, *FULL).returncode == 0
    personal = personal_values(pg_url, schema_name)
    # every row of app_user now breaks a rule: PostgreSQL's error quotes the row
    store = Store(pg_url, schema_name)
    with store.transaction() as conn:
        conn.exec_driver_sql(f"ALTER TABLE {store.qualified('app_user')} ADD CONSTRAINT "
                             "no_new_rows CHECK (first_synced_at < '2000-01-01') NOT VALID")
        conn.exec_driver_sql(f"TRUNCATE {store.qualified('app_user')}")
    store.dispose()
    failed = dagster(run_env, *FULL)
    assert failed.returncode != 0
    assert "app_user, user_department: the store refused a statement (CheckViolation" in \
        failed.stdout + failed.stderr
    leaked = personal & stored_tokens(Path(run_env["DAGSTER_HOME"]))
    assert not leaked, f"{len(leaked)} personal values in Dagster's storage, e.g. " \
                       f"{sorted(leaked)[:5]}"


def test_a_refused_secret_stays_out_of_dagsters_storage(run_env):
    env = {**run_env, "OFFICEFLOW_APP_SECRET": CANARY}
    failed = dagster(env, *FULL)
    assert failed.returncode != 0
    assert "the app key and secret were refused" in failed.stdout + failed.stderr
    assert CANARY not in failed.stdout + failed.stderr
    home = Path(run_env["DAGSTER_HOME"])
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any("compute_logs" in str(p) for p in files), "no compute log to search"
    holding = [str(p) for p in files if CANARY.encode() in p.read_bytes()]
    assert not holding, f"the secret is in {holding}"
