"""``python -m flowsync_dagster.summary``: what the store holds, in a few lines."""

from __future__ import annotations

import sys

from sqlalchemy import inspect

from flowsync_dagster.settings import load_settings
from flowsync_dagster.store.database import Store
from flowsync_dagster.store.schema import ENTITY_TABLES


def summarise(store: Store) -> str:
    lines = []
    with store.engine.connect() as conn:
        present = set(inspect(conn).get_table_names(schema=store.schema))
        lines.append(f"{'table':<18}{'rows':>10}{'active':>10}{'removed':>10}")
        for table in ENTITY_TABLES:
            if table not in present:
                continue
            total, active, removed = conn.exec_driver_sql(
                f"SELECT count(*), COALESCE(SUM(CASE WHEN is_active THEN 1 ELSE 0 END), 0), "
                f"COALESCE(SUM(CASE WHEN removed_at IS NOT NULL THEN 1 ELSE 0 END), 0) "
                f"FROM {store.qualified(table)}").one()
            lines.append(f"{table:<18}{total:>10}{active:>10}{removed:>10}")
        if "sync_quarantine" in present:
            rows = conn.exec_driver_sql(
                f"SELECT entity, reason, count(*) FROM {store.qualified('sync_quarantine')} "
                "WHERE resolved_at IS NULL GROUP BY entity, reason ORDER BY entity, reason").all()
            lines.append("")
            lines.append(f"open quarantine cases: {sum(r[2] for r in rows)}")
            lines.extend(f"  {entity:<18}{reason:<22}{n:>6}" for entity, reason, n in rows)
    return "\n".join(lines)


def main() -> int:
    settings = load_settings()
    store = Store(settings.database_url, settings.schema)
    print(f"store: {store.engine.url.render_as_string(hide_password=True)}")
    print(summarise(store))
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
