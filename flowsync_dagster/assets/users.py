"""Writes ``app_user`` and ``user_department`` (one step, one transaction).

Users stream page by page into one staging table, their department ids as a
JSON array; the memberships are expanded from it in SQL, so neither listing
is ever held in memory. Extension attributes are typed into the columns
``user_attribute`` registered; a value of the wrong type makes the record
invalid (quarantined, not written). Two active users sharing a ``username``
are both written and quarantined as ``duplicate_username``.
"""

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import msgspec
from dagster import (
    AssetExecutionContext,
    AssetsDefinition,
    AssetSpec,
    MaterializeResult,
    PartitionsDefinition,
    multi_asset,
)

from flowsync_dagster import checks
from flowsync_dagster.assets.common import (
    PERMANENT,
    StepReport,
    permanent_failure,
    records,
    result,
    sync_options,
)
from flowsync_dagster.checks import QuarantineCheck, SqlCheck
from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.partitions import SyncConfig, sync_window
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings
from flowsync_dagster.store.merge import (
    TOMBSTONE,
    MergeSpec,
    QuarantineCase,
    StepWriter,
)

TABLE = "app_user"
LINK = "user_department"
BASE_COLUMNS = ("username", "name", "identity", "mobile", "email", "is_active", "status",
                "source_updated_at")
LINK_COLUMNS = ("is_active", "status", "source_updated_at")
DEPARTMENT_IDS = "_department_ids"

CHECKS: list[checks.Check] = [
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
]


class InvalidValue(ValueError):
    pass


@dataclass(frozen=True)
class ExtensionField:
    identity: str
    key: str
    type: str
    max_length: int | None
    column: str


def load_registry(step: StepWriter) -> tuple[dict[str, list[ExtensionField]], list[str]]:
    """Active extension fields by identity, and every extension column there is."""
    by_identity: dict[str, list[ExtensionField]] = {}
    columns: set[str] = set()
    for identity, key, type_, max_length, column, active in step.conn.exec_driver_sql(
            f"SELECT identity, key, type, max_length, column_name, is_active "
            f"FROM {step.t('user_attribute')}"):
        columns.add(column)
        if active:
            by_identity.setdefault(identity, []).append(
                ExtensionField(identity, key, type_, max_length, column))
    return by_identity, sorted(columns)


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


def user_rows(users: Iterable[models.User | models.Tombstone],
              registry: dict[str, list[ExtensionField]], columns: list[str],
              cases: list[QuarantineCase]) -> Iterator[tuple[Any, ...]]:
    width = len(columns)
    position = {c: i for i, c in enumerate(columns)}
    for u in users:
        updated = utc(u.updated_at)
        if u.is_tombstone:
            yield (u.id, None, None, None, None, None, False, "deleted", updated,
                   *([None] * width), True, None)
            continue
        ext: list[Any] = [None] * width
        try:
            for field in registry.get(u.identity, ()):
                ext[position[field.column]] = typed(u.attributes.get(field.key), field)
        except InvalidValue as exc:
            cases.append(QuarantineCase(u.id, "invalid_record",
                                        msgspec.json.encode(u).decode(), str(exc)))
            continue
        yield (u.id, u.username, u.name, u.identity, u.mobile, u.email, u.status == "active",
               u.status, updated, *ext, False,
               msgspec.json.encode(sorted(set(u.department_ids))).decode())


def expand_memberships(step: StepWriter) -> int:
    """user_department staging from the users' department id arrays, in SQL."""
    users = step.staging_name(TABLE)
    if step.store.is_postgres:
        ids = f"json_array_elements_text(s.{DEPARTMENT_IDS}::json) AS d(value)"
        source = f"{users} s CROSS JOIN LATERAL {ids}"
    else:
        source = f"{users} s, json_each(s.{DEPARTMENT_IDS}) d"
    return step.stage_select(
        LINK, LINK, ("user_id", "department_id", *LINK_COLUMNS),
        f"SELECT s.id, d.value, s.is_active, s.status, s.source_updated_at, FALSE "
        f"FROM {source} WHERE NOT s.{TOMBSTONE}")


