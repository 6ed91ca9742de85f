"""``source_config``: the source's settings as the store keeps them.

Read as a run starts, before the settings file's values and below the
environment's (``settings/layers.py``), and only for what the settings file
lets it set (``source_config.may_set``; empty: the table is not read). A
value that cannot be used, or that the file does not let it set, fails the
run with one line naming the table, the column and what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import text

from flowsync_dagster.settings.keys import BY_KEY, SOURCE_CONFIG_COLUMNS, SettingsError
from flowsync_dagster.settings.layers import Layer
from flowsync_dagster.store.database import Store


def read_source_config(store: Store, may_set: Iterable[str] = BY_KEY[
        "source_config.may_set"].default) -> Layer:
    """The settings the store's ``source_config`` row gives (none without a
    row). The table is the store's (created with the others); this only reads."""
    table = store.qualified("source_config")
    label = f"source_config ({table})"
    allowed = tuple(may_set)
    if not allowed:
        return Layer(f"{label}: not read (source_config.may_set is empty)", {})
    columns = list(SOURCE_CONFIG_COLUMNS)
    with store.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table}")).all()
    if not rows:
        return Layer(label, {})
    values: dict[str, Any] = {}
    for column, raw in zip(columns, rows[0], strict=True):
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        setting = SOURCE_CONFIG_COLUMNS[column]
        if setting.key not in allowed:
            raise SettingsError(f"{table}.{column}: source_config may not set {setting.key} "
                                f"for this school (it may set: {', '.join(allowed)}; "
                                "source_config.may_set in the settings file says what)")
        try:
            values[setting.key] = setting.read(raw)
        except ValueError as exc:
            raise SettingsError(f"{table}.{column}: {exc}") from None
    return Layer(label, values)
