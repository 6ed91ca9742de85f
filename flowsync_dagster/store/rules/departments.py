"""The stored departments the department step compares the walk with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flowsync_dagster.store.merge import StepWriter


@dataclass(frozen=True)
class StoredDepartment:
    id: str
    parent_id: str | None
    name: str | None
    code: str | None
    sort_order: int | None
    status: str | None
    source_updated_at: datetime | None
    removed: bool


def stored_departments(w: StepWriter) -> dict[str, StoredDepartment]:
    """Every department row (the tree is small: thousands of rows at most)."""
    rows = w.conn.exec_driver_sql(
        f"SELECT id, parent_id, name, code, sort_order, status, source_updated_at, "
        f"removed_at IS NOT NULL FROM {w.t('department')}")
    return {r[0]: StoredDepartment(r[0], r[1], r[2], r[3], r[4], r[5],
                                   w.store.as_utc(r[6]) if r[6] is not None else None,
                                   bool(r[7])) for r in rows}
