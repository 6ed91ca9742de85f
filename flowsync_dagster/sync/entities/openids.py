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
- A pair a listing bound to two persons stays in conflict for the hourly
  runs that follow: an hour sees only the bindings stamped in its window, so
  neither one person's binding nor a tombstone shows the conflict is over.
  Its live bindings are held back and the case stays open until a full
  resync no longer finds the conflict (the stored owner's own update, and a
  move of the stored binding, go through).

A conflict case is resolved by the first run in which the pair no longer
conflicts (the source removed one binding, or an operator ended the stored
one: docs/operating.md, "Quarantine"); a pair a listing bound to two persons,
by the first full resync that no longer finds it so.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Index

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.store.entity import EntityTable
from flowsync_dagster.store.merge import MassRemovalRefused, MergeSpec, StepWriter
from flowsync_dagster.store.rules import openids as rules
from flowsync_dagster.sync import checks
from flowsync_dagster.sync.checks import QuarantineCheck, ReportCheck
from flowsync_dagster.sync.step import SyncAsset, SyncStep

TABLE = "user_openid"


class OpenIdRow(NamedTuple):
    platform: str
    openid: str
    user_id: str | None
    username: str | None
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool




USER_OPENID = EntityTable(
    TABLE, "directory",
    "Each user's login binding (OpenID) per platform: wechat, wecom, dingtalk, feishu. A "
    "sync never moves a binding to another person: a conflict is quarantined.",
    key=("platform", "openid"), row=OpenIdRow, indexes=(Index("ix_user_openid_user", "user_id"),),
    personal=frozenset({"openid", "username"}), identifying=frozenset({"user_id"}), roomy=True)

CHECKS: tuple[checks.Check, ...] = (
    checks.invalid_records(TABLE),
    QuarantineCheck("user_openid_no_conflicts", TABLE, ("openid_conflict",),
                    "No (platform, openid) is bound to two persons, in the source or between "
                    "the source and the store (such bindings are not written and are "
                    "quarantined)."),
    ReportCheck("user_openid_no_duplicates", TABLE, "duplicates_folded",
                "No (platform, openid) is listed twice for one person (one user id, or two "
                "ids with the same username); the store keeps one row either way."),
)


def openid_rows(step: SyncStep, platforms: list[models.Platform]) -> Iterator[OpenIdRow]:
    for platform in platforms:
        pages = step.client.iter_pages("/openids", models.OPENID, {"platform": platform.code},
                                       window=step.window.bounds, read_ahead=True)
        for o in step.records(pages):
            tombstone = o.is_tombstone
            yield OpenIdRow(o.platform, o.openid, o.user_id, o.username,
                            not tombstone and o.status == "active",
                            "deleted" if tombstone else o.status, utc(o.updated_at), tombstone)


def refuse_missing_platforms(step: SyncStep, w: StepWriter) -> None:
    """No platforms listed while bindings are active: an outage, not the end of
    every login (an hourly run would otherwise silently read nothing)."""
    active = rules.active_bindings(w)
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
    # the pairs this hour looked at, conflicts included, for resolution
    examined = None if step.window.full else rules.pairs_in_staging(w)
    conflicts, folded = rules.apply_pair_rules(w)
    w.lock()  # the store's bindings must not change between this look and the merge
    held = 0 if step.window.full else rules.keep_listed_conflicts_open(w)
    refused = rules.refuse_rebinding(w)
    merge = step.merged(w.merge(
        MergeSpec(TABLE, USER_OPENID.key, USER_OPENID.written, reconcile=step.window.full,
                  tombstone_applies=rules.same_person("{s}", "{t}"),
                  preview=("platform", "user_id", "is_active", "status", "source_updated_at")),
        staged, step.guard))
    report = step.report(TABLE)
    report.quarantine = w.record_quarantine(
        TABLE, {"invalid_record": examined, "openid_conflict": examined})
    report.facts["duplicates_folded"] = folded + merge.duplicates_folded
    report.extra.update({"platforms": ", ".join(p.code for p in platforms),
                         "conflicting_pairs": conflicts, "rebindings_refused": refused,
                         "conflicting_bindings_held": held,
                         "duplicate_bindings_folded": folded + merge.duplicates_folded})


OPENIDS = SyncAsset(name="user_openid", writes=(USER_OPENID,), write=write, checks=CHECKS,
                    deps=("app_user",), description=__doc__ or "")
