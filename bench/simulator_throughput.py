"""How fast the simulator serves pages, so it is never what a benchmark measures.

    .venv/bin/python bench/simulator_throughput.py --users 1000000 --clients 4

Starts the simulator in its own process, then reads /users (1000 a page) with
``--clients`` concurrent readers, twice: cold (pages generated) and warm
(pages from the cache). Prints pages/s and items/s for both, and the rate at
which our client decodes the same pages, for comparison.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flowsync_dagster.officeflow import models  # noqa: E402
from flowsync_dagster.officeflow.client import OfficeflowClient  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(users: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "flowsync_dagster.simulator", "--port",
                             str(port), "--users", str(users), "--cache-mb", "4096"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(url + "/_sim/state", timeout=0.5)
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("simulator did not start")


def cursors(url: str, token: str) -> list[str | None]:
    """Walk the listing once to learn every page's cursor (this is the cold pass)."""
    out: list[str | None] = [None]
    with httpx.Client(base_url=url + "/api/v4", headers={"Authorization": f"Bearer {token}"},
                      timeout=60) as http:
        while True:
            data = http.get("/users", params={"limit": 1000, **(
                {"cursor": out[-1]} if out[-1] else {})}).json()["data"]
            if not data["next_cursor"]:
                return out
            out.append(data["next_cursor"])


def read_pages(url: str, token: str, page_cursors: list[str | None], clients: int) -> int:
    # one keep-alive connection per reader (an httpx.Client costs ~10 ms to build)
    http = httpx.Client(base_url=url + "/api/v4", timeout=60,
                        headers={"Authorization": f"Bearer {token}"},
                        limits=httpx.Limits(max_connections=clients))

    def fetch(cursor: str | None) -> int:
        params = {"limit": 1000, **({"cursor": cursor} if cursor else {})}
        return len(http.get("/users", params=params).content)

    with http, ThreadPoolExecutor(clients) as pool:
        return sum(pool.map(fetch, page_cursors))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    proc, url = start(args.users)
    try:
        token = httpx.post(url + "/api/v4/auth/token", json={
            "app_key": "flowsync-demo", "app_secret": "flowsync-demo-secret"}).json()["data"][
            "access_token"]
        t = time.perf_counter()
        page_cursors = cursors(url, token)
        cold = time.perf_counter() - t
        n = len(page_cursors)
        t = time.perf_counter()
        size = read_pages(url, token, page_cursors, args.clients)
        warm = time.perf_counter() - t
        client = OfficeflowClient(url, "flowsync-demo", "flowsync-demo-secret")
        t = time.perf_counter()
        items = sum(len(p.records) + len(p.bad) for p in client.iter_pages("/users", models.USER))
        decode = time.perf_counter() - t
        client.close()
        print(f"users={args.users} pages={n} page_bytes~{size // n}")
        print(f"cold (generate+encode, 1 reader):   {n / cold:8.1f} pages/s  "
              f"{n * 1000 / cold:10.0f} items/s")
        print(f"warm (cache, {args.clients} readers):          {n / warm:8.1f} pages/s  "
              f"{n * 1000 / warm:10.0f} items/s")
        print(f"our client, fetch+decode (1 stream): {n / decode:8.1f} pages/s  "
              f"{items / decode:10.0f} records/s")
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main()
