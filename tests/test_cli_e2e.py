"""The entry points of docs/operations.md, driven as an operator would: the
``dagster`` CLI against the simulator (its own process) and PostgreSQL."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.helpers import full, rows, run_assets

ROOT = Path(__file__).resolve().parents[1]
DAGSTER = str(Path(sys.executable).with_name("dagster"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def simulator_process():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "flowsync_dagster.simulator", "--port", str(port), "--users",
         "2000", "--epoch", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(url + "/_sim/state", timeout=0.5)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:  # a loaded machine: the server is not what is tested
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture
def cli_env(tmp_path, simulator_process, pg_url, schema_name):
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "deploy" / "dagster.local.yaml").read_text())
    httpx.post(simulator_process + "/_sim/reset", json={"users": 2000, "epoch": 1})
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    env.update(DAGSTER_HOME=str(home), OFFICEFLOW_BASE_URL=simulator_process,
               OFFICEFLOW_APP_KEY="flowsync-demo", OFFICEFLOW_APP_SECRET="flowsync-demo-secret",
               FLOWSYNC_DATABASE_URL=pg_url, FLOWSYNC_SCHEMA=schema_name)
    return env


def dagster(env, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([DAGSTER, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def department_state(pg_url, schema):
    return rows(pg_url, schema, "SELECT id, path, is_active, removed_at, last_synced_at "
                "FROM {department} ORDER BY id")


def test_backfill_from_the_first_partition_is_a_full_resync(cli_env, pg_url, schema_name):
    args = ("asset", "materialize", "-m", "flowsync_dagster.definitions", "--select", "*",
            "--partition-range", "2026-01-01-00:00...2026-01-01-05:00")
    first = dagster(cli_env, *args)
    assert first.returncode == 0, first.stdout + first.stderr
    state = department_state(pg_url, schema_name)
    assert len(state) == 22
    quarantine = rows(pg_url, schema_name, "SELECT source_key, reason FROM {sync_quarantine} "
                      "WHERE resolved_at IS NULL AND entity = 'department' ORDER BY 1")
    assert ("DC001", "department_cycle") in quarantine and len(quarantine) == 5
    second = dagster(cli_env, *args)
    assert second.returncode == 0, second.stdout + second.stderr
    again = department_state(pg_url, schema_name)
    # nothing changed but the "last seen by a full resync" stamp
    assert [r[:4] for r in again] == [r[:4] for r in state]
    assert "department +0 ~0 ^0 -0" in second.stderr


def test_full_resync_job_with_tags_only(cli_env, pg_url, schema_name):
    done = dagster(cli_env, "job", "execute", "-m", "flowsync_dagster.definitions",
                   "-j", "officeflow_full_resync", "--tags",
                   json.dumps({"dagster/partition": "2026-11-27-08:00"}))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "full (run tag flowsync/mode=full)" in done.stderr
    assert len(department_state(pg_url, schema_name)) == 22


def test_a_range_after_the_first_partition_is_an_incremental_catch_up(cli_env, pg_url,
                                                                      schema_name):
    # a full resync first: into a store without one, an hour's run reads everything
    assert run_assets(cli_env["OFFICEFLOW_BASE_URL"], pg_url, schema_name, tags=full()).success
    done = dagster(cli_env, "asset", "materialize", "-m", "flowsync_dagster.definitions",
                   "--select", "*", "--partition-range", "2026-11-27-08:00...2026-11-27-10:00")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "incremental (hourly window)" in done.stderr
    # one read over the three hours and the look-back before them, as the ledger says
    ledger = rows(pg_url, schema_name, "SELECT mode, window_start, window_end, rows_read "
                  "FROM {sync_run} WHERE asset = 'app_user' AND mode = 'incremental'")
    assert len(ledger) == 1
    mode, start, end, read = ledger[0]
    assert mode == "incremental"
    assert (start.isoformat(), end.isoformat()) == ("2026-11-26T21:00:00+00:00",
                                                    "2026-11-27T03:00:00+00:00")
    # and what it wrote is what the source lists for that span, asked directly
    url, key, secret = (cli_env[k] for k in ("OFFICEFLOW_BASE_URL", "OFFICEFLOW_APP_KEY",
                                             "OFFICEFLOW_APP_SECRET"))
    token = httpx.post(url + "/api/v4/auth/token", json={"app_key": key, "app_secret": secret}
                       ).json()["data"]["access_token"]
    items = httpx.get(url + "/api/v4/users", headers={"Authorization": f"Bearer {token}"},
                      params={"limit": 1000, "updated_since": "2026-11-26T21:00:00Z",
                              "updated_before": "2026-11-27T03:00:00Z"}).json()["data"]["items"]
    assert 0 < read == len(items)


def test_a_tripped_guard_exits_non_zero_with_one_actionable_line(cli_env, simulator_process,
                                                                  pg_url, schema_name):
    httpx.post(simulator_process + "/_sim/reset", json={"users": 10000, "epoch": 1})
    args = ("job", "execute", "-m", "flowsync_dagster.definitions", "-j",
            "officeflow_full_resync", "--tags", json.dumps({"dagster/partition": "2026-11-27-08:00"}))
    assert dagster(cli_env, *args).returncode == 0
    before = department_state(pg_url, schema_name)
    httpx.post(simulator_process + "/_sim/faults",
               json=[{"kind": "empty", "path": "/departments", "times": -1}])
    refused = dagster(cli_env, *args)
    assert refused.returncode != 0
    assert "department: refusing to deactivate" in refused.stdout + refused.stderr
    assert department_state(pg_url, schema_name) == before


def test_missing_credentials_are_named(cli_env):
    env = {k: v for k, v in cli_env.items() if k != "OFFICEFLOW_APP_SECRET"}
    done = dagster(env, "job", "execute", "-m", "flowsync_dagster.definitions", "-j",
                   "officeflow_full_resync", "--tags",
                   json.dumps({"dagster/partition": "2026-11-27-08:00"}))
    assert done.returncode != 0
    assert "OFFICEFLOW_APP_SECRET" in done.stdout + done.stderr


def test_a_bad_base_url_is_refused_before_any_run(cli_env):
    env = {**cli_env, "OFFICEFLOW_BASE_URL": "ftp://officeflow.example"}
    done = dagster(env, "definitions", "validate", "-m", "flowsync_dagster.definitions")
    assert done.returncode != 0
    assert "OFFICEFLOW_BASE_URL must be an http:// or https:// URL" in done.stdout + done.stderr


def test_the_readme_run_command_on_the_zero_setup_default(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    env["DAGSTER_HOME"] = str(tmp_path / "home")
    done = subprocess.run(["bash", "scripts/run.sh", "2026-11-27-08:00"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "open quarantine cases: 19" in done.stdout
    for table in ("department", "app_user", "user_department", "user_attribute", "post",
                  "post_member", "tag_group", "tag", "tag_user", "user_openid"):
        line = next(x for x in done.stdout.splitlines() if x.startswith(table + " "))
        assert int(line.split()[1]) > 0, line
    assert "dagster dev" in done.stdout
    assert (tmp_path / "home" / "flowsync.db").exists()
    # the quarantine report a school's IT person opens in a spreadsheet
    report = tmp_path / "quarantine.csv"
    wrote = subprocess.run([sys.executable, "-m", "flowsync_dagster.cli.summary", "--quarantine-csv",
                            str(report)], env=env, cwd=ROOT, capture_output=True, text=True,
                           timeout=120)
    assert wrote.returncode == 0, wrote.stderr
    import csv

    raw = report.read_bytes()
    assert raw.startswith("\ufeff".encode())  # Excel reads the Chinese right
    cases = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(cases) == 19
    assert {"entity", "reason", "source_key", "detail", "payload"} <= set(cases[0])
    assert any("环路甲" in c["payload"] for c in cases)  # a department in a cycle, as received


def test_the_readme_run_command_exits_non_zero_when_the_run_fails(tmp_path, simulator_process):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    env.update(DAGSTER_HOME=str(tmp_path / "home"), OFFICEFLOW_BASE_URL=simulator_process,
               OFFICEFLOW_APP_KEY="flowsync-demo", OFFICEFLOW_APP_SECRET="not-the-secret")
    done = subprocess.run(["bash", "scripts/run.sh", "2026-11-27-08:00"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode != 0, done.stdout + done.stderr
    assert "the run failed" in done.stderr
    assert "the app key and secret were refused" in done.stdout
