"""Tools for tests that hurt real runs: ``dagster`` CLI runs as process groups
whose output is read as it comes, holds inside a run (a simulator read kept
waiting, a table lock the run's next statement waits for, a log marker), what
the run's PostgreSQL sessions were doing when it was stopped, what a kill may
leave behind, and the store's content without its bookkeeping.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
from dagster import (
    DagsterEventType,
    DagsterInstance,
    ExecuteInProcessResult,
    materialize,
)
from sqlalchemy.engine import make_url

from flowsync_dagster.defs.build import build_assets
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.resources.sync import SyncPolicyResource
from flowsync_dagster.settings.load import Settings
from flowsync_dagster.simulator import DEMO_APP_KEY, DEMO_APP_SECRET
from flowsync_dagster.sync.entities import ENTITIES, ENTITY_TABLES

ROOT = Path(__file__).resolve().parents[1]
DAGSTER = str(Path(sys.executable).with_name("dagster"))
FULL_PARTITION = "2026-11-27-08:00"
# the partitions of the test processes: a day before the hours the tests run, so
# that "every earlier hour" is a day of them, not a year
TEST_PARTITIONS_START = "2026-11-26-00:00"


def hour_of_epoch(epoch: int) -> str:
    """The hourly partition (Asia/Shanghai) whose window holds simulator epoch ``epoch``."""
    return f"2026-11-27-{7 + epoch:02d}:00"


def full_args(partition: str = FULL_PARTITION, **tags: str) -> tuple[str, ...]:
    return ("job", "execute", "-m", "flowsync_dagster.definitions", "-j",
            "officeflow_full_resync", "--tags", json.dumps({"dagster/partition": partition,
                                                             **tags}))


def hourly_args(partition: str) -> tuple[str, ...]:
    return ("job", "execute", "-m", "flowsync_dagster.definitions", "-j", "officeflow_sync",
            "--tags", json.dumps({"dagster/partition": partition}))


# ------------------------------------------------------------- environments


def base_env(sim_url: str, store_url: str, schema: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_", "DAGSTER_", "PYTHONHASHSEED"))}
    # this checkout's code, in every process the test starts
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.update(DAGSTER_HOME=str(home), OFFICEFLOW_BASE_URL=sim_url,
               OFFICEFLOW_APP_KEY=DEMO_APP_KEY, OFFICEFLOW_APP_SECRET=DEMO_APP_SECRET,
               FLOWSYNC_DATABASE_URL=store_url, FLOWSYNC_SCHEMA=schema,
               FLOWSYNC_PARTITIONS_START=TEST_PARTITIONS_START)
    return env


def sqlite_home(base: Path) -> Path:
    """A DAGSTER_HOME with the shipped deploy/dagster.local.yaml (SQLite instance)."""
    home = base / f"home_{uuid.uuid4().hex[:6]}"
    home.mkdir(parents=True)
    (home / "dagster.yaml").write_text((ROOT / "deploy" / "dagster.local.yaml").read_text())
    return home


def admin_conninfo(store_url: str, dbname: str = "postgres") -> str:
    url = make_url(store_url)
    return (f"host={url.host} port={url.port or 5432} user={url.username} dbname={dbname} "
            "connect_timeout=5")


@contextmanager
def postgres_home(base: Path, store_url: str) -> Iterator[tuple[Path, dict[str, str]]]:
    """A DAGSTER_HOME with the shipped deploy/dagster.yaml, its storage in a fresh
    database of the test server; yields the home and the DAGSTER_PG_* variables."""
    name = f"dagster_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_conninfo(store_url), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    home = base / f"home_{uuid.uuid4().hex[:6]}"
    home.mkdir(parents=True)
    (home / "dagster.yaml").write_text((ROOT / "deploy" / "dagster.yaml").read_text())
    url = make_url(store_url)
    pg_env = {"DAGSTER_PG_HOST": url.host or "127.0.0.1", "DAGSTER_PG_PORT": str(url.port or 5432),
              "DAGSTER_PG_USERNAME": url.username or "postgres", "DAGSTER_PG_PASSWORD": "",
              "DAGSTER_PG_DB": name}
    try:
        with instance_of(home, pg_env):  # its tables exist before two runs race to make them
            pass
        yield home, pg_env
    finally:
        with psycopg.connect(admin_conninfo(store_url), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def settle_pool(home: Path, env: Mapping[str, str], pool: str = "flowsync_store") -> None:
    """Give ``pool`` its limit, as the instance's first claim of it does.

    Dagster (1.13, PostgreSQL storage) sets a pool's default limit on its first
    claim, and two claims at once race there: one process's transaction fails
    (InFailedSqlTransaction, reproduced with two processes, 6 times in 6) and
    its step goes on without a slot. docs/operations.md tells a deployment to
    set the limit once before its first runs; a test racing two runs on a new
    instance does the same here."""
    with instance_of(home, env) as instance:
        instance.event_log_storage.initialize_concurrency_limit_to_default(pool)


@contextmanager
def instance_of(home: Path, env: Mapping[str, str] | None = None) -> Iterator[DagsterInstance]:
    """The Dagster instance of ``home``, opened in this process."""
    saved = {k: os.environ.get(k) for k in (*(env or {}), "DAGSTER_HOME")}
    os.environ.update({**(env or {}), "DAGSTER_HOME": str(home)})
    try:
        with DagsterInstance.from_config(str(home)) as instance:
            yield instance
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# ------------------------------------------------------------- CLI runs


class CliRun:
    """A ``dagster`` CLI command as its own process group; its output is read
    line by line as it comes."""

    def __init__(self, env: Mapping[str, str], *args: str) -> None:
        self.args = args
        self.started = time.monotonic()
        self.process = subprocess.Popen([DAGSTER, *args], env=dict(env), cwd=ROOT,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, start_new_session=True)
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def output(self) -> str:
        with self._changed:
            return "\n".join(self.lines)

    @property
    def run_id(self) -> str | None:
        match = re.search(r" - ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) - ",
                          self.output)
        return match.group(1) if match else None

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_for(self, pattern: str, timeout: float) -> str | None:
        """The first output line matching ``pattern``; None if the process ended
        or the time ran out first."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        seen = 0
        with self._changed:
            while True:
                for line in self.lines[seen:]:
                    if regex.search(line):
                        return line
                seen = len(self.lines)
                if not self._reader.is_alive() or time.monotonic() > deadline:
                    return None
                self._changed.wait(timeout=0.05)

    def signal(self, sig: int) -> None:
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)

    def kill(self) -> None:
        self.signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=10)

    def finish(self, timeout: float) -> int:
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"`dagster {' '.join(self.args)}` did not end within "
                                 f"{timeout:.0f} s:\n{self.output[-6000:]}") from None
        self._reader.join(timeout=10)
        return self.process.returncode

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started


