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
    """The mapping of this run (``rules``: the label of the rule behind each).
    Rows that did not change are left as they are: ``updated_at`` is when a
    department's mapping last changed, and a run that changes nothing writes
    nothing."""
    table = w.t(TABLE)
    now = w.store.param(w.store.now())
    held = {source: (target, rule) for source, target, rule in w.conn.exec_driver_sql(
        f"SELECT source_id, department_id, rule FROM {table}").all()}
    wanted = {source: (target, rules[source]) for source, target in mapping.items()}
    gone = sorted(set(held) - set(wanted))
    changed = sorted(s for s, v in wanted.items() if held.get(s) != v)
    doomed = gone + [c for c in changed if c in held]
    if doomed:
        w.conn.execute(text(f"DELETE FROM {table} WHERE source_id = :source"),
                       [{"source": s} for s in doomed])
    if changed:
        w.conn.execute(
            text(f"INSERT INTO {table} (source_id, department_id, rule, updated_at) "
                 "VALUES (:source, :target, :rule, :now)"),
            [{"source": s, "target": wanted[s][0], "rule": wanted[s][1], "now": now}
             for s in changed])


def _touched(w: StepWriter, staging: str, department: str) -> dict[str, int]:
    """Rows of ``staging`` per rule that maps their department; a school without
    rules (an empty mapping) costs one look at a small table, not a scan of
    the staged rows."""
    mapping = w.t(TABLE)
    if w.conn.exec_driver_sql(f"SELECT 1 FROM {mapping} LIMIT 1").first() is None:
        return {}
    return {rule: int(n) for rule, n in w.conn.exec_driver_sql(
        f"SELECT m.rule, count(*) FROM {staging} s JOIN {mapping} m "
        f"ON m.source_id = s.{department} GROUP BY m.rule").all()}


def remap_staged(w: StepWriter, staging: str, columns: Sequence[str],
                 key: Sequence[str], department: str = "department_id") -> dict[str, int]:
    """Rewrite the department column of ``staging`` by the mapping: rows of a
    mapped department move to its target (unless the same key is staged
    there already), rows of an excluded one go. ``key`` is the staging
    table's key (with ``department``); returns the rows each rule touched."""
    mapping = w.t(TABLE)
    touched = _touched(w, staging, department)
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
    touched = _touched(w, staging, department)
    if touched:
        w.conn.exec_driver_sql(
            f"UPDATE {staging} SET {department} = (SELECT m.department_id FROM {mapping} m "
            f"WHERE m.source_id = {staging}.{department}) "
            f"WHERE {department} IN (SELECT source_id FROM {mapping})")
    return touched
