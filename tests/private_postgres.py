"""A PostgreSQL server of one test's own: a cluster made with ``initdb`` in a
temporary directory, on a free port, that the test may restart or stop without
touching the server the other tests share (so it can run beside them).

As root (CI) the server runs as the ``postgres`` user (PostgreSQL refuses to
run as root); otherwise as the current user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.dagster_services import free_port

SERVER_USER = "postgres"  # who runs the server when the tests run as root


def bin_dir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: ``pg_config --bindir``, else the
    newest /usr/lib/postgresql/<version>/bin."""
    if shutil.which("pg_config"):
        done = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        found = Path(done.stdout.strip())
        if done.returncode == 0 and (found / "initdb").exists():
            return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    return versions[-1].parent if versions else None


def unavailable() -> str | None:
    """Why no private server can be made here, or None."""
    if bin_dir() is None:
        return "no initdb (PostgreSQL's server binaries) on this machine"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: the server cannot run as postgres"
    return None


@dataclass
class PrivateServer:
    data: Path
    port: int
    bindir: Path

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of its ``postgres`` database."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def pg_ctl(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return _as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), *args],
                               timeout=timeout)

    def restart(self) -> subprocess.CompletedProcess[str]:
        """``pg_ctl restart -m fast``: every session is ended, as on a server restart."""
        return self.pg_ctl("restart", "-m", "fast", "-w", "-l", str(self.data / "server.log"))

    def log(self) -> str:
        path = self.data / "server.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""


def _as_server_user(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        command = ["runuser", "-u", SERVER_USER, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


@contextmanager
def private_server() -> Iterator[PrivateServer]:
    """A new cluster, started; stopped and removed on exit. Its directory is
    under the system's temporary directory, not pytest's (root's pytest
    directories are closed to the postgres user)."""
    bindir = bin_dir()
    assert bindir is not None, unavailable()
    base = Path(tempfile.mkdtemp(prefix="flowsync-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, SERVER_USER)
    server = PrivateServer(base / "data", free_port(), bindir)
    try:
        done = _as_server_user([str(bindir / "initdb"), "-D", str(server.data), "-U", "postgres",
                                "--auth=trust", "-E", "UTF8", "--no-sync"], timeout=120)
        assert done.returncode == 0, f"initdb: {done.stdout}{done.stderr}"
        with (server.data / "postgresql.conf").open("a") as conf:
            conf.write(f"\nport = {server.port}\nlisten_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{base}'\nmax_connections = 50\n")
        done = server.pg_ctl("start", "-w", "-l", str(server.data / "server.log"))
        assert done.returncode == 0, f"pg_ctl start: {done.stdout}{done.stderr}\n{server.log()}"
        yield server
    finally:
        if (server.data / "postmaster.pid").exists():
            server.pg_ctl("stop", "-m", "immediate", "-w", timeout=60)
        shutil.rmtree(base, ignore_errors=True)
