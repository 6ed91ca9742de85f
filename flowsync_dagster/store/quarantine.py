"""What a sync refuses to write, and why: the records shared by the API
client (which finds bad items) and the store (which files them).

Reasons (docs/warehouse.md, "What counts as bad data"): a case of a reason in
``NOT_WRITTEN`` means the record was not applied, so its existing row (and
that row's memberships) must be left as they were; the other reasons flag
rows that were written.
"""

from __future__ import annotations

from dataclasses import dataclass

INVALID_RECORD = "invalid_record"
NOT_WRITTEN = frozenset({INVALID_RECORD, "department_cycle", "department_orphan",
                         "openid_conflict", "bad_extension_field"})


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
