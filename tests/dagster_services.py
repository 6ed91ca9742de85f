"""Dagster's services as real subprocesses of the project, for behaviour tests.

``dagster_services(env, dagster_home)`` starts ``dagster-webserver`` on a free
port with the project's code location, waits until it answers and the code
location is loaded, and yields a ``DagsterServices`` with ``graphql()``;
``daemon=True`` (or ``start_daemon()`` later) adds ``dagster-daemon run``.
On exit every process group is terminated (killed if it does not stop), and
an exception raised inside the block carries the services' output (a
``ServiceError`` in its message, any other as a note).
``officeflow_simulator()`` runs the bundled simulator the same way.

``DagsterServices`` also speaks the GraphQL the UI sends for what an operator
does: a schedule's toggle (``start_schedule`` / ``stop_schedule``), its "Test
schedule" dialog (``schedule_dry_run``, then ``launch_runs``: "Launch all"),
the launchpad's "Launch run" (``launch_run``), "Materialize" over partitions
(``launch_backfill``); ``run`` and ``wait_for_run`` read a run back.
``attach()`` wraps services started some other way (e.g. from docs/operating.md's
command lines) so the same checks apply to them.

Each service runs in its own session (process group), so the code server and
run workers it spawns end with it. ``env`` is passed through as is (choose
``PYTHONHASHSEED`` there); ``DAGSTER_HOME`` is set and the project root is put
first on ``PYTHONPATH``, so the code is always this checkout's.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CODE_LOCATION = ("-m", "flowsync_dagster.definitions")
OUTPUT_TAIL = 6000  # characters of each service's output in a failure message

WORKSPACE_QUERY = """
{ workspaceOrError { __typename
    ... on Workspace { locationEntries { name loadStatus
        locationOrLoadError { __typename ... on PythonError { message stack } } } }
    ... on PythonError { message } } }
