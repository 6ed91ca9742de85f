"""Alerts: a school hears about a failed hour before a teacher does.

Two run-failure sensors, on by default (`dagster-daemon` evaluates them
every 30 s), watch every run of this code location: the jobs
`officeflow_sync` and `officeflow_full_resync` and ad-hoc asset runs
alike, as launched by the daemon (schedules, backfills), the UI or
`dagster job launch`. A run executed in the terminal's own process
(`dagster job execute`, `dagster asset materialize`, `dg launch`)
carries no code location and is not seen: its exit status is its alert.
Each failed run gets exactly one alert, from one of them:

- `flowsync_store_protected_alert`: the store protected itself. The
  mass-removal guard refused a removal (nothing was written), or a blocking
  check failed (the step was rolled back). The store is as it was; a person
  must look before the next run can do that step.
- `flowsync_run_failed_alert`: every other failed run: the Officeflow API
  failed, the store failed, a run's process died, anything else. Usually the
  next hour catches up.

Both sensors read the run's failed steps from its event log and sort them
the same way, by the kind each step's ``Failure`` carries in its metadata
(``flowsync/failure_kind``, see `store/failure_kind.py`), and each posts only
its own kind, so a run is never announced twice. The kind is never read from
the failure's text, so a reworded message cannot turn a tripped guard into
"other"; a failure that names no kind (an error outside the project's code)
is "other". A run in which one step tripped the guard and another met an API
outage is one `store_protected` alert listing both. Turning one sensor off in the UI
silences only its kind.

Settings, read each time a sensor runs (a change needs no reload):

| variable | meaning | default |
|---|---|---|
| `FLOWSYNC_ALERT_WEBHOOK_URL` | where alerts are posted (HTTP POST of JSON, 5 s timeout); the URL usually holds the robot's key, so it is never logged (only its host is) | unset: each alert is written to the sensor's tick log as a WARNING, not posted |
| `FLOWSYNC_ALERT_FORMAT` | the body: `generic` (the JSON below), `wecom` (企业微信 group robot, markdown), `dingtalk` (钉钉 robot, markdown) or `slack` (incoming webhook, `{"text": ...}`) | guessed from the URL's host: `qyapi.weixin.qq.com` → wecom, `oapi.dingtalk.com` → dingtalk, `hooks.slack.com` → slack, else generic |
| `DAGSTER_WEBSERVER_URL` | the Dagster UI's address, e.g. `https://dagster.school.example`: each alert links to `<url>/runs/<run_id>` | unset: no link |

A webhook that times out, answers an HTTP error, refuses the connection or
answers `errcode != 0` (WeCom, DingTalk) is logged as a WARNING on the
sensor's tick; the sensor does not fail and does not retry (the alert is not
posted again: the run's failure is in the UI). A DingTalk robot must use the
"custom keyword" security setting with the keyword `flowsync` (every alert
contains it) or an IP allow-list; signed ("加签") robots are not supported.

An alert never carries personal data or a secret: the reasons are the
steps' one-line failure descriptions (which name tables, counts, checks and
API paths, never a row's values); an unexpected error is named by its type
only (its message may quote data: read it in the run's log); run config,
resource config and the webhook URL are never included.

The generic body (`kind` of a failure: `guard`, `blocking_check`,
`source` (the Officeflow API), `store` or `other`):

```json
{
  "event": "store_protected",
  "title": "flowsync: the store protected itself: officeflow_full_resync, 2026-11-27-08:00 (full)",
  "job": "officeflow_full_resync",
  "run_id": "4f0c2a5e-…",
  "partition": "2026-11-27-08:00",
  "partition_range": null,
  "mode": "full",
  "failures": [{"step": "department", "kind": "guard",
                "reason": "department: refusing to deactivate 12 of 13 active rows (92.3% > half of the table); nothing was written. If the source really lost them, rerun with the run tag flowsync/allow_mass_removal=true"}],
  "actions": ["department: the store refused to deactivate rows and wrote nothing. Check the source first; if it really lost them, rerun this partition once with the run tag flowsync/allow_mass_removal=true."],
  "run_url": "https://dagster.school.example/runs/4f0c2a5e-…"
}
```

`partition_range` is `{"start": ..., "end": ...}` for a backfill run over a
range (`partition` is then null). `mode` is the run's `flowsync/mode` tag, or
`incremental` when the run has none (so a backfill whose range starts at the
first partition, a full resync without the tag, says `incremental`). WeCom,
DingTalk and Slack get the same content as markdown text; WeCom's, for the
same run:

```text
### flowsync: the store protected itself
**officeflow_full_resync, 2026-11-27-08:00 (full)**, run `4f0c2a5e-…`
> **department** (guard): department: refusing to deactivate 12 of 13 active rows (…); nothing was written. If …
**What to do**: department: the store refused to deactivate rows and wrote nothing. Check the source first; …
[Open the run](https://dagster.school.example/runs/4f0c2a5e-…)
```

Register `ALERT_SENSORS` in the code location's `Definitions`.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from logging import Logger
from typing import Any, Literal
from urllib.parse import urlsplit

from dagster import (
    DefaultSensorStatus,
    MetadataValue,
    RunFailureSensorContext,
    SensorDefinition,
    run_failure_sensor,
)

from flowsync_dagster.store.failure_kind import PROTECTIVE, FailureFacts, FailureKind
from flowsync_dagster.sync.partitions import ALLOW_MASS_REMOVAL_TAG, MODE_TAG

WEBHOOK_URL_ENV = "FLOWSYNC_ALERT_WEBHOOK_URL"
FORMAT_ENV = "FLOWSYNC_ALERT_FORMAT"
WEBSERVER_URL_ENV = "DAGSTER_WEBSERVER_URL"

RUN_FAILED_SENSOR = "flowsync_run_failed_alert"
STORE_PROTECTED_SENSOR = "flowsync_store_protected_alert"

POST_TIMEOUT_SECONDS = 5.0
MAX_REASON_CHARS = 400  # one line each; the step names it, the run's log has the rest
MAX_STEPS_LISTED = 8
WECOM_MAX_BYTES = 4096  # the robot refuses longer markdown content

PARTITION_TAG = "dagster/partition"
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"

Format = Literal["generic", "wecom", "dingtalk", "slack"]
FORMATS: tuple[Format, ...] = ("generic", "wecom", "dingtalk", "slack")
HOST_FORMATS: Mapping[str, Format] = {
    "qyapi.weixin.qq.com": "wecom",
    "oapi.dingtalk.com": "dingtalk",
    "hooks.slack.com": "slack",
}


class AlertKind(StrEnum):
    RUN_FAILED = "run_failed"
    STORE_PROTECTED = "store_protected"


# ------------------------------------------------------------------ records


@dataclass(frozen=True)
class StepFailure:
    """One failed step: its key, the one line it failed with, and what its
    ``Failure``'s metadata says of it (nothing: "other")."""

    step: str
    reason: str
    facts: FailureFacts = field(default_factory=FailureFacts)

    @property
    def kind(self) -> FailureKind:
        return self.facts.kind


