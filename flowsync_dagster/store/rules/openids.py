"""The binding rules of ``user_openid`` (see sync/entities/openids.py for what they mean).

A person is a ``username`` (one person may appear under two user ids) or,
without one, a user id. Only the pairs listed more than once are looked at
twice, so the rules cost one pass over a full listing.
"""

from __future__ import annotations

from flowsync_dagster.store.merge import TOMBSTONE, StepWriter

TABLE = "user_openid"
# the detail of a case raised by one listing binding a pair to two persons
# (a case's detail is rewritten each time it is seen, so it says the latest kind)
LISTED_FOR_TWO = "bound to users with different usernames: "


def same_person(a: str, b: str) -> str:
    """SQL: rows ``a`` and ``b`` bind the same person."""
    return (f"({a}.user_id = {b}.user_id OR ({a}.username IS NOT NULL AND "
            f"{a}.username = {b}.username))")


def _repeated_pairs(w: StepWriter, staged: str) -> str | None:
    """``stg_openid_repeated``: the pairs listed more than once, with how many
    persons their live rows bind; None when there are none."""
    person = "COALESCE(s.username, '#' || s.user_id)"  # no username: only the id vouches
    repeated = w.create_staging("openid_repeated", [("platform", "TEXT"), ("openid", "TEXT"),
                                                   ("persons", "INTEGER")])
    if not w.conn.exec_driver_sql(
            f"INSERT INTO {repeated} (platform, openid, persons) SELECT s.platform, s.openid, 0 "
            f"FROM {staged} s GROUP BY s.platform, s.openid HAVING count(*) > 1").rowcount:
        return None
    w.analyze(repeated)
    w.conn.exec_driver_sql(
        f"UPDATE {repeated} SET persons = x.n FROM (SELECT s.platform, s.openid, "
        f"count(DISTINCT {person}) AS n FROM {staged} s JOIN {repeated} r ON "
        f"r.platform = s.platform AND r.openid = s.openid WHERE NOT s.{TOMBSTONE} "
        f"GROUP BY s.platform, s.openid) x "
        f"WHERE x.platform = {repeated}.platform AND x.openid = {repeated}.openid")
    return repeated


def _quarantine_conflicts(w: StepWriter, staged: str, repeated: str) -> int:
    """Pairs two persons bind in one listing: quarantined, out of staging."""
    person = "COALESCE(s.username, '#' || s.user_id)"
    binding = w.sql.json_object({"platform": "s.platform", "openid": "s.openid",
                                 "user_id": "s.user_id", "username": "s.username",
                                 "status": "s.status"})
    conflicts = w.conn.exec_driver_sql(
        f"INSERT INTO {w.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT '{TABLE}', s.platform || ':' || s.openid, 'openid_conflict', "
        f"{w.sql.json_array_agg(binding)}, '{LISTED_FOR_TWO}' || "
        f"{w.sql.string_agg(person)} FROM {staged} s JOIN {repeated} r ON r.platform = "
        f"s.platform AND r.openid = s.openid WHERE r.persons > 1 AND NOT s.{TOMBSTONE} "
        f"GROUP BY s.platform, s.openid").rowcount
    w.conn.exec_driver_sql(f"DELETE FROM {staged} WHERE {_in_pairs(staged, repeated, '> 1')}")
    return conflicts


def _in_pairs(staged: str, repeated: str, persons: str) -> str:
    return (f"EXISTS (SELECT 1 FROM {repeated} r WHERE r.platform = {staged}.platform "
            f"AND r.openid = {staged}.openid AND r.persons {persons})")


