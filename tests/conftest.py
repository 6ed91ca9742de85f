"""Shared fixtures: real PostgreSQL, the simulator over real HTTP, real Dagster runs.

- ``pg_database``: a fresh database for the whole session, dropped at the end.
- ``pg_url`` / ``sqlite_url``: a store URL; on PostgreSQL each test gets its
  own schema (``schema_name``), so tests never see each other's rows.
- ``simulator``: one simulator server per session on 127.0.0.1; each test
  starts from a reset data set (500 users, epoch 1, no faults).
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from dagster import DagsterInstance, instance_for_test

from flowsync_dagster.simulator import (
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    SchoolDataset,
    Simulator,
    SimulatorServer,
)

PG_HOST = os.environ.get("FLOWSYNC_TEST_PG_HOST", "127.0.0.1")
PG_PORT = os.environ.get("FLOWSYNC_TEST_PG_PORT", "5432")
PG_USER = os.environ.get("FLOWSYNC_TEST_PG_USER", "postgres")
TEST_USERS = 500


def _admin_conninfo(dbname: str = "postgres") -> str:
    return f"host={PG_HOST} port={PG_PORT} user={PG_USER} dbname={dbname}"


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    name = f"flowsync_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(_admin_conninfo(), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:  # pragma: no cover - the machine's fault
        pytest.exit(f"PostgreSQL is not reachable on {PG_HOST}:{PG_PORT}: {exc}", returncode=2)
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    with psycopg.connect(_admin_conninfo(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def schema_name(request: pytest.FixtureRequest) -> str:
    base = re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:40]
    return f"t_{base}_{uuid.uuid4().hex[:6]}"


@pytest.fixture
def pg_url(pg_database: str) -> str:
    return pg_database


@pytest.fixture
def sqlite_url(tmp_path: Any) -> str:
    return f"sqlite:///{tmp_path / 'flowsync.db'}"


@dataclass
class SimulatorHandle:
    server: SimulatorServer

    @property
    def url(self) -> str:
        return self.server.base_url

    @property
    def sim(self) -> Simulator:
        return self.server.sim

    @property
    def dataset(self) -> SchoolDataset:
        return self.server.sim.dataset

    def faults(self, *rules: dict[str, Any]) -> None:
        self.sim.faults.set(list(rules))

    def hide(self, *names: str) -> None:
        self.sim.hide(list(names))

    def epoch(self, epoch: int) -> None:
        self.sim.set_epoch(epoch)

    def inject(self, path: str, items: list[dict[str, Any]], *, mode: str = "append",
               **params: str) -> None:
        self.sim.inject(path, items, params=params or None, mode=mode)

    def clear_injections(self) -> None:
        self.sim.clear_injections()

    def reset(self, users: int = TEST_USERS, epoch: int = 1, seed: int = 1) -> None:
        self.sim.reset(users, seed, epoch)


@pytest.fixture(scope="session")
def _simulator_server() -> Iterator[SimulatorServer]:
    dataset = SchoolDataset(users=TEST_USERS, seed=1, epoch=1)
    server = SimulatorServer(Simulator(dataset, cache_mb=256)).start()
    yield server
    server.stop()


@pytest.fixture
def simulator(_simulator_server: SimulatorServer) -> SimulatorHandle:
    handle = SimulatorHandle(_simulator_server)
    handle.reset()
    return handle


@pytest.fixture
def credentials() -> tuple[str, str]:
    return DEMO_APP_KEY, DEMO_APP_SECRET


@pytest.fixture(autouse=True)
def _the_last_run_again(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test's last run through ``tests.helpers.run_assets`` is also an
    idempotence test: run again on the same source, it must leave the store as
    it was. What happened is kept on the test's report and counted at the end
    of the session (``pytest_terminal_summary``)."""
    yield
    from tests.helpers import RERUN_PROPERTY, check_last_run_again, end_test_instance

    try:
        request.node.user_properties.append((RERUN_PROPERTY, check_last_run_again()))
    finally:
        end_test_instance()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """How many tests' last runs were rerun and compared, and why the others
    were not: the idempotence claim, counted rather than assumed."""
    from tests.helpers import RERUN_PROPERTY

    outcomes: dict[str, int] = {}
    for reports in terminalreporter.stats.values():
        for report in reports:
            if getattr(report, "when", None) != "teardown":
                continue
            for name, value in getattr(report, "user_properties", ()):
                if name == RERUN_PROPERTY:
                    outcomes[value] = outcomes.get(value, 0) + 1
    if outcomes and outcomes.keys() != {"no run"}:
        counted = ", ".join(f"{n} {what}" for what, n in sorted(outcomes.items()))
        terminalreporter.write_line(f"last run again (idempotence): {counted}")


@pytest.fixture
def instance() -> Iterator[DagsterInstance]:
    """An ephemeral Dagster instance with the pool limit of deploy/dagster.yaml."""
    with instance_for_test(overrides={"concurrency": {"pools": {"default_limit": 1}}}) as inst:
        yield inst
