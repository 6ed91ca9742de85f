"""Where a school's settings come from, in real runs: a settings file,
``source_config`` in the store, the environment, a run's tags and config
(docs/settings.md), and the check command against real servers.

The definitions and resources are built the way the code location builds
them (``load_settings`` -> ``build_assets`` / ``build_resources``), from a
settings file in a temporary folder, against the simulator over HTTP and
PostgreSQL.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from dagster import DagsterEventType, materialize
from sqlalchemy import text

from flowsync_dagster.defs.build import build_assets, build_resources
from flowsync_dagster.settings.load import load_settings
from flowsync_dagster.simulator import DEMO_APP_KEY, DEMO_APP_SECRET
from flowsync_dagster.store.database import Store
from tests.helpers import PARTITION, metadata, one, rows, step_failure

ROOT = Path(__file__).resolve().parents[1]
POSTS = ["post", "post_member"]


@pytest.fixture
def school_file(tmp_path, simulator, pg_url, schema_name, monkeypatch):
    """A settings file for one school: the test simulator, the test's schema;
    the credentials kept in a variable and a file, the store's URL in a variable."""
    secret = tmp_path / "officeflow_secret"
    secret.write_text(DEMO_APP_SECRET + "\n")
    monkeypatch.setenv("SCHOOL_APP_KEY", DEMO_APP_KEY)
    monkeypatch.setenv("SCHOOL_DATABASE_URL", pg_url)

    def write(officeflow: dict[str, Any] | None = None, **sections: Any) -> dict[str, str]:
        data = {"officeflow": officeflow if officeflow is not None else {
                    "base_url": simulator.url, "app_key": {"env": "SCHOOL_APP_KEY"},
                    "app_secret": {"file": str(secret)}},
                "store": {"database_url": {"env": "SCHOOL_DATABASE_URL"}, "schema": schema_name},
                **sections}
        path = tmp_path / "flowsync.yaml"
        path.write_text(yaml.safe_dump(data))
        return {"FLOWSYNC_CONFIG": str(path), "SCHOOL_APP_KEY": DEMO_APP_KEY,
                "SCHOOL_DATABASE_URL": pg_url}
    write.secret_file = str(secret)  # type: ignore[attr-defined]
    return write


# the settings a file gives when the store's source_config names the source
# and chooses its credentials among variables SCHOOL_* and files of the test's folder
def from_store(secret_file: str) -> dict[str, Any]:
    return {"source_config": {"may_set": ["officeflow.base_url", "officeflow.app_key",
                                          "officeflow.app_secret", "sync.departments",
                                          "sync.posts", "sync.tags"]},
            "credentials": {"env_prefix": "SCHOOL_", "directory": str(Path(secret_file).parent)}}


def set_source_config(url: str, schema: str, **columns: Any) -> None:
    store = Store(url, schema)
    store.ensure_schema()
    try:
        with store.engine.begin() as conn:
            conn.execute(text(f"DELETE FROM {store.qualified('source_config')}"))
            names = ", ".join(columns)
            conn.execute(text(f"INSERT INTO {store.qualified('source_config')} ({names}) "
                              f"VALUES ({', '.join(':' + c for c in columns)})"), columns)
    finally:
        store.dispose()


def run(environ: dict[str, str], instance, select=None, **kwargs: Any):
    settings = load_settings(environ)
    return materialize(build_assets(settings), selection=select, partition_key=PARTITION,
                       resources=build_resources(settings), instance=instance,
                       raise_on_error=False, **kwargs)


def posts_skipped(result, instance) -> str | None:
    """The log line saying the posts were left to another system, if they
    were (and then nothing of them was materialized)."""
    for entry in instance.all_logs(result.run_id):
        if "sync.posts is false" in (entry.user_message or ""):
            assert not [e for e in result.get_asset_materialization_events()
                        if e.asset_key.path[-1] in POSTS]
            return entry.user_message
    return None


def test_a_switch_comes_from_the_highest_source_that_sets_it(school_file, instance, pg_url,
                                                             schema_name):
    environ = school_file(sync={"posts": True})
    first = run(environ, instance, POSTS)
    assert first.success and posts_skipped(first, instance) is None
    assert metadata(first, "post")["settings"]["sync.posts"] == {
        "value": True, "from": f"file {environ['FLOWSYNC_CONFIG']}"}

    set_source_config(pg_url, schema_name, sync_posts=False)  # the store: above the file
    from_store = run(environ, instance, POSTS)
    assert from_store.success and "from source_config" in posts_skipped(from_store, instance)

    environ["FLOWSYNC_SYNC_POSTS"] = "true"  # the environment: above the store
    from_env = run(environ, instance, POSTS)
    assert posts_skipped(from_env, instance) is None
    assert metadata(from_env, "post")["settings"]["sync.posts"]["from"] == \
        "environment FLOWSYNC_SYNC_POSTS"

    tagged = run(environ, instance, POSTS, tags={"flowsync/sync.posts": "false"})  # a run's tag
    assert "from run tag flowsync/sync.posts" in posts_skipped(tagged, instance)

    configured = run(environ, instance, POSTS, tags={"flowsync/sync.posts": "false"},
                     run_config={"ops": {"posts": {"config": {"settings": {"sync.posts": "true"}}}}})
    assert configured.success and posts_skipped(configured, instance) is None
    assert metadata(configured, "post")["settings"]["sync.posts"]["from"] == \
        "run config settings.sync.posts"


