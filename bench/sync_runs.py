"""A full resync and one incremental hour of every sync asset, through the CLI.

    .venv/bin/python bench/sync_runs.py --users 1000000

Starts the simulator (its own process, page cache warmed first, so the
simulator's generation cost is not measured), creates a scratch PostgreSQL
database, then times with the real ``dagster job execute``:

1. ``officeflow_full_resync`` on an empty store;
2. the same again (everything found, nothing changed);
3. the simulator moves to the next hour (1 % of users changed, tombstones,
   hard deletions), and ``officeflow_sync`` runs that hour.

Reports wall time, peak RSS of the run process, and each step's time. Also
times an empty partition (the floor: Dagster's own start-up and bookkeeping).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil
import psycopg

ROOT = Path(__file__).resolve().parents[1]
DAGSTER = str(Path(sys.executable).with_name("dagster"))
STEP = re.compile(r" - (\S+) - STEP_SUCCESS - Finished execution of step \"(\S+)\" in ([^.]+(?:\.\d+)?[a-z]*)\.?$",
                  re.MULTILINE)


def seconds(text: str) -> float:
    """Dagster's durations: '812ms', '3.41s', '1m4s', '1h2m3s'."""
    if text.endswith("ms"):
        return float(text[:-2]) / 1000
    total = 0.0
    for value, unit in re.findall(r"([\d.]+)([hms])", text):
        total += float(value) * {"h": 3600, "m": 60, "s": 1}[unit]
    return total


@dataclass
class Measured:
    label: str
    wall: float
    peak_rss_mb: float
    steps: dict[str, float] = field(default_factory=dict)
    ok: bool = True


def start_simulator(users: int, warm: bool = True) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = [sys.executable, "-m", "flowsync_dagster.simulator", "--port", str(port), "--users",
            str(users), "--epoch", "1", "--cache-mb", "16384"] + (["--warm"] if warm else [])
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            state = httpx.get(url + "/_sim/state", timeout=2).json()
            if not state["warming"]:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)


def run_measured(label: str, args: list[str], env: dict[str, str]) -> Measured:
    started = time.perf_counter()
    proc = subprocess.Popen([DAGSTER, *args], env=env, cwd=ROOT, stdout=subprocess.PIPE,
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
    wall = time.perf_counter() - started
    steps = {m.group(2): seconds(m.group(3).strip()) for m in STEP.finditer(output)}
    if proc.returncode:
        print(output[-4000:])
    return Measured(label, wall, peak / 2**20, steps, proc.returncode == 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--pg", default="host=127.0.0.1 port=5432 user=postgres dbname=postgres")
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args()
    db = f"flowsync_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.pg, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{db}"')
    t = time.perf_counter()
    sim, url = start_simulator(args.users)
    print(f"simulator ready ({args.users} users, warmed) in {time.perf_counter() - t:.1f}s")
    home = tempfile.mkdtemp(prefix="flowsync-bench-")
    Path(home, "dagster.yaml").write_text((ROOT / "deploy" / "dagster.local.yaml").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_"))}
    env.update(DAGSTER_HOME=home, OFFICEFLOW_BASE_URL=url, OFFICEFLOW_APP_KEY="flowsync-demo",
               OFFICEFLOW_APP_SECRET="flowsync-demo-secret",
               FLOWSYNC_DATABASE_URL=f"postgresql+psycopg://postgres@127.0.0.1:5432/{db}")
    full = ["job", "execute", "-m", "flowsync_dagster.definitions", "-j", "officeflow_full_resync",
            "--tags", json.dumps({"dagster/partition": "2026-11-27-08:00"})]

    def hour(key: str) -> list[str]:
        return ["job", "execute", "-m", "flowsync_dagster.definitions", "-j", "officeflow_sync",
                "--tags", json.dumps({"dagster/partition": key})]

    results = []
    try:
        results.append(run_measured("empty hour (floor)", hour("2026-03-01-08:00"), env))
        results.append(run_measured("full resync, empty store", full, env))
        results.append(run_measured("full resync, unchanged", full, env))
        httpx.post(url + "/_sim/epoch", json={"epoch": 2}, timeout=600)
        results.append(run_measured("incremental hour (epoch 2)", hour("2026-11-27-09:00"), env))
    finally:
        sim.terminate()
        sim.wait()
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    print(f"\nusers={args.users}")
    print(f"{'run':30s}{'wall s':>9s}{'peak MB':>9s}  steps (s)")
    for r in results:
        steps = ", ".join(f"{k} {v:.1f}" for k, v in sorted(r.steps.items(), key=lambda kv: -kv[1]))
        print(f"{r.label:30s}{r.wall:9.1f}{r.peak_rss_mb:9.0f}  {steps}"
              + ("" if r.ok else "  FAILED"))
    if args.json:
        Path(args.json).write_text(json.dumps([r.__dict__ for r in results], indent=2))


if __name__ == "__main__":
    main()
