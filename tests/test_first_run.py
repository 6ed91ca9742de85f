"""The first run into a store is whole: an hourly run that finds no full
resync of its table in ``sync_run`` reads everything, says so in its log and
its materialization's metadata, and leaves what a full resync leaves; the
next hour is incremental again (docs/operations.md, "The first run")."""

from __future__ import annotations

from dagster import DagsterInstance

from flowsync_dagster.store import schema as tables
from flowsync_dagster.sync.entities import ENTITY_TABLES
from tests.helpers import full, metadata, rows, run_assets

NEXT_HOUR = "2026-11-27-09:00"
# when a row was written differs between two stores; what it holds must not
WRITTEN_AT = {"first_synced_at", "last_synced_at"}


def content(url: str, schema: str) -> dict[str, list[tuple[object, ...]]]:
    out = {}
    for name in ENTITY_TABLES:
        table = tables.metadata.tables[name]
        columns = [c.name for c in table.columns if c.name not in WRITTEN_AT]
        key = ", ".join(c.name for c in table.primary_key.columns)
        out[name] = rows(url, schema, f"SELECT {', '.join(columns)} FROM {{{name}}} "
                                      f"ORDER BY {key}")
    return out


def test_an_hourly_run_into_an_empty_store_reads_everything_and_says_so(
        simulator, pg_url, schema_name):
    instance = DagsterInstance.ephemeral()
    first = run_assets(simulator.url, pg_url, schema_name, instance=instance)
    assert first.success
    for table in ("app_user", "post", "tag", "user_openid", "process_instance"):
        meta = metadata(first, table)
        assert meta["mode"] == "full", (table, meta)
        assert meta["mode_reason"].startswith(f"no full resync of {table} in the store yet"), meta
    said = [e.user_message for e in instance.all_logs(first.run_id)]
    assert any(m.startswith("flowsync [users]: no full resync of app_user") for m in said), said
    modes = dict(rows(pg_url, schema_name, "SELECT asset, mode FROM {sync_run}"))
    assert all(modes[t] == "full" for t in ("app_user", "user_department", "post", "tag",
                                            "user_openid", "task_history")), modes

    reference = schema_name[:50] + "_ref"
    assert run_assets(simulator.url, pg_url, reference, tags=full()).success
    assert content(pg_url, schema_name) == content(pg_url, reference)

    # a full resync is in the ledger now: the next hour reads its window
    following = run_assets(simulator.url, pg_url, schema_name, partition=NEXT_HOUR)
    assert following.success
    assert metadata(following, "app_user")["mode"] == "incremental"


def test_a_run_that_chose_incremental_itself_is_left_incremental(
        simulator, pg_url, schema_name):
    """The run config's ``mode: incremental`` is the operator's choice: the
    first run then reads its hour only, and its metadata says which hours."""
    chosen = run_assets(simulator.url, pg_url, schema_name, run_config={
        "ops": {step: {"config": {"mode": "incremental"}}
                for step in ("users", "posts", "tags", "user_openid", "workflow",
                             "department", "user_attribute", "tag_group")}})
    assert chosen.success
    assert metadata(chosen, "app_user")["mode"] == "incremental"
