"""Where PostgreSQL and SQLite differ, said once.

The store speaks to both through one ``Dialect``; nothing outside ``store/``
knows which database it writes. Only fragments of SQL live here; the shape of
a statement is the same for both unless the code says otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    name: str
    distinct: str  # NULL-safe "differs"
    rowid: str  # a row's physical address, for deleting one of two equal rows
    nulls_last: str
    excluded: str  # the proposed row in ON CONFLICT DO UPDATE

    @property
    def is_postgres(self) -> bool:
        return self.name == "postgresql"

    def json_object(self, pairs: Mapping[str, str]) -> str:
        """A JSON object built from ``{name: sql expression}``, as text."""
        args = ", ".join(f"'{k}', {v}" for k, v in pairs.items())
        return f"json_build_object({args})::text" if self.is_postgres else f"json_object({args})"

    def json_array_agg(self, expression: str) -> str:
        """An aggregate collecting JSON texts into a JSON array, as text."""
        if self.is_postgres:
            return f"json_agg(({expression})::json)::text"
        return f"json_group_array(json({expression}))"

    def string_agg(self, expression: str, separator: str = ", ") -> str:
        if self.is_postgres:
            return f"string_agg({expression}, '{separator}' ORDER BY {expression})"
        return f"group_concat({expression}, '{separator}')"

    # Order inside an aggregate: PostgreSQL says so in each call (a subquery's
    # order does not survive its joins: a hash join hands rows over in
    # reverse). SQLite 3.40 has no ORDER BY in aggregates; there the input is
    # sorted and the nested-loop join keeps it (see ``sorted_source``).

    def ordered_text(self, value: str, separator: str, order: str, where: str) -> str:
        if self.is_postgres:
            return f"string_agg({value}, '{separator}' ORDER BY {order}) FILTER (WHERE {where})"
        return f"group_concat({value}, '{separator}') FILTER (WHERE {where})"

    def ordered_json(self, pairs: Mapping[str, str], order: str, where: str) -> str:
        obj = self.json_object(pairs).removesuffix("::text")
        if self.is_postgres:
            return f"(json_agg({obj} ORDER BY {order}) FILTER (WHERE {where}))::text"
        return f"json_group_array(json({obj})) FILTER (WHERE {where})"

    def sorted_source(self, select: str, order: str) -> str:
        """A subquery whose rows reach SQLite's aggregates in ``order``."""
        return f"({select})" if self.is_postgres else f"({select} ORDER BY {order})"

    def seconds(self, start: str, end: str) -> str:
        if self.is_postgres:
            return f"EXTRACT(EPOCH FROM ({end} - {start}))"
        return f"((julianday({end}) - julianday({start})) * 86400.0)"

    def json_array_rows(self, table: str, column: str) -> str:
        """FROM clause: each row of ``table`` (alias ``s``) with each element of
        its JSON array ``column`` as ``d.value``."""
        if self.is_postgres:
            return (f"{table} s CROSS JOIN LATERAL json_array_elements_text(s.{column}::json) "
                    "AS d(value)")
        return f"{table} s, json_each(s.{column}) d"

    def column_names(self, schema: str | None, table: str) -> str:
        """SELECT of a table's column names, as ``name``."""
        if self.is_postgres:
            return ("SELECT column_name AS name FROM information_schema.columns "
                    f"WHERE table_schema = '{schema}' AND table_name = '{table}'")
        return f"SELECT name FROM pragma_table_info('{table}')"

    def later(self, a: str, b: str) -> str:
        """The later of two timestamps, either possibly NULL."""
        return f"CASE WHEN {b} IS NULL OR {a} >= {b} THEN {a} ELSE {b} END"


POSTGRES = Dialect("postgresql", distinct="IS DISTINCT FROM", rowid="ctid",
                   nulls_last=" NULLS LAST", excluded="EXCLUDED")
SQLITE = Dialect("sqlite", distinct="IS NOT", rowid="rowid", nulls_last="", excluded="excluded")
