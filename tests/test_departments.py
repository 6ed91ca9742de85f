"""The department tree end to end: simulator over HTTP → Dagster run → PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests import helpers
from tests.helpers import check_results, full, metadata, rows, step_failure

run_assets = partial(helpers.run_assets, select=["department"])


@pytest.fixture(autouse=True)
def school(simulator):
    simulator.reset(users=2000)  # 20 departments, four levels, a revoked subtree


def departments(url, schema):
    return {r[0]: r[1:] for r in rows(
        url, schema, "SELECT id, parent_id, path, depth, is_active, status, removed_at "
        "FROM {department} ORDER BY id")}


def quarantine(url, schema, open_only=True):
    where = "WHERE resolved_at IS NULL" if open_only else ""
    return {(r[0], r[1]): r[2:] for r in rows(
        url, schema, f"SELECT source_key, reason, payload, detail, run_id FROM {{sync_quarantine}} "
        f"{where} {'AND' if where else 'WHERE'} entity = 'department'")}


def test_full_resync_writes_the_tree(simulator, pg_url, schema_name):
    result = run_assets(simulator.url, pg_url, schema_name, tags=full())
    assert result.success
    tree = departments(pg_url, schema_name)
    ds = simulator.dataset
    assert tree["1"][:3] == (None, "1", 0)
    assert tree["D00013"][1:3] == ("1/D00001/D00004/D00013", 3)
    # a revoked department and everything under it: kept, inactive
    assert tree["D00005"][3:5] == (False, "revoked")
    assert tree["D00016"][1] == "1/D00001/D00005/D00016" and tree["D00016"][3] is False
    # a record's own parent_id wins over its lister
    assert tree["DM001"][:2] == ("D00001", "1/D00001/DM001")
    # reached twice, written once, under its real parent
    assert tree["D00011"][:2] == ("D00003", "1/D00003/D00011")
    # the planted bad cases are not written
    assert not {"DC001", "DC002", "DO001", "DX001"} & set(tree)
    assert len(tree) == ds.n_departments + 2  # + DM001 and this hour's DN0001
    cases = quarantine(pg_url, schema_name)
    assert {k for k in cases if k[1] != "invalid_record"} == {
        ("DC001", "department_cycle"), ("DC002", "department_cycle"),
        ("DO001", "department_orphan")}
    invalid = [k for k in cases if k[1] == "invalid_record"]
    assert len(invalid) == 2 and ("DX001", "invalid_record") in cases
    assert '"updated_at":"last tuesday"' in cases[("DX001", "invalid_record")][0]
    assert all(v[2] == result.run_id for v in cases.values())

    meta = metadata(result, "department")
    assert meta["mode"] == "full" and meta["inserted"] == len(tree)
    assert meta["quarantined"] == 5 and meta["reached_twice"] == 1
    assert meta["lister_mismatch"] == 1 and meta["dagster/row_count"] == len(tree)
    assert "| id | name | path |" in meta["preview"]
    checks = check_results(result)
    assert not checks["department_no_cycles"].passed
    assert checks["department_no_cycles"].severity.value == "WARN"
    assert checks["department_no_cycles"].metadata["source_keys"].value == "DC001, DC002"
    assert not checks["department_no_orphans"].passed
    assert not checks["department_records_valid"].passed
    assert checks["department_tree_consistent"].passed


def test_a_second_identical_run_changes_nothing(simulator, pg_url, schema_name):
    assert run_assets(simulator.url, pg_url, schema_name, tags=full()).success
    before = departments(pg_url, schema_name)
    cases = quarantine(pg_url, schema_name, open_only=False)
    again = run_assets(simulator.url, pg_url, schema_name, tags=full())
    meta = metadata(again, "department")
    assert (meta["inserted"], meta["updated"], meta["removed"], meta["reactivated"]) == (0, 0, 0, 0)
    assert meta["quarantined_new"] == 0 and meta["quarantine_resolved"] == 0
    assert departments(pg_url, schema_name) == before
    assert set(quarantine(pg_url, schema_name, open_only=False)) == set(cases)


def test_hourly_runs_follow_the_source(simulator, pg_url, schema_name):
    assert run_assets(simulator.url, pg_url, schema_name, tags=full()).success
    simulator.epoch(2)
    hour = run_assets(simulator.url, pg_url, schema_name, partition="2026-11-27-09:00")
    meta = metadata(hour, "department")
    assert meta["mode"] == "incremental" and meta["partition_start_utc"].startswith("2026-11-27T01:00")
    assert meta["window_start_utc"].startswith("2026-11-26T22:00")  # the 3 h look-back
    assert meta["inserted"] == 1 and meta["updated"] == 1  # DN0002 created, one renamed
    simulator.epoch(3)  # DN0001 is hard-deleted: the tree is always read whole
    hour = run_assets(simulator.url, pg_url, schema_name, partition="2026-11-27-10:00")
    assert metadata(hour, "department")["removed"] == 1
    tree = departments(pg_url, schema_name)
    assert tree["DN0001"][3] is False and tree["DN0001"][5] is not None


def test_an_empty_tree_trips_the_guard_and_writes_nothing(simulator, pg_url, schema_name):
    simulator.reset(users=10_000)  # 100 departments: enough to be more than 50
    assert run_assets(simulator.url, pg_url, schema_name, tags=full()).success
    before = departments(pg_url, schema_name)
    simulator.faults({"kind": "empty", "path": "/departments", "times": -1})
    refused = run_assets(simulator.url, pg_url, schema_name, tags=full())
    assert not refused.success
    message = step_failure(refused)
    assert "department: refusing to deactivate" in message and "allow_mass_removal" in message
    assert departments(pg_url, schema_name) == before
    # the operator says the source really lost them: one run may do it
    allowed = run_assets(simulator.url, pg_url, schema_name,
                         tags=full(**{"flowsync/allow_mass_removal": "true"}))
    assert allowed.success
    assert sum(1 for v in departments(pg_url, schema_name).values() if v[3]) == 1  # the root


def test_run_config_can_allow_a_mass_removal(simulator, pg_url, schema_name):
    simulator.reset(users=10_000)
    assert run_assets(simulator.url, pg_url, schema_name, tags=full()).success
    simulator.faults({"kind": "empty", "path": "/departments", "times": -1})
    allowed = run_assets(simulator.url, pg_url, schema_name, tags=full(), run_config={
        "ops": {"department": {"config": {"allow_mass_removal": True}}}})
    assert allowed.success and metadata(allowed, "department")["removed"] > 50


def test_an_outage_mid_walk_commits_nothing(simulator, pg_url, schema_name):
    assert run_assets(simulator.url, pg_url, schema_name, tags=full()).success
    before = departments(pg_url, schema_name)
    simulator.epoch(2)
    simulator.faults({"kind": "server_error", "status": 503, "path": "/departments",
                      "after": 3, "times": -1})
    failed = run_assets(simulator.url, pg_url, schema_name, tags=full(),
                        officeflow={"max_retries": 2, "max_retry_seconds": 2})
    assert not failed.success
    assert "GET /api/v4/departments: gave up after 3 attempts" in step_failure(failed)
    assert departments(pg_url, schema_name) == before


def test_a_platform_error_fails_the_step_without_retry(simulator, pg_url, schema_name):
    simulator.faults({"kind": "platform_error", "path": "/departments/root", "code": 50010,
                      "message": "组织架构服务不可用", "times": -1})
    failed = run_assets(simulator.url, pg_url, schema_name, tags=full())
    assert not failed.success
    assert ("GET /api/v4/departments/root failed: platform error code 50010: 组织架构服务不可用"
            in step_failure(failed))
    retries = [e for e in failed.all_events if e.event_type_value == "STEP_UP_FOR_RETRY"]
    assert retries == []


def test_transient_faults_during_the_walk_are_absorbed(simulator, pg_url, schema_name):
    simulator.faults({"kind": "rate_limit", "path": "/departments", "every": 3, "times": 4,
                      "retry_after": 0},
                     {"kind": "reset", "path": "/departments", "every": 5, "times": 2},
                     {"kind": "token_expired", "path": "/departments", "after": 6, "times": 1},
                     {"kind": "cursor_expired", "path": "/departments", "times": 1})
    result = run_assets(simulator.url, pg_url, schema_name, tags=full(),
                        officeflow={"page_size": 2})
    assert result.success
    meta = metadata(result, "department")
    assert meta["api_retries"] >= 6
    assert meta["inserted"] == simulator.dataset.n_departments + 2


def test_the_sqlite_default_store(simulator, sqlite_url):
    result = run_assets(simulator.url, sqlite_url, "flowsync", tags=full())
    assert result.success
    tree = departments(sqlite_url, "flowsync")
    assert tree["D00013"][1] == "1/D00001/D00004/D00013"
    assert tree["D00016"][3] in (0, False)
    assert metadata(run_assets(simulator.url, sqlite_url, "flowsync", tags=full()),
                    "department")["updated"] == 0


def test_switched_off_departments_are_skipped(simulator, pg_url, schema_name, instance):
    result = run_assets(simulator.url, pg_url, schema_name, tags=full(), instance=instance,
                        settings_overrides={"sync_departments": False})
    assert result.success
    assert result.get_asset_materialization_events() == []
    logs = " ".join(entry.user_message for entry in instance.all_logs(result.run_id))
    assert "FLOWSYNC_SYNC_DEPARTMENTS=false" in logs


@pytest.mark.parametrize(("tags", "partition", "mode"), [
    ({}, "2026-11-27-08:00", "incremental"),
    ({"flowsync/mode": "full"}, "2026-11-27-08:00", "full"),
    ({}, "2026-01-01-00:00", "full"),  # the first partition: a full resync
])
def test_the_window_follows_partition_and_tags(simulator, pg_url, schema_name, tags, partition,
                                               mode):
    if mode == "incremental":  # an hour reads its window once a full resync is in the store
        assert run_assets(simulator.url, pg_url, schema_name, tags=full(), partition=partition,
                          select=["department", "app_user", "user_department"]).success
    result = run_assets(simulator.url, pg_url, schema_name, tags=tags, partition=partition,
                        select=["department", "app_user", "user_department"])
    meta = metadata(result, "department")
    assert meta["mode"] == mode
    users = metadata(result, "app_user")
    # the tree has no window: every run reads it whole, and the ledger says so
    assert meta["listing"].startswith("complete")
    assert len(departments(pg_url, schema_name)) == simulator.dataset.n_departments + 2
    ledger = dict(rows(pg_url, schema_name, "SELECT asset, mode FROM {sync_run} WHERE run_id = "
                       f"'{result.run_id}'"))
    assert ledger["department"] == "full" and ledger["app_user"] == mode
    listed = simulator.dataset.user_listing(None, None).page(0, 10**6)
    if mode == "full":  # every user the source lists
        assert "window_start_utc" not in users
        assert users["inserted"] == sum(1 for u in listed if u.get("status") != "deleted"
                                        and "UX" not in u.get("id", "UX"))
    else:  # the hour and its look-back: epoch 1's changes, not the year before
        assert users["window_start_utc"] == "2026-11-26T21:00:00+00:00"
        assert users["window_end_utc"] == "2026-11-27T01:00:00+00:00"
        since, before = (int(datetime.fromisoformat(users[k]).timestamp())
                         for k in ("window_start_utc", "window_end_utc"))
        in_window = simulator.dataset.user_listing(since, before).page(0, 10**6)
        assert users["source_rows"] == len(in_window) < len(listed) / 10
