"""Every asset's spec, built in one place from the table definitions.

What a person sees on an asset's page comes from here: its description, the
table it is (``dagster/table_name``) and its columns (``dagster/column_schema``,
from ``store/schema.py``), owners, tags (domain, personal data), kinds and
freshness. The asset modules say only which tables a step writes.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from dagster import (
    AssetKey,
    AssetSpec,
    CodeReferencesMetadataValue,
    FreshnessPolicy,
    LocalFileCodeReference,
    TableColumn,
    TableColumnConstraints,
    TableConstraints,
    TableSchema,
)
from sqlalchemy import Table

from flowsync_dagster.store import schema

OWNERS = ("team:school-data",)
KINDS = {"python", "sql", "table"}
# An hourly asset not materialized for an hour past its hour is late; for
# three, something is down (a stopped schedule, a dead daemon, a failing hour).
FRESHNESS = FreshnessPolicy.time_window(fail_window=timedelta(hours=3),
                                        warn_window=timedelta(hours=1))
# Columns holding personal data: never shown in metadata (previews, check
# samples) that Dagster keeps in its event log.
PERSONAL_COLUMNS: dict[str, frozenset[str]] = {
    "app_user": frozenset({"name", "username", "mobile", "email"}),
    "user_openid": frozenset({"openid", "username"}),
    "process_instance": frozenset({"title"}),
    "out_school_request": frozenset({"title"}),
}


# Columns naming a person by an id (a user id): shown only masked (``mask_key``)
# in metadata, failure lines and alerts; the whole id is in the store.
IDENTIFYING_COLUMNS: dict[str, frozenset[str]] = {
    "app_user": frozenset({"id"}),
    "user_department": frozenset({"user_id"}),
    "post_member": frozenset({"user_id"}),
    "tag_user": frozenset({"user_id"}),
    "user_openid": frozenset({"user_id"}),
    "process_instance": frozenset({"creator_user_id", "agent_user_id"}),
    "task_history": frozenset({"assignee_user_id"}),
    "out_school_request": frozenset({"user_id", "agent_user_id"}),
}


def personal_columns(table: str) -> frozenset[str]:
    return PERSONAL_COLUMNS.get(table, frozenset())


def identifying_columns(table: str) -> frozenset[str]:
    return IDENTIFYING_COLUMNS.get(table, frozenset())


def personal_key(table: str) -> bool:
    """Whether a row's key names a person (a user id, an OpenID)."""
    key = {c.name for c in schema.metadata.tables[table].primary_key.columns}
    return bool(key & (personal_columns(table) | identifying_columns(table)))


def mask_key(key: str) -> str:
    """``wechat:oAbC123xyz`` as ``wec…:oAb…``, ``U000123:D0001`` as ``U00…:D00…``:
    enough to tell cases apart in the UI, not enough to name a person or be a
    login; the whole key is in the store (sync_quarantine, the table)."""
    return ":".join(f"{part[:3]}…" if len(part) > 3 else f"{part[:1]}…"
                    for part in key.split(":"))


@dataclass(frozen=True)
class TableDoc:
    group: str  # the asset group, also the domain tag
    description: str


