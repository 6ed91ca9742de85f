"""``StoreResource``: the local store (docs/warehouse.md) as a Dagster resource.

At setup, in the run's own process and before any step claims a pool slot,
the resource takes the run's liveness lock and frees the slots of runs that
died holding them (``flowsync_dagster/store/liveness.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from dagster import ConfigurableResource, DagsterInstance, InitResourceContext
from pydantic import PrivateAttr

from flowsync_dagster.resources.run_config import refuse_resource_config
from flowsync_dagster.settings.keys import default
from flowsync_dagster.store import liveness
from flowsync_dagster.store.database import Store
from flowsync_dagster.store.merge import StepWriter


class StoreResource(ConfigurableResource):
    """Where the sync writes: PostgreSQL (``postgresql+psycopg``) or SQLite."""

    database_url: str
    schema_name: str = default("store.schema")
    lock_timeout_seconds: int = 600
    # how long adding an extension column may wait for app_user (readers queue meanwhile)
    ddl_lock_timeout_seconds: float = 5
    random_page_cost: float = 1.1  # planner cost of a random page read (SSD or cached store)
    pool: str = liveness.POOL  # the Dagster pool this store's steps take turns in

    _store: Store | None = PrivateAttr(default=None)
    _run_id: str | None = PrivateAttr(default=None)
    _liveness: liveness.Liveness | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: InitResourceContext) -> None:
        refuse_resource_config(context)
        # Dagster may set a resource up more than once per run; connect on first use.
        self._store = None
        self._run_id = None
        self._liveness = None
        run, instance = context.run, context.instance
        if run is None or instance is None:
            return  # a sensor or a schedule: no run to keep alive
        self._run_id = run.run_id
        current = instance.get_run_by_id(run.run_id)
        if current is not None and current.is_finished:
            return  # the CLI sets resources up again after the run, to report on it
        self._hold_liveness(instance, run.run_id, context)

    def _hold_liveness(self, instance: DagsterInstance, run_id: str,
                       context: InitResourceContext) -> None:
        """The pool, this run's liveness lock, then the slots of dead runs freed
        (before any step of this run claims one)."""
        warn = context.log.warning if context.log else liveness.logger.warning
        liveness.ensure_pool(instance, self.pool)
        try:
            self._liveness = liveness.hold(run_id, self.database_url)
        except Exception as exc:  # the store is down: the steps will say so, and retry
            warn(f"flowsync liveness: could not take this run's liveness lock ({exc}); a "
                 "later run cannot tell whether this one is alive")
            return
        if self._liveness is None:
            return
        instance.add_run_tags(run_id, {liveness.LIVENESS_TAG: self._liveness.ref.tag()})
        try:
            liveness.free_dead_runs(instance, self.database_url, by=f"run {run_id}",
                                    exclude=[run_id], log=warn, pool=self.pool)
        except Exception as exc:
            warn(f"flowsync liveness: could not look for dead runs holding the "
                 f"{self.pool} pool ({type(exc).__name__}: {exc})")

    def free_dead_runs(self, instance: DagsterInstance, by: str) -> list[liveness.DeadRun]:
        """Mark failed the runs that died holding the store's pool, and free their slots."""
        return liveness.free_dead_runs(instance, self.database_url, by=by, pool=self.pool)

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        if self._store is not None:
            self._store.dispose()
            self._store = None
        if self._liveness is not None:  # after the run's last slot was freed
            self._liveness.release()
            self._liveness = None

    @property
    def store(self) -> Store:
        """The store of this run; on first use, its schema is created or upgraded."""
        if self._store is None:
            store = Store(self.database_url, self.schema_name,
                          lock_timeout_seconds=self.lock_timeout_seconds,
                          ddl_lock_timeout_seconds=self.ddl_lock_timeout_seconds,
                          random_page_cost=self.random_page_cost,
                          application_name=f"flowsync run {self._run_id}" if self._run_id
                          else "flowsync")
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