def _settle_tombstones(w: StepWriter, staged: str, repeated: str) -> None:
    """A live binding and another person's tombstone of its pair: the source
    moved the pair to the live one, as of the later of the two. Tombstones
    alone: only the one of the person the store holds the pair for.

    Worked out on a copy of the rows of the repeated pairs (a handful, even in
    a full listing), each with its address in staging, so that staging itself
    is only touched by address."""
    rowid = w.sql.rowid
    rows = w.create_staging("openid_pair_rows", [
        ("rid", "TID" if w.sql.is_postgres else "INTEGER"), ("platform", "TEXT"),
        ("openid", "TEXT"), ("user_id", "TEXT"), ("username", "TEXT"), ("persons", "INTEGER"),
        ("source_updated_at", "TIMESTAMPTZ" if w.sql.is_postgres else "TEXT"),
        (TOMBSTONE, "BOOLEAN")])
    w.conn.exec_driver_sql(
        f"INSERT INTO {rows} SELECT s.{rowid}, s.platform, s.openid, s.user_id, s.username, "
        f"r.persons, s.source_updated_at, s.{TOMBSTONE} FROM {staged} s JOIN {repeated} r ON "
        f"r.platform = s.platform AND r.openid = s.openid WHERE r.persons <= 1")
    pair = "o.platform = l.platform AND o.openid = l.openid"
    moved = (f"SELECT l.rid, max(o.source_updated_at) AS moved_at FROM {rows} l JOIN {rows} o "
             f"ON {pair} AND o.{TOMBSTONE} AND NOT {same_person('o', 'l')} "
             f"WHERE NOT l.{TOMBSTONE} AND l.persons = 1 GROUP BY l.rid")
    w.conn.exec_driver_sql(
        f"UPDATE {staged} SET source_updated_at = m.moved_at FROM ({moved}) m "
        f"WHERE {staged}.{rowid} = m.rid AND m.moved_at > {staged}.source_updated_at")
    foreign = (f"SELECT o.rid FROM {rows} o JOIN {rows} l ON {pair} AND NOT l.{TOMBSTONE} "
               f"AND NOT {same_person('o', 'l')} WHERE o.{TOMBSTONE} AND o.persons = 1")
    # the moves' evidence, for refuse_rebinding: whose binding the source ended
    w.conn.exec_driver_sql(
        f"INSERT INTO {_moves(w)} SELECT o.platform, o.openid, o.user_id, o.username, "
        f"o.source_updated_at FROM {rows} o WHERE o.rid IN ({foreign})")
    not_stored = (f"SELECT o.rid FROM {rows} o JOIN {w.t(TABLE)} t ON t.platform = o.platform "
                  f"AND t.openid = o.openid AND NOT {same_person('o', 't')} "
                  f"WHERE o.{TOMBSTONE} AND o.persons = 0")
    w.conn.exec_driver_sql(f"DELETE FROM {staged} WHERE {rowid} IN ({foreign} UNION "
                           f"{not_stored})")


def _moves(w: StepWriter) -> str:
    """``stg_openid_moves``: tombstones of one person's binding listed with another
    person's live binding of the same pair (the source moved the pair)."""
    name = w.staging_name("openid_moves")
    if not w.has_staging(name):
        w.create_staging("openid_moves", [
            ("platform", "TEXT"), ("openid", "TEXT"), ("user_id", "TEXT"), ("username", "TEXT"),
            ("moved_at", "TIMESTAMPTZ" if w.sql.is_postgres else "TEXT")])
    return name


def _fold_one_persons_rows(w: StepWriter, staged: str, repeated: str) -> int:
    rowid = w.sql.rowid
    return w.conn.exec_driver_sql(
        f"DELETE FROM {staged} WHERE {rowid} IN (SELECT {rowid} FROM (SELECT s.{rowid}, "
        f"row_number() OVER (PARTITION BY s.platform, s.openid ORDER BY s.source_updated_at "
        f"DESC, s.{rowid} DESC) AS rn FROM {staged} s JOIN {repeated} r ON r.platform = "
        f"s.platform AND r.openid = s.openid WHERE r.persons <= 1) ranked WHERE rn > 1)"
    ).rowcount


def apply_pair_rules(w: StepWriter) -> tuple[int, int]:
    """The rules within the listing. Returns (conflicting pairs, rows folded)."""
    staged = w.staging_name(TABLE)
    repeated = _repeated_pairs(w, staged)
    if repeated is None:
        return 0, 0
    conflicts = _quarantine_conflicts(w, staged, repeated)
    _settle_tombstones(w, staged, repeated)
    return conflicts, _fold_one_persons_rows(w, staged, repeated)


