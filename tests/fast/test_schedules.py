"""The schedules' own logic, evaluated as the daemon evaluates a tick: which
partition each tick runs, its run key, and the tags that make the nightly run
a full resync. No daemon, no database."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from dagster import RunRequest, SkipReason, build_schedule_context

from flowsync_dagster.defs.build import build_definitions
from flowsync_dagster.settings.load import Settings

SHANGHAI = ZoneInfo("Asia/Shanghai")


def settings(**overrides: object) -> Settings:
    values: dict[str, object] = dict(
        officeflow_base_url="http://officeflow.example", database_url="sqlite:///x.db",
        schema="flowsync", timezone="Asia/Shanghai", partitions_start="2026-01-01-00:00",
        sync_departments=True, sync_posts=True, sync_tags=True)
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def tick(name: str, at: datetime, **overrides: object) -> list[RunRequest] | SkipReason:
    defs = build_definitions(settings(**overrides))
    schedule = defs.resolve_schedule_def(name)
    with build_schedule_context(repository_def=defs.get_repository_def(),
                                scheduled_execution_time=at) as context:
        result = schedule.evaluate_tick(context)
    if result.skip_message:
        return SkipReason(result.skip_message)
    return list(result.run_requests or [])


@pytest.mark.parametrize(("at", "partition"), [
    (datetime(2026, 11, 27, 9, 5, tzinfo=SHANGHAI), "2026-11-27-08:00"),
    (datetime(2026, 11, 28, 0, 5, tzinfo=SHANGHAI), "2026-11-27-23:00"),  # across midnight
    (datetime(2026, 3, 1, 0, 5, tzinfo=SHANGHAI), "2026-02-28-23:00"),  # across a month
])
def test_the_hourly_tick_runs_the_hour_that_just_ended(at, partition):
    requests = tick("officeflow_sync_hourly", at)
    assert isinstance(requests, list) and len(requests) == 1
    request = requests[0]
    assert request.partition_key == partition
    assert request.run_key == partition  # one run per hour, however often the tick repeats
    assert request.tags.get("flowsync/mode") is None  # an incremental hour


def test_the_hourly_tick_follows_the_partitions_timezone():
    at = datetime(2026, 11, 27, 9, 5, tzinfo=ZoneInfo("UTC"))
    requests = tick("officeflow_sync_hourly", at, timezone="UTC")
    assert isinstance(requests, list) and requests[0].partition_key == "2026-11-27-08:00"


def test_the_nightly_tick_is_a_full_resync_of_the_last_complete_hour():
    at = datetime(2026, 11, 28, 2, 30, tzinfo=SHANGHAI)
    requests = tick("officeflow_full_resync_nightly", at)
    assert isinstance(requests, list) and len(requests) == 1
    request = requests[0]
    assert request.partition_key == "2026-11-28-01:00"
    assert request.run_key == "full-2026-11-28-01:00"
    defs = build_definitions(settings())
    tags = defs.resolve_job_def("officeflow_full_resync").run_tags
    assert tags["flowsync/mode"] == "full"  # the job's runs are full resyncs
    assert int(tags["dagster/max_runtime"]) > 0  # a run whose worker died is failed in time


def test_no_tick_before_the_first_partition_is_complete():
    at = datetime(2026, 1, 1, 0, 30, tzinfo=SHANGHAI)
    assert isinstance(tick("officeflow_full_resync_nightly", at), SkipReason)


def test_both_schedules_run_by_default_at_their_times():
    defs = build_definitions(settings())
    hourly = defs.resolve_schedule_def("officeflow_sync_hourly")
    nightly = defs.resolve_schedule_def("officeflow_full_resync_nightly")
    assert hourly.cron_schedule == "5 * * * *" and nightly.cron_schedule == "30 2 * * *"
    assert hourly.execution_timezone == nightly.execution_timezone == "Asia/Shanghai"
    assert hourly.default_status.value == nightly.default_status.value == "RUNNING"
    assert hourly.job_name == "officeflow_sync" and nightly.job_name == "officeflow_full_resync"
