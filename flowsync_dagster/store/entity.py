"""An entity's tables, declared once in its entity module (``sync/entities/``).

An ``EntityTable`` says what is particular to one table: its name, what a
person reads about it (group, description), its key, and which columns hold
personal data. The rest is derived from it, never written again elsewhere:

- the SQL table (``Table`` in ``schema.metadata``): a column per field of the
  row type the step stages, typed from its annotation (``str`` Text, ``int``
  Integer, ``float`` Float, ``bool`` Boolean, ``datetime`` timestamptz), the
  store's own computed columns, then the bookkeeping every entity carries
  (docs/warehouse.md); a key column is NOT NULL, any other may be NULL (the
  source may omit any field);
- the staging layout (the row type's fields, ``merge.row_columns``);
- the asset's spec (``sync/catalog.py``: table name, column schema,
  description, group, the ``pii`` tag) and what is masked in metadata.

A table the step derives in SQL (no row of its own) lists its columns.

The store's code reads only the registry (``entity_tables``), which is whole
once ``flowsync_dagster.sync.entities`` is imported; before that, asking for
it is an error, never a store with tables missing.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Column, DateTime, Float, Index, Integer, Table, Text, true

from flowsync_dagster.store.schema import ROOMY, metadata

# the bookkeeping columns of docs/warehouse.md, in this order after the entity's own
BOOKKEEPING = ("is_active", "status", "source_updated_at", "first_synced_at",
               "last_synced_at", "removed_at")
# the staged row's flag: a tombstone, never a column
STAGING_ONLY = ("tombstone",)
SQL_TYPES: dict[type, Any] = {str: Text, int: Integer, float: Float, bool: Boolean,
                              dt.datetime: DateTime(timezone=True)}


def bookkeeping_columns() -> list[Column[Any]]:
    """The bookkeeping every entity and link table carries (docs/warehouse.md)."""
    return [
        Column("is_active", Boolean, nullable=False, server_default=true()),
        Column("status", Text),
        Column("source_updated_at", DateTime(timezone=True)),
        Column("first_synced_at", DateTime(timezone=True)),
        Column("last_synced_at", DateTime(timezone=True)),
        Column("removed_at", DateTime(timezone=True)),
    ]


def python_type(annotation: Any) -> tuple[type, bool]:
    """(the type, whether None is allowed) of a row field's annotation."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"{annotation}: one type, or one type or None")
        return args[0], True
    return annotation, False


def row_type_columns(row: type, key: Sequence[str]) -> list[Column[Any]]:
    """A column per field of ``row`` that is neither bookkeeping nor staging's flag."""
    hints = typing.get_type_hints(row)
    columns: list[Column[Any]] = []
    for name in row._fields:  # type: ignore[attr-defined]
        if name in BOOKKEEPING or name in STAGING_ONLY:
            continue
        python, _ = python_type(hints[name])
        columns.append(Column(name, SQL_TYPES[python], primary_key=name in key))
    return columns


@dataclass(frozen=True)
class EntityTable:
    """One table of the warehouse, as its entity module declares it."""

    name: str
    group: str  # the asset group, also the domain tag: directory | workflow
    description: str  # the asset's description, what a reader of the table learns
    key: tuple[str, ...]
    row: type | None = None  # the staged row (a NamedTuple ending in ``tombstone``)
    columns: tuple[Column[Any], ...] = ()  # without a row: the table's own columns
    computed: tuple[Column[Any], ...] = ()  # columns the store computes, after the row's
    added_later: tuple[Column[Any], ...] = ()  # a later layout's, after the bookkeeping
    indexes: tuple[Index, ...] = ()
    personal: frozenset[str] = frozenset()  # personal data: never in metadata or logs
    identifying: frozenset[str] = frozenset()  # a person's id: shown only masked
    roomy: bool = False  # rewritten often: pages keep room for in-place updates

    def __post_init__(self) -> None:
        """Declaring it adds the table to ``schema.metadata`` and to the registry."""
        if self.name in _DECLARED:
            raise ValueError(f"{self.name}: declared twice")
        own = (row_type_columns(self.row, self.key) if self.row is not None
               else list(self.columns))
        Table(self.name, metadata, *own, *self.computed,
              *bookkeeping_columns(), *self.added_later,
              *self.indexes,
              info={"entity": self}, **(ROOMY if self.roomy else {}))
        _DECLARED[self.name] = self

    @property
    def table(self) -> Table:
        return metadata.tables[self.name]

    @property
    def written(self) -> tuple[str, ...]:
        """What a merge writes from staging besides the key: the staged row's
        fields, less its ``tombstone`` flag."""
        if self.row is None:
            raise TypeError(f"{self.name}: derived in SQL, no staged row")
        return tuple(f for f in self.row._fields  # type: ignore[attr-defined]
                     if f not in self.key and f not in STAGING_ONLY)


_DECLARED: dict[str, EntityTable] = {}
_COMPLETE: list[tuple[str, ...]] = []  # the names, once every entity module declared its


def all_declared(names: Iterable[str]) -> None:
    """Called once by ``flowsync_dagster.sync.entities``, after every entity module
    declared its tables: from now on the registry is whole."""
    names = tuple(names)
    if set(names) != set(_DECLARED) or len(names) != len(set(names)):
        raise ValueError(f"the entities write {sorted(names)}, declared: {sorted(_DECLARED)}")
    if not _COMPLETE:
        _COMPLETE.append(names)


def entity_tables() -> tuple[str, ...]:
    """Every entity table, in the order the sync writes them."""
    if not _COMPLETE:
        raise RuntimeError("the entity tables are declared by flowsync_dagster.sync.entities: "
                           "import it before using the store's tables")
    return _COMPLETE[0]


def entity_table(name: str) -> EntityTable | None:
    """The declaration of ``name``, if it is an entity's table."""
    return _DECLARED.get(name)
