"""Many schools on one deployment: two simulated schools of different sizes and
timezones, synced side by side into one PostgreSQL store database, on
Dagster's PostgreSQL instance (deploy/dagster.yaml), each run a
``dagster job execute`` of its school's code location
(``flowsync_dagster.defs.schools:<code>``). One school's source fails while its
run holds that school's pool; the other school's run neither waits for it
nor fails with it. A third school of the same file has broken settings: its
location does not load, and nobody else minds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
import yaml
from dagster import DagsterEventType, DagsterInstance

from flowsync_dagster.simulator import DEMO_APP_KEY, DEMO_APP_SECRET, start_simulator
from tests.conftest import PG_HOST, PG_PORT, PG_USER, _admin_conninfo
from tests.helpers import one, rows

ROOT = Path(__file__).resolve().parents[1]
DAGSTER = str(Path(sys.executable).with_name("dagster"))
# the same instant, 2026-11-27T00:00Z, as each school's own hour
PARTITIONS = {"north": "2026-11-27-08:00", "south": "2026-11-26-19:00"}
SIZES = {"north": 1200, "south": 300}


@pytest.fixture
def deployment(tmp_path, pg_url):
    servers = {code: start_simulator(users=users, seed=n + 1)
               for n, (code, users) in enumerate(SIZES.items())}
    suffix = uuid.uuid4().hex[:6]
    schemas = {code: f"{code}_{suffix}" for code in (*SIZES, "broken")}
    settings = {
        "defaults": {"store": {"database_url": {"env": "FLOWSYNC_DATABASE_URL"}},
                     "officeflow": {"app_key": {"env": "SCHOOLS_APP_KEY"},
                                    "app_secret": {"env": "SCHOOLS_APP_SECRET"}}},
        "schools": [
            {"code": "north", "officeflow": {"base_url": servers["north"].base_url},
             "store": {"schema": schemas["north"]},
             "partitions": {"timezone": "Asia/Shanghai"}},
            {"code": "south", "officeflow": {"base_url": servers["south"].base_url},
             "store": {"schema": schemas["south"]},
             "partitions": {"timezone": "America/New_York"}},
            {"code": "broken", "sync": {"posts": "maybe"}},
        ]}
    (tmp_path / "flowsync.yaml").write_text(yaml.safe_dump(settings))
    dagster_db = f"dagster_{suffix}"
    with psycopg.connect(_admin_conninfo(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dagster_db}"')
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "deploy" / "dagster.yaml").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    env.update(DAGSTER_HOME=str(home), FLOWSYNC_CONFIG=str(tmp_path / "flowsync.yaml"),
               FLOWSYNC_DATABASE_URL=pg_url, SCHOOLS_APP_KEY=DEMO_APP_KEY,
               SCHOOLS_APP_SECRET=DEMO_APP_SECRET, DAGSTER_PG_HOST=PG_HOST,
               DAGSTER_PG_PORT=PG_PORT, DAGSTER_PG_USERNAME=PG_USER, DAGSTER_PG_PASSWORD="",
               DAGSTER_PG_DB=dagster_db)
    # Dagster's tables, made once before two processes would race to make them
    subprocess.run([DAGSTER, "instance", "migrate"], env=env, cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    yield env, servers, schemas
    for server in servers.values():
        server.stop()
    with psycopg.connect(_admin_conninfo(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{dagster_db}" WITH (FORCE)')


def resync(env: dict[str, str], code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [DAGSTER, "job", "execute", "-m", "flowsync_dagster.defs.schools", "-a", code, "-j",
         "officeflow_full_resync", "--tags", json.dumps({"dagster/partition": PARTITIONS[code]})],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def steps_of(instance: DagsterInstance, run_id: str) -> dict[str, tuple[float, float]]:
    starts, ends = {}, {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or not event.step_key:
            continue
        if event.event_type == DagsterEventType.STEP_START:
            starts[event.step_key] = entry.timestamp
        elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
            ends[event.step_key] = entry.timestamp
    return {k: (starts[k], ends.get(k, float("inf"))) for k in starts}


def test_two_schools_sync_side_by_side_and_one_failing_stops_neither_the_other(
        deployment, pg_url, monkeypatch):
    env, servers, schemas = deployment
    # north's tree walk answers after 8 s (its department step holds north's
    # pool meanwhile), then its users listing fails for good
    servers["north"].sim.faults.set([
        {"kind": "timeout", "path": "/departments/root", "times": 1, "delay": 8},
        {"kind": "platform_error", "path": "/users", "times": -1}])
    runs = {code: resync(env, code) for code in ("north", "south")}
    outputs = {code: run.communicate(timeout=300)[0] for code, run in runs.items()}
    assert runs["south"].returncode == 0, outputs["south"][-3000:]
    assert runs["north"].returncode != 0, outputs["north"][-3000:]
    assert "50001" in outputs["north"]  # the platform error, named

    for key, value in env.items():
        if key.startswith(("DAGSTER_PG_", "DAGSTER_HOME")):
            monkeypatch.setenv(key, value)
    with DagsterInstance.get() as instance:
        records = {r.dagster_run.tags["dagster/partition"]: r.dagster_run
                   for r in instance.get_run_records()}
        north, south = records[PARTITIONS["north"]], records[PARTITIONS["south"]]
        assert (north.status.value, south.status.value) == ("FAILURE", "SUCCESS")
        north_steps, south_steps = steps_of(instance, north.run_id), steps_of(instance, south.run_id)
        # south's writing steps ran while north's department step held north's pool
        held = north_steps["department"]
        assert held[1] - held[0] >= 7
        assert any(held[0] < start and end < held[1] for start, end in south_steps.values()), \
            (held, south_steps)
        pools = {p.name for p in instance.event_log_storage.get_pool_limits()}
        assert {"flowsync_store_north", "flowsync_store_south"} <= pools
        assert "flowsync_store" not in pools
        # each school's assets, under its code, on its own hour
        for code, run in (("north", north), ("south", south)):
            keys = {e.dagster_event.asset_key.to_user_string()
                    for e in instance.all_logs(run.run_id,
                                               of_type=DagsterEventType.ASSET_MATERIALIZATION)}
            assert keys and all(k.startswith(f"{code}/") for k in keys), keys
            assert run.tags["dagster/partition"] == PARTITIONS[code]

    # each school in its own schema: south whole, north's failed step wrote nothing
    listed = {u.get("id") for u in
              servers["south"].sim.dataset.user_listing(None, None).page(0, 10**7)}
    stored = {r[0] for r in rows(pg_url, schemas["south"], "SELECT id FROM {app_user}")}
    assert stored <= listed and len(stored) >= len(listed) - 10
    assert one(pg_url, schemas["north"], "SELECT count(*) FROM {app_user}") == 0
    assert one(pg_url, schemas["north"], "SELECT count(*) FROM {department}") > 0

    broken = subprocess.run([DAGSTER, "definitions", "validate", "-m",
                             "flowsync_dagster.defs.schools", "-a", "broken"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert broken.returncode != 0
    assert "schools[2].sync.posts: must be true or false, not 'maybe'" in \
        broken.stdout + broken.stderr
