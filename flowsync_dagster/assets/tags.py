"""Writes ``tag_group``, and ``tag`` with ``tag_user`` (one step).

Tag groups are one short listing, read whole every run. Tags are windowed;
each tag read has its member list read (concurrently, bounded) and streamed
into one COPY, duplicate members folded by the merge. A static and a dynamic
tag with the same name in the same group is the conflict the old service
resolved by hand: both are written with ``name_conflict = true`` and
quarantined as ``tag_name_conflict``; the flag is recomputed in SQL for every
group and name the run touched.
"""

from collections.abc import Iterator
from typing import Any

from dagster import (
    AssetExecutionContext,
    AssetsDefinition,
    AssetSpec,
    MaterializeResult,
    PartitionsDefinition,
    asset,
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
from flowsync_dagster.checks import DuplicatesCheck, QuarantineCheck, SqlCheck
from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.partitions import SyncConfig, sync_window
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings
from flowsync_dagster.store.merge import MergeSpec, QuarantineCase, StepWriter

GROUP = "tag_group"
TABLE = "tag"
LINK = "tag_user"
GROUP_COLUMNS = ("name", "is_active", "status", "source_updated_at")
COLUMNS = ("group_id", "name", "kind", "is_active", "status", "source_updated_at")
LINK_COLUMNS = ("is_active", "status", "source_updated_at")

GROUP_CHECKS: list[checks.Check] = [checks.invalid_records(GROUP)]
CONFLICT = ("EXISTS (SELECT 1 FROM {t} o WHERE o.group_id = x.group_id AND o.name = x.name "
            "AND o.kind <> x.kind AND o.is_active) AND x.is_active")
CHECKS: list[checks.Check] = [
    checks.invalid_records(TABLE),
    checks.invalid_records(LINK),
    QuarantineCheck("tag_no_name_conflicts", TABLE, ("tag_name_conflict",),
                    "No static and dynamic tag share a name in one group (both are kept, "
                    "flagged name_conflict, and quarantined)."),
    SqlCheck("tag_name_conflict_flag_consistent", TABLE,
             "SELECT x.id FROM {t} x WHERE x.name_conflict <> (" + CONFLICT + ")",
             "name_conflict is true exactly for active tags with a same-named tag of the other "
             "kind in their group. A failure means the store is wrong."),
    DuplicatesCheck("tag_user_no_duplicate_members", LINK,
                    "No tag lists the same user twice (the store keeps one row either way)."),
    SqlCheck("tag_user_consistent", LINK,
             "SELECT m.tag_id || ':' || m.user_id FROM {t} m LEFT JOIN {tag} g ON g.id = m.tag_id "
             "WHERE m.is_active AND (g.id IS NULL OR NOT g.is_active) AND {scope}",
             "No active membership of a tag that is unknown or inactive. A failure means the "
             "store is wrong.", scoped="m.tag_id IN (SELECT id FROM {stg_tag})"),
]


def tag_row(t: models.Tag | models.Tombstone) -> tuple[Any, ...]:
    if t.is_tombstone:
        return (t.id, None, None, None, False, "deleted", utc(t.updated_at), True)
    return (t.id, t.group_id, t.name, t.kind, t.status == "active", t.status,
            utc(t.updated_at), False)


MEMBERSHIPS = Memberships(
    parent=TABLE, parent_columns=COLUMNS, link=LINK, link_key=("tag_id", "user_id"),
    link_columns=LINK_COLUMNS, path="/tags/{}/users", decoder=models.TAG_USER,
    member_key=lambda m: m.user_id,
    link_row=lambda tag, m: (tag.id, m.user_id, tag.status == "active", tag.status,
                             utc(tag.updated_at)),
)


def flag_name_conflicts(step: StepWriter, full: bool) -> tuple[int, str | None]:
    """Recompute ``name_conflict`` for the (group, name) pairs this run touched and
    quarantine the conflicting tags. Returns (flags changed, tags looked at)."""
    tags = step.t(TABLE)
    touched = "TRUE"
    if not full:
        pairs = step.create_staging("tag_names", [("group_id", "TEXT"), ("name", "TEXT")])
        step.conn.exec_driver_sql(
            f"INSERT INTO {pairs} SELECT t.group_id, t.name FROM {tags} t WHERE t.name_conflict "
            f"OR t.id IN (SELECT id FROM {step.staging_name(TABLE)})")
        step.analyze(pairs)
        touched = (f"EXISTS (SELECT 1 FROM {pairs} p WHERE p.group_id = x.group_id "
                   f"AND p.name = x.name)")
    conflict = CONFLICT.format(t=tags)
    changed = step.conn.exec_driver_sql(
        f"UPDATE {tags} AS x SET name_conflict = ({conflict}) WHERE {touched} "
        f"AND name_conflict <> ({conflict})").rowcount
    payload = step.json_object_sql({"id": "x.id", "group_id": "x.group_id", "name": "x.name",
                                    "kind": "x.kind", "status": "x.status"})
    step.conn.exec_driver_sql(
        f"INSERT INTO {step.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT '{TABLE}', x.id, 'tag_name_conflict', {payload}, 'a static and a dynamic tag "
        f"are both named ' || x.name || ' in group ' || x.group_id FROM {tags} x "
        f"WHERE x.name_conflict AND {touched}")
    return changed, None if full else f"SELECT x.id FROM {tags} x WHERE {touched}"


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    enabled = settings.sync_tags

    @asset(
        key=GROUP,
        group_name="directory",
        kinds=kinds,
        check_specs=checks.specs(GROUP_CHECKS) if enabled else None,
        output_required=False,
        description="Tag groups (one short listing, read whole every run).",
        **sync_options(partitions_def),
    )
    def tag_group(context: AssetExecutionContext, config: SyncConfig,
                  officeflow: OfficeflowResource, store: StoreResource
                  ) -> Iterator[MaterializeResult]:
        if not enabled:
            skipped(context, "FLOWSYNC_SYNC_TAGS", "tag groups")
            return
        window = sync_window(context, config)
        report = StepReport(window)
        client = officeflow.client
        cases: list[QuarantineCase] = []
        try:
            groups = list(records(client.iter_pages("/tag-groups", models.TAG_GROUP), cases))
            with store.step(context.run.run_id) as step:
                step.add_cases(GROUP, cases)
                step.stage(GROUP, GROUP, ("id", *GROUP_COLUMNS),
                           ((g.id, g.name, True, "active", utc(g.updated_at), False)
                            for g in groups))
                report.merges.append(step.merge(
                    MergeSpec(GROUP, ("id",), GROUP_COLUMNS, reconcile=True,
                              touch_all=window.full), step.staging_name(GROUP),
                    store.guard(window.allow_mass_removal)))
                report.quarantine = step.record_quarantine(GROUP, {"invalid_record": None})
                group_checks = checks.evaluate(step, GROUP_CHECKS, full=True)
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        yield result(context, GROUP, report, group_checks, client=client)

    @multi_asset(
        name="tags",
        specs=[
            AssetSpec(TABLE, group_name="directory", kinds=kinds, deps=[GROUP], skippable=True,
                      description="Tags, static or dynamic; name_conflict flags the pairs the "
                                  "old service resolved by hand."),
            AssetSpec(LINK, group_name="directory", kinds=kinds, deps=[GROUP], skippable=True,
                      description="Tag members, one row per tag and user (history kept)."),
        ],
        check_specs=checks.specs(CHECKS) if enabled else None,
        **sync_options(partitions_def),
    )
    def tags(context: AssetExecutionContext, config: SyncConfig, officeflow: OfficeflowResource,
             store: StoreResource) -> Iterator[MaterializeResult]:
        if not enabled:
            skipped(context, "FLOWSYNC_SYNC_TAGS", "tags and tag members")
            return
        window = sync_window(context, config)
        report, links = StepReport(window), StepReport(window)
        client = officeflow.client
        cases: list[QuarantineCase] = []
        try:
            listed = list(records(client.iter_pages("/tags", models.TAG, window=window.bounds),
                                  cases))
            live = {t.id: t for t in listed if not t.is_tombstone}
            with store.step(context.run.run_id) as step:
                synced = sync_memberships(step, client, window,
                                          store.guard(window.allow_mass_removal), MEMBERSHIPS,
                                          (tag_row(t) for t in listed), live, cases)
                report.merges.append(synced.parents)
                links.merges.append(synced.links)
                flagged, looked_at = flag_name_conflicts(step, window.full)
                report.quarantine, links.quarantine = record_membership_quarantine(
                    step, window, MEMBERSHIPS, {"tag_name_conflict": looked_at})
                folded = synced.repeats + synced.links.duplicates_folded
                tag_checks = checks.evaluate(step, CHECKS, window.full, TABLE)
                link_checks = checks.evaluate(step, CHECKS, window.full, LINK, folded=folded)
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        report.extra["name_conflict_flags_changed"] = flagged
        links.extra.update(synced.link_metadata())
        yield result(context, TABLE, report, tag_checks, client=client)
        yield result(context, LINK, links, link_checks)

    return [tag_group, tags]