@dataclass(frozen=True)
class FailedRun:
    """What an alert needs of a failed run (nothing else is read from Dagster)."""

    job: str
    run_id: str
    tags: Mapping[str, str]
    failures: tuple[StepFailure, ...]
    run_reason: str = ""  # the run's own failure line, for a run that failed outside a step


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    job: str
    run_id: str
    partition: str | None
    partition_range: tuple[str, str] | None
    mode: str
    failures: tuple[StepFailure, ...]
    actions: tuple[str, ...]
    run_url: str | None

    @property
    def headline(self) -> str:
        what = ("the store protected itself" if self.kind is AlertKind.STORE_PROTECTED
                else "a run failed")
        return f"flowsync: {what}"

    @property
    def title(self) -> str:
        return f"{self.headline}: {self.where}"

    @property
    def where(self) -> str:
        job = "ad-hoc asset run" if self.job.startswith("__") else self.job
        if self.partition_range:
            span = f"{self.partition_range[0]}...{self.partition_range[1]}"
        else:
            span = self.partition or "no partition"
        return f"{job}, {span} ({self.mode})"


# ------------------------------------------------------------------ pure


def one_line(text: str, limit: int = MAX_REASON_CHARS) -> str:
    lines = [line.strip() for line in (text or "").strip().splitlines()]
    first = lines[0] if lines else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def alert_kind(kinds: Sequence[FailureKind]) -> AlertKind:
    """A run in which any step protected the store is a ``store_protected`` alert."""
    return AlertKind.STORE_PROTECTED if any(k in PROTECTIVE for k in kinds) \
        else AlertKind.RUN_FAILED


