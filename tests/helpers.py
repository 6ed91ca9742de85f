"""Running the project's assets in tests: real Dagster runs, resources swapped."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx
from dagster import (
    AssetCheckEvaluation,
    DagsterEventType,
    DagsterInstance,
    ExecuteInProcessResult,
    materialize,
)
from sqlalchemy import text

from flowsync_dagster.defs.build import build_assets
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.resources.sync import DepartmentRuleConfig, SyncPolicyResource
from flowsync_dagster.settings.load import Settings
from flowsync_dagster.store import schema as tables
from flowsync_dagster.store.database import Store
from flowsync_dagster.sync.entities import ENTITY_TABLES

PARTITION = "2026-11-27-08:00"  # Asia/Shanghai: [2026-11-27T00:00Z, 01:00Z) = simulator epoch 1


def settings(database_url: str, schema: str = "flowsync", **overrides: Any) -> Settings:
    values: dict[str, Any] = dict(
        officeflow_base_url="http://127.0.0.1:1", database_url=database_url, schema=schema,
        timezone="Asia/Shanghai", partitions_start="2026-01-01-00:00",
        sync_departments=True, sync_posts=True, sync_tags=True,
    )
    values.update(overrides)
    return Settings(**values)


def resources(sim_url: str, database_url: str, schema: str, policy: Settings | None = None,
              **officeflow: Any) -> dict[str, Any]:
    options: dict[str, Any] = dict(base_url=sim_url, app_key="flowsync-demo",
                                   app_secret="flowsync-demo-secret", backoff_initial_seconds=0.01,
                                   backoff_max_seconds=0.05, max_retry_seconds=10,
                                   demo=not sim_url)  # no source named: the bundled demo
    options.update(officeflow)
    policy = policy or settings(database_url, schema)
    return {
        "officeflow": OfficeflowResource(**options),
        "store": StoreResource(database_url=database_url, schema_name=schema),
        "sync": SyncPolicyResource(
            lookback_hours=policy.lookback_hours, catchup_max_hours=policy.catchup_max_hours,
            sync_departments=policy.sync_departments, sync_posts=policy.sync_posts,
            sync_tags=policy.sync_tags,
            department_rules=[DepartmentRuleConfig.of(r) for r in policy.department_rules]),
    }


# Dagster's console logger prints every event of an in-process run to stderr,
# which pytest captures: ~6 % of a run's time. The run's events are stored
# whatever the console's level (a test reads them from the instance).
QUIET_CONSOLE = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def run_assets(sim_url: str, database_url: str, schema: str, *, select: list[str] | None = None,
               partition: str | None = PARTITION, tags: dict[str, str] | None = None,
               run_config: dict[str, Any] | None = None,
               instance: DagsterInstance | None = None, settings_overrides: dict[str, Any] | None = None,
               officeflow: dict[str, Any] | None = None) -> ExecuteInProcessResult:
    """One real Dagster run of the project's assets against the simulator.

    The last of a test's runs made here is run once more when the test ends
    (``check_last_run_again``), on the same source, and the store must come out
    as that run left it: every table, ``flowsync_meta``, and ``sync_run``'s
    earlier rows, the rerun's own ``sync_run`` rows counting no row changed
    (docs/warehouse.md: the same sync twice leaves the state one run leaves).
    A failed run is rerun too: failing again or not, it may change nothing. It
    is not rerun when the source changed since or a fault rule may still fire
    (not the same source), and the session's summary counts both."""
    chosen = settings(database_url, schema, **(settings_overrides or {}))
    assets = _assets(chosen)

    def run(on: DagsterInstance | None = instance) -> ExecuteInProcessResult:
        return materialize(
            assets,
            selection=select,
            partition_key=partition,
            resources=resources(sim_url, database_url, schema, chosen, **(officeflow or {})),
            tags=tags,
            run_config={**QUIET_CONSOLE, **(run_config or {})},
            instance=on or test_instance(),
            raise_on_error=False,
        )

    result = run()
    _last_run.clear()
    # a test's own instance is closed by the time it ends: the rerun runs on the
    # shared one (the window and catch-up come from the store's sync_run)
    _last_run.update(run=lambda: run(None), result=result, url=database_url, schema=schema,
                     source=source_state(sim_url), sim_url=sim_url)
    return result


RERUN_PROPERTY = "last_run_again"  # the key of a test's report property
_last_run: dict[str, Any] = {}  # the current test's last run, for check_last_run_again
_built: dict[str, list[Any]] = {}  # the asset definitions of each settings seen
_instance: list[DagsterInstance] = []  # the current test's ephemeral instance


