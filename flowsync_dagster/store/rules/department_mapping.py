"""``department_mapping``: where a school's department rules put each source
department they move (map, merge) or leave out (exclude), and memberships
rewritten by it, set-based, in the staging tables before their merge.

The department step replaces the mapping every run, in its transaction; the
users and posts steps read it inside theirs. A membership of a department
merged into another becomes a membership of that one (two that become the
same are one row); a membership of an excluded department is not staged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import text

from flowsync_dagster.store.merge import StepWriter

TABLE = "department_mapping"


def replace_mapping(w: StepWriter, mapping: Mapping[str, str | None],
                    rules: Mapping[str, str]) -> None:
    """The mapping of this run (``rules``: the label of the rule behind each)."""
    table = w.t(TABLE)
    w.exec(f"DELETE FROM {table}")
    if mapping:
        now = w.store.param(w.store.now())
        w.conn.execute(
            text(f"INSERT INTO {table} (source_id, department_id, rule, updated_at) "
                 "VALUES (:source, :target, :rule, :now)"),
            [{"source": source, "target": target, "rule": rules[source], "now": now}
             for source, target in sorted(mapping.items())])


def remap_staged(w: StepWriter, staging: str, columns: Sequence[str],
                 key: Sequence[str], department: str = "department_id") -> dict[str, int]:
    """Rewrite the department column of ``staging`` by the mapping: rows of a
    mapped department move to its target (unless the same key is staged
    there already), rows of an excluded one go. ``key`` is the staging
    table's key (with ``department``); returns the rows each rule touched."""
    mapping = w.t(TABLE)
    touched = {rule: int(n) for rule, n in w.conn.exec_driver_sql(
        f"SELECT m.rule, count(*) FROM {staging} s JOIN {mapping} m "
        f"ON m.source_id = s.{department} GROUP BY m.rule").all()}
    if not touched:
        return {}
    others = [c for c in key if c != department]
    cols = ", ".join(w.q(c) for c in columns)
    picked = ", ".join("m.department_id" if c == department else f"s.{w.q(c)}"
                       for c in columns)
    same = " AND ".join(f"x.{w.q(c)} = s.{w.q(c)}" for c in others)
    w.conn.exec_driver_sql(
        f"INSERT INTO {staging} ({cols}) SELECT DISTINCT {picked} FROM {staging} s "
        f"JOIN {mapping} m ON m.source_id = s.{department} WHERE m.department_id IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM {staging} x WHERE {same + ' AND ' if same else ''}"
        f"x.{department} = m.department_id)")
    w.conn.exec_driver_sql(
        f"DELETE FROM {staging} WHERE {department} IN (SELECT source_id FROM {mapping})")
    return touched


def remap_column(w: StepWriter, staging: str, department: str = "department_id"
                 ) -> dict[str, int]:
    """A plain department column (not part of a key): set to its target, or
    NULL when excluded. Returns the rows each rule touched."""
    mapping = w.t(TABLE)
    touched = {rule: int(n) for rule, n in w.conn.exec_driver_sql(
        f"SELECT m.rule, count(*) FROM {staging} s JOIN {mapping} m "
        f"ON m.source_id = s.{department} GROUP BY m.rule").all()}
    if touched:
        w.conn.exec_driver_sql(
            f"UPDATE {staging} SET {department} = (SELECT m.department_id FROM {mapping} m "
            f"WHERE m.source_id = {staging}.{department}) "
            f"WHERE {department} IN (SELECT source_id FROM {mapping})")
    return touched
