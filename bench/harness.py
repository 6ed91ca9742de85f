"""What the benchmarks share: a warmed simulator process, scratch databases,
and commands run as subprocesses with their wall time and peak memory."""

from __future__ import annotations

import os
import platform
import re
import socket
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil
import psycopg

ROOT = Path(__file__).resolve().parents[1]
DAGSTER = str(Path(sys.executable).with_name("dagster"))
ADMIN = os.environ.get("BENCH_PG_ADMIN", "host=127.0.0.1 port=5432 user=postgres dbname=postgres")
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{db}"
STEP = re.compile(r" - (\S+) - STEP_SUCCESS - Finished execution of step \"(\S+)\" in "
                  r"([^.]+(?:\.\d+)?[a-z]*)\.?$", re.MULTILINE)


def seconds(text: str) -> float:
    """Dagster's durations: '812ms', '3.41s', '1m4s', '1h2m3s'."""
    if text.endswith("ms"):
        return float(text[:-2]) / 1000
    return sum(float(v) * {"h": 3600, "m": 60, "s": 1}[u]
               for v, u in re.findall(r"([\d.]+)([hms])", text))


@dataclass
class Measured:
    label: str
    wall: float
    peak_rss_mb: float
    ok: bool
    output: str = ""
    steps: dict[str, float] = field(default_factory=dict)


def measure(label: str, command: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run a command; wall time, and peak RSS of it and its children (sampled every 50 ms)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        ps = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(True))
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    done.set()
    sampler.join()
    steps = {m.group(2): seconds(m.group(3).strip()) for m in STEP.finditer(output)}
    return Measured(label, time.perf_counter() - started, peak / 2**20, proc.returncode == 0,
                    output, steps)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def simulator(users: int, hourly_user_changes: int | None = None, warm: bool = True):
    """A simulator process at ``users``, its page cache warmed before it is used."""
    port = free_port()
    args = [sys.executable, "-m", "flowsync_dagster.simulator", "--port", str(port), "--users",
            str(users), "--epoch", "1", "--cache-mb", "16384"]
    if warm:
        args.append("--warm")
    if hourly_user_changes:
        args += ["--hourly-user-changes", str(hourly_user_changes)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                if not httpx.get(url + "/_sim/state", timeout=5).json()["warming"]:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None:
                raise RuntimeError("the simulator exited")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait()


def set_epoch(url: str, epoch: int) -> None:
    httpx.post(url + "/_sim/epoch", json={"epoch": epoch}, timeout=600).raise_for_status()


@contextmanager
def scratch_database(prefix: str):
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def quiesce(db: str) -> None:
    """Vacuum and checkpoint ``db`` so that the next measured run does not pay
    for the dead rows and dirty pages of the run before it."""
    with psycopg.connect(f"{ADMIN} dbname={db}",  # the last dbname wins
                         autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")
        conn.execute("CHECKPOINT")


def write_activity(db: str) -> dict[str, float]:
    """Counters of what was written so far: rows inserted or updated per table
    of the store (``t:<table>``), their sum (``rows``), and the server's WAL
    (``wal_mb``, ``fpi``: full-page images). Differences of two readings are
    what a run between them wrote."""
    with psycopg.connect(f"{ADMIN} dbname={db}",  # the last dbname wins
                         autocommit=True) as conn:
        tables = {f"t:{name}": int(n) for name, n in conn.execute(
            "SELECT relname, n_tup_ins + n_tup_upd FROM pg_stat_user_tables "
            "WHERE schemaname = 'flowsync'")}
        wal_bytes, fpi = conn.execute("SELECT wal_bytes, wal_fpi FROM pg_stat_wal").fetchone()
    return {**tables, "rows": sum(tables.values()), "wal_mb": float(wal_bytes) / 2**20,
            "fpi": int(fpi)}


def dagster_env(home: str, sim_url: str, db: str, instance_db: str | None = None
                ) -> dict[str, str]:
    """The environment of a ``dagster`` command: the store in database ``db``;
    Dagster's own instance the SQLite default, or, given ``instance_db``, the
    PostgreSQL instance of deploy/dagster.yaml in that database."""
    Path(home).mkdir(parents=True, exist_ok=True)
    config = "dagster.yaml" if instance_db else "dagster.local.yaml"
    Path(home, "dagster.yaml").write_text((ROOT / "deploy" / config).read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    env.update(DAGSTER_HOME=home, OFFICEFLOW_BASE_URL=sim_url, OFFICEFLOW_APP_KEY="flowsync-demo",
               OFFICEFLOW_APP_SECRET="flowsync-demo-secret",
               FLOWSYNC_DATABASE_URL=PG_URL.format(db=db))
    if instance_db:
        env.update(DAGSTER_PG_HOST="127.0.0.1", DAGSTER_PG_PORT="5432",
                   DAGSTER_PG_USERNAME="postgres", DAGSTER_PG_PASSWORD="", DAGSTER_PG_DB=instance_db)
    return env


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    with psycopg.connect(ADMIN) as conn:
        pg = conn.execute("SHOW server_version").fetchone()[0]
        shared = conn.execute("SHOW shared_buffers").fetchone()[0]
    return {"cpu": cpu, "cores": str(os.cpu_count()),
            "memory_gib": f"{psutil.virtual_memory().total / 2**30:.1f}",
            "python": platform.python_version(), "postgresql": pg,
            "shared_buffers": shared, "platform": platform.platform()}
