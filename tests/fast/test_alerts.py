"""Alerts (flowsync_dagster/defs/alerts.py), the pure parts and the sensors on
runs of an in-memory Dagster instance: which kind a failed step is (the kind
its ``Failure`` carries, never its text), which sensor a run belongs to, what
each body looks like. The failures are made by the project's own code wherever
it can make them (``sync/failures.py``), so that a failure that stops naming
its kind fails here rather than silently becoming "other"."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from dagster import (
    DagsterEventType,
    DagsterInstance,
    DefaultSensorStatus,
    ExecuteInProcessResult,
    Failure,
    RetryPolicy,
    asset,
    build_run_status_sensor_context,
    materialize,
)
from sqlalchemy.exc import OperationalError

from flowsync_dagster.defs import alerts
from flowsync_dagster.defs.alerts import (
    ALERT_SENSORS,
    WECOM_MAX_BYTES,
    AlertKind,
    FailedRun,
    StepFailure,
    build_alert,
    choose_format,
    deliver,
    failure_kind,
    format_body,
    generic_body,
    run_link,
    step_failure,
)
from flowsync_dagster.officeflow.client import OfficeflowRefused, OfficeflowUnavailable
from flowsync_dagster.settings.load import SettingsError
from flowsync_dagster.store.database import StoreError
from flowsync_dagster.store.failure_kind import FailureFacts, FailureKind
from flowsync_dagster.store.merge import MassRemovalRefused
from flowsync_dagster.sync.failures import BlockingCheckFailed, permanent_failure, store_failure

RUN_ID = "4f0c2a5e-1b2c-4d5e-8f90-123456789abc"
PARTITION = "2026-11-27-08:00"

GUARD = permanent_failure(MassRemovalRefused("department", 12, 13, "92.3% > half of the table"))
BLOCKING = permanent_failure(BlockingCheckFailed(
    "user_attribute: blocking check failed: user_attribute_columns_exist (1 rows, e.g. "
    "student:grade); the step was rolled back, the store is as it was before it",
    checks=["user_attribute_columns_exist"], tables=["user_attribute"]))
SOURCE = permanent_failure(OfficeflowRefused("GET /api/v4/departments/root failed: platform "
                                             "error code 50010: 组织架构服务不可用", 200, 50010))
OUTAGE = permanent_failure(OfficeflowUnavailable("GET /api/v4/users: gave up after 3 attempts "
                                                 "in 9.1s; last error: HTTP 503"))
GUARD_LINE = GUARD.description or ""
# What the mass-removal guard says, raised by code that names no kind (the old
# text classification called it a guard).
GUARD_LOOKALIKE = ("department: refusing to deactivate 12 of 13 active rows (92.3% > half of "
                   "the table); nothing was written")


class _PsycopgLost(Exception):
    pass


_PsycopgLost.__name__ = "OperationalError"


def read_back(step: str, failure: Failure) -> StepFailure:
    """The failed step as a sensor reads it from the ``STEP_FAILURE`` event Dagster
    makes of ``failure`` (the event's fields it reads; the sensor tests below
    read real ones)."""
    user = SimpleNamespace(description=failure.description, metadata=failure.metadata)
    return step_failure(SimpleNamespace(step_key=step, step_failure_data=SimpleNamespace(
        user_failure_data=user, error=None)))


def run(*failures: tuple[str, Failure], tags: dict[str, str] | None = None,
        run_reason: str = "") -> FailedRun:
    return FailedRun(job="officeflow_sync", run_id=RUN_ID,
                     tags={"dagster/partition": PARTITION, **(tags or {})},
                     failures=tuple(read_back(s, f) for s, f in failures),
                     run_reason=run_reason)


class _Reworded(MassRemovalRefused):
    """The guard, its message reworded."""

    def __str__(self) -> str:
        return f"{self.table}: will not retire {self.deactivating} of {self.active} rows"


# Each kind, its line reworded so that no pattern of the old text
# classification matches it (and, for "other", so that one matches wrongly).
REWORDED: dict[str, tuple[Failure, FailureKind, AlertKind]] = {
    "guard": (permanent_failure(_Reworded("department", 12, 13, "92.3%")), FailureKind.GUARD,
              AlertKind.STORE_PROTECTED),
    "blocking_check": (permanent_failure(BlockingCheckFailed(
        "user_attribute: a check stopped the step", checks=["user_attribute_columns_exist"],
        tables=["user_attribute"])), FailureKind.BLOCKING_CHECK, AlertKind.STORE_PROTECTED),
    "source": (permanent_failure(OfficeflowUnavailable("Officeflow stayed down for 9.1s")),
               FailureKind.SOURCE, AlertKind.RUN_FAILED),
    "store": (permanent_failure(StoreError("users: the database kept the step waiting")),
              FailureKind.STORE, AlertKind.RUN_FAILED),
    "no kind": (Failure(description=GUARD_LOOKALIKE, allow_retries=False), FailureKind.OTHER,
                AlertKind.RUN_FAILED),
}


# ------------------------------------------------------------ the kinds


@pytest.mark.parametrize(("failure", "kind"), [
    (GUARD, FailureKind.GUARD),
    (permanent_failure(MassRemovalRefused("tag_group", 3, 3, "the source listed nothing: an "
                                          "outage, not a mass departure")), FailureKind.GUARD),
    (BLOCKING, FailureKind.BLOCKING_CHECK),
    (SOURCE, FailureKind.SOURCE),
    (OUTAGE, FailureKind.SOURCE),
    (permanent_failure(OfficeflowRefused("POST /api/v4/auth/token failed: the app key and "
                                         "secret were refused (HTTP 401 code 40102); check "
                                         "OFFICEFLOW_APP_KEY and OFFICEFLOW_APP_SECRET", 401,
                                         40102)), FailureKind.SOURCE),
    (store_failure(OperationalError("SELECT 1", None, _PsycopgLost("server closed the "
                                                                   "connection")),
                   ["app_user", "user_department"]), FailureKind.STORE),
    (store_failure(OperationalError("INSERT", None, ValueError("value too long")), ["post"]),
     FailureKind.STORE),
    (permanent_failure(StoreError("another writer held the store for more than 600s")),
     FailureKind.STORE),
    (permanent_failure(StoreError("app_user: another session held the table for more than 5 s "
                                  "(a long query or an open transaction reading it); the step "
                                  "was rolled back and the next run tries again")),
     FailureKind.STORE),
    (permanent_failure(StoreError("the store's layout is version 4, newer than this code's 3: "
                                  "upgrade flowsync_dagster")), FailureKind.STORE),
    (permanent_failure(SettingsError("OFFICEFLOW_APP_KEY is required when OFFICEFLOW_BASE_URL "
                                     "is set")), FailureKind.OTHER),
])
def test_each_failure_the_steps_make_carries_its_kind(failure: Failure,
                                                      kind: FailureKind) -> None:
    assert failure.description and "\n" not in failure.description
    assert read_back("step", failure).kind is kind


@pytest.mark.parametrize("name", list(REWORDED))
def test_a_reworded_failure_still_routes_by_its_kind(name: str) -> None:
    failure, kind, alert = REWORDED[name]
    failed = read_back("department", failure)
    assert failed.kind is kind
    assert failure_kind(run(("department", failure))) is alert


def test_the_protections_actions_name_the_tables_and_checks_their_failures_carry() -> None:
    guard, check = (build_alert(run((step, REWORDED[name][0]))).actions
                    for step, name in (("department", "guard"),
                                       ("user_attribute", "blocking_check")))
    assert guard[0].startswith("department: the store refused to deactivate rows")
    assert check[0].startswith("user_attribute: look at user_attribute_columns_exist ")


def test_a_failure_that_names_no_kind_is_other_whatever_it_says() -> None:
    unknown = Failure(description=GUARD_LINE, metadata={"flowsync/failure_kind": "meteor"})
    crash = SimpleNamespace(step_key="users", step_failure_data=SimpleNamespace(
        user_failure_data=None, error=SimpleNamespace(cls_name="KeyError", cause=None,
                                                      context=None)))
    failures = [read_back("department", Failure(description=GUARD_LOOKALIKE)),
                read_back("department", unknown), step_failure(crash)]
    assert [f.kind for f in failures] == [FailureKind.OTHER] * 3
    assert failures[2].reason == "unexpected error (KeyError); the run's log has its message"
    alert = build_alert(FailedRun("officeflow_sync", RUN_ID, {}, tuple(failures)))
    assert alert.kind is AlertKind.RUN_FAILED
    assert alert.actions == ("Rerun, or let the next hour catch up; the run's log says more.",)


def test_a_run_in_which_the_store_protected_itself_is_the_second_sensors_alone() -> None:
    assert failure_kind(run(("department", GUARD))) is AlertKind.STORE_PROTECTED
    assert failure_kind(run(("user_attribute", BLOCKING))) is AlertKind.STORE_PROTECTED
    # one alert for a run that failed two ways, from the sensor that needs a person
    assert failure_kind(run(("users", SOURCE), ("department", GUARD))) \
        is AlertKind.STORE_PROTECTED
    assert failure_kind(run(("users", SOURCE), ("posts", OUTAGE))) is AlertKind.RUN_FAILED
    assert failure_kind(run(run_reason="flowsync: this run's process died")) \
        is AlertKind.RUN_FAILED


# ------------------------------------------------------------ the sensors on real runs


@pytest.fixture(scope="module")
def instance() -> Iterator[DagsterInstance]:
    with DagsterInstance.ephemeral() as ephemeral:
        yield ephemeral


def alerted(instance: DagsterInstance, failure: Failure, monkeypatch: pytest.MonkeyPatch,
            retry: RetryPolicy | None = None
            ) -> tuple[ExecuteInProcessResult, dict[str, alerts.Alert]]:
    """Run one asset that fails with ``failure``, evaluate both sensors on the
    failed run as the daemon does: the run, and the alert each delivered, by sensor."""

    @asset(name="department", retry_policy=retry)
    def failing() -> None:
        raise failure

    result = materialize([failing], instance=instance, raise_on_error=False)
    assert not result.success
    delivered: dict[str, alerts.Alert] = {}
    for sensor in ALERT_SENSORS:
        monkeypatch.setattr(alerts, "deliver", lambda alert, env, log, name=sensor.name:
                            delivered.setdefault(name, alert))
        sensor(build_run_status_sensor_context(
            sensor_name=sensor.name, dagster_instance=instance, dagster_run=result.dagster_run,
            dagster_event=result.get_run_failure_event()))
    return result, delivered


SENSOR = {AlertKind.STORE_PROTECTED: "flowsync_store_protected_alert",
          AlertKind.RUN_FAILED: "flowsync_run_failed_alert"}


@pytest.mark.parametrize("name", list(REWORDED))
def test_each_kind_reaches_its_sensor_from_a_real_failed_step(name, instance,
                                                             monkeypatch) -> None:
    failure, kind, alert_kind = REWORDED[name]
    _, delivered = alerted(instance, failure, monkeypatch)
    assert list(delivered) == [SENSOR[alert_kind]], "one alert, from its kind's sensor"
    [failed] = delivered[SENSOR[alert_kind]].failures
    assert (failed.step, failed.kind, failed.reason) == ("department", kind, failure.description)


def test_a_retried_failure_keeps_its_kind(instance, monkeypatch) -> None:
    """A lost connection is retried (``allow_retries``); the last attempt's
    failure still names its kind."""
    lost = Failure(description="department: the database went away",
                   metadata=FailureFacts(FailureKind.STORE, tables=("department",)).metadata())
    result, delivered = alerted(instance, lost, monkeypatch, RetryPolicy(max_retries=1))
    assert DagsterEventType.STEP_UP_FOR_RETRY in [e.event_type for e in result.all_events]
    [failed] = delivered["flowsync_run_failed_alert"].failures
    assert failed.kind is FailureKind.STORE


# ------------------------------------------------------------ the alert


def test_the_alert_says_where_why_and_what_to_do() -> None:
    alert = build_alert(run(("department", GUARD), ("user_attribute", BLOCKING),
                            ("users", SOURCE), ("posts", OUTAGE), tags={"flowsync/mode": "full"}),
                        "https://dagster.school.example/")
    assert alert.kind is AlertKind.STORE_PROTECTED
    assert alert.partition == PARTITION and alert.partition_range is None
    assert alert.mode == "full"
    assert [(f.step, f.kind) for f in alert.failures] == [
        ("department", FailureKind.GUARD), ("user_attribute", FailureKind.BLOCKING_CHECK),
        ("users", FailureKind.SOURCE), ("posts", FailureKind.SOURCE)]
    guard, check, source = alert.actions  # one per protection, one per other kind
    assert guard.startswith("department: ") and "flowsync/allow_mass_removal=true" in guard
    assert check.startswith("user_attribute: ") and "user_attribute_columns_exist" in check
    assert "next hour catches up" in source
    assert alert.run_url == f"https://dagster.school.example/runs/{RUN_ID}"


def test_a_range_an_unknown_mode_and_no_link() -> None:
    failed = FailedRun(job="__ASSET_JOB", run_id=RUN_ID, failures=(read_back("users", SOURCE),),
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
    assert failure.step == "(run)" and failure.kind is FailureKind.OTHER
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
        "failures": [{"step": "department", "kind": "guard", "reason": GUARD_LINE}],
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
    assert f"> **department** (guard): {GUARD_LINE}" in content
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
    long = permanent_failure(OfficeflowRefused("GET /api/v4/departments failed: platform error "
                                               "code 50010: " + "组织架构服务不可用" * 80, 200,
                                               50010))
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
    assert GUARD_LINE in record.getMessage()


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
