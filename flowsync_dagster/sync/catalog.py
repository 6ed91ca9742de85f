"""Every asset's spec, built in one place from the entities' declarations.

What a person sees on an asset's page comes from here: its description, the
table it is (``dagster/table_name``) and its columns (``dagster/column_schema``),
owners, tags (domain, personal data), kinds and freshness, all derived from
the table's ``EntityTable`` in its entity module (``sync/entities/``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
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

from flowsync_dagster.store.entity import entity_table

OWNERS = ("team:school-data",)
KINDS = {"python", "sql", "table"}  # and the store's: postgres or sqlite (``store_kind``)
# An hourly asset not materialized for an hour past its hour is late; for
# three, something is down (a stopped schedule, a dead daemon, a failing hour).
FRESHNESS = FreshnessPolicy.time_window(fail_window=timedelta(hours=3),
                                        warn_window=timedelta(hours=1))
def personal_columns(table: str) -> frozenset[str]:
    """Columns holding personal data: never shown in metadata (previews, check
    samples) that Dagster keeps in its event log."""
    declared = entity_table(table)
    return declared.personal if declared else frozenset()


def identifying_columns(table: str) -> frozenset[str]:
    """Columns naming a person by an id (a user id): shown only masked
    (``mask_key``) in metadata, failure lines and alerts; the whole id is in
    the store."""
    declared = entity_table(table)
    return declared.identifying if declared else frozenset()


def personal_key(table: str) -> bool:
    """Whether a row's key names a person (a user id, an OpenID)."""
    declared = entity_table(table)
    key = set(declared.key) if declared else set()
    return bool(key & (personal_columns(table) | identifying_columns(table)))


def mask_key(key: str) -> str:
    """``wechat:oAbC123xyz`` as ``wec…:oAb…``, ``U000123:D0001`` as ``U00…:D00…``:
    enough to tell cases apart in the UI, not enough to name a person or be a
    login; the whole key is in the store (sync_quarantine, the table)."""
    return ":".join(f"{part[:3]}…" if len(part) > 3 else f"{part[:1]}…"
                    for part in key.split(":"))


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


def store_kind(schema_name: str | None) -> str:
    """The kind badge of the store a table is in: a PostgreSQL store has a schema."""
    return "sqlite" if schema_name is None else "postgres"


def asset_spec(table: str, *, deps: Sequence[str], schema_name: str | None,
               writer: Callable[..., Any] | None = None, prefix: Sequence[str] = (),
               school: str | None = None) -> AssetSpec:
    """The spec of the asset that is ``table`` in the store of ``schema_name``
    (None: SQLite); ``writer`` is the function that writes it (shown on the
    asset's page as its source code); ``prefix`` and ``school`` place it under
    a school of a many-school deployment."""
    declared = entity_table(table)
    assert declared is not None, f"{table}: not an entity's table"
    tags = {"domain": declared.group}
    if personal_columns(table):
        tags["pii"] = "true"
    if school:
        tags["school"] = school
    return AssetSpec(
        asset_key(table, prefix),
        deps=[asset_key(d, prefix) for d in deps],
        description=declared.description,
        group_name=declared.group,
        owners=list(OWNERS),
        tags=tags,
        kinds={*KINDS, store_kind(schema_name)},
        skippable=True,  # a switched-off entity is skipped at run time
        freshness_policy=FRESHNESS,
        metadata={
            "dagster/table_name": table_name(table, schema_name),
            "dagster/column_schema": column_schema(declared.table),
            **({"dagster/code_references": code_reference(writer)} if writer else {}),
        },
    )
