"""Writes ``user_attribute`` and adds its columns to ``app_user``.

Each identity declares extension fields (``grade``, ``enrolled_on``...). A
field becomes a typed column of ``app_user`` (named as its key) and a row of
``user_attribute`` only if its key is safe: it matches
``^[a-z][a-z0-9_]{0,39}$`` (so no quoting tricks, no case-folding twins, and
far below PostgreSQL's 63-byte identifier limit), it is not one of
``app_user``'s own columns, its type is known, every identity that declares it
gives it the same type, its registered type has not changed, and the column
budget is not spent. Anything else is quarantined as ``bad_extension_field``
and the rest carry on. Columns are never dropped: a field the source stops
declaring is deactivated in ``user_attribute``, and its column keeps its
history.
"""

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dagster import (
    AssetExecutionContext,
    AssetsDefinition,
    MaterializeResult,
    PartitionsDefinition,
    asset,
)

from flowsync_dagster import checks
from flowsync_dagster.assets.common import (
    PERMANENT,
    StepReport,
    invalid_cases,
    permanent_failure,
    result,
    sync_options,
)
from flowsync_dagster.checks import QuarantineCheck, SqlCheck
from flowsync_dagster.officeflow import models
from flowsync_dagster.partitions import SyncConfig, sync_window
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings
from flowsync_dagster.store import schema
from flowsync_dagster.store.database import Store
from flowsync_dagster.store.merge import MergeSpec, QuarantineCase, StepWriter, payload_json

TABLE = "user_attribute"
COLUMNS = ("label", "type", "max_length", "column_name", "is_active", "status",
           "source_updated_at")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
SQL_TYPES = {"string": "TEXT", "integer": "BIGINT", "date": "DATE", "boolean": "BOOLEAN"}
# app_user's own columns, and the staging-only ones, can never be a field
RESERVED = {c.name for c in schema.app_user.columns} | {"_tombstone", "_department_ids"}
# PostgreSQL allows 1600 columns a table; a school needs a few dozen
MAX_EXTENSION_COLUMNS = 200

CHECKS: list[checks.Check] = [
    QuarantineCheck("user_attribute_fields_valid", TABLE, ("bad_extension_field", "invalid_record"),
                    "Every declared extension field was safe to add (else quarantined as "
                    "bad_extension_field)."),
    SqlCheck("user_attribute_columns_exist", TABLE,
             lambda store: _missing_columns_sql(store),
             "Every active extension field has its column in app_user. A failure means the "
             "store is wrong."),
]


def _missing_columns_sql(store: Store) -> str:
    if store.is_postgres:
        present = ("SELECT column_name AS name FROM information_schema.columns "
                   f"WHERE table_schema = '{store.schema}' AND table_name = 'app_user'")
    else:
        present = "SELECT name FROM pragma_table_info('app_user')"
    return (f"SELECT a.identity || ':' || a.key FROM {{t}} a WHERE a.is_active "
            f"AND a.column_name NOT IN ({present})")


@dataclass(frozen=True)
class FieldPlan:
    rows: list[tuple[Any, ...]]  # user_attribute rows to stage
    new_columns: dict[str, str]  # column -> SQL type, to add to app_user
    cases: list[QuarantineCase]


def plan_fields(identities: list[models.Identity], registered: dict[str, str],
                existing_columns: set[str]) -> FieldPlan:
    """Decide which declared fields become columns; ``registered`` maps column
    names already in use to their field type."""
    types_of: dict[str, set[str]] = defaultdict(set)
    for identity in identities:
        for f in identity.fields:
            types_of[f.key].add(f.type)
    budget = MAX_EXTENSION_COLUMNS - len(registered)
    rows: list[tuple[Any, ...]] = []
    new_columns: dict[str, str] = {}
    cases: list[QuarantineCase] = []
    for identity in identities:
        for f in identity.fields:
            why = None
            if not KEY_PATTERN.match(f.key):
                why = "key is not a safe identifier (^[a-z][a-z0-9_]{0,39}$)"
            elif f.key in RESERVED:
                why = f"key {f.key!r} is one of app_user's own columns"
            elif f.type not in SQL_TYPES:
                why = f"unknown type {f.type!r} (string, integer, date, boolean)"
            elif len(types_of[f.key]) > 1:
                why = f"key declared with several types: {', '.join(sorted(types_of[f.key]))}"
            elif f.key in registered and registered[f.key] != f.type:
                why = f"registered as {registered[f.key]}, now declared {f.type}"
            elif f.key not in registered and f.key not in new_columns:
                if budget <= 0:
                    why = f"column budget of {MAX_EXTENSION_COLUMNS} extension fields is spent"
                else:
                    budget -= 1
                    if f.key not in existing_columns:
                        new_columns[f.key] = SQL_TYPES[f.type]
            if why:
                cases.append(QuarantineCase(
                    f"{identity.code}:{f.key}", "bad_extension_field",
                    payload_json({"identity": identity.code, "field": {
                        "key": f.key, "label": f.label, "type": f.type,
                        "max_length": f.max_length}}), why))
                continue
            rows.append((identity.code, f.key, f.label, f.type, f.max_length, f.key, True,
                         "active", None, False))
    return FieldPlan(rows, new_columns, cases)


def registered_fields(step: StepWriter) -> dict[str, str]:
    """Every column ever registered, with its type: a column outlives its field."""
    table = step.t(TABLE)
    return {key: type_ for key, type_ in step.conn.exec_driver_sql(
        f"SELECT DISTINCT column_name, type FROM {table}")}


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    @asset(
        key=TABLE,
        group_name="directory",
        kinds=kinds,
        **sync_options(partitions_def),
        check_specs=checks.specs(CHECKS),
        description="The registry of identity extension fields; each active field is a typed "
                    "column of app_user named by column_name.",
    )
    def user_attribute(context: AssetExecutionContext, config: SyncConfig,
                       officeflow: OfficeflowResource, store: StoreResource
                       ) -> Iterator[MaterializeResult]:
        window = sync_window(context, config)
        report = StepReport(window)
        client = officeflow.client
        try:
            identities: list[models.Identity] = []
            cases: list[QuarantineCase] = []
            for page in client.iter_pages("/identities", models.IDENTITY):
                identities.extend(page.records)
                cases.extend(invalid_cases(page.bad))
            with store.step(context.run.run_id) as step:
                step.lock()  # before reading the registry: no other writer may change it
                existing = set(store.store.columns_of(step.conn, "app_user"))
                plan = plan_fields(identities, registered_fields(step), existing)
                for column, sql_type in sorted(plan.new_columns.items()):
                    step.conn.exec_driver_sql(
                        f"ALTER TABLE {step.t('app_user')} ADD COLUMN {step.q(column)} {sql_type}")
                step.add_cases(TABLE, [*cases, *plan.cases])
                step.stage(TABLE, TABLE, ("identity", "key", *COLUMNS), plan.rows)
                report.merges.append(step.merge(
                    MergeSpec(TABLE, ("identity", "key"), COLUMNS, reconcile=True,
                              touch_all=window.full),
                    step.staging_name(TABLE), store.guard(window.allow_mass_removal)))
                report.quarantine = step.record_quarantine(
                    TABLE, {"bad_extension_field": None, "invalid_record": None})
                evaluated = checks.evaluate(step, CHECKS, full=True)
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        report.extra.update({
            "identities": len(identities),
            "fields_declared": sum(len(i.fields) for i in identities),
            "columns_added": ", ".join(sorted(plan.new_columns)) or "none",
        })
        yield result(context, TABLE, report, evaluated,
                     client=client)

    return [user_attribute]
