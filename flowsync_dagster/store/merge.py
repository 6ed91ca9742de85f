"""Staging, the set-based merge, soft deletes, the removal guard, quarantine.

One path for every table. A step streams its rows into a temporary staging
table (COPY on PostgreSQL), entity rules run as SQL over that staging table,
and one merge applies it:

- a staged record older than the stored row (``source_updated_at``) is
  stale: it is taken out of staging and counted, never applied;
- new keys are inserted, rows whose content changed are updated
  (``IS DISTINCT FROM`` on every compared column), unchanged rows are not
  written at all;
- tombstones soft-delete their row (``is_active`` false, ``removed_at`` set);
- when the listing is complete, rows it no longer has are soft-deleted,
  except rows another writer changed after this step began to read, and rows
  whose record is quarantined (a bad record leaves its old row as it was).

The mass-removal guard is checked inside the same transaction, before
anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from flowsync_dagster.settings.keys import default
from flowsync_dagster.store.database import Store, sqlite_value
from flowsync_dagster.store.quarantine import NOT_WRITTEN, QuarantineCase, QuarantineResult

TOMBSTONE = "_tombstone"
UNIQUE_VIOLATION, CARDINALITY_VIOLATION = "23505", "21000"  # PostgreSQL SQLSTATEs

__all__ = ["TOMBSTONE", "MassRemovalRefused", "MergeResult", "MergeSpec", "Owner",
           "QuarantineCase", "QuarantineResult", "RemovalGuard", "StepWriter", "payload_json",
           "row_columns"]


class MassRemovalRefused(Exception):
    """The guard tripped; nothing of the step was written."""

    def __init__(self, table: str, deactivating: int, active: int, why: str) -> None:
        self.table = table
        self.deactivating = deactivating
        self.active = active
        super().__init__(
            f"{table}: refusing to deactivate {deactivating} of {active} active rows ({why}); "
            "nothing was written. If the source really lost them, rerun with the run tag "
            "flowsync/allow_mass_removal=true"
        )


@dataclass(frozen=True)
class RemovalGuard:
    """When a reconciliation may not deactivate rows without the override.

    It trips when the rows it would deactivate are more than
    ``max_removal_fraction`` of the table's active rows and more than
    ``max_removal_rows``; and, whatever the
    table's size, when a complete listing is empty or when more than half of
    the table's active rows would go: a small table (identities, tag groups,
    a small tree) has no 50-row cushion."""

    max_removal_fraction: float = default("guard.max_removal_fraction")
    max_removal_rows: int = default("guard.max_removal_rows")
    allowed: bool = False

    def refusal(self, deactivating: int, active: int, empty_listing: bool) -> str | None:
        if self.allowed or deactivating == 0:
            return None
        fraction = deactivating / max(1, active)
        if empty_listing:
            return "the source listed nothing: an outage, not a mass departure"
        if fraction > 0.5:
            return f"{fraction:.1%} > half of the table"
        if deactivating > self.max_removal_rows and fraction > self.max_removal_fraction:
            return (f"{fraction:.1%} > {self.max_removal_fraction:.0%} "
                    f"and > {self.max_removal_rows} rows")
        return None


@dataclass(frozen=True)
class Owner:
    """A link table's parent: whose records decide its rows."""

    table: str  # e.g. "app_user"
    column: str  # the link column naming the parent, e.g. "user_id"