def wait_until(predicate: Callable[[], Any], timeout: float, what: str,
               interval: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


# ------------------------------------------------------------- the simulator


def sim_post(sim_url: str, path: str, body: Any) -> Any:
    response = httpx.post(sim_url + path, json=body, timeout=10)
    response.raise_for_status()
    return response.json()


def sim_faults_fired(sim_url: str) -> int:
    return sum(f["fired"] for f in httpx.get(sim_url + "/_sim/state", timeout=10).json()["faults"])


def sim_get(sim_url: str, path: str) -> Any:
    """An API listing, read as a client would (one page)."""
    token = httpx.post(sim_url + "/api/v4/auth/token", timeout=10, json={
        "app_key": DEMO_APP_KEY, "app_secret": DEMO_APP_SECRET}).json()["data"]["access_token"]
    response = httpx.get(sim_url + "/api/v4" + path, timeout=30,
                         headers={"Authorization": f"Bearer {token}"})
    response.raise_for_status()
    return response.json()["data"]


# ------------------------------------------------------------- PostgreSQL


def pg_conninfo(store_url: str) -> str:
    url = make_url(store_url)
    return admin_conninfo(store_url, url.database or "postgres")


def run_sessions(store_url: str) -> list[dict[str, Any]]:
    """What the runs' sessions in the store's database are doing."""
    with psycopg.connect(pg_conninfo(store_url), autocommit=True) as conn:
        cur = conn.execute(
            "SELECT pid, application_name, state, wait_event_type, wait_event, "
            "left(regexp_replace(query, '\\s+', ' ', 'g'), 90) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name LIKE 'flowsync run %' "
            "ORDER BY backend_start")
        names = [d.name for d in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def describe_sessions(sessions: list[dict[str, Any]]) -> str:
    out = []
    for s in sessions:
        if s["state"] == "active":
            waiting = f" waiting on {s['wait_event_type']}:{s['wait_event']}" \
                if s["wait_event_type"] else ""
            out.append(f"active{waiting}: {s['left']}")
        elif s["state"] == "idle in transaction":
            out.append(f"idle in transaction, last statement: {s['left']}")
        else:
            out.append(str(s["state"]))
    return "; ".join(out) or "no session of the run"


def leftovers(store_url: str) -> dict[str, list[Any]]:
    """Advisory locks and staging tables in the store's database, and the sessions
    of flowsync runs still there."""
    with psycopg.connect(pg_conninfo(store_url), autocommit=True) as conn:
        db = "(SELECT oid FROM pg_database WHERE datname = current_database())"
        locks = conn.execute(
            f"SELECT l.pid, l.classid, l.objid, l.objsubid, a.application_name FROM pg_locks l "
            f"LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
            f"WHERE l.locktype = 'advisory' AND l.database = {db}").fetchall()
        staging = conn.execute(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname LIKE 'pg_temp%' AND c.relname LIKE 'stg_%'"
        ).fetchall()
        sessions = conn.execute(
            "SELECT pid, application_name, state FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name LIKE 'flowsync %'"
        ).fetchall()
    return {"advisory_locks": locks, "staging_tables": staging, "sessions": sessions}


def wait_for_no_leftovers(store_url: str, timeout: float = 20) -> dict[str, list[Any]]:
    """Poll until the dead run's sessions are gone; returns what was still left then."""
    deadline = time.monotonic() + timeout
    while True:
        left = leftovers(store_url)
        if not any(left.values()) or time.monotonic() > deadline:
            return left
        time.sleep(0.05)


class TableHold:
    """A session holding a table lock, so that the run's next statement on that
    table waits for it."""

    def __init__(self, store_url: str, table: str, mode: str = "SHARE ROW EXCLUSIVE") -> None:
        self.conn = psycopg.connect(pg_conninfo(store_url))
        self.conn.execute(f"LOCK TABLE {table} IN {mode} MODE")

    def release(self) -> None:
        with suppress(Exception):
            self.conn.rollback()
        with suppress(Exception):
            self.conn.close()


def waiting_session(store_url: str) -> dict[str, Any] | None:
    """A run session waiting for a lock, if any."""
    for session in run_sessions(store_url):
        if session["wait_event_type"] == "Lock":
            return session
    return None


# ------------------------------------------------------------- content


# bookkeeping a rerun moves without the content changing: ignored, or compared as null-ness
IGNORED = {"first_synced_at", "last_synced_at", "run_id", "detected_at", "last_seen_at"}
AS_NULLNESS = {"removed_at", "resolved_at"}


def step_of_table() -> dict[str, str]:
    return {table: asset.name for asset in ENTITIES for table in asset.tables}


Content = dict[str, frozenset[tuple[Any, ...]]]


def content(store_url: str, schema: str) -> Content:
    """Every warehouse table's rows without the sync bookkeeping; sync_quarantine
    per entity (``sync_quarantine:<entity>``), since every step writes its own."""
    out: Content = {}
    with psycopg.connect(pg_conninfo(store_url), autocommit=True) as conn:
        for table in (*ENTITY_TABLES, "sync_quarantine"):
            cur = conn.execute(f'SELECT * FROM "{schema}"."{table}"')
            names = [d.name for d in cur.description or []]
            keep = [i for i, n in enumerate(names) if n not in IGNORED]
            nullness = {i for i, n in enumerate(names) if n in AS_NULLNESS}
            rows = {tuple((row[i] is None) if i in nullness else row[i] for i in keep)
                    for row in cur.fetchall()}
            if table != "sync_quarantine":
                out[table] = frozenset(rows)
                continue
            entity = names.index("entity")
            position = keep.index(entity)
            by_entity: dict[str, set[tuple[Any, ...]]] = {}
            for row in rows:
                by_entity.setdefault(row[position], set()).add(row)
            for name, group in by_entity.items():
                out[f"sync_quarantine:{name}"] = frozenset(group)
    return out


def differences(a: Content, b: Content) -> dict[str, str]:
    """Per table, a short account of how ``a`` differs from ``b``."""
    out = {}
    for table in sorted(set(a) | set(b)):
        rows_a, rows_b = a.get(table, frozenset()), b.get(table, frozenset())
        if rows_a != rows_b:
            only_a, only_b = rows_a - rows_b, rows_b - rows_a
            sample = sorted(map(str, only_a))[:1] + sorted(map(str, only_b))[:1]
            out[table] = (f"{len(only_a)} rows only in the first, {len(only_b)} only in the "
                          f"second, e.g. {[s[:160] for s in sample]}")
    return out


def table_group(table: str) -> str:
    """The step that writes a table (a quarantine entity belongs to its table's step)."""
    steps = step_of_table()
    name = table.split(":", 1)[1] if table.startswith("sync_quarantine:") else table
    return steps.get(name, name)


@dataclass
class Judgement:
    """Where each table stands after a kill: as before the run, as after it, or neither."""

    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    neither: dict[str, str] = field(default_factory=dict)
    split_steps: dict[str, str] = field(default_factory=dict)  # a step half before, half after

    def moved(self) -> list[str]:
        return sorted(self.after)


def judge(state: Content, before: Content, after: Content) -> Judgement:
    """Every table of ``state`` must be in its ``before`` or its ``after`` state,
    and a step's tables must all be on the same side."""
    verdict = Judgement()
    sides: dict[str, set[str]] = {}
    for table in sorted(set(state) | set(before) | set(after)):
        rows = state.get(table, frozenset())
        was, will = before.get(table, frozenset()), after.get(table, frozenset())
        if was == will:
            if rows != was:
                verdict.neither[table] = differences({table: rows}, {table: was})[table]
            continue
        if rows == was:
            verdict.before.append(table)
            sides.setdefault(table_group(table), set()).add("before")
        elif rows == will:
            verdict.after.append(table)
            sides.setdefault(table_group(table), set()).add("after")
        else:
            verdict.neither[table] = ("neither before nor after; vs after: "
                                      + differences({table: rows}, {table: will})[table])
    for step, seen in sides.items():
        if len(seen) > 1:
            tables = [t for t in [*verdict.before, *verdict.after] if table_group(t) == step]
            verdict.split_steps[step] = ", ".join(
                f"{t}={'after' if t in verdict.after else 'before'}" for t in tables)
    return verdict


# ------------------------------------------------------------- in-process runs


def run_in_process(sim_url: str, store_url: str, schema: str, *, full: bool,
                   partition: str = FULL_PARTITION, tags: Mapping[str, str] | None = None
                   ) -> ExecuteInProcessResult:
    """Every sync asset, in this process, the way the jobs run them (reference runs)."""
    settings = Settings(officeflow_base_url=sim_url, database_url=store_url, schema=schema,
                        timezone="Asia/Shanghai", partitions_start="2026-01-01-00:00",
                        sync_departments=True, sync_posts=True, sync_tags=True)
    result = materialize(
        build_assets(settings), partition_key=partition,
        tags={**({"flowsync/mode": "full"} if full else {}), **(tags or {})},
        run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
        resources={
            "officeflow": OfficeflowResource(base_url=sim_url, app_key=DEMO_APP_KEY,
                                             app_secret=DEMO_APP_SECRET),
            "store": StoreResource(database_url=store_url, schema_name=schema),
            "sync": SyncPolicyResource(
                lookback_hours=settings.lookback_hours,
                catchup_max_hours=settings.catchup_max_hours, sync_departments=True,
                sync_posts=True, sync_tags=True),
        },
        raise_on_error=False)
    failures = [e.step_failure_data.error.message for e in result.all_events
                if e.event_type == DagsterEventType.STEP_FAILURE and e.step_failure_data.error]
    assert result.success, f"reference run failed: {failures}"
    return result


# ------------------------------------------------------------- the event log


def step_spans(instance: DagsterInstance, run_id: str) -> list[tuple[float, float, str]]:
    """(start, end, step) of every step of a run, from its event log."""
    starts: dict[str, float] = {}
    ends: dict[str, float] = {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or not event.step_key:
            continue
        if event.event_type == DagsterEventType.STEP_START:
            starts.setdefault(event.step_key, entry.timestamp)
        elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
            ends[event.step_key] = entry.timestamp
    return sorted((starts[k], ends[k], k) for k in starts if k in ends)


def assert_never_overlap(spans: list[tuple[float, float, str]]) -> None:
    spans = sorted(spans)
    for (_, end, a), (start, _, b) in zip(spans, spans[1:], strict=False):
        assert start >= end, f"steps {a} and {b} overlapped ({start} < {end})"


# ------------------------------------------------------------- through the webserver

REPOSITORIES = """{ repositoriesOrError { __typename ... on RepositoryConnection { nodes {
    name location { name } schedules { id name scheduleState { status } } } } } }"""
STOP_SCHEDULE = """mutation Stop($id: String!) { stopRunningSchedule(id: $id) { __typename
    ... on ScheduleStateResult { scheduleState { status } } ... on PythonError { message } } }"""
LAUNCH_RUN = """mutation Launch($params: ExecutionParams!) { launchRun(executionParams: $params) {
    __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message stack }
    ... on RunConfigValidationInvalid { errors { message } } ... on Error { message } } }"""


def repository(services: Any) -> tuple[str, str]:
    nodes = services.graphql(REPOSITORIES)["repositoriesOrError"]["nodes"]
    return nodes[0]["location"]["name"], nodes[0]["name"]


def stop_schedules(services: Any) -> None:
    """So that no schedule tick launches a run in the middle of a test."""
    nodes = services.graphql(REPOSITORIES)["repositoriesOrError"]["nodes"]
    for schedule in nodes[0]["schedules"]:
        answer = services.graphql(STOP_SCHEDULE, {"id": schedule["id"]})["stopRunningSchedule"]
        assert answer["__typename"] == "ScheduleStateResult", answer


def launch_run(services: Any, job: str, tags: Mapping[str, str]) -> str:
    """What the UI's "Launch run" sends; returns the run id."""
    location, repo = repository(services)
    answer = services.graphql(LAUNCH_RUN, {"params": {
        "selector": {"repositoryLocationName": location, "repositoryName": repo,
                     "jobName": job},
        "runConfigData": {},
        "executionMetadata": {"tags": [{"key": k, "value": v} for k, v in tags.items()]},
    }})["launchRun"]
    assert answer["__typename"] == "LaunchRunSuccess", answer
    return answer["run"]["runId"]


def worker_pid(instance: DagsterInstance, run_id: str) -> int | None:
    """The pid of the process that runs a run's steps (its in-process executor's)."""
    for entry in instance.all_logs(run_id, of_type=DagsterEventType.ENGINE_EVENT):
        match = re.search(r"Executing steps in process \(pid: (\d+)\)", entry.message or "")
        if match:
            return int(match.group(1))
    return None
