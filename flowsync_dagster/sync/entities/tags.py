"""Writes ``tag_group``, and ``tag`` with ``tag_user`` (one step each).

Tag groups are one short listing, read whole every run. Tags are windowed;
each tag read has its member list read (concurrently, bounded) and streamed
into one COPY, duplicate members folded. A static and a dynamic tag with the
same name in the same group is a conflict the source's operators resolve by
hand: both are written with ``name_conflict = true`` and quarantined as
``tag_name_conflict``; the flag is recomputed in SQL for every group and
name the run touched.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Column, Index, false

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.store.entity import EntityTable
from flowsync_dagster.store.merge import MergeSpec, StepWriter
from flowsync_dagster.store.rules import tags as rules
from flowsync_dagster.sync import checks
from flowsync_dagster.sync.checks import QuarantineCheck, ReportCheck, SqlCheck
from flowsync_dagster.sync.entities.memberships import (
    MISSING_LISTS,
    Memberships,
    record_membership_quarantine,
    sync_memberships,
)
from flowsync_dagster.sync.step import SyncAsset, SyncStep

GROUP = "tag_group"
TABLE = "tag"
LINK = "tag_user"


class TagGroupRow(NamedTuple):
    id: str
    name: str
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


class TagRow(NamedTuple):
    id: str
    group_id: str | None
    name: str | None
    kind: str | None
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


class TagUserRow(NamedTuple):
    tag_id: str
    user_id: str
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


TAG_GROUP = EntityTable(GROUP, "directory",
                        "Tag groups (one short list, read whole every run).",
                        key=("id",), row=TagGroupRow)
TAG = EntityTable(
    TABLE, "directory",
    "Tags, static (members set by hand) or dynamic (members computed by Officeflow). "
    "name_conflict marks a static and a dynamic tag sharing a name in one group.",
    key=("id",), row=TagRow,
    # set in SQL over every group and name the run touched (store/rules/tags.py)
    computed=(Column("name_conflict", Boolean, nullable=False, server_default=false()),),
    indexes=(Index("ix_tag_group_name", "group_id", "name"),))
TAG_USER = EntityTable(
    LINK, "directory", "Tag members: one row per tag and user (history kept).",
    key=("tag_id", "user_id"), row=TagUserRow, indexes=(Index("ix_tag_user_user", "user_id"),),
    identifying=frozenset({"user_id"}), roomy=True)

GROUP_CHECKS: tuple[checks.Check, ...] = (checks.invalid_records(GROUP),)
CHECKS: tuple[checks.Check, ...] = (
    checks.invalid_records(TABLE),
    checks.invalid_records(LINK),
    QuarantineCheck("tag_no_name_conflicts", TABLE, ("tag_name_conflict",),
                    "No static and dynamic tag share a name in one group (both are kept, "
                    "flagged name_conflict, and quarantined)."),
    SqlCheck("tag_name_conflict_flag_consistent", TABLE,
             "SELECT x.id FROM {t} x WHERE x.name_conflict <> (" + rules.CONFLICT + ")",
             "name_conflict is true exactly for active tags with a same-named tag of the other "
             "kind in their group. A failure means the store is wrong."),
    ReportCheck("tag_user_no_duplicate_members", LINK, "duplicates_folded",
                "No tag lists the same user twice (the store keeps one row either way)."),
    ReportCheck("tag_user_lists_readable", LINK, MISSING_LISTS,
                "Every tag read had its member list served; a tag whose list answered 404 "
                "keeps its members until a later run reads it."),
    SqlCheck("tag_user_consistent", LINK,
             "SELECT m.tag_id || ':' || m.user_id FROM {t} m LEFT JOIN {tag} g ON g.id = m.tag_id "
             "WHERE m.is_active AND (g.id IS NULL OR NOT g.is_active) AND {scope}",
             "No active membership of a tag that is unknown or inactive. A failure means the "
             "store is wrong.", scoped="m.tag_id IN (SELECT id FROM {stg_tag})"),
)


def tag_row(t: models.Tag | models.Tombstone) -> TagRow:
    if t.is_tombstone:
        return TagRow(t.id, None, None, None, False, "deleted", utc(t.updated_at), True)
    return TagRow(t.id, t.group_id, t.name, t.kind, t.status == "active", t.status,
                  utc(t.updated_at), False)


def membership(tag: models.Tag, m: models.TagUser) -> TagUserRow:
    return TagUserRow(tag.id, m.user_id, tag.status == "active", tag.status,
                      utc(tag.updated_at), False)


MEMBERSHIPS = Memberships(
    parent=TABLE, parent_row=TagRow, link=LINK, link_row=TagUserRow,
    link_key=("tag_id", "user_id"), path="/tags/{}/users", decoder=models.TAG_USER,
    member_key=lambda m: m.user_id, membership=membership,
)


def write_groups(step: SyncStep, w: StepWriter) -> None:
    groups = list(step.records(step.client.iter_pages("/tag-groups", models.TAG_GROUP)))
    w.add_cases(GROUP, step.cases)
    w.stage_rows(GROUP, GROUP, TagGroupRow,
                 (TagGroupRow(g.id, g.name, True, "active", utc(g.updated_at), False)
                  for g in groups))
    step.merged(w.merge(MergeSpec(GROUP, TAG_GROUP.key, TAG_GROUP.written, reconcile=True),
                        w.staging_name(GROUP), step.guard))
    step.report(GROUP).quarantine = w.record_quarantine(GROUP, {"invalid_record": None})


def write_tags(step: SyncStep, w: StepWriter) -> None:
    listed: list[Any] = list(step.records(step.client.iter_pages(
        "/tags", models.TAG, window=step.window.bounds, read_ahead=True)))
    live = {t.id: t for t in listed if not t.is_tombstone}
    sync_memberships(step, w, MEMBERSHIPS, (tag_row(t) for t in listed), live)
    flagged, looked_at = rules.flag_name_conflicts(w, step.window.full)
    record_membership_quarantine(step, w, MEMBERSHIPS, {"tag_name_conflict": looked_at})
    step.report(TABLE).extra["name_conflict_flags_changed"] = flagged


TAG_GROUPS = SyncAsset(name="tag_group", writes=(TAG_GROUP,), write=write_groups,
                       checks=GROUP_CHECKS, whole_listing=True, switch="tags",
                       description="Tag groups: one short listing, read whole every run.")
TAGS = SyncAsset(name="tags", writes=(TAG, TAG_USER), write=write_tags, checks=CHECKS,
                 deps=(GROUP, "app_user"), switch="tags", description=__doc__ or "")
