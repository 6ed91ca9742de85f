"""Each entity is declared once (``EntityTable`` and ``SyncAsset`` in its module)
and everything else is derived from it: the store's list of tables, the SQL
tables, the asset specs. Each named row type matches its table's columns and
its API record. A column renamed in one place and not the others fails here,
not in a run."""

from __future__ import annotations

import datetime as dt
import inspect
import types
import typing
from typing import Any, NamedTuple

from sqlalchemy import Boolean, DateTime, Integer, SmallInteger, Text

from flowsync_dagster.officeflow import models
from flowsync_dagster.store import schema
from flowsync_dagster.store.entity import BOOKKEEPING, EntityTable, entity_table, entity_tables
from flowsync_dagster.sync import catalog
from flowsync_dagster.sync.entities import (
    ENTITIES,
    ENTITY_TABLES,
    departments,
    identities,
    openids,
    posts,
    tags,
    users,
    workflow,
)

# the columns the sync derives itself, named for no field of the API's record
DERIVED = {"is_active", "source_updated_at", "tombstone", "path", "depth"}


class Declared(NamedTuple):
    table: str
    record: type  # the API's record the row is made from
    from_parent: frozenset[str] = frozenset()  # keys a membership takes from its parent
    renamed: tuple[tuple[str, str], ...] = ()  # (row field, the record's field)
    derived: frozenset[str] = frozenset()  # besides DERIVED: what the sync computes here


ROW_TYPES: dict[type, Declared] = {
    departments.DepartmentRow: Declared("department", models.Department,
                                        renamed=(("sort_order", "order"),)),
    identities.UserAttributeRow: Declared("user_attribute", models.IdentityField,
                                          frozenset({"identity"}),
                                          derived=frozenset({"column_name", "status"})),
    users.UserRow: Declared("app_user", models.User),
    users.MembershipRow: Declared("user_department", models.User,
                                  renamed=(("user_id", "id"), ("department_id", "department_ids"))),
    posts.PostRow: Declared("post", models.Post),
    posts.PostMemberRow: Declared("post_member", models.PostMember, frozenset({"post_id", "status"})),
    tags.TagGroupRow: Declared("tag_group", models.TagGroup, derived=frozenset({"status"})),
    tags.TagRow: Declared("tag", models.Tag),
    tags.TagUserRow: Declared("tag_user", models.TagUser, frozenset({"tag_id", "status"})),
    openids.OpenIdRow: Declared("user_openid", models.OpenId),
    workflow.InstanceRow: Declared("process_instance", models.ProcessInstance),
    workflow.TaskRow: Declared("task_history", models.TaskHistory),
}

SQL_TYPES: dict[type, tuple[type, ...]] = {
    str: (Text,), bool: (Boolean,), int: (Integer, SmallInteger),
    dt.datetime: (DateTime,),
}


def _python_type(annotation: Any) -> tuple[type, bool]:
    """(the type, whether None is allowed) of a row field's annotation."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        assert len(args) == 1, annotation
        return args[0], True
    return annotation, False


def test_every_table_is_declared_once_and_every_list_is_derived_from_the_declarations() -> None:
    written = [t for asset in ENTITIES for t in asset.tables]
    assert len(written) == len(set(written)), "a table written by two steps"
    assert entity_tables() == ENTITY_TABLES == tuple(written)
    declared = {name for name, table in schema.metadata.tables.items()
                if isinstance(table.info.get("entity"), EntityTable)}
    assert declared == set(written)
    for asset in ENTITIES:
        for table in asset.writes:
            assert table.table.info["entity"] is table is entity_table(table.name)
            assert tuple(c.name for c in table.table.primary_key.columns) == table.key
            spec = catalog.asset_spec(table.name, deps=(), schema_name=None)
            assert spec.description == table.description and spec.group_name == table.group
            assert ("pii" in spec.tags) == bool(table.personal)
            assert table.personal | table.identifying <= set(table.table.columns.keys())


def test_a_row_type_derives_its_tables_columns_in_order() -> None:
    for asset in ENTITIES:
        for table in asset.writes:
            if table.row is None:
                continue
            own = [f for f in table.row._fields if f not in BOOKKEEPING and f != "tombstone"]
            computed = [c.name for c in table.computed]
            later = [c.name for c in table.added_later]
            assert list(table.table.columns.keys()) == [*own, *computed, *BOOKKEEPING, *later]


def test_every_row_type_of_an_entity_is_declared_here() -> None:
    found = {obj for module in (departments, identities, users, posts, tags, openids, workflow)
             for _, obj in inspect.getmembers(module, inspect.isclass)
             if issubclass(obj, tuple) and hasattr(obj, "_fields")
             and obj.__name__.endswith("Row") and obj.__module__ == module.__name__}
    assert found == set(ROW_TYPES), sorted(c.__name__ for c in found ^ set(ROW_TYPES))


def test_each_row_type_is_its_tables_columns_with_their_types() -> None:
    for row_type, declared in ROW_TYPES.items():
        table = schema.metadata.tables[declared.table]
        hints = typing.get_type_hints(row_type)
        for field in row_type._fields:
            if field == "tombstone":  # staging's flag, not a column
                continue
            assert field in table.c, f"{row_type.__name__}.{field}: no column of {table.name}"
            column = table.c[field]
            python, optional = _python_type(hints[field])
            assert isinstance(column.type, SQL_TYPES[python]), \
                f"{row_type.__name__}.{field}: {python.__name__} into {column.type}"
            assert not optional or column.nullable, \
                f"{row_type.__name__}.{field} may be None, {table.name}.{field} is NOT NULL"


def test_each_row_field_comes_from_its_api_record_or_is_derived() -> None:
    for row_type, declared in ROW_TYPES.items():
        record = set(declared.record.__struct_fields__)
        renamed = dict(declared.renamed)
        for field in row_type._fields:
            source = renamed.get(field, field)
            assert (source in record or field in DERIVED | declared.derived
                    or field in declared.from_parent), \
                f"{row_type.__name__}.{field}: not a field of {declared.record.__name__}"
        for row_field, record_field in declared.renamed:
            assert row_field in row_type._fields and record_field in record, (row_field,
                                                                            record_field)


def test_the_store_refuses_its_list_of_tables_before_the_entities_declared_theirs() -> None:
    """A process that reaches the store without importing the entities gets an
    error naming what to import, never a store created with tables missing."""
    import subprocess
    import sys

    code = ("from flowsync_dagster.store.database import Store\n"
            "from flowsync_dagster.store.entity import entity_tables\n"
            "for attempt in (entity_tables, Store('sqlite:///:memory:', None).ensure_schema):\n"
            "    try:\n"
            "        attempt()\n"
            "    except RuntimeError as exc:\n"
            "        print('refused:', exc)\n"
            "import flowsync_dagster.sync.entities\n"
            "print(len(entity_tables()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert [line.split(":")[0] for line in out[:2]] == ["refused", "refused"], out
    assert "import it before" in out[0] and out[2] == str(len(ENTITY_TABLES)), out
