"""Writes ``app_user`` and ``user_department`` (one step, one transaction).

Users stream page by page into one staging table, their department ids as a
JSON array; the memberships are expanded from it in SQL, so neither listing
is ever held in memory. Extension attributes are typed into the columns
``user_attribute`` registered; a value of the wrong type makes the record
invalid (quarantined, not written, its memberships left as they were). A
column is written only for users whose identity declares its field now: a
field that left the registry keeps its values. Two active users sharing a
``username`` are both written and quarantined as ``duplicate_username``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import msgspec
from sqlalchemy import Index

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.store.entity import EntityTable
from flowsync_dagster.store.merge import TOMBSTONE, MergeSpec, Owner, StepWriter
from flowsync_dagster.store.quarantine import QuarantineCase
from flowsync_dagster.store.rules import users as rules
from flowsync_dagster.store.rules.department_mapping import remap_staged
from flowsync_dagster.store.rules.registry import SQL_TYPES
from flowsync_dagster.store.rules.users import DEPARTMENT_IDS
from flowsync_dagster.sync import checks
from flowsync_dagster.sync.checks import QuarantineCheck, SqlCheck
from flowsync_dagster.sync.step import SyncAsset, SyncStep

TABLE = "app_user"
LINK = "user_department"


class UserRow(NamedTuple):
    """A user's own columns; the staged row adds its extension values, then the
    tombstone flag and its department ids (JSON)."""

    id: str
    username: str | None
    name: str | None
    identity: str | None
    mobile: str | None
    email: str | None
    is_active: bool
    status: str
    source_updated_at: dt.datetime | None
    tombstone: bool


class MembershipRow(NamedTuple):
    user_id: str
    department_id: str
    is_active: bool
    status: str
    source_updated_at: dt.datetime | None
    tombstone: bool


APP_USER = EntityTable(
    TABLE, "directory",
    "Everyone in the directory (students, teachers, staff) with their login number, "
    "contact details and one typed column per extension field. Logins and approvals read "
    "it.",
    key=("id",), row=UserRow, indexes=(Index("ix_app_user_username", "username"),),
    personal=frozenset({"name", "username", "mobile", "email"}),
    identifying=frozenset({"id"}), roomy=True)
USER_DEPARTMENT = EntityTable(
    LINK, "directory",
    "Who belongs to which department. A membership that ends is kept as history "
    "(inactive, removed_at set).",
    key=("user_id", "department_id"), row=MembershipRow,
    indexes=(Index("ix_user_department_department", "department_id"),),
    identifying=frozenset({"user_id"}), roomy=True)
BASE_COLUMNS = APP_USER.written
LINK_COLUMNS = USER_DEPARTMENT.written

CHECKS: tuple[checks.Check, ...] = (
    checks.invalid_records(TABLE),
    QuarantineCheck("app_user_unique_usernames", TABLE, ("duplicate_username",),
                    "No two active users share a username (login number); the source does "
                    "not guarantee it."),
    SqlCheck("user_department_consistent", LINK,
             "SELECT m.user_id || ':' || m.department_id FROM {t} m LEFT JOIN {app_user} u "
             "ON u.id = m.user_id WHERE m.is_active AND (u.id IS NULL OR NOT u.is_active) "
             "AND {scope}",
             "No active membership of a user that is unknown or inactive. A failure means the "
             "store is wrong.",
             # the hour's users that are unknown or inactive now: few, so their
             # memberships are looked up, not those of every user the hour read
             scoped="m.user_id IN (SELECT s.id FROM {stg_app_user} s LEFT JOIN {app_user} x "
                    "ON x.id = s.id WHERE x.id IS NULL OR NOT x.is_active)"),
)


class InvalidValue(ValueError):
    pass


@dataclass(frozen=True)
class ExtensionField:
    identity: str
    key: str
    type: str
    max_length: int | None
    column: str


@dataclass(frozen=True)
class Registry:
    """The active extension fields: by identity, and as the columns to write."""

    by_identity: dict[str, list[ExtensionField]]
    columns: tuple[str, ...]  # every column some identity declares now
    declared_by: dict[str, frozenset[str]]  # column -> identities declaring it

    def value_sql(self, column: str, quote: Any) -> str:
        """The value a merge writes: the record's for users whose identity declares
        the field, the stored one for the others (a field is never NULLed because
        an identity stopped declaring it)."""
        identities = ", ".join(sql_text(i) for i in sorted(self.declared_by[column]))
        col = quote(column)
        return f"CASE WHEN {{s}}.identity IN ({identities}) THEN {{s}}.{col} ELSE {{t}}.{col} END"


def sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def load_registry(w: StepWriter) -> Registry:
    by_identity: dict[str, list[ExtensionField]] = {}
    declared: dict[str, set[str]] = {}
    for identity, key, type_, max_length, column in rules.active_fields(w):
        by_identity.setdefault(identity, []).append(
            ExtensionField(identity, key, type_, max_length, column))
        declared.setdefault(column, set()).add(identity)
    return Registry(by_identity, tuple(sorted(declared)),
                    {c: frozenset(i) for c, i in declared.items()})


def typed(value: Any, field: ExtensionField) -> Any:
    if value is None:
        return None
    if field.type == "string":
        if not isinstance(value, str):
            raise InvalidValue(f"attribute {field.key}: expected text, got {value!r}")
        if field.max_length is not None and len(value) > field.max_length:
            raise InvalidValue(f"attribute {field.key}: longer than {field.max_length}")
        return value
    if field.type == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue(f"attribute {field.key}: expected an integer, got {value!r}")
        if not -(2**63) <= value < 2**63:
            raise InvalidValue(f"attribute {field.key}: integer out of range")
        return value
    if field.type == "boolean":
        if not isinstance(value, bool):
            raise InvalidValue(f"attribute {field.key}: expected true/false, got {value!r}")
        return value
    try:  # date
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidValue(f"attribute {field.key}: expected YYYY-MM-DD, got {value!r}") from None


def staged(row: UserRow, extensions: Sequence[Any], department_ids: str | None
           ) -> tuple[Any, ...]:
    """One ``stg_app_user`` row in ``stage_users``' column order: the user's
    columns, one value per registered extension column (the registry decides
    how many, so the row cannot be a fixed record), the tombstone flag, and the
    department ids as JSON (None for a tombstone, which lists none)."""
    return (*row[:-1], *extensions, row.tombstone, department_ids)


def user_rows(users: Iterable[models.User | models.Tombstone], registry: Registry,
              cases: list[QuarantineCase]) -> Iterator[tuple[Any, ...]]:
    width = len(registry.columns)
    position = {c: i for i, c in enumerate(registry.columns)}
    for u in users:
        updated = utc(u.updated_at)
        if u.is_tombstone:
            gone = UserRow(u.id, None, None, None, None, None, False, "deleted", updated, True)
            yield staged(gone, [None] * width, None)
            continue
        ext: list[Any] = [None] * width
        try:
            for field in registry.by_identity.get(u.identity, ()):
                ext[position[field.column]] = typed(u.attributes.get(field.key), field)
        except InvalidValue as exc:
            cases.append(QuarantineCase(u.id, "invalid_record",
                                        msgspec.json.encode(u).decode(), str(exc)))
            continue
        row = UserRow(u.id, u.username, u.name, u.identity, u.mobile, u.email,
                      u.status == "active", u.status, updated, False)
        yield staged(row, ext, msgspec.json.encode(sorted(set(u.department_ids))).decode())


def stage_users(w: StepWriter, registry: Registry, rows: Iterable[tuple[Any, ...]]) -> int:
    """``stg_app_user``: the user's columns, its extension values, the tombstone
    flag, and its department ids."""
    columns = ("id", *BASE_COLUMNS, *registry.columns)
    return w.stage(TABLE, TABLE, columns, rows,
                   extra=((TOMBSTONE, "BOOLEAN"), (DEPARTMENT_IDS, "TEXT")))


def write(step: SyncStep, w: StepWriter) -> None:
    window = step.window
    registry = load_registry(w)
    cases: list[QuarantineCase] = []
    listing = step.records(step.client.iter_pages("/users", models.USER, window=window.bounds,
                                                  read_ahead=True))
    loaded = stage_users(w, registry, user_rows(listing, registry, cases))
    w.add_cases(TABLE, [*step.cases, *cases])
    staged = w.staging_name(TABLE)
    w.fold_duplicates(staged, ("id",))
    step.merged(w.merge(
        MergeSpec(TABLE, ("id",), (*BASE_COLUMNS, *registry.columns), reconcile=window.full,
                  preview=("id", "identity", "is_active", "status", "source_updated_at"),
                  values={c: registry.value_sql(c, w.q) for c in registry.columns}),
        staged, step.guard))
    # before the memberships: the users' pages are still in the buffer cache
    examined_users = rules.flag_duplicate_usernames(w, window.full)
    # from the users that were applied: stale ones are out of staging
    rules.expand_memberships(w, ("user_id", "department_id", *LINK_COLUMNS))
    remapped = remap_staged(w, w.staging_name(LINK),
                            ("user_id", "department_id", *LINK_COLUMNS, TOMBSTONE),
                            key=("user_id", "department_id"))
    step.merged(w.merge(
        MergeSpec(LINK, ("user_id", "department_id"), LINK_COLUMNS, reconcile=True,
                  carried=("source_updated_at",), newer_wins=False,
                  owner=Owner(TABLE, "user_id"),
                  scope=None if window.full else f"t.user_id IN (SELECT id FROM {staged})"),
        w.staging_name(LINK), step.guard))
    in_window = None if window.full else f"SELECT id FROM {staged}"
    report = step.report(TABLE)
    report.quarantine = w.record_quarantine(
        TABLE, {"invalid_record": in_window, "duplicate_username": examined_users})
    report.rows_read = loaded + len(cases) + len(step.cases)
    report.extra["records_read"] = report.rows_read
    report.extra["extension_columns"] = ", ".join(registry.columns) or "none"
    types = {f.column: f.type for fields in registry.by_identity.values() for f in fields}
    report.extension_columns = tuple((c, SQL_TYPES[types[c]]) for c in registry.columns)
    if remapped:  # memberships the school's department rules moved or left out, by rule
        step.report(LINK).extra["department_rules_memberships"] = remapped

USERS = SyncAsset(name="users", writes=(APP_USER, USER_DEPARTMENT), write=write, checks=CHECKS,
                  deps=("user_attribute", "department"), description=__doc__ or "")