def _assets(chosen: Settings) -> list[Any]:
    """The assets for ``chosen``: built once per distinct settings in a session
    (building them is ~40 ms a run; the definitions do not depend on the run)."""
    key = repr(chosen)
    if key not in _built:
        _built[key] = build_assets(chosen)
    return _built[key]


def test_instance() -> DagsterInstance:
    """The ephemeral instance the current test's runs share when it brings none
    of its own (one per run costs ~70 ms to set up); dropped as the test ends
    (``end_test_instance``), after the rerun of its last run."""
    if not _instance:
        _instance.append(DagsterInstance.ephemeral())
    return _instance[0]


def end_test_instance() -> None:
    while _instance:
        _instance.pop().dispose()


def check_last_run_again() -> str:
    """Run the current test's last run once more and compare the store (see
    ``run_assets``); called when each test ends (tests/conftest.py). Says what
    it did: ``checked``, ``no run``, ``source changed``, ``fault armed``."""
    last = dict(_last_run)
    _last_run.clear()
    if not last:
        return "no run"
    source = source_state(last["sim_url"])
    if source != last["source"]:
        return "source changed"
    if armed_faults(last["sim_url"]):
        return "fault armed"
    once = store_state(last["url"], last["schema"])
    ledger = sync_run_rows(last["url"], last["schema"])
    twice = last["run"]()
    if last["result"].success:
        assert twice.success, "the last run failed the second time on an unchanged source"
    assert_same_state(once, store_state(last["url"], last["schema"]))
    after = sync_run_rows(last["url"], last["schema"])
    assert after[:len(ledger)] == ledger, "a rerun changed sync_run's earlier rows"
    changed = [row for row in after[len(ledger):] if any(row[2:])]
    assert not changed, f"the rerun's sync_run rows count changed rows: {changed}"
    return "checked"


def sync_run_rows(url: str, schema: str) -> list[tuple[Any, ...]]:
    """sync_run in the order rows were written: (run, asset, inserted, updated,
    reactivated, removed)."""
    return rows(url, schema, "SELECT run_id, asset, inserted, updated, reactivated, removed "
                             "FROM {sync_run} ORDER BY finished_at, run_id, asset")


# one client for the simulator's state: a new one per call builds an SSL context
# (~25 ms), twice a run
_SIM = httpx.Client(timeout=10)


def source_state(sim_url: str) -> tuple[Any, ...]:
    state = _SIM.get(sim_url + "/_sim/state").json()
    rules = [{k: v for k, v in f.items() if k not in ("seen", "fired")} for f in state["faults"]]
    return state["generation"], state["users"], state["epoch"], repr(rules)


def armed_faults(sim_url: str) -> bool:
    """Whether a fault rule may still fire: a rerun would not see the same source."""
    faults = _SIM.get(sim_url + "/_sim/state").json()["faults"]
    return any(f["times"] >= 0 and f["fired"] < f["times"] for f in faults)


# Bookkeeping a rerun may move: when a quarantine case was last seen.
QUARANTINE_COLUMNS = ("entity, source_key, reason, payload, detail, run_id, detected_at, "
                      "resolved_at")


