"""The set-based merge, soft deletes and the removal guard.

One path for every table. A step streams its rows into a temporary staging
table (``store/staging.py``), entity rules run as SQL over that staging table,
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

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from flowsync_dagster.settings.keys import default
from flowsync_dagster.store.database import Store, sqlite_value
from flowsync_dagster.store.quarantine import NOT_WRITTEN, QuarantineCase, QuarantineResult
from flowsync_dagster.store.quarantine_filing import QuarantineFiling, payload_json
from flowsync_dagster.store.staging import TOMBSTONE, row_columns

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


class StepWriter(QuarantineFiling):
    """The writing half of one step, inside its transaction: staging
    (``Staging``), the merge, and its quarantine cases (``QuarantineFiling``).

    ``started`` is when the step began to read the source: a complete listing
    judges only rows no other writer changed after that."""

    def __init__(self, store: Store, conn: Connection, run_id: str, started: datetime) -> None:
        super().__init__(store, conn, run_id, started)
        self._stale: dict[str, str] = {}  # table -> staging table of its stale keys
        # the run accepts the source's older records (flowsync/accept_older)
        self.accept_older = False

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