"""
DAEMON_QUERY = """
query Daemon($type: String!) { instance { daemonHealth {
    daemonStatus(daemonType: $type) { healthy lastHeartbeatTime lastHeartbeatErrors { message } }
} } }
"""

REPOSITORIES_QUERY = """{ repositoriesOrError { __typename ... on RepositoryConnection { nodes {
    name location { name } schedules { id name scheduleState { id status } } } }
    ... on PythonError { message } } }"""
START_SCHEDULE = """mutation StartThisSchedule($scheduleSelector: ScheduleSelector!) {
  startSchedule(scheduleSelector: $scheduleSelector) { __typename
    ... on ScheduleStateResult { scheduleState { id status } }
    ... on PythonError { message stack } ... on UnauthorizedError { message } } }"""
STOP_SCHEDULE = """mutation StopSchedule($id: String!) { stopRunningSchedule(id: $id) { __typename
    ... on ScheduleStateResult { scheduleState { id status } }
    ... on PythonError { message stack } ... on UnauthorizedError { message } } }"""
SCHEDULE_DRY_RUN = """mutation ScheduleDryRunMutation($selectorData: ScheduleSelector!,
                                                 $timestamp: Float) {
  scheduleDryRun(selectorData: $selectorData, timestamp: $timestamp) { __typename
    ... on DryRunInstigationTick { timestamp evaluationResult { skipReason
        error { message stack }
        runRequests { runKey jobName runConfigYaml tags { key value }
                      assetSelection { path } assetChecks { name assetKey { path } } } } }
    ... on PythonError { message stack } ... on ScheduleNotFoundError { scheduleName } } }"""
LAUNCH_MULTIPLE_RUNS = """mutation LaunchMultipleRuns($executionParamsList: [ExecutionParams!]!) {
  launchMultipleRuns(executionParamsList: $executionParamsList) { __typename
    ... on LaunchMultipleRunsResult { launchMultipleRunsResult { __typename
        ... on LaunchRunSuccess { run { runId status } }
        ... on PythonError { message stack } ... on RunConfigValidationInvalid { errors { message } }
        ... on Error { message } } }
    ... on PythonError { message stack } } }"""
LAUNCH_RUN = """mutation LaunchRun($executionParams: ExecutionParams!) {
  launchRun(executionParams: $executionParams) { __typename
    ... on LaunchRunSuccess { run { runId status } }
    ... on PythonError { message stack } ... on RunConfigValidationInvalid { errors { message } }
    ... on Error { message } } }"""
LAUNCH_BACKFILL = """mutation LaunchPartitionBackfill($backfillParams: LaunchBackfillParams!) {
  launchPartitionBackfill(backfillParams: $backfillParams) { __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on PythonError { message stack } ... on Error { message } } }"""
BACKFILL_QUERY = """query Backfill($id: String!) { partitionBackfillOrError(backfillId: $id) {
    __typename
    ... on PartitionBackfill { id status isAssetBackfill error { message }
        runs { runId status tags { key value } } }
    ... on Error { message } } }"""
RUN_QUERY = """query Run($runId: ID!) { runOrError(runId: $runId) { __typename
    ... on Run { runId status jobName tags { key value } }
    ... on RunNotFoundError { message } ... on PythonError { message } } }"""
UI_TAGS = {"dagster/from_ui": "true"}  # what the UI adds to every launch (uiExecutionTags.tsx)
FINISHED = ("SUCCESS", "FAILURE", "CANCELED")


class ServiceError(RuntimeError):
    """A service died, did not come up in time, or answered with an error."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def service_env(env: Mapping[str, str], dagster_home: Path | None = None) -> dict[str, str]:
    out = dict(env)
    paths = [str(ROOT), *(env.get("PYTHONPATH") or "").split(os.pathsep)]
    out["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(p for p in paths if p))
    if dagster_home is not None:
        out["DAGSTER_HOME"] = str(dagster_home)
    return out


@dataclass
class Service:
    """One subprocess, leader of its own process group, output in a log file."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path

    @classmethod
    def start(cls, name: str, args: Sequence[str], env: Mapping[str, str], log_dir: Path
              ) -> Service:
        log_dir.mkdir(parents=True, exist_ok=True)
        log = log_dir / f"{name}.log"
        with log.open("ab") as out:  # a restarted service's output follows the first one's
            process = subprocess.Popen(list(args), env=dict(env), cwd=ROOT, stdout=out,
                                       stderr=subprocess.STDOUT, start_new_session=True)
        return cls(name, process, log)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def output(self, tail: int = OUTPUT_TAIL) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        cut = text[-tail:]
        status = "running" if self.alive else f"exited {self.process.returncode}"
        return f"----- {self.name} (pid {self.process.pid}, {status}) -----\n{cut}"

    def stop(self, grace_seconds: float = 15, *, leader_first: bool = False) -> None:
        """SIGTERM to the whole group, SIGKILL to whatever is left after the grace.

        ``leader_first``: SIGTERM to the leader alone first, for a process that stops its
        own children in order (``dagster dev``: signalled together, its daemon restarts
        the code server that has just exited, which then lingers for the whole grace)."""
        pgid = self.process.pid  # start_new_session: the leader's pid is the group id
        if leader_first and self.alive:
            self.process.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + grace_seconds
            while (self.process.poll() is None or _live_members(pgid)) and \
                    time.monotonic() < deadline:
                time.sleep(0.1)
        for sig, wait in ((signal.SIGTERM, grace_seconds), (signal.SIGKILL, 5)):
            with suppress(ProcessLookupError):
                os.killpg(pgid, sig)
            deadline = time.monotonic() + wait
            while self.process.poll() is None or _live_members(pgid):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.1)
            else:
                return


def _live_members(pgid: int) -> bool:
    """Whether a process of the group is still running (zombies left to their reaper)."""
    if not Path("/proc").is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, _ppid, pgrp = stat.read_text().rsplit(")", 1)[1].split()[:3]
        except (OSError, IndexError):
            continue
        if int(pgrp) == pgid and state != "Z":
            return True
    return False


@dataclass
class DagsterServices:
    url: str
    env: dict[str, str] = field(repr=False)
    log_dir: Path
    code_location: Sequence[str] = CODE_LOCATION
    services: list[Service] = field(default_factory=list, repr=False)
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=120), repr=False)

    def graphql(self, query: str, variables: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """POST to /graphql; returns ``data``, raises ServiceError on GraphQL errors."""
        self.check_alive()
        response = self.client.post(f"{self.url}/graphql",
                                    json={"query": query, "variables": dict(variables or {})})
        try:
            body = response.json()
        except ValueError:
            body = {}
        # a PythonError in the data comes with status 500; it is an answer, not a failure
        if body.get("errors") or body.get("data") is None:
            raise ServiceError(f"GraphQL answered {response.status_code}: {response.text[:4000]}"
                               f"\n{self.output()}")
        return body["data"]

    def check_alive(self) -> None:
        dead = [s for s in self.services if not s.alive]
        if dead:
            raise ServiceError(f"{', '.join(s.name for s in dead)} exited\n{self.output()}")

    def output(self) -> str:
        return "\n".join(s.output() for s in self.services)

    def start_daemon(self, timeout: float = 120) -> None:
        """Start ``dagster-daemon run`` and wait until its backfill daemon is healthy."""
        self.services.append(Service.start(
            "dagster-daemon", [str(BIN / "dagster-daemon"), "run", *self.code_location],
            self.env, self.log_dir))
        self.wait_for_daemon(timeout)

    @property
    def daemon_running(self) -> bool:
        return any(s.name == "dagster-daemon" and s.alive for s in self.services)

    def stop_daemon(self) -> None:
        """Stop ``dagster-daemon`` (and what it started); the webserver stays."""
        for service in [s for s in self.services if s.name == "dagster-daemon"]:
            service.stop()
            self.services.remove(service)

    def wait_for_daemon(self, timeout: float = 120, types: Sequence[str] = ("BACKFILL",),
                        since: float | None = None) -> None:
        """Wait until the instance's daemons of ``types`` report healthy (``SCHEDULER``,
        ``QUEUED_RUN_COORDINATOR``, ``SENSOR``, ``BACKFILL``, ...); with ``since`` (a
        timestamp), by a heartbeat after it: a daemon stopped a moment ago still
        counts as healthy for a while."""
        def healthy() -> bool:
            for daemon_type in types:
                status = self.graphql(DAEMON_QUERY, {"type": daemon_type})["instance"][
                    "daemonHealth"]["daemonStatus"]
                beat = status["lastHeartbeatTime"]
                if not status["healthy"] or (since is not None and (beat or 0) < since):
                    return False
            return True

        wait_until(healthy, timeout, f"the daemon to report {', '.join(types)} healthy", self)

    # ------------------------------------------------------------- what the UI sends

    def repository(self) -> dict[str, str]:
        """The selector of the (only) repository: location and repository name."""
        answer = self.graphql(REPOSITORIES_QUERY)["repositoriesOrError"]
        if answer["__typename"] != "RepositoryConnection":
            raise ServiceError(f"repositories: {answer}")
        node = answer["nodes"][0]
        return {"repositoryLocationName": node["location"]["name"],
                "repositoryName": node["name"]}

    def schedules(self) -> dict[str, dict[str, Any]]:
        """Every schedule by name: ``id`` and ``scheduleState {id status}``."""
        nodes = self.graphql(REPOSITORIES_QUERY)["repositoriesOrError"]["nodes"]
        return {s["name"]: s for node in nodes for s in node["schedules"]}

    def start_schedule(self, name: str) -> str:
        """The schedule's toggle switched on; returns its new status."""
        answer = self.graphql(START_SCHEDULE, {"scheduleSelector": {
            **self.repository(), "scheduleName": name}})["startSchedule"]
        if answer["__typename"] != "ScheduleStateResult":
            raise ServiceError(f"startSchedule {name}: {answer}")
        return answer["scheduleState"]["status"]

    def stop_schedule(self, name: str) -> str:
        """The schedule's toggle switched off; returns its new status."""
        state = self.schedules()[name]["scheduleState"]
        answer = self.graphql(STOP_SCHEDULE, {"id": state["id"]})["stopRunningSchedule"]
        if answer["__typename"] != "ScheduleStateResult":
            raise ServiceError(f"stopRunningSchedule {name}: {answer}")
        return answer["scheduleState"]["status"]

    def schedule_dry_run(self, name: str, timestamp: float) -> dict[str, Any]:
        """"Test schedule": the schedule evaluated (in the code server) as at ``timestamp``;
        returns the evaluation result (``runRequests``, ``skipReason``, ``error``)."""
        answer = self.graphql(SCHEDULE_DRY_RUN, {
            "selectorData": {**self.repository(), "scheduleName": name},
            "timestamp": timestamp})["scheduleDryRun"]
        if answer["__typename"] != "DryRunInstigationTick":
            raise ServiceError(f"scheduleDryRun {name}: {answer}")
        return answer["evaluationResult"]

    def launch_runs(self, run_requests: Sequence[Mapping[str, Any]]) -> list[str]:
        """"Launch all" of the "Test schedule" dialog: each run request as the UI turns
        it into execution parameters (buildExecutionParamsList.ts, with the UI's tags);
        returns the run ids. With the QueuedRunCoordinator the runs wait in the queue
        until the daemon launches them."""
        repository = self.repository()
        params = [{
            "runConfigData": request.get("runConfigYaml") or "{}",
            "selector": {**repository, "jobName": request["jobName"],
                         "assetSelection": request.get("assetSelection") or [],
                         "assetCheckSelection": request.get("assetChecks") or []},
            "mode": "default",
            "executionMetadata": {"tags": [
                *({"key": t["key"], "value": t["value"]} for t in request["tags"]
                  if t["key"] not in UI_TAGS),
                *({"key": k, "value": v} for k, v in UI_TAGS.items())]},
        } for request in run_requests]
        answer = self.graphql(LAUNCH_MULTIPLE_RUNS, {"executionParamsList": params})
        result = answer["launchMultipleRuns"]
        if result["__typename"] != "LaunchMultipleRunsResult":
            raise ServiceError(f"launchMultipleRuns: {result}")
        ids = []
        for launched in result["launchMultipleRunsResult"]:
            if launched["__typename"] != "LaunchRunSuccess":
                raise ServiceError(f"launchMultipleRuns: {launched}")
            ids.append(launched["run"]["runId"])
        return ids

    def launch_run(self, job: str, tags: Mapping[str, str], run_config: Any = None) -> str:
        """The launchpad's "Launch run" (launchRun, with the UI's tags); returns the run id."""
        answer = self.graphql(LAUNCH_RUN, {"executionParams": {
            "selector": {**self.repository(), "jobName": job},
            "runConfigData": run_config or {},
            "executionMetadata": {"tags": [{"key": k, "value": v}
                                           for k, v in {**tags, **UI_TAGS}.items()]},
        }})["launchRun"]
        if answer["__typename"] != "LaunchRunSuccess":
            raise ServiceError(f"launchRun {job}: {answer}")
        return answer["run"]["runId"]

    def launch_backfill(self, params: Mapping[str, Any]) -> str:
        """launchPartitionBackfill (the UI's "Materialize" over partitions); returns its id."""
        answer = self.graphql(LAUNCH_BACKFILL, {"backfillParams": {
            "tags": [{"key": k, "value": v} for k, v in UI_TAGS.items()], **params}}
        )["launchPartitionBackfill"]
        if answer["__typename"] != "LaunchBackfillSuccess":
            raise ServiceError(f"launchPartitionBackfill: {answer}")
        return answer["backfillId"]

    def backfill(self, backfill_id: str) -> dict[str, Any]:
        answer = self.graphql(BACKFILL_QUERY, {"id": backfill_id})["partitionBackfillOrError"]
        if answer["__typename"] != "PartitionBackfill":
            raise ServiceError(f"backfill {backfill_id}: {answer}")
        return answer

    def run(self, run_id: str) -> dict[str, Any]:
        """``runId``, ``status``, ``jobName`` and ``tags`` (as a dict) of a run."""
        answer = self.graphql(RUN_QUERY, {"runId": run_id})["runOrError"]
        if answer["__typename"] != "Run":
            raise ServiceError(f"run {run_id}: {answer}")
        return {**answer, "tags": {t["key"]: t["value"] for t in answer["tags"]}}

    def wait_for_run(self, run_id: str, timeout: float = 180) -> dict[str, Any]:
        """The run once it has finished (SUCCESS, FAILURE or CANCELED)."""
        def finished() -> dict[str, Any] | None:
            run = self.run(run_id)
            return run if run["status"] in FINISHED else None

        return wait_until(finished, timeout, f"run {run_id} to finish", self, interval=0.5)

    def wait_until_loaded(self, timeout: float) -> None:
        def loaded() -> bool:
            try:
                response = self.client.get(f"{self.url}/server_info", timeout=2)
            except httpx.HTTPError:
                return False
            if response.status_code != 200:
                return False
            workspace = self.graphql(WORKSPACE_QUERY)["workspaceOrError"]
            if workspace["__typename"] != "Workspace":
                raise ServiceError(f"workspace: {workspace}\n{self.output()}")
            entries = workspace["locationEntries"]
            for entry in entries:
                error = entry["locationOrLoadError"]
                if error and error["__typename"] == "PythonError":
                    raise ServiceError(f"code location {entry['name']} failed to load: "
                                       f"{error['message']}\n{error['stack']}\n{self.output()}")
            return bool(entries) and all(e["loadStatus"] == "LOADED" for e in entries)

        wait_until(loaded, timeout, "the webserver to load the code location", self)

    def stop(self) -> None:
        self.client.close()
        for service in reversed(self.services):  # the daemon before the webserver
            service.stop()


