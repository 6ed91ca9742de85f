"""Alerts (flowsync_dagster/defs/alerts.py), the pure parts: how a failed step's line
is classified, which sensor a run belongs to, what each body looks like. The
failure lines are made by the project's own code wherever it can make them, so
that a changed message fails here rather than silently becoming "other"."""

from __future__ import annotations

import json
import logging

import pytest
from dagster import DefaultSensorStatus
from sqlalchemy.exc import OperationalError

from flowsync_dagster.defs import alerts
from flowsync_dagster.defs.alerts import (
    ALERT_SENSORS,
    WECOM_MAX_BYTES,
    AlertKind,
    FailedRun,
    ReasonKind,
    StepFailure,
    build_alert,
    choose_format,
    classify,
    deliver,
    failure_kind,
    format_body,
    generic_body,
    run_link,
)
from flowsync_dagster.officeflow.client import OfficeflowRefused, OfficeflowUnavailable
from flowsync_dagster.settings.load import SettingsError
from flowsync_dagster.store.database import StoreError
from flowsync_dagster.store.merge import MassRemovalRefused
from flowsync_dagster.sync.step import BlockingCheckFailed, permanent_failure, store_failure

RUN_ID = "4f0c2a5e-1b2c-4d5e-8f90-123456789abc"
PARTITION = "2026-11-27-08:00"


def line(exc: Exception) -> str:
    """The one line a step fails with (sync/step.py)."""
    return permanent_failure(exc).description or ""


GUARD = line(MassRemovalRefused("department", 12, 13, "92.3% > half of the table"))
BLOCKING = line(BlockingCheckFailed(
    "user_attribute: blocking check failed: user_attribute_columns_exist (1 rows, e.g. "
    "student:grade); the step was rolled back, the store is as it was before it"))
SOURCE = line(OfficeflowRefused("GET /api/v4/departments/root failed: platform error code "
                                "50010: 组织架构服务不可用", 200, 50010))
OUTAGE = line(OfficeflowUnavailable("GET /api/v4/users: gave up after 3 attempts in 9.1s; "
                                    "last error: HTTP 503"))


class _PsycopgLost(Exception):
    pass


_PsycopgLost.__name__ = "OperationalError"


def run(*failures: tuple[str, str], tags: dict[str, str] | None = None,
        run_reason: str = "") -> FailedRun:
    return FailedRun(job="officeflow_sync", run_id=RUN_ID,
                     tags={"dagster/partition": PARTITION, **(tags or {})},
                     failures=tuple(StepFailure(s, r) for s, r in failures),
                     run_reason=run_reason)


# ------------------------------------------------------------ classification


@pytest.mark.parametrize(("reason", "kind"), [
    (GUARD, ReasonKind.GUARD),
    (line(MassRemovalRefused("tag_group", 3, 3, "the source listed nothing: an outage, not a "
                                                "mass departure")), ReasonKind.GUARD),
    (BLOCKING, ReasonKind.BLOCKING_CHECK),
    (SOURCE, ReasonKind.SOURCE),
    (OUTAGE, ReasonKind.SOURCE),
    (line(OfficeflowRefused("POST /api/v4/auth/token failed: the app key and secret were "
                            "refused (HTTP 401 code 40102); check OFFICEFLOW_APP_KEY and "
                            "OFFICEFLOW_APP_SECRET", 401, 40102)), ReasonKind.SOURCE),
    (store_failure(OperationalError("SELECT 1", None, _PsycopgLost("server closed the "
                                                                   "connection")),
                   ["app_user", "user_department"]).description, ReasonKind.STORE),
    (store_failure(OperationalError("INSERT", None, ValueError("value too long")),
                   ["post"]).description, ReasonKind.STORE),
    (line(StoreError("another writer held the store for more than 600s")), ReasonKind.STORE),
    (line(StoreError("app_user: another session held the table for more than 5 s (a long "
                     "query or an open transaction reading it); the step was rolled back and "
                     "the next run tries again")), ReasonKind.STORE),
    (line(StoreError("the store's layout is version 4, newer than this code's 3: upgrade "
                     "flowsync_dagster")), ReasonKind.STORE),
    (line(SettingsError("OFFICEFLOW_APP_KEY is required when OFFICEFLOW_BASE_URL is set")),
     ReasonKind.OTHER),
    ("unexpected error (KeyError); the run's log has its message", ReasonKind.OTHER),
    ("", ReasonKind.OTHER),
])
def test_each_failure_line_is_classified(reason: str, kind: ReasonKind) -> None:
    assert "\n" not in reason
    assert classify(reason) is kind


