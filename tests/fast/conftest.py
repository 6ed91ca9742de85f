"""The fast tier: no database, no server, no network; a few seconds in all.

Every test here runs with the environment variables of the project cleared
(so a developer's shell cannot change what a test sees) and with outgoing
connections refused, so a test that would reach for the network or a
database fails at once instead of passing by luck. libpq opens its sockets in
C, past Python's ``socket`` module: the drivers' own ``connect`` (psycopg 3,
and psycopg2 under dagster-postgres) are refused too. The root
``tests/conftest.py`` is loaded too, but its PostgreSQL and simulator
fixtures are lazy and no test here asks for them.
"""

from __future__ import annotations

import os
import socket
from typing import Any

import psycopg
import pytest

PROJECT_ENV_PREFIXES = ("OFFICEFLOW_", "FLOWSYNC_")
KEEP = {"FLOWSYNC_UPDATE_SNAPSHOT"}


class NetworkUsed(AssertionError):
    pass


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NetworkUsed(f"the fast tier opened a connection: {args!r}")


@pytest.fixture(autouse=True)
def _hermetic(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(PROJECT_ENV_PREFIXES) and name not in KEEP:
            monkeypatch.delenv(name)
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(psycopg.Connection, "connect", classmethod(_refuse))
    monkeypatch.setattr(psycopg.AsyncConnection, "connect", classmethod(_refuse))
    monkeypatch.setattr(psycopg, "connect", _refuse)
    try:
        import psycopg2
    except ImportError:  # pragma: no cover - installed with dagster-postgres
        return
    monkeypatch.setattr(psycopg2, "connect", _refuse)
