"""Which runs are alive, and freeing the pool slot of a run that died.

A ``dagster job execute`` process killed with SIGKILL (or a run worker the
OOM killer took) leaves its run STARTED and its ``flowsync_store`` pool slot
claimed in Dagster's event log storage: nothing in Dagster notices, so the
next run waits for that slot until run monitoring fails the dead run after
its maximum run time.

So every run holds a *liveness lock* for as long as its process lives, one
that the operating system or the database releases when the process dies:

- PostgreSQL store: a session advisory lock keyed by the run id, on a
  connection of its own (``application_name`` ``flowsync liveness <run>``).
  A keeper thread watches that connection's socket and takes the lock again
  at once if the connection is lost (a restarted server, an administrator's
  ``pg_terminate_backend``) while the process lives.
- SQLite store: ``flock`` on ``.flowsync-runs/<run id>.lock`` next to the
  store's file (every run that writes that store is on this host).

The run records where its lock is in its tag ``flowsync/liveness``. A run
whose tag names a lock that is free is dead: ``free_dead_runs`` marks it
failed (``DagsterInstance.report_run_failed``, with a message saying so) and
frees its slots (``free_concurrency_slots_for_run``). It is called by every
run at resource setup, before its steps claim a slot (the CLI case), and by
the sensor ``flowsync_free_dead_runs`` in the daemon every 30 s (runs the
daemon launched, whose queued successors never reach their own setup while
the slot is taken).

What is never judged dead: a run without the tag (other code, older
versions: run monitoring's maximum run time applies), a run whose tag names
another run's lock (a retry or a re-execution copies its parent's tags until
its own setup replaces the tag), a run whose lock is in another database or
on another host, and a run whose lock was free only for a moment (looked at again after a grace; longer when the PostgreSQL server
restarted after the lock was taken, so that the keeper can take it back).
The lock is released at resource teardown, after the run's last slot was
freed but before Dagster records the run's end: a run that holds no slot is
therefore judged only if it is still unfinished after a longer grace.

The lock assumes the in-process executor (``definitions.py``): the resource
is set up once, in the process that runs every step.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import select
import socket
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from dagster import DagsterInstance, DagsterRunStatus, RunsFilter
from sqlalchemy.engine import make_url

from flowsync_dagster.store.database import normalise_url

# One writer at a time per store (the pool's limit is in dagster.yaml); the
# advisory lock in the store is the second line. Each school of a many-school
# deployment has a pool of its own: one school's writer never waits for another's.
POOL = "flowsync_store"
LIVENESS_TAG = "flowsync/liveness"
SENSOR_NAME = "flowsync_free_dead_runs"
SENSOR_INTERVAL_SECONDS = 30

# a free lock is looked at again after this long before its run is judged dead
GRACE_SECONDS = 0.5
# ... after this long if the PostgreSQL server restarted since the lock was taken
RESTART_GRACE_SECONDS = 5.0
# ... and after this long if the run holds no slot (it may be between its
# resource teardown and the end Dagster records a moment later)
NO_SLOT_GRACE_SECONDS = 3.0
# how often the keeper tries to connect again while the server is away
KEEPER_RETRY_SECONDS = 0.2

UNFINISHED = [DagsterRunStatus.STARTED, DagsterRunStatus.STARTING, DagsterRunStatus.CANCELING]

Log = Callable[[str], Any]
logger = logging.getLogger(__name__)


class LivenessError(Exception):
    """The liveness lock could not be taken."""


def advisory_key(run_id: str) -> int:
    digest = hashlib.blake2b(f"flowsync-run:{run_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _pg_conninfo(url: str, application_name: str) -> tuple[str, str]:
    """psycopg connection parameters for a store URL, and the server's identity
    (``host:port/database``) as the tag records it."""
    parsed = make_url(normalise_url(url))
    params: dict[str, Any] = {k: v for k, v in parsed.query.items() if isinstance(v, str)}
    params.update(host=parsed.host or "", port=str(parsed.port or 5432),
                  dbname=parsed.database or "", user=parsed.username or "",
                  application_name=application_name, connect_timeout=5,
                  # a peer gone without a word is noticed in ~15 s
                  keepalives=1, keepalives_idle=5, keepalives_interval=2, keepalives_count=5)
    if parsed.password:
        params["password"] = parsed.password
    where = f"{parsed.host or ''}:{parsed.port or 5432}/{parsed.database or ''}"
    return psycopg.conninfo.make_conninfo(**{k: v for k, v in params.items() if v != ""}), where


def _sqlite_lock_dir(url: str) -> Path | None:
    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    return Path(database).resolve().parent / ".flowsync-runs"


# ---------------------------------------------------------------- the tag


@dataclass(frozen=True)
class LockRef:
    """Where a run's liveness lock is: ``pg <host:port/db> <key> <taken-at>`` or
    ``flock <hostname> <path>``."""

    kind: str  # "pg" or "flock"
    where: str  # host:port/db, or the hostname
    key: str  # advisory key, or the lock file's path
    taken_at: float = 0.0

    def tag(self) -> str:
        if self.kind == "pg":
            return f"pg {self.where} {self.key} {self.taken_at:.3f}"
        return f"flock {self.where} {self.key}"

    def belongs_to(self, run_id: str) -> bool:
        """Whether this is ``run_id``'s own lock. A run launched from another
        (Dagster's run retries, a re-execution) copies its parent's tags, this
        one included, until its own resource setup replaces it: the parent's
        lock, free since the parent died, says nothing about the copy."""
        if self.kind == "pg":
            return self.key == str(advisory_key(run_id))
        return Path(self.key).name == f"{run_id}.lock"

    @classmethod
    def parse(cls, tag: str) -> LockRef | None:
        parts = tag.split(" ")
        try:
            if parts[0] == "pg" and len(parts) == 4:
                int(parts[2])
                return cls("pg", parts[1], parts[2], float(parts[3]))
            if parts[0] == "flock" and len(parts) >= 3:
                return cls("flock", parts[1], " ".join(parts[2:]))
        except ValueError:
            return None
        return None


# ---------------------------------------------------------------- holding


class _PgHold:
    """A session advisory lock, kept for as long as this process lives."""

    def __init__(self, conninfo: str, key: int) -> None:
        self._conninfo = conninfo
        self._key = key
        self._conn: psycopg.Connection[Any] | None = self._take()
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._keep, name="flowsync-liveness", daemon=True)
        self._thread.start()

    def _take(self) -> psycopg.Connection[Any]:
        conn = psycopg.connect(self._conninfo, autocommit=True)
        try:
            row = conn.execute("SELECT pg_try_advisory_lock(%s)", (self._key,)).fetchone()
        except BaseException:
            conn.close()
            raise
        if not row or not row[0]:
            conn.close()
            raise LivenessError("the run's liveness lock is held by another session")
        return conn

    def _keep(self) -> None:
        """Wait on the connection's socket; if the server closes it, take the lock again."""
        while not self._stop.is_set():
            conn = self._conn
            if conn is None:
                try:
                    self._conn = self._take()
                except Exception:  # the server is away (restarting): try again shortly
                    self._stop.wait(KEEPER_RETRY_SECONDS)
                continue
            try:
                readable, _, _ = select.select([conn.fileno(), self._wake_r], [], [])
            except (OSError, ValueError, psycopg.Error):
                readable = [conn]
            if self._stop.is_set():
                break
            if readable:  # a notice, or the connection's end: find out which
                try:
                    conn.execute("SELECT 1")
                except Exception:
                    with suppress(Exception):
                        conn.close()
                    self._conn = None
                    logger.warning("flowsync liveness: the connection holding the run's "
                                   "liveness lock was lost; taking the lock again")

    def release(self) -> None:
        self._stop.set()
        with suppress(OSError):
            os.write(self._wake_w, b"x")
        self._thread.join(timeout=5)
        conn, self._conn = self._conn, None
        if conn is not None:
            with suppress(Exception):
                conn.close()  # the session's end releases the lock
        for fd in (self._wake_r, self._wake_w):
            with suppress(OSError):
                os.close(fd)


class _FileHold:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._fd)
            raise LivenessError(f"{path} is locked by another process") from None
        os.write(self._fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        with suppress(OSError):
            self.path.unlink()
        with suppress(OSError):
            os.close(self._fd)  # closing the last descriptor releases the flock


@dataclass
class Liveness:
    """The lock one run holds while its process lives."""

    ref: LockRef
    _hold: _PgHold | _FileHold

    def release(self) -> None:
        self._hold.release()


def hold(run_id: str, database_url: str) -> Liveness | None:
    """Take ``run_id``'s liveness lock next to the store; None for an in-memory store."""
    url = normalise_url(database_url)
    if make_url(url).get_backend_name() == "postgresql":
        conninfo, where = _pg_conninfo(url, f"flowsync liveness {run_id}")
        key = advisory_key(run_id)
        pg = _PgHold(conninfo, key)
        return Liveness(LockRef("pg", where, str(key), time.time()), pg)
    directory = _sqlite_lock_dir(url)
    if directory is None:
        return None
    path = directory / f"{run_id}.lock"
    return Liveness(LockRef("flock", socket.gethostname(), str(path)), _FileHold(path))


# ---------------------------------------------------------------- the pool


def store_pool(school: str | None = None) -> str:
    """The pool of a school's store steps: ``flowsync_store`` for the
    single-school default, ``flowsync_store_<code>`` for a school with a code."""
    return f"{POOL}_{school}" if school else POOL


def ensure_pool(instance: DagsterInstance, pool: str = POOL) -> None:
    """Create the pool's limit (the instance's ``default_limit``) if it is not there yet.

    Dagster creates it when a step first claims a slot; two runs whose first
    steps do that at the same moment both insert it, and on PostgreSQL storage
    the loser's run fails (``UniqueViolation ... concurrency_limits_concurrency_key_key``:
    its fallback UPDATE runs in the aborted transaction). Done here, at resource
    setup, a lost race is harmless: the other run made it."""
    storage = instance.event_log_storage
    default = instance.global_op_concurrency_default_limit
    if not storage.supports_global_concurrency_limits or default is None:
        return

    def present() -> bool:
        return any(p.name == pool and (p.limit == default or not p.from_default)
                   for p in storage.get_pool_limits())

    if present():
        return
    try:
        storage.initialize_concurrency_limit_to_default(pool)
    except Exception:
        if not present():
            raise


# ---------------------------------------------------------------- judging


class _Prober:
    """Looks at other runs' liveness locks from the reaper's side."""

    def __init__(self, database_url: str) -> None:
        self._url = normalise_url(database_url)
        self._is_pg = make_url(self._url).get_backend_name() == "postgresql"
        self._conn: psycopg.Connection[Any] | None = None
        self._where = ""
        if self._is_pg:
            self._conninfo, self._where = _pg_conninfo(self._url, "flowsync reaper")

    def _pg(self) -> psycopg.Connection[Any]:
        if self._conn is None:
            self._conn = psycopg.connect(self._conninfo, autocommit=True)
        return self._conn

    def server_started(self) -> float:
        row = self._pg().execute("SELECT extract(epoch FROM pg_postmaster_start_time())"
                                 ).fetchone()
        return float(row[0]) if row else 0.0

    def is_free(self, ref: LockRef) -> bool | None:
        """True: nobody holds it (its run is dead); False: held; None: not ours to judge."""
        if ref.kind == "pg":
            if not self._is_pg or ref.where != self._where:
                return None
            unsigned = int(ref.key) & 0xFFFFFFFFFFFFFFFF
            row = self._pg().execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND classid::text::bigint = %s AND objid::text::bigint = %s AND objsubid = 1",
                (unsigned >> 32, unsigned & 0xFFFFFFFF)).fetchone()
            return not (row and row[0])
        if ref.kind == "flock":
            if ref.where != socket.gethostname():
                return None
            try:
                fd = os.open(ref.key, os.O_RDWR | os.O_CLOEXEC)
            except FileNotFoundError:
                return True  # released and removed: its run ended (or never began)
            except OSError:
                return None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False
            finally:
                os.close(fd)  # releases ours, if we got it
            return True
        return None

    def close(self) -> None:
        if self._conn is not None:
            with suppress(Exception):
                self._conn.close()
            self._conn = None


