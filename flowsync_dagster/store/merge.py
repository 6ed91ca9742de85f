"""Staging, the set-based merge, soft deletes, the removal guard, quarantine.

One path for every table. A step streams its rows into a temporary staging
table (COPY on PostgreSQL), entity rules run as SQL over that staging table,
and one merge applies it: insert new keys, update rows whose content changed
(``IS DISTINCT FROM`` on every column, so unchanged rows are not rewritten),
apply tombstones, and, when the listing is complete, soft-delete what it no
longer has. The mass-removal guard is checked inside the same transaction,
before anything is written, from counts over staging and target.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from flowsync_dagster.store.database import Store, sqlite_value

TOMBSTONE = "_tombstone"
UNIQUE_VIOLATION, CARDINALITY_VIOLATION = "23505", "21000"  # PostgreSQL SQLSTATEs


class MassRemovalRefused(Exception):
    """The guard of warehouse.md tripped; nothing of the step was written."""

    def __init__(self, table: str, deactivating: int, active: int, fraction: float,
                 guard: RemovalGuard) -> None:
        self.table = table
        self.deactivating = deactivating
        self.active = active
        super().__init__(
            f"{table}: refusing to deactivate {deactivating} of {active} active rows "
            f"({fraction:.1%} > {guard.max_fraction:.0%} and > {guard.max_rows} rows); nothing "
            "was written. If the source really lost them, rerun with the run tag "
            "flowsync/allow_mass_removal=true"
        )


@dataclass(frozen=True)
class RemovalGuard:
    max_fraction: float = 0.10
    max_rows: int = 50
    allowed: bool = False


@dataclass(frozen=True)
class MergeSpec:
    """How one staging table is merged into its target."""

    table: str
    key: tuple[str, ...]
    columns: tuple[str, ...]  # written from the source, besides the key
    reconcile: bool = False  # the listing is complete: soft-delete what it lacks
    touch_all: bool = False  # full resync: move last_synced_at on every row found
    scope: str | None = None  # SQL over target alias ``t``: what reconciliation may touch
    # SQL over ``t`` naming the quarantine source key that protects a row from
    # reconciliation (default: the key parts joined by ':')
    protect: str | None = None
    # what a tombstone may change besides is_active/removed_at
    tombstone_columns: tuple[str, ...] = ("status", "source_updated_at")
    preview: tuple[str, ...] = ()  # columns shown in the preview (default: key + three)
    # of ``columns``, those written along with a change but never a change on
    # their own: a membership's ``source_updated_at`` is its parent's, and a
    # user renamed is not a new membership. Without this an hour rewrote every
    # membership of every changed user or tag: 40,000 of the 92,000 rows an
    # hour wrote at 1,000,000 users.
    carried: tuple[str, ...] = ()

    @property
    def compared(self) -> tuple[str, ...]:
        """The columns whose difference makes a row changed."""
        return tuple(c for c in self.columns if c not in self.carried)


@dataclass(frozen=True)
class MergeResult:
    table: str
    source_rows: int
    duplicates_folded: int
    inserted: int
    updated: int
    reactivated: int
    removed: int  # tombstoned or missing from a complete listing
    deactivated: int  # active before, inactive after (removals and status changes)
    unchanged: int
    activated: int  # inactive or new before, active after
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
class QuarantineCase:
    source_key: str
    reason: str
    payload: str | None = None
    detail: str | None = None
    entity: str | None = None  # None: the entity of the step's main table


@dataclass(frozen=True)
class QuarantineResult:
    open: int  # cases this run saw
    new: int  # of which not open before
    resolved: int  # open before, gone now


class StepWriter:
    """The writing half of one step, inside its transaction."""

    def __init__(self, store: Store, conn: Connection, run_id: str, now: datetime) -> None:
        self.store = store
        self.conn = conn
        self.run_id = run_id
        self.now = now
        self._staged: set[str] = set()
        self._analyzed: set[str] = set()
        self._loaded: dict[str, int] = {}
        self._locked = False

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
        if not self._locked:
            self.store.take_write_lock(self.conn)
            self._locked = True

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
        if self.store.is_postgres:
            self.conn.exec_driver_sql(
                f"CREATE TEMP TABLE {stg} ON COMMIT DROP AS SELECT {cols} FROM {self.t(like)} "
                "WITH NO DATA"
            )
        else:
            self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stg}")
            self.conn.exec_driver_sql(
                f"CREATE TEMP TABLE {stg} AS SELECT {cols} FROM {self.t(like)} WHERE 0"
            )
        self._staged.add(stg)
        for column, sql_type in extra:
            self.conn.exec_driver_sql(f"ALTER TABLE {stg} ADD COLUMN {self.q(column)} {sql_type}")
        return stg

    def create_staging(self, name: str, columns: Sequence[tuple[str, str]]) -> str:
        """An empty staging table with explicit column types."""
        stg = self.staging_name(name)
        cols = ", ".join(f"{self.q(c)} {t}" for c, t in columns)
        if self.store.is_postgres:
            self.conn.exec_driver_sql(f"CREATE TEMP TABLE {stg} ({cols}) ON COMMIT DROP")
        else:
            self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stg}")
            self.conn.exec_driver_sql(f"CREATE TEMP TABLE {stg} ({cols})")
        self._staged.add(stg)
        return stg

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
        autovacuum comes by (after the commit); without them PostgreSQL took a
        re-aggregation of every task per out-of-school request: 133 s at
        100,000 users where 0.2 s does."""
        if self.store.is_postgres:
            self.conn.exec_driver_sql(f"ANALYZE {table}")
            self._analyzed.add(table)

    def drop_staging(self) -> None:
        """SQLite keeps temp tables to the end of the connection: drop ours."""
        if not self.store.is_postgres:
            for stg in self._staged:
                self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stg}")
        self._staged.clear()

    # --------------------------------------------------------------- merge

    def _keys_match(self, a: str, b: str, key: Sequence[str]) -> str:
        return " AND ".join(f"{a}.{self.q(k)} = {b}.{self.q(k)}" for k in key)

    def _distinct(self, a: str, b: str, column: str) -> str:
        op = "IS DISTINCT FROM" if self.store.is_postgres else "IS NOT"
        return f"{a}.{self.q(column)} {op} {b}.{self.q(column)}"

    def source_key_sql(self, alias: str, key: Sequence[str]) -> str:
        """The text form of a key, as quarantine cases name it: parts joined by ':'."""
        return " || ':' || ".join(f"{alias}.{self.q(k)}" for k in key)

    def _changed(self, a: str, b: str, columns: Sequence[str]) -> str:
        return "(" + (" OR ".join(self._distinct(a, b, c) for c in columns) or "FALSE") + ")"

    def fold_duplicates(self, stg: str, key: Sequence[str], order: str = "source_updated_at") -> int:
        """Keep one row per key in staging: the latest by ``order``, then the last loaded."""
        keys = ", ".join(self.q(k) for k in key)
        has_dups = self.conn.exec_driver_sql(
            f"SELECT 1 FROM {stg} GROUP BY {keys} HAVING count(*) > 1 LIMIT 1"
        ).first()
        if not has_dups:
            return 0
        rowid = "ctid" if self.store.is_postgres else "rowid"
        nulls = " NULLS LAST" if self.store.is_postgres else ""
        result = self.conn.exec_driver_sql(
            f"DELETE FROM {stg} WHERE {rowid} IN (SELECT {rowid} FROM (SELECT {rowid}, "
            f"row_number() OVER (PARTITION BY {keys} ORDER BY {self.q(order)} DESC{nulls}, "
            f"{rowid} DESC) AS rn FROM {stg}) ranked WHERE rn > 1)"
        )
        return result.rowcount

    def merge(self, spec: MergeSpec, stg: str, guard: RemovalGuard | None = None) -> MergeResult:
        """Apply staging to the target; the whole step rolls back if the guard trips.

        On PostgreSQL the merge runs optimistically: staging keys are assumed
        unique (checking costs a full hash aggregate, ~1.6 s per 1M rows). If
        the source did send a key twice (or a listing restarted), the merge
        fails with a unique or cardinality violation, the savepoint undoes it,
        and it runs again on staging folded to the latest row per key."""
        self.lock()
        if not self.store.is_postgres:
            # ON CONFLICT would silently keep the last row: fold first, by date
            return self._merge(spec, stg, guard, self.fold_duplicates(stg, spec.key))
        try:
            with self.conn.begin_nested():
                return self._merge(spec, stg, guard, 0)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) not in (UNIQUE_VIOLATION, CARDINALITY_VIOLATION):
                raise
        return self._merge(spec, stg, guard, self.fold_duplicates(stg, spec.key))

    def _merge(self, spec: MergeSpec, stg: str, guard: RemovalGuard | None,
               folded: int) -> MergeResult:
        if stg not in self._analyzed:  # filled by SQL rather than by load()
            self.analyze(stg)
        target = self.t(spec.table)
        before = self._table_counts(spec.table, exact=spec.touch_all)
        staged = self._loaded.get(stg)
        if staged is None:
            staged = int(self.conn.exec_driver_sql(f"SELECT count(*) FROM {stg}").scalar_one())
        self.store.plan_for(self.conn, few_rows=staged * 20 < before[0])
        key0 = self.q(spec.key[0])
        on = self._keys_match("t", "s", spec.key)
        changed = self._changed("t", "s", spec.compared)
        scope = spec.scope or "TRUE"
        quarantined = self.staging_name("quarantine")
        if quarantined in self._staged:
            # a quarantined record is "not written": its old row stays as it was
            protect = spec.protect or self.source_key_sql("t", spec.key)
            scope = (f"({scope}) AND NOT EXISTS (SELECT 1 FROM {quarantined} c WHERE "
                     f"c.entity = '{spec.table}' AND c.source_key = {protect})")

        def n(condition: str) -> str:
            return f"COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"

        live = f"NOT s.{TOMBSTONE}"
        counts = self.conn.exec_driver_sql(
            f"SELECT count(*), {n(f't.{key0} IS NULL AND {live}')}, "
            f"{n(f't.{key0} IS NOT NULL AND {live} AND t.removed_at IS NOT NULL')}, "
            f"{n(f't.{key0} IS NOT NULL AND {live} AND t.removed_at IS NULL AND {changed}')}, "
            f"{n(f't.{key0} IS NOT NULL AND s.{TOMBSTONE} AND t.removed_at IS NULL')}, "
            f"{n(f't.is_active AND (s.{TOMBSTONE} OR NOT s.is_active)')}, "
            f"{n(f'{live} AND s.is_active AND (t.{key0} IS NULL OR NOT t.is_active)')}, "
            f"{n(f't.{key0} IS NULL AND s.{TOMBSTONE}')} "
            f"FROM {stg} s LEFT JOIN {target} t ON {on}"
        ).one()
        (source_rows, inserted, reactivated, updated, tombstoned, deactivated, activated,
         unknown_tombstones) = map(int, counts)
        missing = missing_active = 0
        not_listed = f"NOT EXISTS (SELECT 1 FROM {stg} s WHERE {on})"
        if spec.reconcile:
            missing, missing_active = map(int, self.conn.exec_driver_sql(
                f"SELECT {n('t.removed_at IS NULL')}, {n('t.is_active')} FROM {target} t "
                f"WHERE ({scope}) AND {not_listed}"
            ).one())
        deactivating = deactivated + missing_active
        if (spec.reconcile and guard is not None and not guard.allowed
                and deactivating > guard.max_rows):
            # only now can the guard trip: its denominator is the table's active
            # rows (not the reconciled scope: an hour that moves a few users
            # must not look like a mass removal)
            active_before = self._table_counts(spec.table, exact=True)[1]
            fraction = deactivating / max(1, active_before)
            if fraction > guard.max_fraction:
                raise MassRemovalRefused(spec.table, deactivating, active_before, fraction, guard)

        now = {"now": self.store.param(self.now)}
        if self.store.is_postgres:
            self._merge_postgres(spec, stg, target, on, changed)
        else:
            self._merge_sqlite(spec, stg, target)
        if spec.reconcile and missing:
            self.conn.execute(text(
                f"UPDATE {target} AS t SET is_active = FALSE, removed_at = :now, "
                f"last_synced_at = :now WHERE t.removed_at IS NULL AND ({scope}) AND {not_listed}"
            ), now)
        after = (before[0] + inserted, before[1] + activated - deactivating)
        self._store_counts(spec.table, after)
        if inserted + updated + tombstoned + missing > max(1000, before[0] // 10):
            # what runs next in this step (rules, derived tables, checks) plans on it
            self.analyze(target)
        shown = spec.preview or (*spec.key, *spec.columns[:3])
        preview = tuple(tuple(r) for r in self.conn.exec_driver_sql(
            f"SELECT {', '.join(self.q(c) for c in shown)} FROM {stg} LIMIT 5"))
        existing = source_rows - inserted - unknown_tombstones
        return MergeResult(
            table=spec.table, source_rows=source_rows, duplicates_folded=folded,
            inserted=inserted, updated=updated, reactivated=reactivated,
            removed=tombstoned + missing, deactivated=deactivating,
            unchanged=max(0, existing - updated - reactivated - tombstoned),
            activated=activated, rows_after=after[0], active_after=after[1],
            preview_columns=tuple(shown), preview=preview,
        )

    # ------------------------------------------------------------- counts

    def _table_counts(self, table: str, exact: bool) -> tuple[int, int]:
        """(rows, active rows) of a table before this merge. Exact on a full
        resync (which touches every row anyway); otherwise the counts the last
        merge stored, so that an hour does not scan a million-row table."""
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
        excluded = "EXCLUDED" if self.store.is_postgres else "excluded"
        self.conn.execute(text(
            f"INSERT INTO {self.t('flowsync_meta')} (key, value) VALUES (:key, :value) "
            f"ON CONFLICT (key) DO UPDATE SET value = {excluded}.value"),
            {"key": f"counts:{table}", "value": f"{counts[0]},{counts[1]}"})

    def _merge_postgres(self, spec: MergeSpec, stg: str, target: str, on: str,
                        changed: str) -> None:
        q = self.q
        cols = [*spec.key, *spec.columns]
        tomb_set = ", ".join(f"{q(c)} = s.{q(c)}" for c in spec.tombstone_columns)
        upd_set = ", ".join(f"{q(c)} = s.{q(c)}" for c in spec.columns)
        touch = "WHEN MATCHED THEN UPDATE SET last_synced_at = :now " if spec.touch_all else ""
        self.conn.execute(text(
            f"MERGE INTO {target} AS t USING {stg} AS s ON {on} "
            f"WHEN MATCHED AND s.{TOMBSTONE} AND t.removed_at IS NULL THEN UPDATE SET "
            f"is_active = FALSE, {tomb_set}{', ' if tomb_set else ''}removed_at = :now, "
            f"last_synced_at = :now "
            f"WHEN MATCHED AND NOT s.{TOMBSTONE} AND (t.removed_at IS NOT NULL OR {changed}) "
            f"THEN UPDATE SET {upd_set}, removed_at = NULL, last_synced_at = :now "
            f"{touch}"
            f"WHEN NOT MATCHED AND NOT s.{TOMBSTONE} THEN INSERT "
            f"({', '.join(q(c) for c in cols)}, first_synced_at, last_synced_at) VALUES "
            f"({', '.join('s.' + q(c) for c in cols)}, :now, :now)"
        ), {"now": self.now})

    def _merge_sqlite(self, spec: MergeSpec, stg: str, target: str) -> None:
        q = self.q
        now = {"now": sqlite_value(self.now)}
        on = self._keys_match(target, "s", spec.key)
        tomb_set = "".join(f"{q(c)} = s.{q(c)}, " for c in spec.tombstone_columns)
        self.conn.execute(text(
            f"UPDATE {target} SET is_active = 0, {tomb_set}removed_at = :now, "
            f"last_synced_at = :now FROM {stg} AS s WHERE s.{TOMBSTONE} AND {on} "
            f"AND {target}.removed_at IS NULL"
        ), now)
        cols = [*spec.key, *spec.columns]
        keys = ", ".join(q(k) for k in spec.key)
        changed_excluded = self._changed(target, "excluded", spec.compared)
        touch = " OR 1" if spec.touch_all else ""
        self.conn.execute(text(
            f"INSERT INTO {target} ({', '.join(q(c) for c in cols)}, first_synced_at, "
            f"last_synced_at, removed_at) SELECT {', '.join(q(c) for c in cols)}, :now, :now, NULL "
            f"FROM {stg} WHERE NOT {TOMBSTONE} "
            f"ON CONFLICT ({keys}) DO UPDATE SET "
            f"{', '.join(f'{q(c)} = excluded.{q(c)}' for c in spec.columns)}, removed_at = NULL, "
            f"last_synced_at = excluded.last_synced_at "
            f"WHERE {target}.removed_at IS NOT NULL OR {changed_excluded}{touch}"
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
        excluded = "EXCLUDED" if self.store.is_postgres else "excluded"
        self.exec(
            f"INSERT INTO {target} (entity, source_key, reason, payload, detail, run_id, "
            f"detected_at, last_seen_at, resolved_at) SELECT :entity, source_key, reason, payload, "
            f"detail, :run_id, :now, :now, NULL FROM {stg} WHERE entity = :entity "
            f"ON CONFLICT (entity, source_key, reason) DO UPDATE SET payload = {excluded}.payload, "
            f"detail = {excluded}.detail, run_id = {excluded}.run_id, "
            f"last_seen_at = {excluded}.last_seen_at, "
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

    # ------------------------------------------------------------ sql bits

    def json_object_sql(self, pairs: Mapping[str, str]) -> str:
        """A JSON object built in SQL from ``{name: sql expression}``, as text."""
        args = ", ".join(f"'{k}', {v}" for k, v in pairs.items())
        if self.store.is_postgres:
            return f"json_build_object({args})::text"
        return f"json_object({args})"

    def json_array_agg_sql(self, expression: str) -> str:
        """An aggregate collecting JSON texts into a JSON array, as text."""
        if self.store.is_postgres:
            return f"json_agg(({expression})::json)::text"
        return f"json_group_array(json({expression}))"

    def string_agg_sql(self, expression: str, separator: str = ", ") -> str:
        if self.store.is_postgres:
            return f"string_agg({expression}, '{separator}' ORDER BY {expression})"
        return f"group_concat({expression}, '{separator}')"


def payload_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