def test_a_run_in_which_the_store_protected_itself_is_the_second_sensors_alone() -> None:
    assert failure_kind(run(("department", GUARD))) is AlertKind.STORE_PROTECTED
    assert failure_kind(run(("user_attribute", BLOCKING))) is AlertKind.STORE_PROTECTED
    # one alert for a run that failed two ways, from the sensor that needs a person
    assert failure_kind(run(("users", SOURCE), ("department", GUARD))) \
        is AlertKind.STORE_PROTECTED
    assert failure_kind(run(("users", SOURCE), ("posts", OUTAGE))) is AlertKind.RUN_FAILED
    assert failure_kind(run(run_reason="flowsync: this run's process died")) \
        is AlertKind.RUN_FAILED


# ------------------------------------------------------------ the alert


def test_the_alert_says_where_why_and_what_to_do() -> None:
    alert = build_alert(run(("department", GUARD), ("user_attribute", BLOCKING),
                            ("users", SOURCE), ("posts", OUTAGE), tags={"flowsync/mode": "full"}),
                        "https://dagster.school.example/")
    assert alert.kind is AlertKind.STORE_PROTECTED
    assert alert.partition == PARTITION and alert.partition_range is None
    assert alert.mode == "full"
    assert [(f.step, f.kind) for f in alert.failures] == [
        ("department", ReasonKind.GUARD), ("user_attribute", ReasonKind.BLOCKING_CHECK),
        ("users", ReasonKind.SOURCE), ("posts", ReasonKind.SOURCE)]
    guard, check, source = alert.actions  # one per protection, one per other kind
    assert guard.startswith("department: ") and "flowsync/allow_mass_removal=true" in guard
    assert check.startswith("user_attribute: ") and "user_attribute_columns_exist" in check
    assert "next hour catches up" in source
    assert alert.run_url == f"https://dagster.school.example/runs/{RUN_ID}"


def test_a_range_an_unknown_mode_and_no_link() -> None:
    failed = FailedRun(job="__ASSET_JOB", run_id=RUN_ID, failures=(StepFailure("users", SOURCE),),
                       tags={"dagster/asset_partition_range_start": "2026-11-27-01:00",
                             "dagster/asset_partition_range_end": "2026-11-27-08:00"})
    alert = build_alert(failed, None)
    assert alert.partition is None
    assert alert.partition_range == ("2026-11-27-01:00", "2026-11-27-08:00")
    assert alert.mode == "incremental" and alert.run_url is None
    assert alert.title == ("flowsync: a run failed: ad-hoc asset run, "
                           "2026-11-27-01:00...2026-11-27-08:00 (incremental)")
    assert generic_body(alert)["partition_range"] == {"start": "2026-11-27-01:00",
                                                      "end": "2026-11-27-08:00"}


def test_a_run_that_failed_outside_its_steps_says_the_runs_own_line() -> None:
    alert = build_alert(run(run_reason="flowsync: this run's process died (killed or "
                                       "crashed)\nmore"))
    [failure] = alert.failures
    assert failure.step == "(run)" and failure.kind is ReasonKind.OTHER
    assert failure.reason == "flowsync: this run's process died (killed or crashed)"
    assert alert.actions == ("Rerun, or let the next hour catch up; the run's log says more.",)


@pytest.mark.parametrize(("url", "link"), [
    ("http://127.0.0.1:3000", f"http://127.0.0.1:3000/runs/{RUN_ID}"),
    ("https://ops.school.example/dagster/", f"https://ops.school.example/dagster/runs/{RUN_ID}"),
    ("https://admin:pw@ops.school.example", f"https://ops.school.example/runs/{RUN_ID}"),
    ("", None), ("   ", None), ("ops.school.example", None),
])
def test_the_run_link(url: str, link: str | None) -> None:
    assert run_link(url, RUN_ID) == link


# ------------------------------------------------------------ the bodies


def protected() -> alerts.Alert:
    return build_alert(run(("department", GUARD), tags={"flowsync/mode": "full"}),
                       "https://dagster.school.example")


def test_the_generic_body() -> None:
    body = format_body(protected(), "generic")
    assert body == {
        "event": "store_protected",
        "title": f"flowsync: the store protected itself: officeflow_sync, {PARTITION} (full)",
        "job": "officeflow_sync",
        "run_id": RUN_ID,
        "partition": PARTITION,
        "partition_range": None,
        "mode": "full",
        "failures": [{"step": "department", "kind": "guard", "reason": GUARD}],
        "actions": ["department: the store refused to deactivate rows and wrote nothing. Check "
                    "the source first; if it really lost them, rerun this partition once with "
                    "the run tag flowsync/allow_mass_removal=true."],
        "run_url": f"https://dagster.school.example/runs/{RUN_ID}",
    }
    json.dumps(body)


