"""The zero-setup default (no OFFICEFLOW_BASE_URL) follows the wall clock: the
hourly schedule finds an hour of changes to write every hour.

Real Dagster runs of every asset against ``OfficeflowResource()``'s bundled
simulator, into a SQLite store, with the wall clock injected
(``simulator_now``): the runs the schedule launches at :05 after each hour.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from dagster import materialize

from flowsync_dagster.defs.build import build_assets
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.simulator import ANCHOR_FILE_NAME
from tests.helpers import resources, rows, settings

STARTED = datetime(2026, 6, 15, 10, 21, tzinfo=UTC)  # `dagster dev`, on a fresh DAGSTER_HOME
CHANGES = ("inserted", "updated", "reactivated", "removed", "deactivated")


def utc(value: Any) -> datetime:
    """A stored timestamp (SQLite keeps UTC without its offset)."""
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def hourly_run(store_url: str, now: datetime, partition: str) -> dict[str, int]:
    """The schedule's run at ``now`` for ``partition``: what it wrote, summed."""
    chosen = settings(store_url)
    result = materialize(
        build_assets(chosen), partition_key=partition,
        resources=resources("", store_url, "flowsync", chosen, simulator_now=now.isoformat()),
        raise_on_error=False)
    assert result.success, f"the run at {now.isoformat()} failed"
    written = dict.fromkeys(CHANGES, 0)
    for event in result.get_asset_materialization_events():
        meta: dict[str, Any] = {k: getattr(v, "value", v)
                                for k, v in event.materialization.metadata.items()}
        for key in CHANGES:
            written[key] += int(meta.get(key) or 0)
    return written


def test_each_hourly_run_on_the_bundled_default_writes_the_hour_that_just_ended(
        sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    # at 11:05 UTC the schedule runs the hour [10:00, 11:00) UTC: 18:00 in Asia/Shanghai
    first = hourly_run(sqlite_url, STARTED + timedelta(minutes=44), "2026-06-15-18:00")
    # the first run anchored the demo beside the default store, a day back
    assert (tmp_path / ANCHOR_FILE_NAME).exists()
    assert first["inserted"] > 0
    second = hourly_run(sqlite_url, STARTED + timedelta(hours=1, minutes=44), "2026-06-15-19:00")
    assert second["inserted"] + second["updated"] + second["removed"] > 0, second
    # changes, not merely base records that fall in the window (a fixed clock
    # serves a year of those, and no updates)
    assert second["updated"] > 0, second
    # it wrote the users of the hour [11:00, 12:00) UTC, and nothing stamped later
    stamps = [utc(row[0]) for row in rows(sqlite_url, "flowsync",
                                           "SELECT source_updated_at FROM {app_user}")]
    hour = STARTED.replace(minute=0) + timedelta(hours=1)
    assert sum(hour <= stamp for stamp in stamps) >= 3
    assert max(stamps) < hour + timedelta(hours=1)
    # a run later in the same hour reads the same source: nothing to write
    again = hourly_run(sqlite_url, STARTED + timedelta(hours=1, minutes=50), "2026-06-15-19:00")
    assert again == dict.fromkeys(CHANGES, 0), again


def test_the_wall_clock_is_injected_with_an_offset():
    with pytest.raises(ValueError, match="simulator_now needs an offset"):
        OfficeflowResource(simulator_now="2026-06-15T10:21:00")
    with pytest.raises(ValueError):
        OfficeflowResource(simulator_now="at eleven")
