"""``source_config``: the source's settings as the store keeps them.

Read as a run starts, before the settings file's values and below the
environment's (``config/layers.py``). A value that cannot be used fails the
run with one line naming the table, the column and what is wrong.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from flowsync_dagster.config.keys import SOURCE_CONFIG_COLUMNS, SettingsError
from flowsync_dagster.config.layers import Layer
from flowsync_dagster.store.database import Store


def read_source_config(store: Store) -> Layer:
    """The settings the store's ``source_config`` row gives (none without a
    row). The table is the store's (created with the others); this only reads."""
    table = store.qualified("source_config")
    columns = list(SOURCE_CONFIG_COLUMNS)
    with store.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table}")).all()
    label = f"source_config ({table})"
    if not rows:
        return Layer(label, {})
    values: dict[str, Any] = {}
    for column, raw in zip(columns, rows[0], strict=True):
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        setting = SOURCE_CONFIG_COLUMNS[column]
        try:
            values[setting.key] = setting.read(raw)
        except ValueError as exc:
            raise SettingsError(f"{table}.{column}: {exc}") from None
    return Layer(label, values)
