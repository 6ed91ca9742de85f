"""``StoreResource``: the local store (docs/warehouse.md) as a Dagster resource."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from dagster import ConfigurableResource, InitResourceContext
from pydantic import PrivateAttr

from flowsync_dagster.store.database import Store
from flowsync_dagster.store.merge import StepWriter


class StoreResource(ConfigurableResource):
    """Where the sync writes: PostgreSQL (``postgresql+psycopg``) or SQLite."""

    database_url: str
    schema_name: str = "flowsync"
    lock_timeout_seconds: int = 600
    # how long adding an extension column may wait for app_user (readers queue meanwhile)
    ddl_lock_timeout_seconds: float = 5
    random_page_cost: float = 1.1  # planner cost of a random page read (SSD or cached store)

    _store: Store | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: InitResourceContext) -> None:
        # Dagster may set a resource up more than once per run; connect on first use.
        self._store = None

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        if self._store is not None:
            self._store.dispose()
            self._store = None

    @property
    def store(self) -> Store:
        """The store of this run; on first use, its schema is created or upgraded."""
        if self._store is None:
            store = Store(self.database_url, self.schema_name,
                          lock_timeout_seconds=self.lock_timeout_seconds,
                          ddl_lock_timeout_seconds=self.ddl_lock_timeout_seconds,
                          random_page_cost=self.random_page_cost)
            store.ensure_schema()
            self._store = store
        return self._store

    @contextmanager
    def step(self, run_id: str, started: datetime) -> Iterator[StepWriter]:
        """One writing step: all of it commits, or none of it."""
        store = self.store
        with store.transaction() as conn:
            writer = StepWriter(store, conn, run_id, started)
            yield writer
            writer.drop_staging()
