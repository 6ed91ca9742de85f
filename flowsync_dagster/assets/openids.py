"""Writes ``user_openid``: each user's login binding (OpenID) on each platform.

Every platform's windowed listing streams into one staging table; the
binding rules are SQL over it, before the merge. A person is a ``username``
(one person may appear under two user ids) or, without one, a user id.

- The same (platform, openid) twice for one person: one row, the latest.
- The same pair for two persons in one listing: a conflict. No row is written
  for the pair (an existing row is left as it was); it is quarantined as
  ``openid_conflict`` with every binding the source sent.
- A binding of a pair the store holds bound to another person: a conflict
  too, on an hourly run and on a full resync alike, unless the same listing
  carries that person's tombstone of the pair (the source moved it).
- A tombstone removes a binding only if it is that person's: someone else's
  tombstone of the same pair never unbinds a live login.

A conflict case is resolved by the first run in which the pair no longer
conflicts (the source removed one binding, or an operator ended the stored
one: see the README).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple

from flowsync_dagster import checks
from flowsync_dagster.assets.step import SyncAsset, SyncStep
from flowsync_dagster.checks import QuarantineCheck, ReportCheck
from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.store.merge import (
    TOMBSTONE,
    MassRemovalRefused,
    MergeSpec,
    StepWriter,
    row_columns,
)

TABLE = "user_openid"
KEY = ("platform", "openid")


class OpenIdRow(NamedTuple):
    platform: str
    openid: str
    user_id: str | None
    username: str | None
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


COLUMNS = row_columns(OpenIdRow)[2:]


def same_person(a: str, b: str) -> str:
    """SQL: rows ``a`` and ``b`` bind the same person."""
    return (f"({a}.user_id = {b}.user_id OR ({a}.username IS NOT NULL AND "
            f"{a}.username = {b}.username))")


CHECKS: tuple[checks.Check, ...] = (
    checks.invalid_records(TABLE),
    QuarantineCheck("user_openid_no_conflicts", TABLE, ("openid_conflict",),
                    "No (platform, openid) is bound to two persons, in the source or between "
                    "the source and the store (such bindings are not written and are "
                    "quarantined).", personal_keys=True),
    ReportCheck("user_openid_no_duplicates", TABLE, "duplicates_folded",
                "No (platform, openid) is listed twice for one person (one user id, or two "
                "ids with the same username); the store keeps one row either way."),
)


def openid_rows(step: SyncStep, platforms: list[models.Platform]) -> Iterator[OpenIdRow]:
    for platform in platforms:
        pages = step.client.iter_pages("/openids", models.OPENID, {"platform": platform.code},
                                       window=step.window.bounds)
        for o in step.records(pages):
            tombstone = o.is_tombstone
            yield OpenIdRow(o.platform, o.openid, o.user_id, o.username,
                            not tombstone and o.status == "active",
                            "deleted" if tombstone else o.status, utc(o.updated_at), tombstone)


def apply_pair_rules(w: StepWriter) -> tuple[int, int]:
    """The rules within the listing. Returns (conflicting pairs, rows folded).

    One hash aggregate over staging finds the pairs listed more than once;
    only those (a handful) are looked at again, so the rules cost one pass."""
    staged = w.staging_name(TABLE)
    person = "COALESCE(s.username, '#' || s.user_id)"  # no username: only the id vouches
    live = f"NOT s.{TOMBSTONE}"
    repeated = w.create_staging("openid_repeated", [("platform", "TEXT"), ("openid", "TEXT"),
                                                   ("persons", "INTEGER")])
    if not w.conn.exec_driver_sql(
            f"INSERT INTO {repeated} (platform, openid, persons) SELECT s.platform, s.openid, 0 "
            f"FROM {staged} s GROUP BY s.platform, s.openid HAVING count(*) > 1").rowcount:
        return 0, 0
    w.analyze(repeated)
    pair = "r.platform = s.platform AND r.openid = s.openid"
    in_pair = (f"EXISTS (SELECT 1 FROM {repeated} r WHERE r.platform = {staged}.platform "
               f"AND r.openid = {staged}.openid AND r.persons {{}})")
    w.conn.exec_driver_sql(
        f"UPDATE {repeated} SET persons = x.n FROM (SELECT s.platform, s.openid, "
        f"count(DISTINCT {person}) AS n FROM {staged} s JOIN {repeated} r ON {pair} "
        f"WHERE {live} GROUP BY s.platform, s.openid) x "
        f"WHERE x.platform = {repeated}.platform AND x.openid = {repeated}.openid")
    binding = w.json_object_sql({"platform": "s.platform", "openid": "s.openid",
                                 "user_id": "s.user_id", "username": "s.username",
                                 "status": "s.status"})
    conflicts = w.conn.exec_driver_sql(
        f"INSERT INTO {w.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT '{TABLE}', s.platform || ':' || s.openid, 'openid_conflict', "
        f"{w.json_array_agg_sql(binding)}, 'bound to users with different usernames: ' || "
        f"{w.string_agg_sql(person)} FROM {staged} s JOIN {repeated} r ON {pair} "
        f"WHERE r.persons > 1 AND {live} GROUP BY s.platform, s.openid").rowcount
    w.conn.exec_driver_sql(f"DELETE FROM {staged} WHERE {in_pair.format('> 1')}")
    # a live binding and another person's tombstone of the same pair: the source
    # moved the pair to the live one, as of the later of the two
    others = (f"FROM {staged} o WHERE o.platform = {staged}.platform AND o.openid = "
              f"{staged}.openid AND NOT {same_person('o', staged)}")
    w.conn.exec_driver_sql(
        f"UPDATE {staged} SET source_updated_at = (SELECT max(o.source_updated_at) {others} "
        f"AND o.{TOMBSTONE}) WHERE NOT {TOMBSTONE} AND {in_pair.format('= 1')} AND "
        f"(SELECT max(o.source_updated_at) {others} AND o.{TOMBSTONE}) > source_updated_at")
    w.conn.exec_driver_sql(
        f"DELETE FROM {staged} WHERE {TOMBSTONE} AND {in_pair.format('= 1')} AND "
        f"EXISTS (SELECT 1 {others} AND NOT o.{TOMBSTONE})")
    # tombstones only: the one of the person the store holds the pair for
    w.conn.exec_driver_sql(
        f"DELETE FROM {staged} WHERE {TOMBSTONE} AND {in_pair.format('= 0')} AND EXISTS "
        f"(SELECT 1 FROM {w.t(TABLE)} t WHERE t.platform = {staged}.platform AND t.openid = "
        f"{staged}.openid AND NOT {same_person(staged, 't')})")
    rowid = "ctid" if w.store.is_postgres else "rowid"
    folded = w.conn.exec_driver_sql(
        f"DELETE FROM {staged} WHERE {rowid} IN (SELECT {rowid} FROM (SELECT s.{rowid}, "
        f"row_number() OVER (PARTITION BY s.platform, s.openid ORDER BY s.source_updated_at "
        f"DESC, s.{rowid} DESC) AS rn FROM {staged} s JOIN {repeated} r ON {pair} "
        f"WHERE r.persons <= 1) ranked WHERE rn > 1)").rowcount
    return conflicts, folded


def refuse_rebinding(w: StepWriter) -> int:
    """Staged bindings of pairs the store holds for another person: quarantined,
    and out of staging, so the stored binding is left as it was."""
    staged = w.staging_name(TABLE)
    bound = (f"FROM {staged} s JOIN {w.t(TABLE)} t ON t.platform = s.platform AND t.openid = "
             f"s.openid WHERE NOT s.{TOMBSTONE} AND t.removed_at IS NULL AND NOT "
             f"{same_person('s', 't')}")
    payload = w.json_object_sql({"platform": "s.platform", "openid": "s.openid",
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


def refuse_missing_platforms(step: SyncStep, w: StepWriter) -> None:
    """No platforms listed while bindings are active: an outage, not the end of
    every login (an hourly run would otherwise silently read nothing)."""
    active = int(w.conn.exec_driver_sql(
        f"SELECT count(*) FROM {w.t(TABLE)} WHERE is_active").scalar_one())
    why = step.guard.refusal(active, active, empty_listing=True)
    if why:
        raise MassRemovalRefused(TABLE, active, active, f"no platform listed: {why}")


def write(step: SyncStep, w: StepWriter) -> None:
    platforms = list(step.records(step.client.iter_pages("/platforms", models.PLATFORM)))
    if not platforms:
        refuse_missing_platforms(step, w)
    w.stage_rows(TABLE, TABLE, OpenIdRow, openid_rows(step, platforms))
    w.add_cases(TABLE, step.cases)
    staged = w.staging_name(TABLE)
    examined = None
    if not step.window.full:
        # the pairs this hour looked at, conflicts included, for resolution
        looked_at = w.create_staging("openid_keys", [("source_key", "TEXT")])
        w.conn.exec_driver_sql(f"INSERT INTO {looked_at} SELECT DISTINCT platform || ':' || "
                               f"openid FROM {staged}")
        examined = f"SELECT source_key FROM {looked_at}"
    conflicts, folded = apply_pair_rules(w)
    w.lock()  # the store's bindings must not change between this look and the merge
    refused = refuse_rebinding(w)
    merge = step.merged(w.merge(
        MergeSpec(TABLE, KEY, COLUMNS, reconcile=step.window.full,
                  tombstone_applies=same_person("{s}", "{t}"),
                  preview=("platform", "user_id", "is_active", "status", "source_updated_at")),
        staged, step.guard))
    report = step.report(TABLE)
    report.quarantine = w.record_quarantine(
        TABLE, {"invalid_record": examined, "openid_conflict": examined})
    report.facts["duplicates_folded"] = folded + merge.duplicates_folded
    report.extra.update({"platforms": ", ".join(p.code for p in platforms),
                         "conflicting_pairs": conflicts, "rebindings_refused": refused,
                         "duplicate_bindings_folded": folded + merge.duplicates_folded})


OPENIDS = SyncAsset(name="user_openid", tables=(TABLE,), write=write, checks=CHECKS,
                    deps=("app_user",), description=__doc__ or "")