@dataclass(frozen=True)
class DeadRun:
    run_id: str
    status: str  # its status when found
    slots: int  # flowsync_store slots it held
    queued: int  # its steps queued for one
    lock: str


def _holders(instance: DagsterInstance, pool: str) -> dict[str, tuple[int, int]]:
    """Runs holding ``pool`` slots or queued for one: run id -> (slots, queued steps)."""
    info = instance.event_log_storage.get_concurrency_info(pool)
    claimed = [(s.run_id, s.step_key) for s in info.claimed_slots]
    counts: dict[str, tuple[int, int]] = {}
    for run_id, _ in claimed:
        slots, queued = counts.get(run_id, (0, 0))
        counts[run_id] = (slots + 1, queued)
    for step in info.pending_steps:
        if (step.run_id, step.step_key) not in claimed:
            slots, queued = counts.get(step.run_id, (0, 0))
            counts[step.run_id] = (slots, queued + 1)
    return counts


def free_dead_runs(instance: DagsterInstance, database_url: str, *, by: str,
                   exclude: Iterable[str] = (), log: Log | None = None,
                   pool: str = POOL) -> list[DeadRun]:
    """Mark failed the runs whose liveness lock is free, and free their slots
    (those of ``pool`` and any other).

    ``by`` says who found them (in the dead run's log)."""
    say = log or logger.info
    if not instance.event_log_storage.supports_global_concurrency_limits:
        return []
    skip = set(exclude)
    holders = _holders(instance, pool)
    prober = _Prober(database_url)
    try:
        suspects = {run_id: ref for run_id, ref in _locks_of(instance, holders, skip).items()
                    if prober.is_free(ref)}
        if not suspects:
            return []
        time.sleep(_grace(prober, suspects, holders))
        holders = _holders(instance, pool)
        dead: list[DeadRun] = []
        for run_id, ref in suspects.items():
            run = instance.get_run_by_id(run_id)
            if run is None or not prober.is_free(ref):
                continue
            slots, queued = holders.get(run_id, (0, 0))
            if run.is_finished and not slots and not queued:
                continue  # it ended (and let go) while we looked
            dead.append(DeadRun(run_id, run.status.value, slots, queued, ref.tag()))
            _bury(instance, run, ref, slots, queued, by, pool)
            say(f"{pool}: run {run_id} was dead ({run.status.value}, liveness lock "
                f"{ref.tag()} free): {'marked failed, ' if not run.is_finished else ''}"
                f"{slots} slot(s) and {queued} queued step(s) freed")
        return dead
    finally:
        prober.close()


