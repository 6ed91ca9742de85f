"""Staging: a step's rows streamed into temporary tables, inside its transaction.

Every table takes one path: a step streams its rows into ``stg_<name>`` (binary
COPY on PostgreSQL, batched inserts on SQLite), entity rules run as SQL over
the staging tables, and the merge (``store/merge.py``) applies them. Staging
tables live only as long as the step's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from flowsync_dagster.store.database import Store, sqlite_value

TOMBSTONE = "_tombstone"


class StepConnection:
    """One step's transaction: its connection, names, and the store's write lock.

    ``started`` is when the step began to read the source. Rows are stamped
    with the time the step took the store's write lock (``now``)."""

    def __init__(self, store: Store, conn: Connection, run_id: str, started: datetime) -> None:
        self.store = store
        self.sql = store.sql
        self.conn = conn
        self.run_id = run_id
        self.started = started
        self.now = started
        self._locked = False


    def q(self, name: str) -> str:
        return self.store.quote(name)

    def t(self, table: str) -> str:
        return self.store.qualified(table)

    def exec(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        if params:
            params = {k: self.store.param(v) for k, v in params.items()}
        return self.conn.execute(text(sql), params or {})

    def lock(self) -> None:
        """Take the store's write lock (once); from then on rows are stamped
        with the time it was granted, so a later writer's stamps are later."""
        if not self._locked:
            self.store.take_write_lock(self.conn)
            self._locked = True
            self.now = self.store.now()


class Staging(StepConnection):
    """A step's staging tables: created, loaded, analyzed, folded, dropped."""

    def __init__(self, store: Store, conn: Connection, run_id: str, started: datetime) -> None:
        super().__init__(store, conn, run_id, started)
        self._staged: set[str] = set()
        self._analyzed: set[str] = set()
        self._loaded: dict[str, int] = {}


    def staging_name(self, name: str) -> str:
        return f"stg_{name}"

    def stage(self, name: str, like: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
              extra: Sequence[tuple[str, str]] = ((TOMBSTONE, "BOOLEAN"),)) -> int:
        """Create ``stg_<name>`` with ``columns`` typed as in table ``like`` plus
        ``extra`` columns, and bulk-load ``rows`` (streamed) into it."""
        stg = self._create_like(name, like, columns, extra)
        all_columns = [*columns, *(c for c, _ in extra)]
        return self.load(stg, all_columns, rows)

    def stage_rows(self, name: str, like: str, row_type: type[tuple[Any, ...]],
                   rows: Iterable[tuple[Any, ...]]) -> int:
        """``stage`` for rows of a named row type (a ``NamedTuple`` whose fields are
        the table's columns, its last one ``tombstone``)."""
        fields = row_columns(row_type)
        return self.stage(name, like, fields, rows)

    def stage_select(self, name: str, like: str, columns: Sequence[str], select: str) -> int:
        """Create ``stg_<name>`` as ``stage`` does and fill it from ``select``, SQL
        yielding ``columns`` and then the tombstone flag. The merge analyzes it."""
        stg = self._create_like(name, like, columns, ((TOMBSTONE, "BOOLEAN"),))
        cols = ", ".join(self.q(c) for c in (*columns, TOMBSTONE))
        count = self.conn.exec_driver_sql(f"INSERT INTO {stg} ({cols}) {select}").rowcount
        self._loaded[stg] = count  # the merge plans on it
        return count

    def _create_like(self, name: str, like: str, columns: Sequence[str],
                     extra: Sequence[tuple[str, str]]) -> str:
        stg = self.staging_name(name)
        cols = ", ".join(self.q(c) for c in columns)
        self._create_temp(stg, f"AS SELECT {cols} FROM {self.t(like)} "
                               f"{'WITH NO DATA' if self.store.is_postgres else 'WHERE 0'}")
        for column, sql_type in extra:
            self.conn.exec_driver_sql(f"ALTER TABLE {stg} ADD COLUMN {self.q(column)} {sql_type}")
        return stg

    def has_staging(self, stg: str) -> bool:
        """Whether this step created the staging table ``stg`` (``stg_<name>``)."""
        return stg in self._staged

    def create_staging(self, name: str, columns: Sequence[tuple[str, str]]) -> str:
        """An empty staging table with explicit column types."""
        stg = self.staging_name(name)
        self._create_temp(stg, "(" + ", ".join(f"{self.q(c)} {t}" for c, t in columns) + ")")
        return stg

    def _create_temp(self, stg: str, body: str) -> None:
        if self.store.is_postgres:
            # ON COMMIT DROP: nothing outlives the step, even on a pooled connection
            if body.startswith("AS "):
                self.conn.exec_driver_sql(f"CREATE TEMP TABLE {stg} ON COMMIT DROP {body}")
            else:
                self.conn.exec_driver_sql(f"CREATE TEMP TABLE {stg} {body} ON COMMIT DROP")
        else:
            self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stg}")
            self.conn.exec_driver_sql(f"CREATE TEMP TABLE {stg} {body}")
        self._staged.add(stg)
        self._analyzed.discard(stg)
        self._loaded.pop(stg, None)

    def load(self, stg: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        cols = ", ".join(self.q(c) for c in columns)
        count = 0
        if self.store.is_postgres:
            # binary COPY with the columns' types: ~1.9x text COPY for our rows
            oids = dict(self.conn.exec_driver_sql(
                f"SELECT attname, atttypid::int FROM pg_attribute WHERE attrelid = "
                f"'{stg}'::regclass AND attnum > 0 AND NOT attisdropped").all())
            raw = self.conn.connection.driver_connection
            with raw.cursor() as cursor, cursor.copy(
                    f"COPY {stg} ({cols}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types([oids[c] for c in columns])
                write = copy.write_row
                for row in rows:
                    write(row)
                    count += 1
            self.analyze(stg)
            self._loaded[stg] = self._loaded.get(stg, 0) + count
        else:
            marks = ", ".join("?" for _ in columns)
            sql = f"INSERT INTO {stg} ({cols}) VALUES ({marks})"
            batch: list[tuple[Any, ...]] = []
            for row in rows:
                batch.append(tuple(sqlite_value(v) for v in row))
                if len(batch) >= 5000:
                    self.conn.exec_driver_sql(sql, batch)
                    count += len(batch)
                    batch = []
            if batch:
                self.conn.exec_driver_sql(sql, batch)
                count += len(batch)
        return count

    def analyze(self, table: str) -> None:
        """Give the planner statistics for a table filled in this transaction.

        Neither temp tables nor rows this transaction wrote have any until
        autovacuum comes by (after the commit); without them PostgreSQL plans
        a join of a few thousand staged rows as if they were one, and the
        flow tracking's joins as nested loops over every task."""
        if self.store.is_postgres:
            self.conn.exec_driver_sql(f"ANALYZE {table}")
            self._analyzed.add(table)

    def drop_staging(self) -> None:
        """SQLite keeps temp tables to the end of the connection: drop ours."""
        if not self.store.is_postgres:
            for stg in self._staged:
                self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stg}")
        self._staged.clear()

    def staged_rows(self, stg: str) -> int:
        known = self._loaded.get(stg)
        if known is None:
            known = int(self.conn.exec_driver_sql(f"SELECT count(*) FROM {stg}").scalar_one())
        return known

    def fold_duplicates(self, stg: str, key: Sequence[str], order: str = "source_updated_at") -> int:
        """Keep one row per key in staging: the latest by ``order``, then the last loaded."""
        keys = ", ".join(self.q(k) for k in key)
        has_dups = self.conn.exec_driver_sql(
            f"SELECT 1 FROM {stg} GROUP BY {keys} HAVING count(*) > 1 LIMIT 1"
        ).first()
        if not has_dups:
            return 0
        rowid, nulls = self.sql.rowid, self.sql.nulls_last
        result = self.conn.exec_driver_sql(
            f"DELETE FROM {stg} WHERE {rowid} IN (SELECT {rowid} FROM (SELECT {rowid}, "
            f"row_number() OVER (PARTITION BY {keys} ORDER BY {self.q(order)} DESC{nulls}, "
            f"{rowid} DESC) AS rn FROM {stg}) ranked WHERE rn > 1)"
        )
        self._loaded.pop(stg, None)
        return result.rowcount


def row_columns(row_type: type[tuple[Any, ...]]) -> tuple[str, ...]:
    """The columns of a named row type, less its final ``tombstone`` flag."""
    fields: tuple[str, ...] = row_type._fields  # type: ignore[attr-defined]
    if fields[-1] != "tombstone":
        raise TypeError(f"{row_type.__name__}: the last field must be 'tombstone'")
    return fields[:-1]
