"""Personal data and secrets stay out of Dagster's storage, alerts and the
quarantine CSV.

Real ``dagster job execute`` runs on a Dagster instance of its own (the
SQLite default of deploy/dagster.local.yaml: event log, run storage and
compute logs all under ``DAGSTER_HOME``); afterwards every byte under
``DAGSTER_HOME`` is searched for what must not be there: the names, logins,
mobiles, emails, OpenIDs and user ids the store received (and those of the
records it quarantined), and a canary secret. Runs that succeed and runs
that fail (a refused credential, a database error whose DETAIL line quotes
the failing row, a blocking check whose offenders are people) alike; and the
alert each failed run posts, in every format, and the CSV an operator mails.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from dagster import DagsterEventType, DagsterInstance, build_run_status_sensor_context

from flowsync_dagster.defs.alerts import (
    ALERT_SENSORS,
    FORMATS,
    build_alert,
    failed_run,
    format_body,
)
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
        env.update(DAGSTER_HOME=str(home), OFFICEFLOW_BASE_URL=url, SIMULATOR_URL=url,
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


PERSONAL_FIELDS = ("name", "username", "mobile", "email", "openid", "user_id", "id",
                   "creator_user_id", "assignee_user_id", "bound_user_id", "bound_username")


def personal_values(url: str, schema: str) -> set[str]:
    """What the store holds that is personal: names (three characters or more,
    so that a common two-character name cannot match a word by chance),
    logins, mobiles, emails, OpenIDs, user ids; and the same of the records it
    quarantined (as received)."""
    values: set[str] = set()
    for uid, name, username, mobile, email in rows(
            url, schema, "SELECT id, name, username, mobile, email FROM {app_user}"):
        values |= {v for v in (uid, username, mobile, email) if v}
        if name and len(name) >= 3:
            values.add(name)
    values |= {r[0] for r in rows(url, schema, "SELECT openid FROM {user_openid}")}
    for (payload,) in rows(url, schema, "SELECT payload FROM {sync_quarantine} "
                           "WHERE entity IN ('app_user', 'user_openid')"):
        decoded = json.loads(payload) if payload and payload.startswith(("{", "[")) else []
        for record in decoded if isinstance(decoded, list) else [decoded]:
            for field in PERSONAL_FIELDS if isinstance(record, dict) else ():
                value = record.get(field)
                if isinstance(value, str) and len(value) >= 3:
                    values.add(value)
    # the planted records reuse some words as a department's name (not personal)
    for (payload,) in rows(url, schema, "SELECT payload FROM {sync_quarantine} WHERE "
                           "entity = 'department'"):
        decoded = json.loads(payload) if payload and payload.startswith("{") else {}
        values.discard(decoded.get("name") if isinstance(decoded, dict) else None)
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


def failed_alert_bodies(home: Path, run_id: str) -> str:
    """Every body the alert sensors would post for the failed run, in every
    format, and what they log when no webhook is set: as the daemon builds them."""
    instance = DagsterInstance.from_config(str(home))
    try:
        run = instance.get_run_by_id(run_id)
        [failure] = [e.dagster_event for e in instance.all_logs(
            run_id, of_type=DagsterEventType.RUN_FAILURE)]
        texts = []
        for sensor in ALERT_SENSORS:
            context = build_run_status_sensor_context(
                sensor_name=sensor.name, dagster_instance=instance, dagster_run=run,
                dagster_event=failure).for_run_failure()
            alert = build_alert(failed_run(context), "http://dagster.example")
            texts += [json.dumps(format_body(alert, fmt), ensure_ascii=False) for fmt in FORMATS]
        return "\n".join(texts)
    finally:
        instance.dispose()


def test_a_blocking_check_on_people_its_alert_and_the_quarantine_csv_name_nobody(
        run_env, pg_url, schema_name, tmp_path):
    assert dagster(run_env, *FULL).returncode == 0
    # someone broke the store by hand: one user's memberships can no longer end
    user = rows(pg_url, schema_name, "SELECT u.id, u.username FROM {app_user} u JOIN "
                "{user_department} m ON m.user_id = u.id WHERE u.is_active AND m.is_active "
                "ORDER BY u.id LIMIT 1")[0]
    store = Store(pg_url, schema_name)
    with store.transaction() as conn:
        conn.exec_driver_sql(
            f"CREATE FUNCTION {store.qualified('keep_row')}() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RETURN NULL; END $$")
        conn.exec_driver_sql(
            f"CREATE TRIGGER keep_memberships BEFORE UPDATE ON {store.qualified('user_department')}"
            f" FOR EACH ROW WHEN (OLD.user_id = '{user[0]}') EXECUTE FUNCTION "
            f"{store.qualified('keep_row')}()")
    store.dispose()
    # and the source deletes that user: the step cannot end the memberships
    httpx.post(run_env["SIMULATOR_URL"] + "/_sim/inject", json={"path": "/users", "items": [
        {"id": user[0], "status": "deleted", "updated_at": "2026-11-27T08:30:00+08:00"}]},
        timeout=10).raise_for_status()
    failed = dagster(run_env, *FULL)
    said = failed.stdout + failed.stderr
    assert failed.returncode != 0
    assert "blocking check failed: user_department_consistent (" in said
    personal = personal_values(pg_url, schema_name)
    assert user[0] in personal and len(personal) > 4000
    home = Path(run_env["DAGSTER_HOME"])
    leaked = personal & stored_tokens(home)
    assert not leaked, f"{len(leaked)} personal values in Dagster's storage, e.g. " \
                       f"{sorted(leaked)[:5]}"
    run_id = DagsterInstance.from_config(str(home)).get_runs(limit=1)[0].run_id
    bodies = failed_alert_bodies(home, run_id)
    assert "user_department_consistent" in bodies and "blocking_check" in bodies
    assert not personal & set(TOKEN.findall(bodies)), "personal data in an alert"
    # the CSV an operator mails: masked unless asked for
    env = {**run_env, "FLOWSYNC_DEMO": "true"}
    csv_file = tmp_path / "quarantine.csv"
    for include in (False, True):
        made = subprocess.run([sys.executable, "-m", "flowsync_dagster.cli.summary",
                               "--quarantine-csv", str(csv_file),
                               *(["--include-personal-data"] if include else [])],
                              env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert made.returncode == 0, made.stderr
        found = personal & set(TOKEN.findall(csv_file.read_text(encoding="utf-8-sig")))
        if include:
            assert len(found) > 10, "the unmasked CSV shows the cases as received"
        else:
            assert not found, f"personal data in the masked CSV: {sorted(found)[:5]}"
            assert "openid_conflict" in csv_file.read_text(encoding="utf-8-sig")
