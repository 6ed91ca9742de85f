"""The fast tier itself: no connection leaves the process, and the project's
environment variables of the shell running the tests are not seen."""

from __future__ import annotations

import os
import socket

import pytest

from .conftest import NetworkUsed


def test_the_fast_tier_refuses_every_outgoing_connection() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 5432), timeout=1)
    with pytest.raises(NetworkUsed), socket.socket() as sock:
        sock.connect(("127.0.0.1", 5432))


def test_the_project_environment_variables_of_the_shell_are_cleared() -> None:
    leaked = [name for name in os.environ
              if name.startswith(("OFFICEFLOW_", "FLOWSYNC_")) and name != "FLOWSYNC_UPDATE_SNAPSHOT"]
    assert leaked == []