def _locks_of(instance: DagsterInstance, holders: dict[str, tuple[int, int]],
              skip: set[str]) -> dict[str, LockRef]:
    """The liveness locks of the unfinished runs and of the runs holding slots."""
    runs = {r.run_id: r for r in instance.get_runs(RunsFilter(statuses=UNFINISHED), limit=200)}
    for run_id in holders:
        if run_id not in runs and run_id not in skip:
            found = instance.get_run_by_id(run_id)
            if found is not None:
                runs[run_id] = found
    locks: dict[str, LockRef] = {}
    for run_id, run in runs.items():
        ref = LockRef.parse(run.tags.get(LIVENESS_TAG, ""))
        if run_id not in skip and ref is not None and ref.belongs_to(run_id):
            locks[run_id] = ref
    return locks


def _grace(prober: _Prober, suspects: dict[str, LockRef],
           holders: dict[str, tuple[int, int]]) -> float:
    """How long a free lock must stay free before its run is believed dead."""
    grace = GRACE_SECONDS
    if any(ref.kind == "pg" for ref in suspects.values()):
        started = prober.server_started()
        if any(ref.kind == "pg" and ref.taken_at <= started for ref in suspects.values()):
            grace = RESTART_GRACE_SECONDS
    if any(run_id not in holders for run_id in suspects):
        grace = max(grace, NO_SLOT_GRACE_SECONDS)
    return grace


def _bury(instance: DagsterInstance, run: Any, ref: LockRef, slots: int, queued: int,
          by: str, pool: str) -> None:
    """Mark a dead run failed (or note it, if it already ended) and free its slots."""
    when = datetime.now(UTC).isoformat(timespec="seconds")
    what = f"its {slots} {pool} slot(s) and {queued} queued step(s) freed by {by} at {when}"
    if not run.is_finished:
        instance.report_run_failed(run, (
            f"flowsync: this run's process died (killed or crashed): its liveness lock "
            f"({ref.tag()}) was free; marked failed, and {what}"))
    elif slots or queued:
        instance.report_engine_event(
            f"flowsync: this run's process is gone (its liveness lock {ref.tag()} was free) "
            f"but it still held the {pool} pool: {what}", run)
    if slots or queued:
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
    if ref.kind == "flock":
        with suppress(OSError):
            Path(ref.key).unlink()