def wait_until(predicate: Any, timeout: float, what: str, services: DagsterServices | None = None,
               interval: float = 0.25) -> Any:
    """Poll ``predicate`` until it returns something truthy; fail if a service dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if services is not None:
            services.check_alive()
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    output = services.output() if services is not None else ""
    raise ServiceError(f"timed out after {timeout:.0f} s waiting for {what}\n{output}")


@contextmanager
def attach(url: str, env: Mapping[str, str], log_dir: Path,
           services: Sequence[Service] = ()) -> Iterator[DagsterServices]:
    """``DagsterServices`` over processes started some other way (their ``Service``s,
    stopped at the end, their output added to a failure like ``dagster_services``)."""
    attached = DagsterServices(url=url, env=dict(env), log_dir=log_dir,
                               services=list(services))
    try:
        yield attached
    except Exception as exc:
        if not isinstance(exc, ServiceError):
            exc.add_note(attached.output())
        raise
    finally:
        attached.stop()


@contextmanager
def dagster_services(env: Mapping[str, str], dagster_home: Path, *, daemon: bool = False,
                     code_location: Sequence[str] = CODE_LOCATION,
                     startup_timeout: float = 120,
                     read_only: bool = False) -> Iterator[DagsterServices]:
    """The webserver (and optionally the daemon) on ``dagster_home``'s instance.

    ``code_location``: the CLI arguments that name it, ``-m flowsync_dagster.definitions``
    by default, or e.g. ``("-w", str(ROOT / "workspace.yaml"))``. ``read_only``: the
    webserver a deployment gives people who only look (``--read-only``).
    """
    port = free_port()
    services = DagsterServices(url=f"http://127.0.0.1:{port}",
                               env=service_env(env, dagster_home),
                               log_dir=dagster_home / "service-logs",
                               code_location=code_location)
    try:
        services.services.append(Service.start(
            "dagster-webserver", [str(BIN / "dagster-webserver"), *code_location,
                                  "-h", "127.0.0.1", "-p", str(port),
                                  *(["--read-only"] if read_only else [])],
            services.env, services.log_dir))
        services.wait_until_loaded(startup_timeout)
        if daemon:
            services.start_daemon(startup_timeout)
        yield services
    except Exception as exc:
        if not isinstance(exc, ServiceError):  # a ServiceError carries the output already
            exc.add_note(services.output())
        raise
    finally:
        services.stop()


@contextmanager
def officeflow_simulator(env: Mapping[str, str], log_dir: Path, *, users: int = 2000,
                         epoch: int = 1, timeout: float = 60) -> Iterator[str]:
    """The bundled Officeflow simulator as its own process; yields its base URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    service = Service.start("simulator", [
        sys.executable, "-m", "flowsync_dagster.simulator", "--port", str(port),
        "--users", str(users), "--epoch", str(epoch)], service_env(env), log_dir)

    def answers() -> bool:
        if not service.alive:
            raise ServiceError(f"the simulator exited\n{service.output()}")
        try:
            return httpx.get(url + "/_sim/state", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_until(answers, timeout, "the simulator")
        yield url
    except Exception as exc:
        if not isinstance(exc, ServiceError):
            exc.add_note(service.output())
        raise
    finally:
        service.stop()