@dataclass(frozen=True)
class MergeSpec:
    """How one staging table is merged into its target."""

    table: str
    key: tuple[str, ...]
    columns: tuple[str, ...]  # written from the source, besides the key
    reconcile: bool = False  # the listing is complete: soft-delete what it lacks
    scope: str | None = None  # SQL over target alias ``t``: what reconciliation may touch
    # what a tombstone may change besides is_active/removed_at
    tombstone_columns: tuple[str, ...] = ("status", "source_updated_at")
    # SQL over ``{t}`` (the row) and ``{s}`` (the tombstone): whether it may remove the row
    tombstone_applies: str = "TRUE"
    preview: tuple[str, ...] = ()  # columns shown in the preview (default: key + three)
    # of ``columns``, those written along with a change but never a change on
    # their own: a membership's ``source_updated_at`` is its parent's, and a
    # user renamed is not a new membership
    carried: tuple[str, ...] = ()
    # a stored row newer than the staged record wins. Off for rows that are
    # derived from other tables, and for links, whose parent decides
    newer_wins: bool = True
    owner: Owner | None = None
    # more (entity, key SQL over ``t``) pairs whose quarantined record protects a
    # row from reconciliation, besides the row's own key and its owner's
    protect_by: tuple[tuple[str, str], ...] = ()
    # columns whose written value is an expression over ``{s}`` (staging) and
    # ``{t}`` (the stored row), e.g. a value kept unless the record declares it
    values: Mapping[str, str] = field(default_factory=dict)

    @property
    def compared(self) -> tuple[str, ...]:
        """The columns whose difference makes a row changed."""
        return tuple(c for c in self.columns if c not in self.carried)


@dataclass(frozen=True)
class MergeResult:
    table: str
    source_rows: int  # staged, before stale records were taken out
    duplicates_folded: int
    inserted: int
    updated: int
    reactivated: int
    removed: int  # tombstoned or missing from a complete listing
    deactivated: int  # active before, inactive after (removals and status changes)
    unchanged: int
    activated: int  # inactive or new before, active after
    stale_skipped: int  # older than the stored row: not applied
    rows_after: int
    active_after: int
    preview_columns: tuple[str, ...] = ()
    preview: tuple[tuple[Any, ...], ...] = ()

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.reactivated + self.removed

    def as_metadata(self) -> dict[str, int]:
        skip = {"table", "preview", "preview_columns", "rows_after", "active_after"}
        return {k: v for k, v in asdict(self).items() if k not in skip}


@dataclass(frozen=True)
class _Missing:
    rows: int  # missing from a complete listing, not yet removed
    active: int  # of them active
    ended_by_owner: int  # of those, ended by their owner's tombstone in this step


@dataclass(frozen=True)
class _Counts:
    source_rows: int
    live: int
    inserted: int
    reactivated: int
    updated: int
    tombstoned: int
    deactivated: int
    activated: int
    unknown_tombstones: int
    stale: int