def test_the_wecom_body() -> None:
    body = format_body(protected(), "wecom")
    assert list(body) == ["msgtype", "markdown"] and body["msgtype"] == "markdown"
    content = body["markdown"]["content"]
    assert list(body["markdown"]) == ["content"]
    assert content.splitlines()[0] == "### flowsync: the store protected itself"
    assert f"> **department** (guard): {GUARD}" in content
    assert "**What to do**: department: the store refused" in content
    assert content.endswith(f"[Open the run](https://dagster.school.example/runs/{RUN_ID})")


def test_the_dingtalk_body() -> None:
    body = format_body(protected(), "dingtalk")
    assert list(body) == ["msgtype", "markdown"] and body["msgtype"] == "markdown"
    assert body["markdown"]["title"] == protected().title
    text = body["markdown"]["text"]
    assert "flowsync" in text  # the robot's custom keyword
    assert "\n\n> **department** (guard): department: refusing to deactivate 12 of 13" in text
    assert text.endswith(f"[Open the run](https://dagster.school.example/runs/{RUN_ID})")


def test_the_slack_body() -> None:
    body = format_body(protected(), "slack")
    assert list(body) == ["text"]
    text = body["text"]
    assert text.startswith("*flowsync: the store protected itself*\n")
    assert "(92.3% &gt; half of the table)" in text  # Slack's escaping of < > &
    assert text.endswith(f"<https://dagster.school.example/runs/{RUN_ID}|Open the run>")


def test_a_long_alert_still_fits_a_wecom_message() -> None:
    long = "GET /api/v4/departments failed: platform error code 50010: " + "组织架构服务不可用" * 80
    alert = build_alert(run(*[(f"step{i}", long) for i in range(20)]))
    assert len(alert.failures[0].reason) == alerts.MAX_REASON_CHARS
    content = format_body(alert, "wecom")["markdown"]["content"]
    assert len(content.encode()) <= WECOM_MAX_BYTES
    slack = format_body(alert, "slack")["text"]
    assert "and 12 more failed step(s)" in slack


def test_no_tag_but_the_partition_and_mode_reaches_a_body() -> None:
    secret = {"flowsync/allow_mass_removal": "true", "team": "s3cret-value",
              "dagster/partition": PARTITION}
    alert = build_alert(run(("users", SOURCE), tags=secret))
    for fmt in alerts.FORMATS:
        assert "s3cret-value" not in json.dumps(format_body(alert, fmt), ensure_ascii=False)


@pytest.mark.parametrize(("url", "configured", "fmt"), [
    ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", None, "wecom"),
    ("https://oapi.dingtalk.com/robot/send?access_token=t", "", "dingtalk"),
    ("https://hooks.slack.com/services/T/B/X", None, "slack"),
    ("https://alerts.school.example/flowsync", None, "generic"),
    ("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "generic", "generic"),
    ("http://127.0.0.1:9000/hook", " DingTalk ", "dingtalk"),
])
def test_the_format_is_configured_or_guessed_from_the_host(url, configured, fmt) -> None:
    assert choose_format(url, configured) == (fmt, None)


def test_an_unknown_format_falls_back_to_the_guess_with_a_warning() -> None:
    fmt, warning = choose_format("https://oapi.dingtalk.com/robot/send?access_token=t", "feishu")
    assert fmt == "dingtalk"
    assert warning and "FLOWSYNC_ALERT_FORMAT='feishu'" in warning
    assert "access_token" not in warning


# ------------------------------------------------------------ delivery


def test_without_a_url_the_alert_is_logged_not_posted(caplog) -> None:
    log = logging.getLogger("test.alerts")
    with caplog.at_level(logging.INFO, logger="test.alerts"):
        assert deliver(protected(), {}, log) == "not_configured"
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "FLOWSYNC_ALERT_WEBHOOK_URL is not set" in record.getMessage()
    assert GUARD in record.getMessage()


def test_a_url_that_is_not_http_is_refused_and_logged(caplog) -> None:
    log = logging.getLogger("test.alerts")
    env = {"FLOWSYNC_ALERT_WEBHOOK_URL": "file:///etc/passwd"}
    with caplog.at_level(logging.INFO, logger="test.alerts"):
        assert deliver(protected(), env, log) == "failed"
    [record] = caplog.records
    assert record.levelno == logging.WARNING and "must be an http(s) URL" in record.getMessage()


def test_the_sensors() -> None:
    assert [s.name for s in ALERT_SENSORS] == ["flowsync_run_failed_alert",
                                               "flowsync_store_protected_alert"]
    for sensor in ALERT_SENSORS:
        assert sensor.default_status is DefaultSensorStatus.RUNNING
        assert sensor.sensor_type.value == "RUN_STATUS"
