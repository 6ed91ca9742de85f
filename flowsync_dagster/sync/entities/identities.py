"""Writes ``user_attribute`` and adds its columns to ``app_user``.

Each identity declares extension fields (``grade``, ``enrolled_on``...). A
field becomes a typed column of ``app_user`` (named as its key) and a row of
``user_attribute`` only if its key is safe: it matches
``^[a-z][a-z0-9_]{0,39}$`` (so no quoting tricks, no case-folding twins, and
far below PostgreSQL's 63-byte identifier limit), it is not a name the
database or the table already uses (app_user's own columns, system columns
such as ``xmin`` or SQLite's ``rowid``, SQL reserved words), its type is
known, every identity that declares it gives it the same type, its
registered type has not changed, and the column budget is not spent.
Anything else is quarantined as ``bad_extension_field`` and the rest carry
on. Columns are never dropped: a field the source stops declaring is
deactivated in ``user_attribute``, and its column keeps its values.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy.dialects.postgresql.base import RESERVED_WORDS as POSTGRES_RESERVED
from sqlalchemy.dialects.sqlite.base import SQLiteIdentifierPreparer

from flowsync_dagster.officeflow import models
from flowsync_dagster.store.entity import EntityTable
from flowsync_dagster.store.merge import MergeSpec, StepWriter, payload_json
from flowsync_dagster.store.quarantine import QuarantineCase
from flowsync_dagster.store.rules import registry
from flowsync_dagster.store.rules.registry import SQL_TYPES
from flowsync_dagster.sync import checks
from flowsync_dagster.sync.checks import QuarantineCheck, SqlCheck
from flowsync_dagster.sync.entities.users import APP_USER
from flowsync_dagster.sync.step import SyncAsset, SyncStep

TABLE = "user_attribute"
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# Names a field may never take: app_user's own columns and the staging-only
# ones; the system columns every PostgreSQL table has (a column named xmin
# cannot be added) and SQLite's rowid aliases; SQL reserved words, so that a
# reader never has to quote a column to select it.
SYSTEM_COLUMNS = frozenset({"xmin", "xmax", "cmin", "cmax", "ctid", "tableoid", "oid",
                            "rowid", "_rowid_"})
RESERVED = (frozenset(c.name for c in APP_USER.table.columns)
            | {"_tombstone", "_department_ids"} | SYSTEM_COLUMNS | POSTGRES_RESERVED
            | SQLiteIdentifierPreparer.reserved_words)
# PostgreSQL allows 1600 columns a table; a school needs a few dozen
MAX_EXTENSION_COLUMNS = 200


class UserAttributeRow(NamedTuple):
    identity: str
    key: str
    label: str
    type: str
    max_length: int | None
    column_name: str
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


USER_ATTRIBUTE = EntityTable(
    TABLE, "directory",
    "The extension fields each identity declares (a student's grade, a teacher's title): "
    "each safe field is a typed column of app_user. A field Officeflow stops declaring is "
    "deactivated here; its column and values stay.",
    key=("identity", "key"), row=UserAttributeRow)


CHECKS: tuple[checks.Check, ...] = (
    QuarantineCheck("user_attribute_fields_valid", TABLE, ("bad_extension_field", "invalid_record"),
                    "Every declared extension field was safe to add (else quarantined as "
                    "bad_extension_field)."),
    SqlCheck("user_attribute_columns_exist", TABLE, registry.missing_columns_sql,
             "Every active extension field has its column in app_user. A failure means the "
             "store is wrong."),
)


@dataclass(frozen=True)
class FieldPlan:
    rows: list[UserAttributeRow]  # user_attribute rows to stage
    new_columns: dict[str, str]  # column -> SQL type, to add to app_user
    cases: list[QuarantineCase]


def refusal(key: str, type_: str, types_declared: set[str], registered: dict[str, str]
            ) -> str | None:
    """Why a declared field cannot be (or stay) a column, or None."""
    if not KEY_PATTERN.match(key):
        return "key is not a safe identifier (^[a-z][a-z0-9_]{0,39}$)"
    if key in SYSTEM_COLUMNS:
        return f"key {key!r} is a system column name of the database"
    if key in RESERVED:
        return f"key {key!r} is one of app_user's own columns or a reserved SQL word"
    if type_ not in SQL_TYPES:
        return f"unknown type {type_!r} (string, integer, date, boolean)"
    if len(types_declared) > 1:
        return f"key declared with several types: {', '.join(sorted(types_declared))}"
    if key in registered and registered[key] != type_:
        return f"registered as {registered[key]}, now declared {type_}"
    return None


def plan_fields(identities: list[models.Identity], registered: dict[str, str],
                existing_columns: set[str]) -> FieldPlan:
    """Decide which declared fields become columns; ``registered`` maps column
    names already in use to their field type."""
    types_of: dict[str, set[str]] = defaultdict(set)
    for identity in identities:
        for f in identity.fields:
            types_of[f.key].add(f.type)
    budget = MAX_EXTENSION_COLUMNS - len(registered)
    rows: list[UserAttributeRow] = []
    new_columns: dict[str, str] = {}
    budgeted: set[str] = set()  # keys this plan spent a column of the budget on
    cases: list[QuarantineCase] = []
    for identity in identities:
        for f in identity.fields:
            why = refusal(f.key, f.type, types_of[f.key], registered)
            if why is None and f.key not in registered and f.key not in budgeted:
                if budget <= 0:
                    why = f"column budget of {MAX_EXTENSION_COLUMNS} extension fields is spent"
                else:
                    budget -= 1
                    budgeted.add(f.key)
                    if f.key not in existing_columns:
                        new_columns[f.key] = SQL_TYPES[f.type]
            if why:
                cases.append(QuarantineCase(
                    f"{identity.code}:{f.key}", "bad_extension_field",
                    payload_json({"identity": identity.code, "field": {
                        "key": f.key, "label": f.label, "type": f.type,
                        "max_length": f.max_length}}), why))
                continue
            rows.append(UserAttributeRow(identity.code, f.key, f.label, f.type, f.max_length,
                                         f.key, True, "active", None, False))
    return FieldPlan(rows, new_columns, cases)


def write(step: SyncStep, w: StepWriter) -> None:
    identities = list(step.records(step.client.iter_pages("/identities", models.IDENTITY)))
    w.lock()  # before reading the registry: no other writer may change it
    plan = plan_fields(identities, registry.registered_fields(w), registry.user_columns(w))
    for column, sql_type in sorted(plan.new_columns.items()):
        registry.add_user_column(w, column, sql_type)
    w.add_cases(TABLE, [*step.cases, *plan.cases])
    w.stage_rows(TABLE, TABLE, UserAttributeRow, plan.rows)
    # an identity record that could not be read keeps its fields as they were
    step.merged(w.merge(MergeSpec(TABLE, USER_ATTRIBUTE.key, USER_ATTRIBUTE.written, reconcile=True,
                                  protect_by=((TABLE, "t.identity"),)),
                        w.staging_name(TABLE), step.guard))
    report = step.report(TABLE)
    report.quarantine = w.record_quarantine(TABLE, {"bad_extension_field": None,
                                                    "invalid_record": None})
    report.extra.update({
        "identities": len(identities),
        "fields_declared": sum(len(i.fields) for i in identities),
        "columns_added": ", ".join(sorted(plan.new_columns)) or "none",
    })


IDENTITIES = SyncAsset(name="user_attribute", writes=(USER_ATTRIBUTE,), write=write, checks=CHECKS,
                       whole_listing=True, description=__doc__ or "")