def failure_kind(run: FailedRun) -> AlertKind:
    return alert_kind([f.kind for f in run.failures])


def action(failure: StepFailure) -> str:
    """What an operator does about one failure (its tables and checks are the
    ones its metadata names; the step's key when it names none)."""
    kind, facts = failure.kind, failure.facts
    tables = ", ".join(facts.tables) or failure.step
    if kind is FailureKind.GUARD:
        return (f"{tables}: the store refused to deactivate rows and wrote nothing. "
                "Check the source first; if it really lost them, rerun this partition once "
                f"with the run tag {ALLOW_MASS_REMOVAL_TAG}=true.")
    if kind is FailureKind.BLOCKING_CHECK:
        checks = ", ".join(facts.checks) or "the failed check"
        return (f"{tables}: look at {checks} (docs/operations.md, the check's sample "
                "names the keys): the step was rolled back, the store is as it was; fix what "
                "the check found, then rerun.")
    if kind is FailureKind.SOURCE:
        return ("The Officeflow API failed; nothing of the step was committed. The next hour "
                "catches up; rerun if it keeps failing or the API stays down.")
    if kind is FailureKind.STORE:
        return ("The store failed; nothing of the step was committed. Check the database; "
                "rerun, or let the next hour catch up.")
    return "Rerun, or let the next hour catch up; the run's log says more."


def run_link(webserver_url: str | None, run_id: str) -> str | None:
    """``<url>/runs/<run_id>``, without any user:password the address may carry."""
    if not webserver_url or not webserver_url.strip():
        return None
    parts = urlsplit(webserver_url.strip())
    host = parts.netloc.rsplit("@", 1)[-1]
    if parts.scheme not in ("http", "https") or not host:
        return None
    return f"{parts.scheme}://{host}{parts.path.rstrip('/')}/runs/{run_id}"


def build_alert(run: FailedRun, webserver_url: str | None = None) -> Alert:
    """The alert for one failed run (pure)."""
    failures = tuple(replace(f, reason=one_line(f.reason)) for f in run.failures)
    if not failures:  # the run failed outside any step (died, timed out, setup failed)
        reason = one_line(run.run_reason) or "the run failed before or outside its steps"
        failures = (StepFailure("(run)", reason),)
    kind = alert_kind([f.kind for f in failures])
    # one action per protection (it names its tables), one per other kind
    actions = [action(f) for f in failures if f.kind in PROTECTIVE]
    others = {f.kind: f for f in failures if f.kind not in PROTECTIVE}
    actions += [action(others[k]) for k in (FailureKind.SOURCE, FailureKind.STORE,
                                            FailureKind.OTHER) if k in others]
    tags = run.tags
    start, end = tags.get(RANGE_START_TAG), tags.get(RANGE_END_TAG)
    partition_range = (start, end) if start and end and not tags.get(PARTITION_TAG) else None
    return Alert(
        kind=kind, job=run.job, run_id=run.run_id,
        partition=tags.get(PARTITION_TAG) or None, partition_range=partition_range,
        mode=(tags.get(MODE_TAG) or "").strip().lower() or "incremental",
        failures=failures, actions=tuple(dict.fromkeys(actions)),
        run_url=run_link(webserver_url, run.run_id))


def generic_body(alert: Alert) -> dict[str, Any]:
    return {
        "event": alert.kind.value,
        "title": alert.title,
        "job": alert.job,
        "run_id": alert.run_id,
        "partition": alert.partition,
        "partition_range": ({"start": alert.partition_range[0], "end": alert.partition_range[1]}
                            if alert.partition_range else None),
        "mode": alert.mode,
        "failures": [{"step": f.step, "kind": f.kind.value, "reason": f.reason}
                     for f in alert.failures],
        "actions": list(alert.actions),
        "run_url": alert.run_url,
    }


def _listed(alert: Alert) -> tuple[tuple[StepFailure, ...], int]:
    shown = alert.failures[:MAX_STEPS_LISTED]
    return shown, len(alert.failures) - len(shown)


