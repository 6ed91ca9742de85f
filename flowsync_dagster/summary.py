"""What the store holds, for a person: ``python -m flowsync_dagster.summary``.

    python -m flowsync_dagster.summary                      rows per table, open quarantine
    python -m flowsync_dagster.summary --quarantine-csv F   the open cases, as a CSV file
                                                            (opens in Excel, Chinese intact)

It reads the store named by the settings (FLOWSYNC_DATABASE_URL, or the
SQLite default). pandas shapes the tables; nothing here is on the sync's path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from sqlalchemy import inspect

from flowsync_dagster.settings import load_settings
from flowsync_dagster.store.database import Store
from flowsync_dagster.store.schema import ENTITY_TABLES

QUARANTINE_COLUMNS = ["entity", "reason", "source_key", "detail", "detected_at", "last_seen_at",
                      "run_id", "payload"]


def table_counts(store: Store) -> pd.DataFrame:
    """Rows, active rows and removed rows of every table the store has."""
    with store.engine.connect() as conn:
        present = set(inspect(conn).get_table_names(schema=store.schema))
        parts = [pd.read_sql(
            f"SELECT '{table}' AS \"table\", count(*) AS rows, "
            f"COALESCE(SUM(CASE WHEN is_active THEN 1 ELSE 0 END), 0) AS active, "
            f"COALESCE(SUM(CASE WHEN removed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS removed "
            f"FROM {store.qualified(table)}", conn) for table in ENTITY_TABLES if table in present]
    if not parts:
        return pd.DataFrame(columns=["table", "rows", "active", "removed"])
    return pd.concat(parts, ignore_index=True)


def open_quarantine(store: Store) -> pd.DataFrame:
    """Every open quarantine case, oldest first within each entity and reason."""
    with store.engine.connect() as conn:
        if "sync_quarantine" not in inspect(conn).get_table_names(schema=store.schema):
            return pd.DataFrame(columns=QUARANTINE_COLUMNS)
        return pd.read_sql(
            f"SELECT {', '.join(QUARANTINE_COLUMNS)} FROM {store.qualified('sync_quarantine')} "
            "WHERE resolved_at IS NULL ORDER BY entity, reason, detected_at, source_key", conn)


def summarise(store: Store) -> str:
    counts = table_counts(store)
    cases = open_quarantine(store)
    lines = [f"{'table':<20}{'rows':>10}{'active':>10}{'removed':>10}"]
    lines += [f"{r.table:<20}{r.rows:>10}{r.active:>10}{r.removed:>10}"
              for r in counts.itertuples(index=False)]
    lines += ["", f"open quarantine cases: {len(cases)}"]
    if len(cases):
        by_reason = cases.groupby(["entity", "reason"]).size()
        lines += [f"  {entity:<20}{reason:<22}{n:>6}" for (entity, reason), n in by_reason.items()]
    return "\n".join(lines)


def write_quarantine_csv(store: Store, path: Path) -> int:
    """The open cases as CSV (UTF-8 with a byte order mark, so that Excel reads
    Chinese text right); returns how many."""
    cases = open_quarantine(store)
    cases.to_csv(path, index=False, encoding="utf-8-sig")
    return len(cases)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flowsync_dagster.summary",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--quarantine-csv", type=Path, metavar="FILE",
                        help="write the open quarantine cases to FILE as CSV")
    args = parser.parse_args(argv)
    settings = load_settings()
    store = Store(settings.database_url, settings.schema)
    try:
        print(f"store: {store.engine.url.render_as_string(hide_password=True)}")
        if args.quarantine_csv:
            count = write_quarantine_csv(store, args.quarantine_csv)
            print(f"{count} open quarantine cases written to {args.quarantine_csv}")
        else:
            print(summarise(store))
    finally:
        store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
