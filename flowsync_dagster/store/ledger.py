"""``sync_run``: one row per asset and run, written in the step's transaction.

It is the audit trail of every sync (what was read, when, and what it
changed), and it is how an hourly run knows which spans were read
successfully before it: a step that fails writes no row, so the next hourly
run reads from the end of the last span that has one. The summary
(``cli/summary.py``) shows each table's latest row of each mode from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect, text

from flowsync_dagster.store.database import Store
from flowsync_dagster.store.entity import entity_tables
from flowsync_dagster.store.merge import StepWriter

# A span a successful sync read: (start, end); a full listing covers
# everything before it began, so its start is None.
Covered = tuple[datetime | None, datetime]


@dataclass(frozen=True)
class SyncRunRow:
    run_id: str
    asset: str
    table_name: str
    mode: str  # incremental | full
    window_start: datetime | None
    window_end: datetime | None
    window_reason: str | None
    started_at: datetime
    finished_at: datetime
    rows_read: int
    inserted: int
    updated: int
    reactivated: int
    removed: int
    quarantined: int
    stale_skipped: int


def record_sync_run(step: StepWriter, row: SyncRunRow) -> None:
    """Write (or, for a retried step of the same run, replace) the asset's row."""
    values = {k: step.store.param(v) for k, v in asdict(row).items()}
    columns = ", ".join(values)
    excluded = step.sql.excluded
    updates = ", ".join(f"{c} = {excluded}.{c}" for c in values if c not in ("run_id", "asset"))
    step.conn.execute(text(
        f"INSERT INTO {step.t('sync_run')} ({columns}) VALUES "
        f"({', '.join(':' + c for c in values)}) "
        f"ON CONFLICT (run_id, asset) DO UPDATE SET {updates}"), values)


def covered_spans(step: StepWriter, asset: str, since: datetime) -> list[Covered]:
    """The spans of the source that successful syncs of ``asset`` read and that
    ended after ``since``: a full listing covers all before it began, or before
    its ``window_end`` when it names one (an hour's first read)."""
    found = step.conn.execute(text(
        f"SELECT mode, window_start, window_end, started_at FROM {step.t('sync_run')} "
        f"WHERE asset = :asset AND (window_end >= :since OR (mode = 'full' AND "
        f"started_at >= :since))"),
        {"asset": asset, "since": step.store.param(since)}).all()
    spans: list[Covered] = []
    for mode, start, end, started in found:
        if mode == "full":
            spans.append((None, step.store.as_utc(end if end is not None else started)))
        elif start is not None and end is not None:
            spans.append((step.store.as_utc(start), step.store.as_utc(end)))
    return spans


def has_full_sync(step: StepWriter, asset: str) -> bool:
    """Whether a full resync of ``asset`` ever committed (its sync_run row)."""
    return step.conn.execute(text(
        f"SELECT 1 FROM {step.t('sync_run')} WHERE asset = :asset AND mode = 'full' LIMIT 1"),
        {"asset": asset}).first() is not None


def history_start(step: StepWriter, asset: str) -> datetime | None:
    """Since when syncs of ``asset`` have been recorded (``datetime.min`` once a
    full resync ran: it covers everything before it); None when never."""
    runs, fulls, first = step.conn.execute(text(
        f"SELECT count(*), COALESCE(SUM(CASE WHEN mode = 'full' THEN 1 ELSE 0 END), 0), "
        f"min(window_start) FROM {step.t('sync_run')} WHERE asset = :asset"),
        {"asset": asset}).one()
    if not runs:
        return None
    if fulls or first is None:
        return datetime.min.replace(tzinfo=UTC)
    return step.store.as_utc(first)


@dataclass(frozen=True)
class LastSyncs:
    """A table's last successful sync of each mode; None: never."""
    table: str
    incremental: SyncRunRow | None
    full: SyncRunRow | None


TIMESTAMPS = ("window_start", "window_end", "started_at", "finished_at")


def _sync_run_row(store: Store, found: Mapping[str, Any]) -> SyncRunRow:
    """A ``sync_run`` row read through plain SQL (SQLite gives its times as text)."""
    values = dict(found)
    for name in TIMESTAMPS:
        if values[name] is not None:
            values[name] = store.as_utc(values[name])
    return SyncRunRow(**values)


def last_syncs(store: Store) -> list[LastSyncs]:
    """Per table, its latest ``sync_run`` row of each mode: every warehouse
    table (in ``entity_tables()``' order, never-synced ones too), then any other
    the ledger names. Only a successful step writes a row (a failed one rolls
    back with it), so these are the last successful hourly run and full resync."""
    columns = ", ".join(f.name for f in fields(SyncRunRow))
    latest: dict[str, dict[str, SyncRunRow]] = {}
    with store.engine.connect() as conn:
        if inspect(conn).has_table("sync_run", schema=store.schema):  # older layouts: none
            found = conn.execute(text(
                f"SELECT {columns} FROM (SELECT {columns}, ROW_NUMBER() OVER (PARTITION BY "
                "asset, mode ORDER BY finished_at DESC, run_id DESC) AS nth "
                f"FROM {store.qualified('sync_run')}) latest WHERE nth = 1")).mappings().all()
            for one in found:
                row = _sync_run_row(store, one)
                latest.setdefault(row.asset, {})[row.mode] = row
    entities = entity_tables()
    tables = [*entities, *sorted(set(latest) - set(entities))]
    return [LastSyncs(t, latest.get(t, {}).get("incremental"), latest.get(t, {}).get("full"))
            for t in tables]