def markdown_text(alert: Alert, *, paragraph: str = "\n") -> str:
    """The alert as markdown (WeCom, DingTalk): title, where, each failure, what to do."""
    shown, more = _listed(alert)
    lines = [f"### {alert.headline}",
             f"**{alert.where}**, run `{alert.run_id}`"]
    lines += [f"> **{f.step}** ({f.kind.value}): {f.reason}" for f in shown]
    if more:
        lines.append(f"> … and {more} more failed step(s)")
    lines += [f"**What to do**: {a}" for a in alert.actions]
    if alert.run_url:
        lines.append(f"[Open the run]({alert.run_url})")
    return paragraph.join(lines)


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_text(alert: Alert) -> str:
    shown, more = _listed(alert)
    e = _slack_escape
    lines = [f"*{e(alert.headline)}*", f"{e(alert.where)}, run `{alert.run_id}`"]
    lines += [f"• *{e(f.step)}* ({f.kind.value}): {e(f.reason)}" for f in shown]
    if more:
        lines.append(f"• … and {more} more failed step(s)")
    lines += [f"*What to do*: {e(a)}" for a in alert.actions]
    if alert.run_url:
        lines.append(f"<{alert.run_url}|Open the run>")
    return "\n".join(lines)


def fit_bytes(text: str, max_bytes: int) -> str:
    """Cut ``text`` to at most ``max_bytes`` of UTF-8, on a character boundary."""
    data = text.encode()
    if len(data) <= max_bytes:
        return text
    return data[: max_bytes - len("…".encode())].decode(errors="ignore") + "…"


def format_body(alert: Alert, fmt: Format) -> dict[str, Any]:
    """The JSON body of one alert for one webhook format (pure)."""
    if fmt == "wecom":
        return {"msgtype": "markdown",
                "markdown": {"content": fit_bytes(markdown_text(alert), WECOM_MAX_BYTES)}}
    if fmt == "dingtalk":
        # DingTalk's markdown needs a blank line to break a line
        return {"msgtype": "markdown",
                "markdown": {"title": alert.title, "text": markdown_text(alert,
                                                                         paragraph="\n\n")}}
    if fmt == "slack":
        return {"text": slack_text(alert)}
    return generic_body(alert)


def guess_format(url: str) -> Format:
    host = (urlsplit(url).hostname or "").lower()
    return HOST_FORMATS.get(host, "generic")


def choose_format(url: str, configured: str | None) -> tuple[Format, str | None]:
    """The body format, and a warning when ``FLOWSYNC_ALERT_FORMAT`` is not one."""
    value = (configured or "").strip().lower()
    if not value:
        return guess_format(url), None
    for fmt in FORMATS:
        if value == fmt:
            return fmt, None
    guessed = guess_format(url)
    return guessed, (f"{FORMAT_ENV}={value!r} is not one of {', '.join(FORMATS)}; "
                     f"using {guessed} (from the URL's host)")


