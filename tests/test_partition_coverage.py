"""Partition health, and the asset page's latest materialization (issue 19,
item 2): a run marks the earlier hours it read materialized *before* its own
result, so the hours the store holds read materialized and the latest
materialization is still the run's, with its metadata and evaluated checks.

Real runs on a real Dagster instance. Partitions start on 2026-11-26 here so
that "every earlier hour" is hours, not a year.
"""

from __future__ import annotations

from dagster import AssetKey, DagsterEventType, DagsterInstance, ExecuteInProcessResult

from flowsync_dagster.defs.build import build_assets
from flowsync_dagster.sync import coverage
from tests.helpers import PARTITION, full, metadata, run_assets, settings

START = "2026-11-26-00:00"
USERS_HERE = 150  # the hours matter here, not the school's size
USERS = AssetKey("app_user")
TREE = AssetKey("department")


def hours(first: str, last: str) -> set[str]:
    """The partitions first...last, both included."""
    keys = build_assets(settings("sqlite://", partitions_start=START))[0] \
        .partitions_def.get_partition_keys()
    return set(keys[keys.index(first):keys.index(last) + 1])


def every_key() -> set[AssetKey]:
    return {k for a in build_assets(settings("sqlite://")) for k in a.keys}


def sync(simulator, pg_url: str, schema: str, instance: DagsterInstance, partition: str,
         **kwargs) -> ExecuteInProcessResult:
    result = run_assets(simulator.url, pg_url, schema, partition=partition, instance=instance,
                        settings_overrides={"partitions_start": START}, **kwargs)
    assert result.success
    return result


def assert_latest_is_the_runs_own(instance: DagsterInstance, result: ExecuteInProcessResult,
                                  asset: AssetKey, partition: str) -> None:
    """What the asset page shows: the latest materialization is the run's own
    result for its partition (its metadata, not a marked hour's), and the
    run's checks of the asset were evaluated against that materialization."""
    [latest] = instance.fetch_materializations(asset, limit=1).records
    event = latest.asset_materialization
    assert latest.run_id == result.run_id and event.partition == partition
    assert coverage.COVERED_BY not in event.metadata
    assert event.metadata["mode"].value == metadata(result, asset.path[-1])["mode"]
    assert event.metadata["dagster/row_count"].value > 0
    checks = [r.event_log_entry.dagster_event.event_specific_data for r in
              instance.get_records_for_run(
                  result.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION).records]
    checks = [c for c in checks if c.asset_key == asset]
    assert checks, f"no check of {asset} was evaluated"
    for check in checks:
        assert check.target_materialization_data is not None
        assert check.target_materialization_data.storage_id == latest.storage_id, \
            check.check_name


def test_a_full_resync_marks_the_hours_since_the_earliest_and_stays_the_latest(
        simulator, pg_url, schema_name, instance):
    simulator.reset(users=USERS_HERE)
    first = "2026-11-27-03:00"
    sync(simulator, pg_url, schema_name, instance, first, tags=full())
    # the instance's first materialization marks no hour before its own: a year
    # of them would cost ~30 minutes of event writes
    for key in every_key():
        assert instance.get_materialized_partitions(key) == {first}, key

    result = sync(simulator, pg_url, schema_name, instance, PARTITION, tags=full())
    for key in every_key():
        assert instance.get_materialized_partitions(key) == hours(first, PARTITION), key
    marked = [r.asset_materialization for r in
              instance.fetch_materializations(USERS, limit=10).records
              if r.run_id == result.run_id and r.asset_materialization.partition != PARTITION]
    assert {e.partition for e in marked} == hours(first, PARTITION) - {first, PARTITION}
    for event in marked:
        assert event.metadata[coverage.COVERED_BY].value == result.run_id
        # the page's row count, whichever hour it shows, is the table's
        assert event.metadata["dagster/row_count"].value == \
            metadata(result, "app_user")["dagster/row_count"]
    for asset in (USERS, AssetKey("process_instance"), TREE):
        assert_latest_is_the_runs_own(instance, result, asset, PARTITION)


def test_hourly_runs_mark_the_hours_they_read_and_no_more(
        simulator, pg_url, schema_name, instance):
    simulator.reset(users=USERS_HERE)
    later = "2026-11-27-13:00"  # 09:00-12:00 never ran
    # the store's first read (whole, covering up to 08:00), by a run on another
    # instance: the hours this test counts are those of the runs below
    assert run_assets(simulator.url, pg_url, schema_name, partition="2026-11-27-07:00",
                      settings_overrides={"partitions_start": START}).success
    sync(simulator, pg_url, schema_name, instance, PARTITION)
    # 08:00 read three hours of look-back, but it is the instance's first: only 08:00
    assert instance.get_materialized_partitions(USERS) == {PARTITION}
    result = sync(simulator, pg_url, schema_name, instance, later)
    # 13:00 caught up from where 08:00's read ended: 09:00-12:00 are held
    assert instance.get_materialized_partitions(USERS) == hours(PARTITION, later)
    # the tree is read whole by every run: the same hours, no earlier one
    assert instance.get_materialized_partitions(TREE) == hours(PARTITION, later)
    assert_latest_is_the_runs_own(instance, result, USERS, later)
    said = [e.user_message for e in instance.all_logs(result.run_id)
            if "earlier hour(s) this run read" in e.user_message]
    assert any(m.startswith("app_user: 4 earlier hour(s)") and
               "2026-11-27-09:00...2026-11-27-12:00" in m for m in said), said
