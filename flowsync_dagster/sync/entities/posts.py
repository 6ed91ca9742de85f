"""Writes ``post`` and ``post_member`` (one step, one transaction).

The merge against the ``post`` table is the comparison with what the store
held, and nothing is ever removed: a post the source disables turns
inactive, one it deletes (tombstone, or absent from a full listing) is
soft-deleted. The member lists of the posts read are reconciled as
``memberships.py`` describes: a membership that ends stays as history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Index

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.store.entity import EntityTable
from flowsync_dagster.store.merge import StepWriter
from flowsync_dagster.sync import checks
from flowsync_dagster.sync.checks import ReportCheck, SqlCheck
from flowsync_dagster.sync.entities.memberships import (
    MISSING_LISTS,
    Memberships,
    record_membership_quarantine,
    sync_memberships,
)
from flowsync_dagster.sync.step import SyncAsset, SyncStep

TABLE = "post"
LINK = "post_member"


class PostRow(NamedTuple):
    id: str
    name: str | None
    code: str | None
    department_id: str | None
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


class PostMemberRow(NamedTuple):
    post_id: str
    department_id: str  # '' when the source names none: a key column cannot be NULL
    user_id: str
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


POST = EntityTable(
    TABLE, "directory", "Posts (岗位) such as academic secretary: enabled, disabled, or removed.",
    key=("id",), row=PostRow)
POST_MEMBER = EntityTable(
    LINK, "directory", "Who holds which post in which department (history kept).",
    key=("post_id", "department_id", "user_id"), row=PostMemberRow,
    indexes=(Index("ix_post_member_user", "user_id"),), identifying=frozenset({"user_id"}),
    roomy=True)

CHECKS: tuple[checks.Check, ...] = (
    checks.invalid_records(TABLE),
    checks.invalid_records(LINK),
    ReportCheck("post_member_lists_readable", LINK, MISSING_LISTS,
                "Every post read had its member list served; a post whose list answered 404 "
                "keeps its members until a later run reads it."),
    SqlCheck("post_member_consistent", LINK,
             "SELECT m.post_id || ':' || m.user_id FROM {t} m LEFT JOIN {post} p "
             "ON p.id = m.post_id WHERE m.is_active AND (p.id IS NULL OR NOT p.is_active) "
             "AND {scope}",
             "No active membership of a post that is unknown or inactive. A failure means the "
             "store is wrong.", scoped="m.post_id IN (SELECT id FROM {stg_post})"),
)


def post_row(p: models.Post | models.Tombstone) -> PostRow:
    if p.is_tombstone:
        return PostRow(p.id, None, None, None, False, "deleted", utc(p.updated_at), True)
    return PostRow(p.id, p.name, p.code, p.department_id, p.status == "enabled", p.status,
                   utc(p.updated_at), False)


def membership(post: models.Post, m: models.PostMember) -> PostMemberRow:
    # a membership is in use while its post is
    return PostMemberRow(post.id, m.department_id or "", m.user_id, post.status == "enabled",
                         post.status, utc(post.updated_at), False)


MEMBERSHIPS = Memberships(
    parent=TABLE, parent_row=PostRow, link=LINK, link_row=PostMemberRow,
    link_key=("post_id", "department_id", "user_id"), path="/posts/{}/members",
    decoder=models.POST_MEMBER, member_key=lambda m: (m.department_id, m.user_id),
    membership=membership, department="department_id",
)


def write(step: SyncStep, w: StepWriter) -> None:
    # posts are few (about one per 25 users): they are kept for the member calls
    listed: list[Any] = list(step.records(step.client.iter_pages(
        "/posts", models.POST, window=step.window.bounds, read_ahead=True)))
    live = {p.id: p for p in listed if not p.is_tombstone}
    sync_memberships(step, w, MEMBERSHIPS, (post_row(p) for p in listed), live)
    record_membership_quarantine(step, w, MEMBERSHIPS, {})


POSTS = SyncAsset(name="posts", writes=(POST, POST_MEMBER), write=write, checks=CHECKS,
                  deps=("department", "app_user"), switch="posts", description=__doc__ or "")