def webhook_host(url: str) -> str:
    """What may be logged of a webhook URL: its scheme and host (the rest holds its key)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or '?'}"


# ------------------------------------------------------------------ posting


class DeliveryError(Exception):
    """The webhook did not take the alert (the message names only its host)."""


def post_json(url: str, body: Mapping[str, Any], timeout: float | None = None) -> None:
    """POST ``body`` as JSON; raise ``DeliveryError`` unless the webhook took it."""
    timeout = POST_TIMEOUT_SECONDS if timeout is None else timeout
    where = webhook_host(url)
    if urlsplit(url).scheme not in ("http", "https"):
        raise DeliveryError(f"{WEBHOOK_URL_ENV} must be an http(s) URL, not {where}")
    request = urllib.request.Request(
        url, data=json.dumps(body, ensure_ascii=False).encode(), method="POST",
        headers={"Content-Type": "application/json; charset=utf-8",
                 "User-Agent": "flowsync-dagster-alerts"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answer = response.read(65536)
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"the webhook at {where} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        why = getattr(exc, "reason", None) or exc
        if isinstance(why, TimeoutError):
            raise DeliveryError(f"the webhook at {where} did not answer within {timeout:g} s"
                                ) from None
        raise DeliveryError(f"the webhook at {where} could not be reached ({why})") from None
    try:
        decoded = json.loads(answer) if answer.strip() else None
    except ValueError:
        return  # Slack answers "ok"; a generic receiver may answer anything
    if isinstance(decoded, dict) and decoded.get("errcode") not in (None, 0):
        message = one_line(str(decoded.get("errmsg", "")), 200)
        raise DeliveryError(f"the webhook at {where} refused the alert: errcode "
                            f"{decoded.get('errcode')} {message}")


def deliver(alert: Alert, env: Mapping[str, str], log: Logger) -> str:
    """Post one alert where the environment says; never raises.

    Returns ``posted``, ``not_configured`` (logged instead) or ``failed``
    (logged)."""
    url = (env.get(WEBHOOK_URL_ENV) or "").strip()
    if not url:
        log.warning(f"{alert.title} ({WEBHOOK_URL_ENV} is not set: not posted)\n"
                    + json.dumps(generic_body(alert), ensure_ascii=False, indent=2))
        return "not_configured"
    fmt, warning = choose_format(url, env.get(FORMAT_ENV))
    if warning:
        log.warning(warning)
    try:
        post_json(url, format_body(alert, fmt))
    except DeliveryError as exc:
        log.warning(f"{alert.title}: alert not delivered: {exc}\n"
                    + json.dumps(generic_body(alert), ensure_ascii=False, indent=2))
        return "failed"
    except Exception as exc:  # never let an alert break the sensor
        log.warning(f"{alert.title}: alert not delivered: {type(exc).__name__} posting to "
                    f"{webhook_host(url)}")
        return "failed"
    log.info(f"{alert.title}: posted to {webhook_host(url)} ({fmt})")
    return "posted"


# ------------------------------------------------------------------ Dagster


def _step_reason(data: Any) -> str:
    """The one line a failed step's event says: a ``Failure``'s description (the
    project's vetted line), or, for an unexpected error, only its type (its
    message may quote data)."""
    user = getattr(data, "user_failure_data", None)
    if user is not None and user.description:
        return one_line(user.description)
    error = data.error
    innermost = error
    while innermost is not None and (innermost.cause or innermost.context):
        innermost = innermost.cause or innermost.context
    name = innermost.cls_name if innermost is not None and innermost.cls_name else "error"
    return f"unexpected error ({name}); the run's log has its message"


def _step_facts(data: Any) -> FailureFacts:
    """What the step's ``Failure`` put in its metadata (Dagster keeps it on the
    event as ``MetadataValue``s); an error that was no ``Failure`` has none."""
    user = getattr(data, "user_failure_data", None)
    metadata = getattr(user, "metadata", None) or {}
    return FailureFacts.read({key: value.value if isinstance(value, MetadataValue) else value
                              for key, value in metadata.items()})


def step_failure(event: Any) -> StepFailure:
    """One ``STEP_FAILURE`` event as the alert needs it."""
    data = event.step_failure_data
    return StepFailure(event.step_key or "(run)", _step_reason(data), _step_facts(data))


def failed_run(context: RunFailureSensorContext) -> FailedRun:
    """The failed run as the alert needs it: from the run's tags and the
    ``STEP_FAILURE`` events of its event log."""
    run = context.dagster_run
    failures = tuple(step_failure(event) for event in context.get_step_failure_events())
    run_reason = "" if failures else one_line(context.failure_event.message or "")
    return FailedRun(job=run.job_name, run_id=run.run_id, tags=dict(run.tags),
                     failures=failures, run_reason=run_reason)


def alert_for(context: RunFailureSensorContext, kind: AlertKind) -> None:
    run = failed_run(context)
    if failure_kind(run) is not kind:
        return  # the other sensor's: one alert per run
    alert = build_alert(run, os.environ.get(WEBSERVER_URL_ENV))
    deliver(alert, os.environ, context.log)


# The functions return None: a run failure sensor that returns a value ends
# its tick after that run; None lets one tick work through every failed run.


@run_failure_sensor(
    name=RUN_FAILED_SENSOR, default_status=DefaultSensorStatus.RUNNING,
    description="Posts an alert for each failed run of this code location, except those "
                f"in which the store protected itself (those are {STORE_PROTECTED_SENSOR}'s), "
                f"to {WEBHOOK_URL_ENV} (unset: logged).")
def run_failed_alert(context: RunFailureSensorContext) -> None:
    alert_for(context, AlertKind.RUN_FAILED)


@run_failure_sensor(
    name=STORE_PROTECTED_SENSOR, default_status=DefaultSensorStatus.RUNNING,
    description="Posts an alert for each failed run in which the store protected itself: the "
                "mass-removal guard refused a removal, or a blocking check failed and its step "
                f"was rolled back; to {WEBHOOK_URL_ENV} (unset: logged).")
def store_protected_alert(context: RunFailureSensorContext) -> None:
    alert_for(context, AlertKind.STORE_PROTECTED)


ALERT_SENSORS: list[SensorDefinition] = [run_failed_alert, store_protected_alert]
