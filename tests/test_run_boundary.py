"""Only the deployment decides where credentials go (docs/settings.md, "The
boundary"), in real runs: a run's tags and config, and a ``source_config``
row in the store, try to point a run at a local listener with one of the
deployment's secrets.
Every such run is refused before any request is sent: the listener receives
nothing. What the settings file lets them set still works.

The definitions and resources are built as the code location builds them
(``load_settings`` -> ``build_assets`` / ``build_resources``), against the
simulator over HTTP and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import socketserver
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from dagster import materialize

from flowsync_dagster.defs.build import build_assets, build_resources
from flowsync_dagster.settings.load import load_settings
from flowsync_dagster.simulator import DEMO_APP_KEY, DEMO_APP_SECRET
from tests.dagster_services import ServiceError, dagster_services
from tests.helpers import PARTITION, one
from tests.test_school_settings import set_source_config

ROOT = Path(__file__).resolve().parents[1]


class Listener:
    """A TCP server on 127.0.0.1 that keeps whatever anyone sends it."""

    def __init__(self) -> None:
        received: list[bytes] = []

        class Keep(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(2)
                try:
                    received.append(self.request.recv(65536))
                except OSError:
                    received.append(b"(connected)")

        self.received = received
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Keep)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.close()


@pytest.fixture
def school(tmp_path, simulator, pg_url, schema_name, monkeypatch):
    """A school's settings file: the test simulator, the store's URL in a
    variable, the credentials in variables with the school's prefix."""
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "app_secret").write_text(DEMO_APP_SECRET)
    environ = {"FLOWSYNC_CONFIG": str(tmp_path / "flowsync.yaml"), "SCHOOL_DB": pg_url,
               "SCHOOL_KEY": DEMO_APP_KEY, "SCHOOL_SC_KEY": DEMO_APP_KEY,
               "SCHOOL_SC_SECRET": DEMO_APP_SECRET}
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    for name in ("OFFICEFLOW_APP_KEY", "OFFICEFLOW_APP_SECRET", "OFFICEFLOW_BASE_URL"):
        monkeypatch.delenv(name, raising=False)

    def write(**sections: Any) -> dict[str, str]:
        data = {"officeflow": {"base_url": simulator.url, "app_key": {"env": "SCHOOL_KEY"},
                               "app_secret": {"file": str(secrets / "app_secret")}},
                "store": {"database_url": {"env": "SCHOOL_DB"}, "schema": schema_name},
                "credentials": {"env_prefix": "SCHOOL_SC_", "directory": str(secrets)},
                **sections}
        Path(environ["FLOWSYNC_CONFIG"]).write_text(yaml.safe_dump(data))
        return dict(environ)
    write.secrets = secrets  # type: ignore[attr-defined]
    return write


def run(environ: dict[str, str], instance, **kwargs: Any):
    settings = load_settings(environ)
    return materialize(build_assets(settings), selection=["department"],
                       partition_key=PARTITION, resources=build_resources(settings),
                       instance=instance, raise_on_error=False, **kwargs)


def said(result) -> str:
    """Everything the run's events say, errors and their causes included."""
    parts = []
    for event in result.all_events:
        parts.append(event.message or "")
        error = getattr(event.event_specific_data, "error", None)
        while error is not None:
            parts.append(error.message)
            error = error.cause
    return "\n".join(parts)


