"""The rule of ``tag``: a static and a dynamic tag sharing a name in one
group are both kept, flagged ``name_conflict``, and quarantined."""

from __future__ import annotations

from flowsync_dagster.store.merge import StepWriter

TABLE = "tag"
# SQL over tag ``x`` ({t}: the tag table): another active tag of the other kind
# has its group and name
CONFLICT = ("EXISTS (SELECT 1 FROM {t} o WHERE o.group_id = x.group_id AND o.name = x.name "
            "AND o.kind <> x.kind AND o.is_active) AND x.is_active")


def flag_name_conflicts(w: StepWriter, full: bool) -> tuple[int, str | None]:
    """Recompute ``name_conflict`` for the (group, name) pairs this run touched and
    quarantine the conflicting tags. Returns (flags changed, tags looked at)."""
    tags = w.t(TABLE)
    touched = "TRUE"
    if not full:
        pairs = w.create_staging("tag_names", [("group_id", "TEXT"), ("name", "TEXT")])
        w.conn.exec_driver_sql(
            f"INSERT INTO {pairs} SELECT t.group_id, t.name FROM {tags} t WHERE t.name_conflict "
            f"OR t.id IN (SELECT id FROM {w.staging_name(TABLE)})")
        w.analyze(pairs)
        touched = (f"EXISTS (SELECT 1 FROM {pairs} p WHERE p.group_id = x.group_id "
                   f"AND p.name = x.name)")
    conflict = CONFLICT.format(t=tags)
    changed = w.conn.exec_driver_sql(
        f"UPDATE {tags} AS x SET name_conflict = ({conflict}) WHERE {touched} "
        f"AND name_conflict <> ({conflict})").rowcount
    payload = w.sql.json_object({"id": "x.id", "group_id": "x.group_id", "name": "x.name",
                                 "kind": "x.kind", "status": "x.status"})
    w.conn.exec_driver_sql(
        f"INSERT INTO {w.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT '{TABLE}', x.id, 'tag_name_conflict', {payload}, 'a static and a dynamic tag "
        f"are both named ' || x.name || ' in group ' || x.group_id FROM {tags} x "
        f"WHERE x.name_conflict AND {touched}")
    return changed, None if full else f"SELECT x.id FROM {tags} x WHERE {touched}"