class StepWriter:
    """The writing half of one step, inside its transaction.

    ``started`` is when the step began to read the source: a complete listing
    judges only rows no other writer changed after that. Rows are stamped
    with the time the step took the store's write lock."""

    def __init__(self, store: Store, conn: Connection, run_id: str, started: datetime) -> None:
        self.store = store
        self.sql = store.sql
        self.conn = conn
        self.run_id = run_id
        self.started = started
        self.now = started
        self._staged: set[str] = set()
        self._analyzed: set[str] = set()
        self._loaded: dict[str, int] = {}
        self._stale: dict[str, str] = {}  # table -> staging table of its stale keys
        self._locked = False
        # the run accepts the source's older records (flowsync/accept_older)
        self.accept_older = False

    # ---------------------------------------------------------------- sql

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

    # ------------------------------------------------------------- staging

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

    # --------------------------------------------------------------- merge

    def _keys_match(self, a: str, b: str, key: Sequence[str]) -> str:
        return " AND ".join(f"{a}.{self.q(k)} = {b}.{self.q(k)}" for k in key)

    def _distinct(self, left: str, right: str) -> str:
        return f"{left} {self.sql.distinct} {right}"

    def source_key_sql(self, alias: str, key: Sequence[str]) -> str:
        """The text form of a key, as quarantine cases name it: parts joined by ':'."""
        return " || ':' || ".join(f"{alias}.{self.q(k)}" for k in key)

    def _value(self, spec: MergeSpec, column: str, s: str, t: str) -> str:
        """The value a merge writes into ``column`` of an existing row."""
        template = spec.values.get(column)
        return template.format(s=s, t=t) if template else f"{s}.{self.q(column)}"

    def _changed(self, spec: MergeSpec, s: str, t: str) -> str:
        parts = [self._distinct(f"{t}.{self.q(c)}", self._value(spec, c, s, t))
                 for c in spec.compared]
        return "(" + (" OR ".join(parts) or "FALSE") + ")"

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

    def merge(self, spec: MergeSpec, stg: str, guard: RemovalGuard | None = None) -> MergeResult:
        """Apply staging to the target; the whole step rolls back if the guard trips.

        On PostgreSQL the merge runs optimistically: staging keys are assumed
        unique (checking costs a full hash aggregate, ~1.6 s per 1M rows). If
        the source did send a key twice (or a listing restarted), the merge
        fails with a unique or cardinality violation, the savepoint undoes it,
        and it runs again on staging folded to the latest row per key."""
        self.lock()
        if spec.owner is not None:
            self._drop_rows_of_stale_owners(spec, stg)
        if not self.store.is_postgres:
            # ON CONFLICT would silently keep the last row: fold first, by date
            return self._merge(spec, stg, guard, self.fold_duplicates(stg, spec.key))
        try:
            with self.conn.begin_nested():
                return self._merge(spec, stg, guard, 0)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) not in (UNIQUE_VIOLATION, CARDINALITY_VIOLATION):
                raise
        self._stale.pop(spec.table, None)
        return self._merge(spec, stg, guard, self.fold_duplicates(stg, spec.key))

    def stale_keys(self, table: str) -> str | None:
        """The staging table of ``table``'s keys whose records were stale, if any."""
        return self._stale.get(table)

    def _drop_rows_of_stale_owners(self, spec: MergeSpec, stg: str) -> None:
        assert spec.owner is not None
        stale = self._stale.get(spec.owner.table)
        if stale:
            column = self.q(spec.owner.column)
            self.conn.exec_driver_sql(f"DELETE FROM {stg} WHERE {column} IN (SELECT key FROM "
                                      f"{stale})")
            self._loaded.pop(stg, None)

    def _count(self, spec: MergeSpec, stg: str, target: str) -> _Counts:
        key0 = self.q(spec.key[0])
        on = self._keys_match("t", "s", spec.key)
        changed = self._changed(spec, "s", "t")
        applies = "(" + spec.tombstone_applies.format(s="s", t="t") + ")"
        stale = ("s.source_updated_at < t.source_updated_at"
                 if spec.newer_wins and not self.accept_older else "FALSE")

        def n(condition: str) -> str:
            return f"COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"

        live, tomb = f"NOT s.{TOMBSTONE}", f"s.{TOMBSTONE}"
        found = f"t.{key0} IS NOT NULL"
        row = self.conn.exec_driver_sql(
            f"SELECT count(*), {n(live)}, {n(f't.{key0} IS NULL AND {live}')}, "
            f"{n(f'{found} AND {live} AND t.removed_at IS NOT NULL')}, "
            f"{n(f'{found} AND {live} AND t.removed_at IS NULL AND {changed}')}, "
            f"{n(f'{found} AND {tomb} AND t.removed_at IS NULL AND {applies}')}, "
            f"{n(f't.is_active AND (({tomb} AND {applies}) OR ({live} AND NOT s.is_active))')}, "
            f"{n(f'{live} AND s.is_active AND (t.{key0} IS NULL OR NOT t.is_active)')}, "
            f"{n(f't.{key0} IS NULL AND {tomb}')}, {n(f'{found} AND {stale}')} "
            f"FROM {stg} s LEFT JOIN {target} t ON {on}"
        ).one()
        return _Counts(*map(int, row))

    def _take_out_stale(self, spec: MergeSpec, stg: str, target: str) -> None:
        """Take staged records older than their stored rows out of staging (a
        newer record of the same key, listed too, stays). The keys left with no
        record stay in ``stg_stale_<table>``: a stale record is skipped, never
        absent (``_scope``), and the link tables that follow skip its links."""
        keys = self.create_staging(f"stale_{spec.table}", [("key", "TEXT")])
        older = (f"EXISTS (SELECT 1 FROM {target} t WHERE {self._keys_match('t', stg, spec.key)} "
                 f"AND {stg}.source_updated_at < t.source_updated_at)")
        self.conn.exec_driver_sql(
            f"INSERT INTO {keys} (key) SELECT DISTINCT {self.source_key_sql(stg, spec.key)} "
            f"FROM {stg} WHERE {older}")
        self.conn.exec_driver_sql(f"DELETE FROM {stg} WHERE {older}")
        self.conn.exec_driver_sql(
            f"DELETE FROM {keys} WHERE key IN (SELECT {self.source_key_sql(stg, spec.key)} "
            f"FROM {stg})")
        self._loaded.pop(stg, None)
        self._stale[spec.table] = keys

    def _scope(self, spec: MergeSpec) -> str:
        """What a complete listing may soft-delete: the spec's scope, less rows
        another writer changed after this step began to read, rows whose record
        (or whose owner's record) is quarantined, and rows of stale owners."""
        parts = [f"({spec.scope})" if spec.scope else "TRUE",
                 "(t.last_synced_at IS NULL OR t.last_synced_at < :started)"]
        own_stale = self._stale.get(spec.table)
        if own_stale:  # listed, in an older version than the stored row: not absent
            parts.append(f"{self.source_key_sql('t', spec.key)} NOT IN (SELECT key FROM "
                         f"{own_stale})")
        quarantined = self.staging_name("quarantine")
        protected = [(spec.table, self.source_key_sql("t", spec.key)), *spec.protect_by]
        if spec.owner is not None:
            protected.append((spec.owner.table, f"t.{self.q(spec.owner.column)}"))
            stale = self._stale.get(spec.owner.table)
            if stale:
                parts.append(f"t.{self.q(spec.owner.column)} NOT IN (SELECT key FROM {stale})")
        if quarantined in self._staged:
            reasons = ", ".join(f"'{r}'" for r in sorted(NOT_WRITTEN))
            for entity, key_sql in protected:
                parts.append(f"NOT EXISTS (SELECT 1 FROM {quarantined} c WHERE c.entity = "
                             f"'{entity}' AND c.reason IN ({reasons}) AND c.source_key = {key_sql})")
        return " AND ".join(parts)

    def _owner_deleted(self, spec: MergeSpec) -> str:
        """SQL over ``t``: the row's owner arrived as a tombstone in this step."""
        if spec.owner is None:
            return "FALSE"
        owners = self.staging_name(spec.owner.table)
        if owners not in self._staged:
            return "FALSE"
        return (f"EXISTS (SELECT 1 FROM {owners} o WHERE o.id = t.{self.q(spec.owner.column)} "
                f"AND o.{TOMBSTONE})")

    def _merge(self, spec: MergeSpec, stg: str, guard: RemovalGuard | None,
               folded: int) -> MergeResult:
        if stg not in self._analyzed:  # filled by SQL rather than by load()
            self.analyze(stg)
        target = self.t(spec.table)
        before = self._table_counts(spec.table, exact=spec.reconcile and spec.scope is None)
        self.store.plan_for(self.conn, few_rows=self.staged_rows(stg) * 20 < before[0])
        counts = self._count(spec, stg, target)
        stale = counts.stale
        if stale:
            self._take_out_stale(spec, stg, target)
            counts = self._count(spec, stg, target)
        missing = self._missing(spec, stg, target) if spec.reconcile else _Missing(0, 0, 0)
        deactivating = counts.deactivated + missing.active
        if spec.reconcile and guard is not None:
            self._guard(spec, guard, deactivating, missing.ended_by_owner, counts.live == 0)
        if self.store.is_postgres:
            self._merge_postgres(spec, stg, target, self._keys_match("t", "s", spec.key))
        else:
            self._merge_sqlite(spec, stg, target)
        if missing.rows:
            self._soft_delete_missing(spec, stg, target)
        after = (before[0] + counts.inserted, before[1] + counts.activated - deactivating)
        self._store_counts(spec.table, after)
        if counts.inserted + counts.updated + counts.tombstoned + missing.rows > max(
                1000, before[0] // 10):
            # what runs next in this step (rules, derived tables, checks) plans on it
            self.analyze(target)
        shown = spec.preview or (*spec.key, *spec.columns[:3])
        preview = tuple(tuple(r) for r in self.conn.exec_driver_sql(
            f"SELECT {', '.join(self.q(c) for c in shown)} FROM {stg} LIMIT 5"))
        existing = counts.source_rows - counts.inserted - counts.unknown_tombstones
        return MergeResult(
            table=spec.table, source_rows=counts.source_rows + stale, duplicates_folded=folded,
            inserted=counts.inserted, updated=counts.updated, reactivated=counts.reactivated,
            removed=counts.tombstoned + missing.rows, deactivated=deactivating,
            unchanged=max(0, existing - counts.updated - counts.reactivated - counts.tombstoned),
            activated=counts.activated, stale_skipped=stale, rows_after=after[0],
            active_after=after[1], preview_columns=tuple(shown), preview=preview,
        )

    def _not_listed(self, spec: MergeSpec, stg: str) -> str:
        return f"NOT EXISTS (SELECT 1 FROM {stg} s WHERE {self._keys_match('t', 's', spec.key)})"

    def _stamps(self) -> dict[str, Any]:
        return {"now": self.store.param(self.now), "started": self.store.param(self.started)}

    def _missing(self, spec: MergeSpec, stg: str, target: str) -> _Missing:
        """What a complete listing lacks within its scope: rows to soft-delete,
        of them the active ones, and of those the ones whose owner's tombstone
        ends them."""
        row = self.conn.execute(text(
            f"SELECT COALESCE(SUM(CASE WHEN t.removed_at IS NULL THEN 1 ELSE 0 END), 0), "
            f"COALESCE(SUM(CASE WHEN t.is_active THEN 1 ELSE 0 END), 0), "
            f"COALESCE(SUM(CASE WHEN t.is_active AND {self._owner_deleted(spec)} THEN 1 "
            f"ELSE 0 END), 0) FROM {target} t WHERE ({self._scope(spec)}) AND "
            f"{self._not_listed(spec, stg)}"), self._stamps()).one()
        return _Missing(*map(int, row))

    def _guard(self, spec: MergeSpec, guard: RemovalGuard, deactivating: int,
               ended_by_owner: int, nothing_live: bool) -> None:
        """Refuse the step if the guard says so. Its denominator is the table's
        active rows (not the reconciled scope: an hour that moves a few users
        must not look like a mass removal); memberships ended by their parent's
        own tombstone were removed by the source, explicitly, so they do not
        count: the guard is for what a listing lost."""
        if deactivating <= ended_by_owner:
            return
        active_before = self._table_counts(spec.table, exact=True)[1]
        empty = spec.scope is None and nothing_live
        why = guard.refusal(deactivating - ended_by_owner, active_before, empty)
        if why:
            raise MassRemovalRefused(spec.table, deactivating, active_before, why)

    def _soft_delete_missing(self, spec: MergeSpec, stg: str, target: str) -> None:
        self.conn.execute(text(
            f"UPDATE {target} AS t SET is_active = FALSE, removed_at = :now, "
            f"last_synced_at = :now WHERE t.removed_at IS NULL AND ({self._scope(spec)}) AND "
            f"{self._not_listed(spec, stg)}"), self._stamps())

    # ------------------------------------------------------------- counts

    def _table_counts(self, table: str, exact: bool) -> tuple[int, int]:
        """(rows, active rows) of a table before this merge. Exact for a complete
        listing; otherwise the counts the last merge stored, so that an hour
        does not scan a million-row table."""
        key = f"counts:{table}"
        if not exact:
            stored = self.conn.execute(text(
                f"SELECT value FROM {self.t('flowsync_meta')} WHERE key = :key"),
                {"key": key}).scalar()
            if stored:
                rows, active = map(int, stored.split(","))
                return rows, active
        rows, active = self.conn.exec_driver_sql(
            f"SELECT count(*), COALESCE(SUM(CASE WHEN is_active THEN 1 ELSE 0 END), 0) "
            f"FROM {self.t(table)}").one()
        return int(rows), int(active)

    def _store_counts(self, table: str, counts: tuple[int, int]) -> None:
        excluded = self.sql.excluded
        self.conn.execute(text(
            f"INSERT INTO {self.t('flowsync_meta')} (key, value) VALUES (:key, :value) "
            f"ON CONFLICT (key) DO UPDATE SET value = {excluded}.value"),
            {"key": f"counts:{table}", "value": f"{counts[0]},{counts[1]}"})

    def _merge_postgres(self, spec: MergeSpec, stg: str, target: str, on: str) -> None:
        q = self.q
        cols = [*spec.key, *spec.columns]
        tomb_set = ", ".join(f"{q(c)} = s.{q(c)}" for c in spec.tombstone_columns)
        upd_set = ", ".join(f"{q(c)} = {self._value(spec, c, 's', 't')}" for c in spec.columns)
        self.conn.execute(text(
            f"MERGE INTO {target} AS t USING {stg} AS s ON {on} "
            f"WHEN MATCHED AND s.{TOMBSTONE} AND t.removed_at IS NULL "
            f"AND ({spec.tombstone_applies.format(s='s', t='t')}) THEN UPDATE SET "
            f"is_active = FALSE, {tomb_set}{', ' if tomb_set else ''}removed_at = :now, "
            f"last_synced_at = :now "
            f"WHEN MATCHED AND NOT s.{TOMBSTONE} AND (t.removed_at IS NOT NULL OR "
            f"{self._changed(spec, 's', 't')}) "
            f"THEN UPDATE SET {upd_set}, removed_at = NULL, last_synced_at = :now "
            f"WHEN NOT MATCHED AND NOT s.{TOMBSTONE} THEN INSERT "
            f"({', '.join(q(c) for c in cols)}, first_synced_at, last_synced_at) VALUES "
            f"({', '.join('s.' + q(c) for c in cols)}, :now, :now)"
        ), {"now": self.now})

    def _merge_sqlite(self, spec: MergeSpec, stg: str, target: str) -> None:
        q = self.q
        now = {"now": sqlite_value(self.now)}
        on = self._keys_match(target, "s", spec.key)
        applies = spec.tombstone_applies.format(s="s", t=target)
        tomb_set = "".join(f"{q(c)} = s.{q(c)}, " for c in spec.tombstone_columns)
        self.conn.execute(text(
            f"UPDATE {target} SET is_active = 0, {tomb_set}removed_at = :now, "
            f"last_synced_at = :now FROM {stg} AS s WHERE s.{TOMBSTONE} AND {on} "
            f"AND {target}.removed_at IS NULL AND ({applies})"
        ), now)
        cols = [*spec.key, *spec.columns]
        keys = ", ".join(q(k) for k in spec.key)
        sets = ", ".join(f"{q(c)} = {self._value(spec, c, 'excluded', target)}"
                         for c in spec.columns)
        self.conn.execute(text(
            f"INSERT INTO {target} ({', '.join(q(c) for c in cols)}, first_synced_at, "
            f"last_synced_at, removed_at) SELECT {', '.join(q(c) for c in cols)}, :now, :now, NULL "
            f"FROM {stg} WHERE NOT {TOMBSTONE} "
            f"ON CONFLICT ({keys}) DO UPDATE SET {sets}, removed_at = NULL, "
            f"last_synced_at = excluded.last_synced_at "
            f"WHERE {target}.removed_at IS NOT NULL OR "
            f"{self._changed(spec, 'excluded', target)}"
        ), now)

    # ----------------------------------------------------------- quarantine

    def quarantine_staging(self) -> str:
        """``stg_quarantine``: this step's cases, from Python and from SQL rules."""
        name = self.staging_name("quarantine")
        if name not in self._staged:
            self.create_staging("quarantine", [("entity", "TEXT"), ("source_key", "TEXT"),
                                               ("reason", "TEXT"), ("payload", "TEXT"),
                                               ("detail", "TEXT")])
        return name

    def add_cases(self, entity: str, cases: Iterable[QuarantineCase]) -> int:
        """Load cases; each belongs to ``entity`` unless it names its own."""
        stg = self.quarantine_staging()
        return self.load(stg, ["entity", "source_key", "reason", "payload", "detail"],
                         ((c.entity or entity, c.source_key, c.reason, c.payload, c.detail)
                          for c in cases))

    def record_quarantine(self, entity: str, scopes: Mapping[str, str | None]
                          ) -> QuarantineResult:
        """Write this step's cases to ``sync_quarantine`` and resolve the ones gone.

        ``scopes`` maps each reason this step judges to the SQL selecting the
        source keys it looked at for that reason (an incremental window), or to
        None when it saw everything; an open case is resolved only if looked at.
        """
        self.lock()
        stg = self.quarantine_staging()
        target = self.t("sync_quarantine")
        params = {"entity": entity, "run_id": self.run_id, "now": self.store.param(self.now)}
        # one case per key and reason, the last one loaded wins
        self.fold_duplicates(stg, ("entity", "source_key", "reason"), order="source_key")
        new = int(self.exec(
            f"SELECT count(*) FROM {stg} c WHERE c.entity = :entity AND NOT EXISTS (SELECT 1 "
            f"FROM {target} q WHERE q.entity = :entity AND q.source_key = c.source_key AND "
            f"q.reason = c.reason AND q.resolved_at IS NULL)", {"entity": entity}).scalar_one())
        seen = int(self.exec(f"SELECT count(*) FROM {stg} WHERE entity = :entity",
                             {"entity": entity}).scalar_one())
        excluded = self.sql.excluded
        self.exec(
            f"INSERT INTO {target} (entity, source_key, reason, payload, detail, run_id, "
            f"detected_at, last_seen_at, resolved_at) SELECT :entity, source_key, reason, payload, "
            f"detail, :run_id, :now, :now, NULL FROM {stg} WHERE entity = :entity "
            f"ON CONFLICT (entity, source_key, reason) DO UPDATE SET payload = {excluded}.payload, "
            f"detail = {excluded}.detail, last_seen_at = {excluded}.last_seen_at, "
            # an open case keeps the run and time that detected it
            f"run_id = CASE WHEN {target}.resolved_at IS NULL THEN {target}.run_id "
            f"ELSE {excluded}.run_id END, "
            f"detected_at = CASE WHEN {target}.resolved_at IS NULL THEN {target}.detected_at "
            f"ELSE {excluded}.detected_at END, resolved_at = NULL", params)
        resolved = 0
        for reason, examined in scopes.items():
            looked_at = f"AND q.source_key IN ({examined})" if examined else ""
            resolved += self.exec(
                f"UPDATE {target} AS q SET resolved_at = :now WHERE q.entity = :entity "
                f"AND q.reason = :reason AND q.resolved_at IS NULL {looked_at} "
                f"AND NOT EXISTS (SELECT 1 FROM {stg} c WHERE c.entity = q.entity AND "
                f"c.source_key = q.source_key AND c.reason = q.reason)",
                {"entity": entity, "reason": reason, "now": self.now}).rowcount
        return QuarantineResult(open=seen, new=new, resolved=int(resolved))


def row_columns(row_type: type[tuple[Any, ...]]) -> tuple[str, ...]:
    """The columns of a named row type, less its final ``tombstone`` flag."""
    fields: tuple[str, ...] = row_type._fields  # type: ignore[attr-defined]
    if fields[-1] != "tombstone":
        raise TypeError(f"{row_type.__name__}: the last field must be 'tombstone'")
    return fields[:-1]


def payload_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
