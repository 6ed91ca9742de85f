"""The local store: engine, schema upkeep, and one transaction per step.

PostgreSQL is reached with psycopg 3 (``postgresql+psycopg``), which gives the
bulk COPY the merge relies on; SQLite is the zero-setup default. A writing
step runs in one transaction and, on PostgreSQL, holds a transaction-scoped
advisory lock: the database releases it if the process dies, so a killed run
can never wedge the next one. On SQLite ``BEGIN IMMEDIATE`` takes the
database's single write lock at the start of the step.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateSchema

from flowsync_dagster.settings.keys import default
from flowsync_dagster.store import schema as tables
from flowsync_dagster.store.dialect import POSTGRES, SQLITE, Dialect
from flowsync_dagster.store.entity import entity_tables


class StoreError(Exception):
    """The store cannot do what a step asked; the message says what."""


class StoreMissing(StoreError):
    """The store the settings name was never created (no file, database or
    tables); the message names it. Finding out created nothing."""


def normalise_url(url: str) -> str:
    """Our own store always talks to PostgreSQL through psycopg 3 (for COPY)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def sqlite_value(value: Any) -> Any:
    """What SQLAlchemy itself would store in SQLite for a Python value."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE for a lock_timeout


class Store:
    def __init__(self, url: str, schema: str = default("store.schema"), *,
                 lock_timeout_seconds: int = 600,
                 ddl_lock_timeout_seconds: float = 5, random_page_cost: float = 1.1,
                 work_mem_mb: int = 128,
                 echo: bool = False, application_name: str = "flowsync") -> None:
        self.url = normalise_url(url)
        backend = make_url(self.url).get_backend_name()
        if backend not in ("postgresql", "sqlite"):
            raise StoreError(f"FLOWSYNC_DATABASE_URL must be PostgreSQL or SQLite, not {backend}")
        self.is_postgres = backend == "postgresql"
        self.sql: Dialect = POSTGRES if self.is_postgres else SQLITE
        self.schema = schema if self.is_postgres else None
        self.lock_timeout_seconds = lock_timeout_seconds
        self.ddl_lock_timeout_seconds = ddl_lock_timeout_seconds
        self.random_page_cost = random_page_cost
        self.work_mem_mb = work_mem_mb
        self.application_name = application_name  # what pg_stat_activity shows
        self.engine = self._create_engine(echo)
        self._schema_ready = False

    def _create_engine(self, echo: bool) -> Engine:
        # hide_parameters: a failing statement's error (which Dagster stores in
        # its event log) must not carry a user's row along with it
        if self.is_postgres:
            return create_engine(
                self.url, echo=echo, pool_pre_ping=True, hide_parameters=True,
                execution_options={"schema_translate_map": {None: self.schema}},
                connect_args={"application_name": self.application_name[:63]},
            )
        database = make_url(self.url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(self.url, echo=echo, hide_parameters=True,
                               connect_args={"timeout": 600})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, _record: Any) -> None:
            # let SQLAlchemy, not the driver, decide when a transaction begins
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=600000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine

    def dispose(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        """Connect and run the smallest statement: the store answers (or the
        driver's error is raised)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    def describe(self) -> str:
        """Which store this is, for a person: the SQLite file, or the schema,
        database and server (never the password)."""
        url = make_url(self.url)
        if not self.is_postgres:
            return f"the SQLite store {Path(url.database or '').absolute()}"
        return (f"the schema {self.schema} of the database {url.database} on "
                f"{url.host or 'localhost'}:{url.port or 5432}")

    def require_created(self) -> None:
        """Raise ``StoreMissing`` unless a run created this store's tables
        (``flowsync_meta`` is written with them); only looks. A database the
        server cannot open is ``StoreMissing`` when it does not exist, else a
        ``StoreError`` with the driver's reason, in one line either way."""
        try:
            with self.engine.connect() as conn:
                created = inspect(conn).has_table("flowsync_meta", schema=self.schema)
        except DBAPIError as exc:
            said = " ".join(str(getattr(exc, "orig", exc)).split())
            url = make_url(self.url)
            # a failed connection carries no SQLSTATE: the server's text is all there is
            if self.is_postgres and f'database "{url.database}" does not exist' in said:
                raise StoreMissing(
                    f"the database {url.database} on {url.host or 'localhost'}:"
                    f"{url.port or 5432} does not exist (create it as docs/getting-started.md, "
                    "step 2, says)") from None
            raise StoreError(f"{self.describe()} cannot be read: {said}") from None
        if not created:
            raise StoreMissing(f"{self.describe()} holds no flowsync tables (no flowsync_meta)")

    # ------------------------------------------------------------ naming

    def quote(self, name: str) -> str:
        return self.engine.dialect.identifier_preparer.quote(name)

    def qualified(self, table: str) -> str:
        if self.schema:
            return f"{self.quote(self.schema)}.{self.quote(table)}"
        return self.quote(table)

    def now(self) -> datetime:
        return datetime.now(UTC)

    def param(self, value: Any) -> Any:
        return value if self.is_postgres else sqlite_value(value)

    @staticmethod
    def as_utc(value: datetime | str) -> datetime:
        """A timestamp read back through plain SQL (SQLite gives text) as aware UTC."""
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    # ----------------------------------------------------------- locking

    def lock_key(self) -> int:
        digest = hashlib.blake2b(f"flowsync:{self.schema}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big", signed=True)

    def take_write_lock(self, conn: Connection) -> None:
        """Block until no other writer holds the store (PostgreSQL); released at commit."""
        if not self.is_postgres:
            return  # BEGIN IMMEDIATE already holds SQLite's write lock
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(self.lock_timeout_seconds)}s'")
        try:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": self.lock_key()})
        except Exception as exc:
            if "lock timeout" in str(exc):
                raise StoreError(
                    f"another writer held the store for more than {self.lock_timeout_seconds}s"
                ) from exc
            raise

    def ddl(self, conn: Connection, statement: str, what: str) -> None:
        """Run a DDL statement that needs its table exclusively, waiting at most
        ``ddl_lock_timeout_seconds`` for it: while it waits, every new reader of
        the table queues behind it, so a long wait would stall the readers; a
        step that cannot get it fails, and the next run tries again."""
        if not self.is_postgres:
            conn.exec_driver_sql(statement)
            return
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(self.ddl_lock_timeout_seconds * 1000)}ms'")
        try:
            conn.exec_driver_sql(statement)
        except Exception as exc:
            if getattr(getattr(exc, "orig", None), "sqlstate", None) == LOCK_NOT_AVAILABLE:
                raise StoreError(
                    f"{what}: another session held the table for more than "
                    f"{self.ddl_lock_timeout_seconds:g} s (a long query or an open transaction "
                    "reading it); the step was rolled back and the next run tries again") from None
            raise
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(self.lock_timeout_seconds)}s'")

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One step's transaction: committed if the block ends, rolled back if it raises."""
        with self.engine.begin() as conn:
            yield conn

    def plan_for(self, conn: Connection, few_rows: bool) -> None:
        """Tell the planner how much of a table the next statements touch.

        PostgreSQL's default random_page_cost (4) prices index lookups for
        spinning disks: an hour's 10,000 staged users were joined to a
        1,000,000-row table by scanning all of it (189 ms) instead of looking
        them up (18 ms). But a full load planned the cheap way probes a growing
        index once per row (+30 %). So: cheap lookups for few rows, the
        default for many, for the rest of the transaction. Many rows also get
        the memory to hash them (``work_mem``): with the default 4 MB a join of a
        million staged rows spills to disk in batches."""
        if self.is_postgres:
            cost = self.random_page_cost if few_rows else 4.0
            conn.exec_driver_sql(f"SET LOCAL random_page_cost = {float(cost)}")
            if not few_rows:
                conn.exec_driver_sql(f"SET LOCAL work_mem = '{int(self.work_mem_mb)}MB'")

    # ------------------------------------------------------------ schema

    def ensure_schema(self) -> None:
        """Create or upgrade the warehouse tables (once per process).

        A store already at this code's layout costs one query; an empty or
        older one is brought up to date under the write lock."""
        if self._schema_ready:
            return
        entity_tables()  # never a store created with an entity's tables missing
        if self._current_version() != tables.SCHEMA_VERSION:
            try:
                self._upgrade()
            except Exception as exc:
                if getattr(getattr(exc, "orig", None), "sqlstate", None) == LOCK_NOT_AVAILABLE:
                    raise StoreError(
                        "upgrading the store's tables: a table was held by another session for "
                        f"more than {self.ddl_lock_timeout_seconds:g} s; nothing was changed, "
                        "the next run tries again") from None
                raise
        self._schema_ready = True

    def _upgrade(self) -> None:
        with self.transaction() as conn:
            if self.is_postgres:
                conn.execute(CreateSchema(self.schema, if_not_exists=True))
            self.take_write_lock(conn)
            if self.is_postgres:  # see ddl(): readers must not queue behind us for long
                conn.exec_driver_sql(
                    f"SET LOCAL lock_timeout = '{int(self.ddl_lock_timeout_seconds * 1000)}ms'")
            found = self._version_in(conn)
            tables.metadata.create_all(conn)
            if found is not None:  # a new store has every column and index already
                self._add_missing_columns(conn)
            self._upgrade_rows(conn, found)
            self._create_views(conn)
            self._set_version(conn)

    def _current_version(self) -> int | None:
        try:
            with self.engine.connect() as conn:
                found = conn.exec_driver_sql(
                    f"SELECT value FROM {self.qualified('flowsync_meta')} "
                    "WHERE key = 'schema_version'").scalar()
        except Exception:  # no schema, no table yet: an empty store
            return None
        return int(found) if found is not None else None

    def _version_in(self, conn: Connection) -> int | None:
        """The layout version the store had (None: a new store), read in ``conn``."""
        meta = self.qualified("flowsync_meta")
        if "flowsync_meta" not in inspect(conn).get_table_names(schema=self.schema):
            return None
        found = conn.exec_driver_sql(
            f"SELECT value FROM {meta} WHERE key = 'schema_version'").scalar()
        return int(found) if found is not None else None

    def _upgrade_rows(self, conn: Connection, found: int | None) -> None:
        """Rows an older layout wrote, made what this code writes (a new store has none)."""
        if found is None:
            return
        names = {t: self.qualified(t) for t in tables.metadata.tables}
        for version, sql in tables.DATA_UPGRADES:
            if found < version:
                conn.exec_driver_sql(sql.format(**names))

    def _add_missing_columns(self, conn: Connection) -> None:
        """Columns and indexes a newer layout adds to tables that exist already."""
        inspector = inspect(conn)
        for table in tables.metadata.sorted_tables:
            present = {c["name"] for c in inspector.get_columns(table.name, schema=self.schema)}
            for column in table.columns:
                if column.name in present:
                    continue
                ddl_type = column.type.compile(dialect=conn.dialect)
                default = ""
                if column.server_default is not None:
                    default = " DEFAULT " + str(
                        column.server_default.arg.compile(dialect=conn.dialect)  # type: ignore[union-attr]
                    )
                null = " NOT NULL" if not column.nullable and default else ""
                conn.exec_driver_sql(
                    f"ALTER TABLE {self.qualified(table.name)} ADD COLUMN "
                    f"{self.quote(column.name)} {ddl_type}{default}{null}"
                )
            for index in table.indexes:
                index.create(conn, checkfirst=True)
            fillfactor = (table.dialect_options["postgresql"].get("with") or {}).get("fillfactor")
            if self.is_postgres and fillfactor:
                # only future pages take it; cheap, and idempotent
                conn.exec_driver_sql(f"ALTER TABLE {self.qualified(table.name)} "
                                     f"SET (fillfactor = {int(fillfactor)})")

    def _create_views(self, conn: Connection) -> None:
        body = tables.OFF_CAMPUS_SQL.format(
            out_school_request=self.qualified("out_school_request"),
            app_user=self.qualified("app_user"))
        view = self.qualified(tables.OFF_CAMPUS_VIEW)
        if self.is_postgres:  # a newer layout only adds columns at its end
            conn.exec_driver_sql(f"CREATE OR REPLACE VIEW {view} AS {body}")
        else:  # SQLite cannot replace a view
            conn.exec_driver_sql(f"DROP VIEW IF EXISTS {view}")
            conn.exec_driver_sql(f"CREATE VIEW {view} AS {body}")

    def _set_version(self, conn: Connection) -> None:
        meta = self.qualified("flowsync_meta")
        found = conn.exec_driver_sql(
            f"SELECT value FROM {meta} WHERE key = 'schema_version'"
        ).scalar()
        if found is None:
            conn.exec_driver_sql(
                f"INSERT INTO {meta} (key, value) VALUES ('schema_version', '{tables.SCHEMA_VERSION}')"
            )
        elif int(found) > tables.SCHEMA_VERSION:
            raise StoreError(
                f"the store's layout is version {found}, newer than this code's "
                f"{tables.SCHEMA_VERSION}: upgrade flowsync_dagster"
            )
        elif int(found) < tables.SCHEMA_VERSION:
            conn.exec_driver_sql(
                f"UPDATE {meta} SET value = '{tables.SCHEMA_VERSION}' WHERE key = 'schema_version'"
            )

    def columns_of(self, conn: Connection, table: str) -> list[str]:
        return [c["name"] for c in inspect(conn).get_columns(table, schema=self.schema)]


def missing_sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL when it does not exist yet, else None (not
    SQLite, or there): SQLite would create it on the first connect."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database \
            or parsed.database == ":memory:":
        return None
    path = Path(parsed.database)
    return None if path.is_file() else path


def open_existing(url: str, schema: str = default("store.schema")) -> Store:
    """The store at ``url`` if a run has created it, for a reader that must
    not create it (the summary once made an empty SQLite file and printed
    zeros from it). Raises ``StoreMissing`` naming the file, or the database
    and schema."""
    # SQLite creates a missing file on connect, and Store() creates its folder:
    # so look before either happens
    path = missing_sqlite_file(url)
    if path is not None:
        raise StoreMissing(f"the SQLite store {path.absolute()} does not exist")
    store = Store(url, schema)
    try:
        store.require_created()
    except BaseException:
        store.dispose()
        raise
    return store
