"""The fast tier itself: no connection leaves the process, and the project's
environment variables of the shell running the tests are not seen."""

from __future__ import annotations

import os
import socket

import psycopg
import psycopg2
import pytest
from sqlalchemy import create_engine, text

from .conftest import NetworkUsed


def test_the_fast_tier_refuses_every_outgoing_connection() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 5432), timeout=1)
    with pytest.raises(NetworkUsed), socket.socket() as sock:
        sock.connect(("127.0.0.1", 5432))


def test_the_fast_tier_refuses_libpq_whose_sockets_python_never_sees() -> None:
    with pytest.raises(NetworkUsed):
        psycopg.connect("host=127.0.0.1 port=5432 user=postgres connect_timeout=1")
    with pytest.raises(NetworkUsed):
        psycopg.Connection.connect("host=/var/run/postgresql user=postgres")
    with pytest.raises(NetworkUsed):
        psycopg2.connect("host=127.0.0.1 port=5432 user=postgres connect_timeout=1")
    engine = create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    with pytest.raises(NetworkUsed), engine.connect() as conn:
        conn.execute(text("SELECT 1"))


def test_the_project_environment_variables_of_the_shell_are_cleared() -> None:
    leaked = [name for name in os.environ
              if name.startswith(("OFFICEFLOW_", "FLOWSYNC_")) and name != "FLOWSYNC_UPDATE_SNAPSHOT"]
    assert leaked == []
