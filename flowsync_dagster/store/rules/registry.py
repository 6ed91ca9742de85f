"""The extension registry (``user_attribute``) and the columns it gives
``app_user``."""

from __future__ import annotations

from flowsync_dagster.store.database import Store
from flowsync_dagster.store.merge import StepWriter

TABLE = "user_attribute"
# an extension field's type in the API, and its column's type in app_user
SQL_TYPES = {"string": "TEXT", "integer": "BIGINT", "date": "DATE", "boolean": "BOOLEAN"}


def registered_fields(w: StepWriter) -> dict[str, str]:
    """Every column ever registered, with its type: a column outlives its field."""
    return {key: type_ for key, type_ in w.conn.exec_driver_sql(
        f"SELECT DISTINCT column_name, type FROM {w.t(TABLE)}")}


def user_columns(w: StepWriter) -> set[str]:
    return set(w.store.columns_of(w.conn, "app_user"))


def add_user_column(w: StepWriter, column: str, sql_type: str) -> None:
    """A new extension column, waiting only briefly for ``app_user`` (see Store.ddl)."""
    w.store.ddl(w.conn, f"ALTER TABLE {w.t('app_user')} ADD COLUMN {w.q(column)} {sql_type}",
                f"app_user: adding the extension column {column}")


def missing_columns_sql(store: Store) -> str:
    """Checks' SQL: active fields whose column app_user lacks ({t}: user_attribute)."""
    present = store.sql.column_names(store.schema, "app_user")
    return (f"SELECT a.identity || ':' || a.key FROM {{t}} a WHERE a.is_active "
            f"AND a.column_name NOT IN ({present})")