FORBIDDEN_RUNS = {
    "tag base_url and secret": dict(tags={
        "flowsync/officeflow.base_url": "{listener}",
        "flowsync/officeflow.app_secret": "env:SCHOOL_DB"}),
    "tag secret only": dict(tags={"flowsync/officeflow.app_secret": "env:FLOWSYNC_CONFIG"}),
    "tag file": dict(tags={"flowsync/officeflow.app_key": "file:/etc/passwd"}),
    "tag guard": dict(tags={"flowsync/guard.max_removal_fraction": "1"}),
    "config settings": dict(run_config={"ops": {"department": {"config": {"settings": {
        "officeflow.base_url": "{listener}"}}}}}),
    "resource config": dict(run_config={"resources": {"officeflow": {"config": {
        "base_url": "{listener}", "app_key": "k", "app_secret_ref": "env:SCHOOL_DB"}}}}),
    "store config": dict(run_config={"resources": {"store": {"config": {
        "database_url": "sqlite:////tmp/elsewhere.db", "schema_name": "x"}}}}),
}
REFUSALS = {
    "tag base_url and secret": "run tag flowsync/officeflow.",
    "tag secret only": "run tag flowsync/officeflow.app_secret: a run may not set "
                       "officeflow.app_secret",
    "tag file": "run tag flowsync/officeflow.app_key: a run may not set officeflow.app_key",
    "tag guard": "run tag flowsync/guard.max_removal_fraction: a run may not set "
                 "guard.max_removal_fraction (this school's runs may set: sync.departments, "
                 "sync.posts, sync.tags, sync.lookback_hours;",
    "config settings": "run config settings.officeflow.base_url: a run may not set "
                       "officeflow.base_url",
    "resource config": "run config resources.officeflow.config (app_key, app_secret_ref, "
                       "base_url): a run may not configure the officeflow resource",
    "store config": "run config resources.store.config (database_url, schema_name): a run may "
                    "not configure the store resource",
}


@pytest.mark.parametrize("case", list(FORBIDDEN_RUNS))
def test_a_run_cannot_point_the_source_or_a_credential_anywhere(
        case, school, listener, instance, pg_url, schema_name):
    given = json.loads(json.dumps(FORBIDDEN_RUNS[case]).replace("{listener}", listener.url))
    result = run(school(), instance, **given)
    assert not result.success
    assert REFUSALS[case] in said(result), said(result)[-3000:]
    assert listener.received == []
    assert department_rows(pg_url, schema_name) == 0


def test_a_run_inside_the_boundary_syncs(school, instance, pg_url, schema_name):
    allowed = run(school(), instance, tags={"flowsync/sync.lookback_hours": "1"},
                  run_config={"ops": {"department": {"config": {"settings": {
                      "sync.departments": "true"}}}}})
    assert allowed.success, said(allowed)[-3000:]
    assert department_rows(pg_url, schema_name) > 0


@pytest.mark.parametrize(("secret_ref", "why"), [
    ("env:SCHOOL_DB", "env:SCHOOL_DB is one of the deployment's own settings, never a credential"),
    ("env:FLOWSYNC_CONFIG", "env:FLOWSYNC_CONFIG is one of the deployment's own settings"),
    ("env:HOME", "env:HOME is not a credential this deployment declared"),
    ("file:/etc/passwd", "file:/etc/passwd is not a credential this deployment declared"),
    ("file:{secrets}/../flowsync.yaml", "is not a credential this deployment declared"),
])
def test_source_config_chooses_only_among_the_declared_credentials(
        secret_ref, why, school, listener, instance, pg_url, schema_name):
    environ = school(source_config={"may_set": ["officeflow.base_url", "officeflow.app_key",
                                                "officeflow.app_secret"]})
    ref = secret_ref.replace("{secrets}", str(school.secrets))
    set_source_config(pg_url, schema_name, base_url=listener.url,
                      app_key_ref="env:SCHOOL_SC_KEY", app_secret_ref=ref)
    result = run(environ, instance)
    assert not result.success
    table = f"{schema_name}.source_config"
    assert f"officeflow.app_secret (source_config ({table})): " in said(result)
    assert why in said(result)
    assert "nothing was sent to the source" in said(result)
    assert listener.received == []


