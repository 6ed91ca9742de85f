"""What the store holds, read for a person (``cli/summary.py`` formats it):
rows per table and the open quarantine cases. Reads only; plain rows, so the
reader chooses how to show them."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import inspect

from flowsync_dagster.store.database import Store
from flowsync_dagster.store.entity import entity_tables

QUARANTINE_COLUMNS = ("entity", "reason", "source_key", "detail", "detected_at", "last_seen_at",
                      "run_id", "payload")


class TableCount(NamedTuple):
    table: str
    rows: int
    active: int
    removed: int


def table_counts(store: Store) -> list[TableCount]:
    """Rows, active rows and removed rows of every table the store has."""
    with store.engine.connect() as conn:
        present = set(inspect(conn).get_table_names(schema=store.schema))
        return [TableCount(table, *conn.exec_driver_sql(
            "SELECT count(*), "
            "COALESCE(SUM(CASE WHEN is_active THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN removed_at IS NOT NULL THEN 1 ELSE 0 END), 0) "
            f"FROM {store.qualified(table)}").one())
            for table in entity_tables() if table in present]


def open_cases(store: Store) -> list[dict[str, Any]]:
    """Every open quarantine case (``QUARANTINE_COLUMNS``), oldest first within
    each entity and reason."""
    with store.engine.connect() as conn:
        if "sync_quarantine" not in inspect(conn).get_table_names(schema=store.schema):
            return []
        return [dict(row._mapping) for row in conn.exec_driver_sql(
            f"SELECT {', '.join(QUARANTINE_COLUMNS)} FROM {store.qualified('sync_quarantine')} "
            "WHERE resolved_at IS NULL ORDER BY entity, reason, detected_at, source_key")]