def store_state(url: str, schema: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every warehouse table (all columns, sync timestamps included)."""
    store = Store(url, schema)
    store.ensure_schema()
    state: dict[str, list[tuple[Any, ...]]] = {}
    try:
        with store.engine.connect() as conn:
            for name in ENTITY_TABLES:
                key = ", ".join(c.name for c in tables.metadata.tables[name].primary_key.columns)
                state[name] = [tuple(r) for r in conn.exec_driver_sql(
                    f"SELECT * FROM {store.qualified(name)} ORDER BY {key}")]
            state["department_mapping"] = [tuple(r) for r in conn.exec_driver_sql(
                f"SELECT * FROM {store.qualified('department_mapping')} ORDER BY source_id")]
            state["flowsync_meta"] = [tuple(r) for r in conn.exec_driver_sql(
                f"SELECT * FROM {store.qualified('flowsync_meta')} ORDER BY 1")]
            state["sync_quarantine"] = [tuple(r) for r in conn.exec_driver_sql(
                f"SELECT {QUARANTINE_COLUMNS} FROM {store.qualified('sync_quarantine')} "
                "ORDER BY entity, source_key, reason")]
    finally:
        store.dispose()
    return state


def assert_same_state(once: dict[str, list[tuple[Any, ...]]],
                      twice: dict[str, list[tuple[Any, ...]]]) -> None:
    for name, rows_once in once.items():
        rows_twice = twice[name]
        if rows_once != rows_twice:
            changed = sorted(set(rows_once) ^ set(rows_twice), key=str)[:4]
            raise AssertionError(f"{name}: a second run on an unchanged source changed "
                                 f"{len(set(rows_once) ^ set(rows_twice))} rows, e.g. {changed}")


_templates: dict[tuple[str, str], tuple[str, ExecuteInProcessResult]] = {}


def synced_copy(request: Any, url: str, schema: str,
                sync: Callable[[str], ExecuteInProcessResult]) -> ExecuteInProcessResult:
    """The store a full resync of the unchanged simulator leaves, in ``schema``.

    The resync runs once per test module (``sync`` into a template schema; its
    rerun is checked then, as a test's last run is) and each test gets a copy
    (``copy_schema``): the tests that start from it do not pay the run again.
    Returns the resync's result. The test's own runs come after, and its last
    one is rerun when it ends, as always."""
    key = (request.module.__name__, url)
    if key not in _templates:
        template = f"tpl_{uuid.uuid4().hex[:12]}"
        result = sync(template)
        assert result.success, "the template's full resync failed"
        outcome = check_last_run_again()
        assert outcome == "checked", outcome
        request.node.user_properties.append((RERUN_PROPERTY, "checked (a module's template)"))
        _templates[key] = template, result
    template, result = _templates[key]
    copy_schema(url, template, schema)
    return result


def copy_schema(url: str, source: str, target: str) -> None:
    """A copy of a PostgreSQL store's schema: every table with its rows, columns,
    indexes and constraints (``LIKE ... INCLUDING ALL``), and its views."""
    store = Store(url, target)
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{target}"')
            names = [r[0] for r in conn.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                "AND table_type = 'BASE TABLE'", (source,))]
            for name in names:
                conn.exec_driver_sql(f'CREATE TABLE "{target}"."{name}" '
                                     f'(LIKE "{source}"."{name}" INCLUDING ALL)')
                conn.exec_driver_sql(f'INSERT INTO "{target}"."{name}" '
                                     f'SELECT * FROM "{source}"."{name}"')
            for name, body in conn.exec_driver_sql(
                    "SELECT table_name, view_definition FROM information_schema.views "
                    "WHERE table_schema = %s", (source,)).all():
                conn.exec_driver_sql(f'CREATE VIEW "{target}"."{name}" AS '
                                     + body.replace(f"{source}.", f"{target}."))
    finally:
        store.dispose()


def full(**kwargs: Any) -> dict[str, str]:
    return {"flowsync/mode": "full", **kwargs}


def metadata(result: ExecuteInProcessResult, asset: str) -> dict[str, Any]:
    """The metadata of the run's own materialization of ``asset``: its last
    (the earlier hours a run marks come before it, sync/coverage.py)."""
    for event in reversed(result.get_asset_materialization_events()):
        mat = event.materialization
        if mat is not None and mat.asset_key.to_user_string() == asset:
            return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
    raise AssertionError(f"{asset} was not materialized")


def check_results(result: ExecuteInProcessResult) -> dict[str, AssetCheckEvaluation]:
    return {e.check_name: e for e in result.get_asset_check_evaluations()}


def step_failure(result: ExecuteInProcessResult) -> str:
    failures = [e for e in result.all_events if e.event_type == DagsterEventType.STEP_FAILURE]
    assert failures, "expected a failed step"
    error = failures[0].step_failure_data.error
    return f"{error.message} {error.cause.message if error.cause else ''}"


def rows(store_url: str, schema: str, sql: str) -> list[tuple[Any, ...]]:
    store = Store(store_url, schema)
    try:
        table_sql = sql.format(**{name: store.qualified(name)
                                  for name in (*ENTITY_TABLES, "sync_quarantine", "sync_run",
                                               "flowsync_meta")})
        with store.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(table_sql)).all()]
    finally:
        store.dispose()


def one(url: str, schema: str, sql: str) -> Any:
    """The first column of the first row, or None."""
    found = rows(url, schema, sql)
    return found[0][0] if found else None


def open_cases(url: str, schema: str, entity: str,
               reason: str | None = None) -> dict[str, tuple[Any, ...]]:
    """Open quarantine cases of ``entity``: source key -> (reason, payload, detail)."""
    extra = f" AND reason = '{reason}'" if reason else ""
    return {r[0]: r[1:] for r in rows(
        url, schema, f"SELECT source_key, reason, payload, detail FROM {{sync_quarantine}} "
        f"WHERE resolved_at IS NULL AND entity = '{entity}'{extra}")}