def test_source_config_may_choose_a_declared_credential(school, instance, pg_url, schema_name):
    environ = school(source_config={"may_set": ["officeflow.base_url", "officeflow.app_key",
                                                "officeflow.app_secret"]})
    set_source_config(pg_url, schema_name, base_url=school_url(environ),
                      app_key_ref="env:SCHOOL_SC_KEY",
                      app_secret_ref=f"file:{school.secrets / 'app_secret'}")
    chosen = run(environ, instance)
    assert chosen.success, said(chosen)[-3000:]
    assert department_rows(pg_url, schema_name) > 0


def department_rows(url: str, schema: str) -> int:
    """Rows of the store's department table (0 when there is no such table yet)."""
    exists = one(url, schema, "SELECT count(*) FROM information_schema.tables WHERE "
                              f"table_schema = '{schema}' AND table_name = 'department'")
    return one(url, schema, "SELECT count(*) FROM {department}") if exists else 0


def school_url(environ: dict[str, str]) -> str:
    return yaml.safe_load(Path(environ["FLOWSYNC_CONFIG"]).read_text())["officeflow"]["base_url"]


def test_source_config_sets_only_what_the_settings_file_lets_it(
        school, listener, instance, pg_url, schema_name):
    set_source_config(pg_url, schema_name, base_url=listener.url, sync_tags=False)
    refused = run(school(source_config={"may_set": ["sync.tags"]}), instance)
    assert not refused.success
    assert (f"{schema_name}.source_config.base_url: source_config may not set "
            "officeflow.base_url for this school (it may set: sync.tags;") in said(refused)
    off = run(school(source_config={"may_set": []}), instance)  # switched off: never read
    assert off.success, said(off)[-3000:]
    assert "source_config" not in json.dumps(
        [e.message or "" for e in off.all_events if "settings of this run" in (e.message or "")]
    ).replace("not read (source_config.may_set is empty)", "")
    assert listener.received == []


def test_the_demo_source_never_fills_a_store_the_settings_name(tmp_path, pg_url, schema_name):
    env = {"PATH": "/usr/bin:/bin", "DAGSTER_HOME": str(tmp_path),
           "FLOWSYNC_DATABASE_URL": pg_url, "FLOWSYNC_SCHEMA": schema_name}
    loaded = subprocess.run([str(Path(sys.executable).with_name("dagster")), "definitions",
                             "validate", "-m", "flowsync_dagster.definitions"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert loaded.returncode != 0
    assert "OFFICEFLOW_BASE_URL is not set, and the store is one the settings name" in \
        loaded.stdout + loaded.stderr
    checked = subprocess.run([sys.executable, "-m", "flowsync_dagster.cli.config", "check"],
                             env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 2 and "FAILED: OFFICEFLOW_BASE_URL is not set" in checked.stdout
    assert one(pg_url, schema_name, "SELECT count(*) FROM information_schema.schemata WHERE "
                                    f"schema_name = '{schema_name}'") == 0


def test_a_read_only_webserver_shows_the_runs_and_launches_nothing(tmp_path, simulator, pg_url,
                                                                   schema_name):
    """The viewers' webserver (docs/deploy.md, "Who can do what"): it lists the
    jobs and runs, and refuses to launch one, start a schedule or a backfill."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "deploy" / "dagster.local.yaml").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    env.update(OFFICEFLOW_BASE_URL=simulator.url, OFFICEFLOW_APP_KEY=DEMO_APP_KEY,
               OFFICEFLOW_APP_SECRET=DEMO_APP_SECRET, FLOWSYNC_DATABASE_URL=pg_url,
               FLOWSYNC_SCHEMA=schema_name)
    with dagster_services(env, home, read_only=True) as ui:
        assert "officeflow_sync_hourly" in ui.schedules()
        with pytest.raises(ServiceError, match="UnauthorizedError"):
            ui.launch_run("officeflow_full_resync", {"dagster/partition": PARTITION})
        with pytest.raises(ServiceError, match="UnauthorizedError"):
            ui.start_schedule("officeflow_sync_hourly")
    assert department_rows(pg_url, schema_name) == 0