TABLES: dict[str, TableDoc] = {
    "department": TableDoc(
        "directory",
        "The school's organisation tree (colleges, departments, offices, classes): one row "
        "per department with its path from the root and its depth. A revoked department and "
        "everything under it stay, inactive; a department gone from Officeflow is kept with "
        "removed_at set."),
    "user_attribute": TableDoc(
        "directory",
        "The extension fields each identity declares (a student's grade, a teacher's title): "
        "each safe field is a typed column of app_user. A field Officeflow stops declaring is "
        "deactivated here; its column and values stay."),
    "app_user": TableDoc(
        "directory",
        "Everyone in the directory (students, teachers, staff) with their login number, "
        "contact details and one typed column per extension field. Logins and approvals read "
        "it."),
    "user_department": TableDoc(
        "directory",
        "Who belongs to which department. A membership that ends is kept as history "
        "(inactive, removed_at set)."),
    "post": TableDoc(
        "directory", "Posts (岗位) such as academic secretary: enabled, disabled, or removed."),
    "post_member": TableDoc(
        "directory", "Who holds which post in which department (history kept)."),
    "tag_group": TableDoc("directory", "Tag groups (one short list, read whole every run)."),
    "tag": TableDoc(
        "directory",
        "Tags, static (members set by hand) or dynamic (members computed by Officeflow). "
        "name_conflict marks a static and a dynamic tag sharing a name in one group."),
    "tag_user": TableDoc("directory", "Tag members: one row per tag and user (history kept)."),
    "user_openid": TableDoc(
        "directory",
        "Each user's login binding (OpenID) per platform: wechat, wecom, dingtalk, feishu. A "
        "sync never moves a binding to another person: a conflict is quarantined.",
        ),
    "process_instance": TableDoc(
        "workflow", "Workflow instances (a leave request, an out-of-school request...), with "
                    "their status and who started them."),
    "task_history": TableDoc(
        "workflow", "Every task of every instance, open or finished: the largest table."),
    "process_progress": TableDoc(
        "workflow",
        "Per instance, derived in the same step: where it waits now, the nodes it passed in "
        "order with their times, and for a child process the parent's node it hangs from."),
    "process_node_time": TableDoc(
        "workflow", "Time spent per instance and node, derived in the same step."),
    "out_school_request": TableDoc(
        "workflow",
        "Out-of-school (外出) requests: who, when they left, when they came back. The view "
        "off_campus_now lists who is out right now."),
}


def table_name(table: str, schema_name: str | None) -> str:
    """The table's name as a reader of the store writes it."""
    return f"{schema_name}.{table}" if schema_name else table


def column_schema(table: Table, extension_columns: Sequence[tuple[str, str]] = ()) -> TableSchema:
    key = [c.name for c in table.primary_key.columns]
    personal = personal_columns(table.name)
    columns = [TableColumn(c.name, str(c.type).lower(),
                           description="personal data" if c.name in personal else None,
                           constraints=TableColumnConstraints(nullable=c.nullable))
               for c in table.columns]
    columns += [TableColumn(name, sql_type.lower(), description="extension field")
                for name, sql_type in extension_columns]
    return TableSchema(columns=columns,
                       constraints=TableConstraints(other=[f"primary key ({', '.join(key)})"]))


def code_reference(function: Callable[..., Any]) -> CodeReferencesMetadataValue:
    """Where the code that writes a table is: the asset module's ``write``."""
    return CodeReferencesMetadataValue(code_references=[LocalFileCodeReference(
        file_path=inspect.getsourcefile(function) or "",
        line_number=inspect.getsourcelines(function)[1], label="what this step writes")])


def asset_key(table: str, prefix: Sequence[str] = ()) -> AssetKey:
    """The key of the asset that is ``table``: the table's name, under the
    school's code when a deployment has several schools."""
    return AssetKey([*prefix, table])


def asset_spec(table: str, *, deps: Sequence[str], schema_name: str | None,
               writer: Callable[..., Any] | None = None, prefix: Sequence[str] = (),
               school: str | None = None) -> AssetSpec:
    """The spec of the asset that is ``table``; ``writer`` is the function that
    writes it (shown on the asset's page as its source code); ``prefix`` and
    ``school`` place it under a school of a many-school deployment."""
    doc = TABLES[table]
    tags = {"domain": doc.group}
    if personal_columns(table):
        tags["pii"] = "true"
    if school:
        tags["school"] = school
    return AssetSpec(
        asset_key(table, prefix),
        deps=[asset_key(d, prefix) for d in deps],
        description=doc.description,
        group_name=doc.group,
        owners=list(OWNERS),
        tags=tags,
        kinds=set(KINDS),
        skippable=True,  # a switched-off entity is skipped at run time
        freshness_policy=FRESHNESS,
        metadata={
            "dagster/table_name": table_name(table, schema_name),
            "dagster/column_schema": column_schema(schema.metadata.tables[table]),
            **({"dagster/code_references": code_reference(writer)} if writer else {}),
        },
    )