def flag_duplicate_usernames(step: StepWriter, full: bool) -> str | None:
    """Quarantine every active user whose username another active user has.

    Returns the SQL of the user ids looked at (None: all of them)."""
    users = step.t(TABLE)
    checked = ""
    if not full:
        names = step.create_staging("usernames", [("username", "TEXT")])
        step.exec(
            f"INSERT INTO {names} SELECT username FROM {step.staging_name(TABLE)} "
            f"WHERE username IS NOT NULL UNION SELECT u.username FROM {users} u JOIN "
            f"{step.t('sync_quarantine')} q ON q.source_key = u.id AND q.entity = 'app_user' "
            f"AND q.reason = 'duplicate_username' AND q.resolved_at IS NULL")
        step.analyze(names)
        checked = f"AND username IN (SELECT username FROM {names})"
    payload = step.json_object_sql({"id": "u.id", "username": "u.username", "name": "u.name",
                                    "identity": "u.identity", "status": "u.status"})
    step.conn.exec_driver_sql(
        f"INSERT INTO {step.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT 'app_user', u.id, 'duplicate_username', {payload}, 'username ' || u.username || "
        f"' is shared by ' || d.n || ' active users' FROM {users} u JOIN (SELECT username, "
        f"count(*) AS n FROM {users} WHERE is_active {checked} GROUP BY username "
        f"HAVING count(*) > 1) d ON d.username = u.username WHERE u.is_active")
    if full:
        return None
    return (f"SELECT id FROM {users} WHERE username IN "
            f"(SELECT username FROM {step.staging_name('usernames')})")


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    @multi_asset(
        name="users",
        specs=[
            AssetSpec(TABLE, group_name="directory", kinds=kinds, deps=["user_attribute"],
                      description="Users, with one typed column per extension field."),
            AssetSpec(LINK, group_name="directory", kinds=kinds, deps=["user_attribute"],
                      description="Who belongs to which department (history kept)."),
        ],
        **sync_options(partitions_def),
        check_specs=checks.specs(CHECKS),
    )
    def users(context: AssetExecutionContext, config: SyncConfig, officeflow: OfficeflowResource,
              store: StoreResource) -> Iterator[MaterializeResult]:
        window = sync_window(context, config)
        report, links = StepReport(window), StepReport(window)
        client = officeflow.client
        cases: list[QuarantineCase] = []
        try:
            with store.step(context.run.run_id) as step:
                registry, columns = load_registry(step)
                listing = records(client.iter_pages("/users", models.USER, window=window.bounds),
                                  cases)
                loaded = step.stage(
                    TABLE, TABLE, ("id", *BASE_COLUMNS, *columns),
                    user_rows(listing, registry, columns, cases),
                    extra=((TOMBSTONE, "BOOLEAN"), (DEPARTMENT_IDS, "TEXT")))
                step.add_cases(TABLE, cases)
                staged = step.staging_name(TABLE)
                step.fold_duplicates(staged, ("id",))
                expand_memberships(step)
                guard = store.guard(window.allow_mass_removal)
                report.merges.append(step.merge(
                    MergeSpec(TABLE, ("id",), (*BASE_COLUMNS, *columns), reconcile=window.full,
                              touch_all=window.full,
                              preview=("id", "username", "name", "identity", "status")),
                    staged, guard))
                # before the memberships: the users' pages are still in the buffer cache
                examined_users = flag_duplicate_usernames(step, window.full)
                links.merges.append(step.merge(
                    MergeSpec(LINK, ("user_id", "department_id"), LINK_COLUMNS, reconcile=True,
                              touch_all=window.full, protect="t.user_id",
                              carried=("source_updated_at",),
                              scope=None if window.full else f"t.user_id IN (SELECT id FROM {staged})"),
                    step.staging_name(LINK), guard))
                in_window = None if window.full else f"SELECT id FROM {staged}"
                report.quarantine = step.record_quarantine(
                    TABLE, {"invalid_record": in_window, "duplicate_username": examined_users})
                user_checks = checks.evaluate(step, CHECKS, window.full, TABLE)
                link_checks = checks.evaluate(step, CHECKS, window.full, LINK)
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        report.extra.update({"records_read": loaded + len(cases),
                             "extension_columns": ", ".join(columns) or "none"})
        yield result(context, TABLE, report, user_checks, client=client)
        yield result(context, LINK, links, link_checks)

    return [users]