def test_source_config_points_a_run_at_its_source_and_where_its_credentials_are(
        school_file, instance, simulator, pg_url, schema_name):
    # the file names no source and lets source_config name it, and choose
    # among the credentials the file declares; the test's simulator has 500 users
    environ = school_file(officeflow={}, **from_store(school_file.secret_file))
    set_source_config(pg_url, schema_name, base_url=simulator.url,
                      app_key_ref="env:SCHOOL_APP_KEY",
                      app_secret_ref=f"file:{school_file.secret_file}", note="set by IT")
    result = run(environ, instance, ["app_user", "user_department"],
                 tags={"flowsync/mode": "full"})
    assert result.success, step_failure(result)
    # the test simulator's 500 users (less its planted invalid ones), not 2,000 demo users
    listed = {u.get("id") for u in simulator.dataset.user_listing(None, None).page(0, 10**7)}
    stored = {r[0] for r in rows(pg_url, schema_name, "SELECT id FROM {app_user}")}
    assert stored <= listed and len(stored) >= len(listed) - 10
    settings = metadata(result, "app_user")["settings"]
    table = f"{schema_name}.source_config"
    assert settings["officeflow.base_url"] == {"value": simulator.url,
                                               "from": f"source_config ({table})"}
    assert settings["officeflow.app_secret"]["value"] == f"file:{school_file.secret_file}"
    logged = json.dumps([str(e.event_specific_data) + (e.message or "")
                         for e in result.all_events])
    assert DEMO_APP_SECRET not in logged


def test_a_credential_written_into_source_config_fails_the_run_in_one_line(
        school_file, instance, pg_url, schema_name):
    environ = school_file(officeflow={}, **from_store(school_file.secret_file))
    set_source_config(pg_url, schema_name, base_url="http://127.0.0.1:9",
                      app_key_ref="env:SCHOOL_APP_KEY", app_secret_ref="s3cr3t-value")
    result = run(environ, instance, ["department"])
    assert not result.success
    failure = step_failure(result)
    assert f"{schema_name}.source_config.app_secret_ref: a credential is never written here" \
        in failure
    assert "s3cr3t-value" not in json.dumps([e.message or "" for e in result.all_events])
    failed = [e for e in result.all_events if e.event_type == DagsterEventType.STEP_FAILURE]
    assert failed and not failed[0].step_failure_data.error.message.count("\n") > 1


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_check_command_reaches_each_school_without_syncing(tmp_path, simulator, pg_url,
                                                               schema_name):
    base = {"store": {"database_url": {"env": "CHECK_DATABASE_URL"}}}
    def school(code: str, url: str, secret: str) -> dict[str, Any]:
        return {"code": code, "store": {"schema": f"{schema_name}_{code}"},
                "officeflow": {"base_url": url, "app_key": {"env": "CHECK_KEY"},
                               "app_secret": {"env": secret}}}
    path = tmp_path / "flowsync.yaml"
    path.write_text(yaml.safe_dump({"defaults": base, "schools": [
        school("good", simulator.url, "CHECK_SECRET"),
        school("refused", simulator.url, "CHECK_WRONG_SECRET"),
        school("down", f"http://127.0.0.1:{closed_port()}", "CHECK_SECRET")]}))
    set_source_config(pg_url, f"{schema_name}_good", sync_tags=False)
    env = {"PATH": "/usr/bin:/bin", "CHECK_DATABASE_URL": pg_url, "CHECK_KEY": DEMO_APP_KEY,
           "CHECK_SECRET": DEMO_APP_SECRET, "CHECK_WRONG_SECRET": "not-the-secret"}

    def check(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "flowsync_dagster.cli.config", "check",
                               "--file", str(path), "--timeout", "3", *args], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)

    everyone = check()
    assert everyone.returncode == 1, everyone.stdout + everyone.stderr
    report = everyone.stdout
    good, refused, down = report.split("school ")[1:]
    assert good.startswith("good: ok") and "answering" in good and ": accepted" in good
    assert "source_config sets sync.tags" in good and "sync.tags=False (source_config" in good
    assert refused.startswith("refused: FAILED") and "were refused" in refused
    assert down.startswith("down: FAILED") and "not answering" in down
    assert DEMO_APP_SECRET not in report and "not-the-secret" not in report
    only_good = check("--school", "good")
    assert only_good.returncode == 0, only_good.stdout
    # nothing was synced, nor created where nothing was
    assert one(pg_url, f"{schema_name}_good", "SELECT count(*) FROM {app_user}") == 0
    assert one(pg_url, schema_name, "SELECT count(*) FROM information_schema.schemata WHERE "
                                    f"schema_name = '{schema_name}_refused'") == 0
