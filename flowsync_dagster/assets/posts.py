"""Writes ``post`` and ``post_member`` (one step, one transaction).

The old service compared the platform's posts with its history mapping and
enabled, disabled, added or updated its own; here the merge against the
``post`` table is that comparison, and nothing is ever removed: a post the
source disables turns inactive, one it deletes (tombstone, or absent from a
full listing) is soft-deleted. For every post read in the window, its member
list is read (concurrently, bounded) and reconciled: a membership that ends
stays as history. A post whose member list answers 404 (deleted between the
two calls) keeps its memberships as they were until the next run.
"""

from collections.abc import Iterator
from typing import Any

from dagster import (
    AssetExecutionContext,
    AssetsDefinition,
    AssetSpec,
    BackfillPolicy,
    MaterializeResult,
    PartitionsDefinition,
    multi_asset,
)

from flowsync_dagster import checks
from flowsync_dagster.assets.common import (
    PERMANENT,
    STORE_POOL,
    SYNC_RETRY_POLICY,
    StepReport,
    UniqueMembers,
    member_lists,
    permanent_failure,
    records,
    result,
    skipped,
)
from flowsync_dagster.checks import SqlCheck
from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.partitions import SyncConfig, sync_window
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings
from flowsync_dagster.store.merge import MergeSpec, QuarantineCase

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


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    enabled = settings.sync_posts

    @multi_asset(
        name="posts",
        specs=[
            AssetSpec(TABLE, group_name="directory", kinds=kinds, skippable=True,
                      description="Posts (岗位): enabled, disabled, or soft-deleted."),
            AssetSpec(LINK, group_name="directory", kinds=kinds, deps=[TABLE], skippable=True,
                      description="Who holds which post in which department (history kept)."),
        ],
        partitions_def=partitions_def,
        backfill_policy=BackfillPolicy.single_run(),
        pool=STORE_POOL,
        retry_policy=SYNC_RETRY_POLICY,
        check_specs=checks.specs(CHECKS) if enabled else None,
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
            # posts are few (about one per 25 users): their ids are kept for the member calls
            listed = list(records(client.iter_pages("/posts", models.POST, window=window.bounds),
                                  cases))
            live = {p.id: p for p in listed if not p.is_tombstone}
            with store.step(context.run.run_id) as step:
                step.stage(TABLE, TABLE, ("id", *COLUMNS), (post_row(p) for p in listed))
                lists = member_lists(client, "/posts/{}/members", models.POST_MEMBER, live)
                members = UniqueMembers(lists, lambda m: (m.department_id, m.user_id), cases, LINK)
                step.stage(LINK, LINK, ("post_id", "department_id", "user_id", *LINK_COLUMNS), (
                    (post_id, m.department_id or "", m.user_id, live[post_id].status == "enabled",
                     live[post_id].status, utc(live[post_id].updated_at), False)
                    for post_id, m in members))
                step.add_cases(TABLE, cases)
                unread = step.create_staging("unread_posts", [("id", "TEXT")])
                step.load(unread, ["id"], ((post_id,) for post_id in lists.missing))
                guard = store.guard(window.allow_mass_removal)
                report.merges.append(step.merge(
                    MergeSpec(TABLE, ("id",), COLUMNS, reconcile=window.full,
                              touch_all=window.full), step.staging_name(TABLE), guard))
                scope = f"t.post_id NOT IN (SELECT id FROM {unread})"
                if not window.full:
                    scope += f" AND t.post_id IN (SELECT id FROM {step.staging_name(TABLE)})"
                links.merges.append(step.merge(
                    MergeSpec(LINK, ("post_id", "department_id", "user_id"), LINK_COLUMNS,
                              reconcile=True, touch_all=window.full, scope=scope,
                              protect="t.post_id"), step.staging_name(LINK), guard))
                in_window = None if window.full else f"SELECT id FROM {step.staging_name(TABLE)}"
                # a member list read again judges the cases filed under its post
                reread = (f"SELECT q.source_key FROM {step.t('sync_quarantine')} q JOIN "
                          f"{step.staging_name(TABLE)} s ON substr(q.source_key, 1, length(s.id) + 1) = s.id || '/' "
                          f"WHERE q.entity = '{LINK}'")
                report.quarantine = step.record_quarantine(TABLE, {"invalid_record": in_window})
                links.quarantine = step.record_quarantine(LINK, {"invalid_record": None
                                                                 if window.full else reread})
                post_checks = checks.evaluate(step, CHECKS, window.full, TABLE)
                link_checks = checks.evaluate(step, CHECKS, window.full, LINK)
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        links.extra["member_lists_read"] = len(live) - len(lists.missing)
        links.extra["member_lists_missing"] = len(lists.missing)
        links.extra["repeated_members_folded"] = members.repeats
        yield result(context, TABLE, report, post_checks, client=client)
        yield result(context, LINK, links, link_checks)

    return [posts]
