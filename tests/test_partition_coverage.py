"""Partition health after a full resync and after a look-back (issue: what the
UI shows after a full resync is true).

Real runs on a real Dagster instance, then the ``flowsync_partition_coverage``
sensor evaluated against that instance, its events reported the way the daemon
reports them. Partitions start on 2026-11-26 here so that "every earlier hour"
is 32 hours, not a year.
"""

from __future__ import annotations

from typing import Any

from dagster import AssetKey, DagsterInstance, build_sensor_context

from flowsync_dagster.defs import coverage
from flowsync_dagster.defs.build import build_assets
from tests.helpers import PARTITION, full, metadata, run_assets, settings

START = "2026-11-26-00:00"
USERS_HERE = 150  # the hours matter here, not the school's size
USERS = AssetKey("app_user")
TREE = AssetKey("department")


def coverage_sensor(pg_url: str, schema: str) -> Any:
    assets = build_assets(settings(pg_url, schema, partitions_start=START))
    return coverage.build_coverage_sensor(
        {key: a.partitions_def for a in assets for key in a.keys})


def tick(sensor: Any, instance: DagsterInstance, cursor: str | None) -> tuple[int, str | None]:
    """One evaluation, its events reported as the daemon reports them."""
    result = sensor(build_sensor_context(instance=instance, cursor=cursor))
    for event in result.asset_events:
        instance.report_runless_asset_event(event)
    return len(result.asset_events), result.cursor


def settle(sensor: Any, instance: DagsterInstance) -> int:
    cursor, total = None, 0
    for _ in range(50):
        written, cursor = tick(sensor, instance, cursor)
        total += written
        if not written:
            return total
    raise AssertionError("the coverage sensor never settled")


def hours_before(key: str) -> list[str]:
    keys = build_assets(settings("sqlite://", partitions_start=START))[0] \
        .partitions_def.get_partition_keys()
    return keys[:keys.index(key)]


def test_after_a_full_resync_every_earlier_hour_reads_materialized(
        simulator, pg_url, schema_name, instance):
    simulator.reset(users=USERS_HERE)
    result = run_assets(simulator.url, pg_url, schema_name, tags=full(), instance=instance,
                        settings_overrides={"partitions_start": START})
    assert result.success
    assert instance.get_materialized_partitions(USERS) == {PARTITION}  # what Dagster records

    sensor = coverage_sensor(pg_url, schema_name)
    written = settle(sensor, instance)

    earlier = hours_before(PARTITION)
    keys = {k for a in build_assets(settings(pg_url, schema_name)) for k in a.keys}
    assert written == len(keys) * len(earlier)
    for key in keys:
        assert instance.get_materialized_partitions(key) == {PARTITION, *earlier}, key
    event = instance.get_latest_materialization_event(USERS).asset_materialization
    assert event.metadata[coverage.COVERED_BY].value == result.run_id
    # the asset page's row count is still the table's
    assert event.metadata["dagster/row_count"].value == \
        metadata(result, "app_user")["dagster/row_count"] > 0
    assert settle(sensor, instance) == 0  # a run already filled is not filled again


def test_hourly_runs_fill_the_hours_they_read_and_no_more(
        simulator, pg_url, schema_name, instance):
    simulator.reset(users=USERS_HERE)
    later = "2026-11-27-13:00"  # 09:00-12:00 never ran
    # the store's first read (whole, covering up to 08:00), by a run on another
    # instance: the hours this test counts are those of the two runs below
    assert run_assets(simulator.url, pg_url, schema_name, partition="2026-11-27-07:00",
                      settings_overrides={"partitions_start": START}).success
    for key in (PARTITION, later):
        assert run_assets(simulator.url, pg_url, schema_name, partition=key, instance=instance,
                          settings_overrides={"partitions_start": START}).success
    settle(coverage_sensor(pg_url, schema_name), instance)

    # app_user is read in windows: 08:00's run read three hours of look-back
    # (05:00-07:00), 13:00's caught up from where 08:00's ended (09:00-12:00);
    # no run read 04:00 or earlier
    expected = {f"2026-11-27-{h:02d}:00" for h in range(5, 14)}
    assert instance.get_materialized_partitions(USERS) == expected
    # the department tree is read whole by every run: every hour up to 13:00 is held
    assert instance.get_materialized_partitions(TREE) == {*hours_before(later), later}


def test_a_long_fill_resumes_where_the_last_tick_stopped(
        simulator, pg_url, schema_name, instance, monkeypatch):
    simulator.reset(users=USERS_HERE)
    monkeypatch.setattr(coverage, "EVENTS_PER_TICK", 100)
    assert run_assets(simulator.url, pg_url, schema_name, tags=full(), instance=instance,
                      settings_overrides={"partitions_start": START}).success
    sensor = coverage_sensor(pg_url, schema_name)
    written, cursor = tick(sensor, instance, None)
    assert written == 100 and float(cursor) == 0  # the run is not done: the cursor stays before it
    keys = {k for a in build_assets(settings(pg_url, schema_name)) for k in a.keys}
    assert written + settle(sensor, instance) == len(keys) * len(hours_before(PARTITION))