def refuse_rebinding(w: StepWriter) -> int:
    """Staged bindings of pairs the store holds for another person: quarantined,
    and out of staging, so the stored binding is left as it was. Unless the
    source moved the pair: the same listing ended the stored owner's binding
    (a tombstone not older than the stored row), and the live binding follows
    it. A binding ended in an earlier run is no longer held (removed)."""
    staged = w.staging_name(TABLE)
    moves = _moves(w)
    moved = (f"EXISTS (SELECT 1 FROM {moves} m WHERE m.platform = t.platform AND m.openid = "
             f"t.openid AND {same_person('m', 't')} AND m.moved_at >= t.source_updated_at)")
    bound = (f"FROM {staged} s JOIN {w.t(TABLE)} t ON t.platform = s.platform AND t.openid = "
             f"s.openid WHERE NOT s.{TOMBSTONE} AND t.removed_at IS NULL AND NOT "
             f"{same_person('s', 't')} AND NOT {moved}")
    payload = w.sql.json_object({"platform": "s.platform", "openid": "s.openid",
                                 "user_id": "s.user_id", "username": "s.username",
                                 "status": "s.status", "bound_user_id": "t.user_id",
                                 "bound_username": "t.username"})
    refused = w.conn.exec_driver_sql(
        f"INSERT INTO {w.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT '{TABLE}', s.platform || ':' || s.openid, 'openid_conflict', {payload}, "
        f"'already bound to another user in the store: ' || COALESCE(t.username, "
        f"'#' || t.user_id) {bound}").rowcount
    if refused:
        w.conn.exec_driver_sql(
            f"DELETE FROM {staged} WHERE platform || ':' || openid IN (SELECT source_key FROM "
            f"{w.quarantine_staging()} WHERE entity = '{TABLE}' AND reason = 'openid_conflict')")
    return refused


def active_bindings(w: StepWriter) -> int:
    return int(w.conn.exec_driver_sql(
        f"SELECT count(*) FROM {w.t(TABLE)} WHERE is_active").scalar_one())


def pairs_in_staging(w: StepWriter) -> str:
    """``stg_openid_keys``: the pairs an hourly step looked at (for quarantine
    resolution); returns the SQL selecting them. ``keep_listed_conflicts_open``
    then takes out the pairs whose conflict this listing cannot have seen end."""
    looked_at = w.create_staging("openid_keys", [("source_key", "TEXT")])
    w.conn.exec_driver_sql(f"INSERT INTO {looked_at} SELECT DISTINCT platform || ':' || "
                           f"openid FROM {w.staging_name(TABLE)}")
    return f"SELECT source_key FROM {looked_at}"


def _listed_conflicts(w: StepWriter) -> str:
    """SQL: the keys of the open cases a listing raised by binding a pair to two persons."""
    return (f"SELECT q.source_key FROM {w.t('sync_quarantine')} q WHERE q.entity = '{TABLE}' "
            f"AND q.reason = 'openid_conflict' AND q.resolved_at IS NULL "
            f"AND substr(q.detail, 1, {len(LISTED_FOR_TWO)}) = '{LISTED_FOR_TWO}'")


def keep_listed_conflicts_open(w: StepWriter) -> int:
    """An hourly listing neither binds nor resolves a pair a listing saw bound
    to two persons: it sees only the bindings stamped in its window, so one
    person's binding, or a tombstone, does not show that the conflict is over
    (a third person may still hold the pair). Its live bindings are held back
    and its case left open for a full resync to decide; two exceptions: a live
    binding of the person the store holds the pair for (an update), and a move
    of that stored binding (its owner's tombstone in this listing), which
    follows the source as any move does. Returns the bindings held back."""
    staged = w.staging_name(TABLE)
    looked_at = w.staging_name("openid_keys")
    listed = _listed_conflicts(w)

    def owner_moved(key: str) -> str:
        return (f"EXISTS (SELECT 1 FROM {_moves(w)} m JOIN {w.t(TABLE)} t ON t.platform = "
                f"m.platform AND t.openid = m.openid AND t.removed_at IS NULL AND "
                f"{same_person('m', 't')} WHERE m.platform || ':' || m.openid = {key})")

    w.conn.exec_driver_sql(f"DELETE FROM {looked_at} WHERE source_key IN ({listed}) "
                           f"AND NOT {owner_moved(looked_at + '.source_key')}")
    rowid = w.sql.rowid
    owner = (f"SELECT 1 FROM {w.t(TABLE)} t WHERE t.platform = s.platform AND t.openid = "
             f"s.openid AND t.removed_at IS NULL AND {same_person('s', 't')}")
    pair = "s.platform || ':' || s.openid"
    return w.conn.exec_driver_sql(
        f"DELETE FROM {staged} WHERE {rowid} IN (SELECT s.{rowid} FROM {staged} s WHERE NOT "
        f"s.{TOMBSTONE} AND {pair} IN ({listed}) AND NOT {owner_moved(pair)} "
        f"AND NOT EXISTS ({owner}))").rowcount
