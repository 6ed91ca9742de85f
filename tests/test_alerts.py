"""Alerts for failed runs (flowsync_dagster/defs/alerts.py), end to end: real failed
Dagster runs of the project's assets (PostgreSQL, the simulator over HTTP) on an
ephemeral instance, the alert sensors evaluated the way the daemon does, and a
webhook receiver on 127.0.0.1 started by the test recording what it was sent."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from dagster import (
    DagsterInstance,
    ExecuteInProcessResult,
    SensorDefinition,
    asset,
    build_run_status_sensor_context,
    build_sensor_context,
    materialize,
)

from flowsync_dagster.defs import alerts
from flowsync_dagster.defs.alerts import (
    ALERT_SENSORS,
    FORMAT_ENV,
    WEBHOOK_URL_ENV,
    WEBSERVER_URL_ENV,
    run_failed_alert,
    store_protected_alert,
)
from flowsync_dagster.simulator import DEMO_APP_SECRET
from tests.helpers import PARTITION, full, run_assets

WEBSERVER = "http://dagster.school.example:3000"


# ------------------------------------------------------------ the receiver


@dataclass
class Receiver:
    """A webhook on 127.0.0.1 that records every body posted to it."""

    status: int = 200
    answer: bytes = b'{"errcode": 0, "errmsg": "ok"}'
    delay: float = 0.0
    bodies: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    got = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            got.bodies.append(json.loads(self.rfile.read(length)))
            got.headers.append(dict(self.headers))
            if got.delay:
                time.sleep(got.delay)
            self.send_response(got.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(got.answer)))
            self.end_headers()
            self.wfile.write(got.answer)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    got.url = f"http://127.0.0.1:{server.server_address[1]}/robot/send?key=s3cret-robot-key"
    try:
        yield got
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def webhook(receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> Receiver:
    """The alert environment pointing at the receiver, generic format, UI link on."""
    monkeypatch.setenv(WEBHOOK_URL_ENV, receiver.url)
    monkeypatch.delenv(FORMAT_ENV, raising=False)
    monkeypatch.setenv(WEBSERVER_URL_ENV, WEBSERVER)
    return receiver


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def at(self, level: int) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno == level]


@contextmanager
def captured(logger: logging.Logger) -> Iterator[Records]:
    handler = Records()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


# ------------------------------------------------------------ failed runs


def guard_trip(simulator, pg_url, schema_name, instance) -> ExecuteInProcessResult:
    """A full resync whose tree came back empty: the guard refuses."""
    assert run_assets(simulator.url, pg_url, schema_name, tags=full(), select=["department"],
                      instance=instance).success
    simulator.faults({"kind": "empty", "path": "/departments", "times": -1})
    result = run_assets(simulator.url, pg_url, schema_name, tags=full(), select=["department"],
                        instance=instance)
    assert not result.success
    return result


def blocking_check_failure(simulator, pg_url, schema_name, instance) -> ExecuteInProcessResult:
    """As tests/test_correctness.py test_a_failed_blocking_check_rolls_the_step_back:
    a column renamed by hand and a new field declared fail user_attribute_columns_exist."""
    from flowsync_dagster.simulator.dataset import IDENTITIES
    from flowsync_dagster.store.database import Store

    assert run_assets(simulator.url, pg_url, schema_name, tags=full(), select=["user_attribute"],
                      instance=instance).success
    store = Store(pg_url, schema_name)
    try:
        with store.transaction() as conn:
            conn.exec_driver_sql(f"ALTER TABLE {store.qualified('app_user')} RENAME COLUMN "
                                 "grade TO grade_by_hand")
    finally:
        store.dispose()
    declared = [dict(i) for i in IDENTITIES]
    student = next(i for i in declared if i["code"] == "student")
    student["fields"] = [*student["fields"], {"key": "house", "label": "宿舍",
                                              "type": "string", "max_length": 20}]
    simulator.inject("/identities", declared, mode="replace")
    result = run_assets(simulator.url, pg_url, schema_name, tags=full(),
                        select=["user_attribute"], instance=instance)
    assert not result.success
    return result


def api_failure(simulator, pg_url, schema_name, instance) -> ExecuteInProcessResult:
    """An hourly run whose tree the platform refuses."""
    simulator.faults({"kind": "platform_error", "path": "/departments/root", "code": 50010,
                      "message": "组织架构服务不可用", "times": -1})
    result = run_assets(simulator.url, pg_url, schema_name, select=["department"],
                        instance=instance)
    assert not result.success
    return result


def evaluate(sensor: SensorDefinition, instance: DagsterInstance,
             result: ExecuteInProcessResult) -> Records:
    """One evaluation of a run failure sensor for one failed run, as the daemon
    makes it; returns what the sensor logged."""
    context = build_run_status_sensor_context(
        sensor_name=sensor.name, dagster_instance=instance, dagster_run=result.dagster_run,
        dagster_event=result.get_run_failure_event())
    with captured(context.log) as records:
        assert sensor(context) is None
    return records


def evaluate_both(instance: DagsterInstance, result: ExecuteInProcessResult) -> Records:
    records = Records()
    for sensor in ALERT_SENSORS:
        records.records += evaluate(sensor, instance, result).records
    return records


# ------------------------------------------------------------ what is posted


def test_a_tripped_guard_is_one_store_protected_alert(simulator, pg_url, schema_name, instance,
                                                      webhook):
    failed = guard_trip(simulator, pg_url, schema_name, instance)
    evaluate_both(instance, failed)
    assert len(webhook.bodies) == 1, "one alert per failed run"
    body = webhook.bodies[0]
    assert set(body) == {"event", "title", "job", "run_id", "partition", "partition_range",
                         "mode", "failures", "actions", "run_url"}
    assert body["event"] == "store_protected"
    assert body["run_id"] == failed.run_id and body["job"] == failed.dagster_run.job_name
    assert body["partition"] == PARTITION and body["partition_range"] is None
    assert body["mode"] == "full"
    [failure] = body["failures"]
    assert failure["step"] == "department" and failure["kind"] == "guard"
    assert failure["reason"].startswith("department: refusing to deactivate ")
    assert "\n" not in failure["reason"]
    [action] = body["actions"]
    assert "flowsync/allow_mass_removal=true" in action
    assert body["run_url"] == f"{WEBSERVER}/runs/{failed.run_id}"
    assert webhook.headers[0]["Content-Type"].startswith("application/json")


def test_a_failed_blocking_check_is_a_store_protected_alert(simulator, pg_url, schema_name,
                                                            instance, webhook):
    failed = blocking_check_failure(simulator, pg_url, schema_name, instance)
    evaluate_both(instance, failed)
    [body] = webhook.bodies
    assert body["event"] == "store_protected"
    [failure] = body["failures"]
    assert failure["kind"] == "blocking_check" and failure["step"] == "user_attribute"
    assert "blocking check failed: user_attribute_columns_exist" in failure["reason"]
    assert "rolled back" in failure["reason"]
    [action] = body["actions"]
    assert "user_attribute_columns_exist" in action


def test_an_api_failure_is_one_run_failed_alert_in_every_format(simulator, pg_url, schema_name,
                                                                instance, webhook, monkeypatch):
    failed = api_failure(simulator, pg_url, schema_name, instance)
    evaluate_both(instance, failed)
    [generic] = webhook.bodies
    assert generic["event"] == "run_failed" and generic["mode"] == "incremental"
    [failure] = generic["failures"]
    assert failure["kind"] == "source"
    assert failure["reason"] == ("GET /api/v4/departments/root failed: platform error code "
                                 "50010: 组织架构服务不可用")
    assert "next hour catches up" in generic["actions"][0]

    for fmt in ("wecom", "dingtalk", "slack"):
        monkeypatch.setenv(FORMAT_ENV, fmt)
        evaluate_both(instance, failed)
    wecom, dingtalk, slack = webhook.bodies[1:]
    assert set(wecom) == {"msgtype", "markdown"} and wecom["msgtype"] == "markdown"
    assert set(wecom["markdown"]) == {"content"}
    assert set(dingtalk) == {"msgtype", "markdown"} and dingtalk["msgtype"] == "markdown"
    assert set(dingtalk["markdown"]) == {"title", "text"}
    assert set(slack) == {"text"}
    for text in (wecom["markdown"]["content"], dingtalk["markdown"]["text"], slack["text"]):
        assert "flowsync: a run failed" in text  # also DingTalk's keyword
        assert "platform error code 50010: 组织架构服务不可用" in text
        assert failed.run_id in text and f"{WEBSERVER}/runs/{failed.run_id}" in text
    assert dingtalk["markdown"]["title"].startswith("flowsync: a run failed")


def test_the_sensors_as_the_daemon_runs_them_post_one_alert_per_failed_run(
        simulator, pg_url, schema_name, instance, webhook):
    # first ticks: each sensor starts from the newest failure (as on a fresh daemon)
    cursors = {}
    for sensor in ALERT_SENSORS:
        context = build_sensor_context(instance=instance)
        sensor.evaluate_tick(context)
        cursors[sensor.name] = context.cursor
    guard = guard_trip(simulator, pg_url, schema_name, instance)
    # the same run fails two ways: the tree is refused and the identities' API is down
    simulator.faults({"kind": "empty", "path": "/departments", "times": -1},
                     {"kind": "platform_error", "path": "/identities", "code": 50010,
                      "message": "身份服务不可用", "times": -1})
    mixed = run_assets(simulator.url, pg_url, schema_name, tags=full(),
                       select=["department", "user_attribute"], instance=instance)
    assert not mixed.success
    simulator.faults()
    simulator.faults({"kind": "platform_error", "path": "/departments/root", "code": 50010,
                      "message": "组织架构服务不可用", "times": -1})
    source = run_assets(simulator.url, pg_url, schema_name, select=["department"],
                        instance=instance)
    assert not source.success

    for _ in range(2):  # a second tick finds nothing new
        for sensor in ALERT_SENSORS:
            context = build_sensor_context(instance=instance, cursor=cursors[sensor.name])
            with captured(context.log) as records:
                sensor.evaluate_tick(context)
            assert records.at(logging.ERROR) == []
            cursors[sensor.name] = context.cursor
    kinds = {b["run_id"]: b["event"] for b in webhook.bodies}
    assert len(webhook.bodies) == 3 == len(kinds)
    assert kinds == {guard.run_id: "store_protected", mixed.run_id: "store_protected",
                     source.run_id: "run_failed"}
    both = next(b for b in webhook.bodies if b["run_id"] == mixed.run_id)
    assert sorted((f["step"], f["kind"]) for f in both["failures"]) == [
        ("department", "guard"), ("user_attribute", "source")]
    assert len(both["actions"]) == 2


def test_an_unexpected_error_is_named_by_its_type_only(instance, webhook):
    @asset
    def exploding() -> None:
        raise KeyError("张三 13800000000")

    failed = materialize([exploding], instance=instance, raise_on_error=False)
    evaluate_both(instance, failed)
    [body] = webhook.bodies
    assert body["event"] == "run_failed" and body["job"] == failed.dagster_run.job_name
    assert body["failures"] == [{"step": "exploding", "kind": "other", "reason":
                                 "unexpected error (KeyError); the run's log has its message"}]
    assert "张三" not in json.dumps(body, ensure_ascii=False)


def test_no_secret_and_no_config_reach_a_body(simulator, pg_url, schema_name, instance, webhook,
                                              monkeypatch):
    failed = guard_trip(simulator, pg_url, schema_name, instance)
    for fmt in ("generic", "wecom", "dingtalk", "slack"):
        monkeypatch.setenv(FORMAT_ENV, fmt)
        records = evaluate_both(instance, failed)
        logged = "\n".join(r.getMessage() for r in records.records)
        assert "s3cret-robot-key" not in logged and "127.0.0.1" in logged
    sent = json.dumps(webhook.bodies, ensure_ascii=False)
    assert len(webhook.bodies) == 4
    for secret in (DEMO_APP_SECRET, "flowsync-demo", pg_url, schema_name, "s3cret-robot-key",
                   "allow_mass_removal\": ", "app_secret", "database_url"):
        assert secret not in sent


# ------------------------------------------------------------ when it cannot post


def test_without_a_url_the_alert_is_logged_and_nothing_is_posted(simulator, pg_url, schema_name,
                                                                 instance, receiver,
                                                                 monkeypatch):
    monkeypatch.delenv(WEBHOOK_URL_ENV, raising=False)
    failed = guard_trip(simulator, pg_url, schema_name, instance)
    records = evaluate_both(instance, failed)
    assert receiver.bodies == []
    [warning] = records.at(logging.WARNING)
    assert f"{WEBHOOK_URL_ENV} is not set" in warning
    assert "flowsync: the store protected itself" in warning
    assert "department: refusing to deactivate" in warning


@pytest.mark.parametrize("trouble", ["http_500", "not_listening", "timeout", "errcode"])
def test_a_webhook_that_fails_is_logged_and_the_sensor_carries_on(trouble, simulator, pg_url,
                                                                  schema_name, instance,
                                                                  receiver, monkeypatch):
    url = receiver.url
    if trouble == "http_500":
        receiver.status, receiver.answer = 500, b"oops"
    elif trouble == "not_listening":
        with socket.socket() as sock:  # a port nothing listens on
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        url = f"http://127.0.0.1:{port}/robot/send?key=s3cret-robot-key"
    elif trouble == "timeout":
        receiver.delay = 2.0
        monkeypatch.setattr(alerts, "POST_TIMEOUT_SECONDS", 0.3)
    else:  # WeCom and DingTalk answer 200 with an error code (bad key, keyword missing)
        receiver.answer = b'{"errcode": 93000, "errmsg": "invalid webhook url"}'
        monkeypatch.setenv(FORMAT_ENV, "wecom")
    monkeypatch.setenv(WEBHOOK_URL_ENV, url)
    failed = api_failure(simulator, pg_url, schema_name, instance)
    records = evaluate(run_failed_alert, instance, failed)
    [warning] = records.at(logging.WARNING)
    assert "alert not delivered" in warning and "flowsync: a run failed" in warning
    assert "s3cret-robot-key" not in warning
    expected = {"http_500": "answered HTTP 500", "not_listening": "could not be reached",
                "timeout": "did not answer within 0.3 s", "errcode": "errcode 93000"}[trouble]
    assert expected in warning
    # the other sensor stays quiet about this run, and nothing was logged as an error
    quiet = evaluate(store_protected_alert, instance, failed)
    assert quiet.records == [] and records.at(logging.ERROR) == []
