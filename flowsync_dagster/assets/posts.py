"""Writes ``post`` and ``post_member`` (one step, one transaction).

The old service compared the platform's posts with its history mapping and
enabled, disabled, added or updated its own; here the merge against the
``post`` table is that comparison, and nothing is ever removed: a post the
source disables turns inactive, one it deletes (tombstone, or absent from a
full listing) is soft-deleted. The member lists of the posts read are
reconciled as ``memberships.py`` describes: a membership that ends stays as
history.
"""

from collections.abc import Iterator
from typing import Any

from dagster import (
    AssetExecutionContext,
    AssetsDefinition,
    AssetSpec,
    MaterializeResult,
    PartitionsDefinition,
    multi_asset,
)

from flowsync_dagster import checks
from flowsync_dagster.assets.common import (
    PERMANENT,
    StepReport,
    permanent_failure,
    records,
    result,
    skipped,
    sync_options,
)
from flowsync_dagster.assets.memberships import (
    Memberships,
    record_membership_quarantine,
    sync_memberships,
)
from flowsync_dagster.checks import SqlCheck
from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.partitions import SyncConfig, sync_window
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings
from flowsync_dagster.store.merge import QuarantineCase

TABLE = "post"
LINK = "post_member"
COLUMNS = ("name", "code", "department_id", "is_active", "status", "source_updated_at")
LINK_COLUMNS = ("is_active", "status", "source_updated_at")

CHECKS: list[checks.Check] = [
    checks.invalid_records(TABLE),
    checks.invalid_records(LINK),
    SqlCheck("post_member_consistent", LINK,
             "SELECT m.post_id || ':' || m.user_id FROM {t} m LEFT JOIN {post} p "
             "ON p.id = m.post_id WHERE m.is_active AND (p.id IS NULL OR NOT p.is_active) "
             "AND {scope}",
             "No active membership of a post that is unknown or inactive. A failure means the "
             "store is wrong.", scoped="m.post_id IN (SELECT id FROM {stg_post})"),
]


def post_row(p: models.Post | models.Tombstone) -> tuple[Any, ...]:
    if p.is_tombstone:
        return (p.id, None, None, None, False, "deleted", utc(p.updated_at), True)
    return (p.id, p.name, p.code, p.department_id, p.status == "enabled", p.status,
            utc(p.updated_at), False)


MEMBERSHIPS = Memberships(
    parent=TABLE, parent_columns=COLUMNS, link=LINK,
    link_key=("post_id", "department_id", "user_id"), link_columns=LINK_COLUMNS,
    path="/posts/{}/members", decoder=models.POST_MEMBER,
    member_key=lambda m: (m.department_id, m.user_id),
    # a membership is in use while its post is
    link_row=lambda post, m: (post.id, m.department_id or "", m.user_id,
                              post.status == "enabled", post.status, utc(post.updated_at)),
)


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    enabled = settings.sync_posts

    @multi_asset(
        name="posts",
        specs=[
            AssetSpec(TABLE, group_name="directory", kinds=kinds, skippable=True,
                      description="Posts (岗位): enabled, disabled, or soft-deleted."),
            AssetSpec(LINK, group_name="directory", kinds=kinds, skippable=True,
                      description="Who holds which post in which department (history kept)."),
        ],
        check_specs=checks.specs(CHECKS) if enabled else None,
        **sync_options(partitions_def),
    )
    def posts(context: AssetExecutionContext, config: SyncConfig, officeflow: OfficeflowResource,
              store: StoreResource) -> Iterator[MaterializeResult]:
        if not enabled:
            skipped(context, "FLOWSYNC_SYNC_POSTS", "posts and post members")
            return
        window = sync_window(context, config)
        report, links = StepReport(window), StepReport(window)
        client = officeflow.client
        cases: list[QuarantineCase] = []
        try:
            # posts are few (about one per 25 users): they are kept for the member calls
            listed = list(records(client.iter_pages("/posts", models.POST, window=window.bounds),
                                  cases))
            live = {p.id: p for p in listed if not p.is_tombstone}
            with store.step(context.run.run_id) as step:
                synced = sync_memberships(step, client, window,
                                          store.guard(window.allow_mass_removal), MEMBERSHIPS,
                                          (post_row(p) for p in listed), live, cases)
                report.merges.append(synced.parents)
                links.merges.append(synced.links)
                report.quarantine, links.quarantine = record_membership_quarantine(
                    step, window, MEMBERSHIPS, {})
                post_checks = checks.evaluate(step, CHECKS, window.full, TABLE)
                link_checks = checks.evaluate(step, CHECKS, window.full, LINK)
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        links.extra.update(synced.link_metadata())
        yield result(context, TABLE, report, post_checks, client=client)
        yield result(context, LINK, links, link_checks)

    return [posts]
