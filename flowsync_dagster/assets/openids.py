"""Writes ``user_openid``: each user's OpenID on each platform.

Every platform's windowed listing streams into one staging table; the rules
of the old service are SQL over it, before the merge:

- the same (platform, openid) twice for one user, or for two user ids with
  the same ``username`` (one person under two ids): one row, folded;
- the same pair for users with different ``username``s: a conflict. No row
  is written for the pair (an existing row is left as it was) and it is
  quarantined as ``openid_conflict`` with every binding the source sent; the
  case is resolved by the first run in which the pair no longer conflicts.
"""

from collections.abc import Iterator
from typing import Any

from dagster import (
    AssetExecutionContext,
    AssetsDefinition,
    BackfillPolicy,
    MaterializeResult,
    PartitionsDefinition,
    asset,
)

from flowsync_dagster import checks
from flowsync_dagster.assets.common import (
    PERMANENT,
    STORE_POOL,
    SYNC_RETRY_POLICY,
    StepReport,
    permanent_failure,
    records,
    result,
)
from flowsync_dagster.checks import DuplicatesCheck, QuarantineCheck
from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.client import OfficeflowClient
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.partitions import SyncConfig, SyncWindow, sync_window
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings
from flowsync_dagster.store.merge import TOMBSTONE, MergeSpec, QuarantineCase, StepWriter

TABLE = "user_openid"
KEY = ("platform", "openid")
COLUMNS = ("user_id", "username", "is_active", "status", "source_updated_at")

CHECKS: list[checks.Check] = [
    checks.invalid_records(TABLE),
    QuarantineCheck("user_openid_no_conflicts", TABLE, ("openid_conflict",),
                    "No (platform, openid) is bound to users with different usernames (such "
                    "pairs are not written and are quarantined)."),
    DuplicatesCheck("user_openid_no_duplicates", TABLE,
                    "No (platform, openid) is listed twice for one person (one user id, or two "
                    "ids with the same username); the store keeps one row either way."),
]


def openid_rows(client: OfficeflowClient, window: SyncWindow, cases: list[QuarantineCase],
                platforms: list[models.Platform]) -> Iterator[tuple[Any, ...]]:
    for platform in platforms:
        pages = client.iter_pages("/openids", models.OPENID, {"platform": platform.code},
                                  window=window.bounds)
        for o in records(pages, cases):
            tombstone = o.is_tombstone
            yield (o.platform, o.openid, o.user_id, o.username, not tombstone and
                   o.status == "active", "deleted" if tombstone else o.status,
                   utc(o.updated_at), tombstone)


def quarantine_conflicts(step: StepWriter) -> int:
    """Take conflicting pairs out of staging, into quarantine. Returns how many."""
    staged = step.staging_name(TABLE)
    person = "COALESCE(s.username, '#' || s.user_id)"  # no username: only the id vouches
    conflicts = step.create_staging("openid_conflicts", [("platform", "TEXT"), ("openid", "TEXT")])
    count = step.conn.exec_driver_sql(
        f"INSERT INTO {conflicts} SELECT s.platform, s.openid FROM {staged} s "
        f"WHERE NOT s.{TOMBSTONE} GROUP BY s.platform, s.openid "
        f"HAVING count(DISTINCT {person}) > 1").rowcount
    if not count:
        return 0
    binding = step.json_object_sql({"platform": "s.platform", "openid": "s.openid",
                                    "user_id": "s.user_id", "username": "s.username",
                                    "status": "s.status"})
    step.conn.exec_driver_sql(
        f"INSERT INTO {step.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT '{TABLE}', s.platform || ':' || s.openid, 'openid_conflict', "
        f"{step.json_array_agg_sql(binding)}, 'bound to users with different usernames: ' || "
        f"{step.string_agg_sql(person)} FROM {staged} s JOIN {conflicts} c ON "
        f"c.platform = s.platform AND c.openid = s.openid WHERE NOT s.{TOMBSTONE} "
        f"GROUP BY s.platform, s.openid")
    step.conn.exec_driver_sql(
        f"DELETE FROM {staged} WHERE EXISTS (SELECT 1 FROM {conflicts} c WHERE "
        f"c.platform = {staged}.platform AND c.openid = {staged}.openid)")
    return count


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    @asset(
        key=TABLE,
        group_name="directory",
        kinds=kinds,
        partitions_def=partitions_def,
        backfill_policy=BackfillPolicy.single_run(),
        pool=STORE_POOL,
        retry_policy=SYNC_RETRY_POLICY,
        check_specs=checks.specs(CHECKS),
        deps=["app_user"],
        description="Each user's OpenID per platform (wechat, wecom, dingtalk, feishu...).",
    )
    def user_openid(context: AssetExecutionContext, config: SyncConfig,
                    officeflow: OfficeflowResource, store: StoreResource
                    ) -> Iterator[MaterializeResult]:
        window = sync_window(context, config)
        report = StepReport(window)
        client = officeflow.client
        cases: list[QuarantineCase] = []
        try:
            platforms = list(records(client.iter_pages("/platforms", models.PLATFORM), cases))
            with store.step(context.run.run_id) as step:
                step.stage(TABLE, TABLE, (*KEY, *COLUMNS),
                           openid_rows(client, window, cases, platforms))
                step.add_cases(TABLE, cases)
                staged = step.staging_name(TABLE)
                # the pairs this run looked at, conflicts included, for quarantine resolution
                looked_at = step.create_staging("openid_keys", [("source_key", "TEXT")])
                step.conn.exec_driver_sql(
                    f"INSERT INTO {looked_at} SELECT DISTINCT platform || ':' || openid "
                    f"FROM {staged}")
                conflicts = quarantine_conflicts(step)
                report.merges.append(step.merge(
                    MergeSpec(TABLE, KEY, COLUMNS, reconcile=window.full, touch_all=window.full),
                    staged, store.guard(window.allow_mass_removal)))
                examined = None if window.full else f"SELECT source_key FROM {looked_at}"
                report.quarantine = step.record_quarantine(
                    TABLE, {"invalid_record": examined, "openid_conflict": examined})
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        report.extra.update({"platforms": ", ".join(p.code for p in platforms),
                             "conflicting_pairs": conflicts})
        yield result(context, store.store, TABLE, report,
                     checks.evaluate(store.store, CHECKS,
                                     folded=report.merges[0].duplicates_folded),
                     client=client, preview_columns=("platform", "openid", "user_id", "username"),
                     preview_order="platform, openid")

    return [user_openid]
