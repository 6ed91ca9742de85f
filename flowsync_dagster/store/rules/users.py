"""The rules of ``app_user`` and ``user_department``: the extension registry a
step types its users by, memberships expanded from each user's department
ids, and usernames two active users share."""

from __future__ import annotations

from collections.abc import Iterator

from flowsync_dagster.store.merge import TOMBSTONE, StepWriter

USERS = "app_user"
LINK = "user_department"
DEPARTMENT_IDS = "_department_ids"  # a staging-only column: the user's ids, as JSON


def active_fields(w: StepWriter) -> Iterator[tuple[str, str, str, int | None, str]]:
    """(identity, key, type, max_length, column) of every active extension field
    the users are typed by: not one whose declaration the source changed (its
    change is quarantined as bad_extension_field until the registry can follow
    it; meanwhile the column keeps its values, and the identity's users keep
    syncing every other column)."""
    yield from w.conn.exec_driver_sql(
        f"SELECT a.identity, a.key, a.type, a.max_length, a.column_name FROM "
        f"{w.t('user_attribute')} a WHERE a.is_active AND NOT EXISTS (SELECT 1 FROM "
        f"{w.t('sync_quarantine')} q WHERE q.entity = 'user_attribute' AND q.reason = "
        f"'bad_extension_field' AND q.resolved_at IS NULL AND "
        f"q.source_key = a.identity || ':' || a.key)")


def expand_memberships(w: StepWriter, columns: tuple[str, ...]) -> int:
    """``stg_user_department`` from the staged users' department id arrays."""
    source = w.sql.json_array_rows(w.staging_name(USERS), DEPARTMENT_IDS)
    return w.stage_select(
        LINK, LINK, columns,
        f"SELECT s.id, d.value, s.is_active, s.status, s.source_updated_at, FALSE "
        f"FROM {source} WHERE NOT s.{TOMBSTONE}")


def flag_duplicate_usernames(w: StepWriter, full: bool) -> str | None:
    """Quarantine every active user whose username another active user has
    (all of them, or those whose username this step staged or that were
    flagged before). Returns the SQL of the user ids looked at (None: all)."""
    users = w.t(USERS)
    checked = ""
    if not full:
        names = w.create_staging("usernames", [("username", "TEXT")])
        w.exec(
            f"INSERT INTO {names} SELECT username FROM {w.staging_name(USERS)} "
            f"WHERE username IS NOT NULL UNION SELECT u.username FROM {users} u JOIN "
            f"{w.t('sync_quarantine')} q ON q.source_key = u.id AND q.entity = 'app_user' "
            f"AND q.reason = 'duplicate_username' AND q.resolved_at IS NULL")
        w.analyze(names)
        checked = f"AND username IN (SELECT username FROM {names})"
    payload = w.sql.json_object({"id": "u.id", "username": "u.username", "name": "u.name",
                                 "identity": "u.identity", "status": "u.status"})
    w.conn.exec_driver_sql(
        f"INSERT INTO {w.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT 'app_user', u.id, 'duplicate_username', {payload}, 'username ' || u.username || "
        f"' is shared by ' || d.n || ' active users' FROM {users} u JOIN (SELECT username, "
        f"count(*) AS n FROM {users} WHERE is_active {checked} GROUP BY username "
        f"HAVING count(*) > 1) d ON d.username = u.username WHERE u.is_active")
    if full:
        return None
    return (f"SELECT id FROM {users} WHERE username IN "
            f"(SELECT username FROM {w.staging_name('usernames')})")
