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
    MaterializeResult,
    PartitionsDefinition,
    asset,
)

from flowsync_dagster import checks
from flowsync_dagster.assets.common import (
    PERMANENT,
    StepReport,
    permanent_failure,
    records,
    result,
    sync_options,
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


def apply_pair_rules(step: StepWriter) -> tuple[int, int]:
    """Conflicting pairs out of staging into quarantine; duplicate bindings of one
    person folded to the latest. Returns (conflicting pairs, rows folded).

    One hash aggregate over staging finds the pairs listed more than once; only
    those (a handful) are looked at again, so the rules cost one pass."""
    staged = step.staging_name(TABLE)
    person = "COALESCE(s.username, '#' || s.user_id)"  # no username: only the id vouches
    live = f"NOT s.{TOMBSTONE}"
    repeated = step.create_staging("openid_repeated", [("platform", "TEXT"), ("openid", "TEXT"),
                                                      ("persons", "INTEGER")])
    if not step.conn.exec_driver_sql(
            f"INSERT INTO {repeated} (platform, openid) SELECT s.platform, s.openid FROM "
            f"{staged} s WHERE {live} GROUP BY s.platform, s.openid HAVING count(*) > 1").rowcount:
        return 0, 0
    step.analyze(repeated)
    pair = "r.platform = s.platform AND r.openid = s.openid"
    step.conn.exec_driver_sql(
        f"UPDATE {repeated} SET persons = x.n FROM (SELECT s.platform, s.openid, "
        f"count(DISTINCT {person}) AS n FROM {staged} s JOIN {repeated} r ON {pair} "
        f"WHERE {live} GROUP BY s.platform, s.openid) x "
        f"WHERE x.platform = {repeated}.platform AND x.openid = {repeated}.openid")
    binding = step.json_object_sql({"platform": "s.platform", "openid": "s.openid",
                                    "user_id": "s.user_id", "username": "s.username",
                                    "status": "s.status"})
    conflicts = step.conn.exec_driver_sql(
        f"INSERT INTO {step.quarantine_staging()} (entity, source_key, reason, payload, detail) "
        f"SELECT '{TABLE}', s.platform || ':' || s.openid, 'openid_conflict', "
        f"{step.json_array_agg_sql(binding)}, 'bound to users with different usernames: ' || "
        f"{step.string_agg_sql(person)} FROM {staged} s JOIN {repeated} r ON {pair} "
        f"WHERE r.persons > 1 AND {live} GROUP BY s.platform, s.openid").rowcount
    step.conn.exec_driver_sql(
        f"DELETE FROM {staged} WHERE EXISTS (SELECT 1 FROM {repeated} r WHERE r.persons > 1 "
        f"AND r.platform = {staged}.platform AND r.openid = {staged}.openid)")
    rowid = "ctid" if step.store.is_postgres else "rowid"
    folded = step.conn.exec_driver_sql(
        f"DELETE FROM {staged} WHERE {rowid} IN (SELECT {rowid} FROM (SELECT s.{rowid}, "
        f"row_number() OVER (PARTITION BY s.platform, s.openid ORDER BY s.source_updated_at "
        f"DESC, s.{rowid} DESC) AS rn FROM {staged} s JOIN {repeated} r ON {pair} "
        f"WHERE r.persons = 1) ranked WHERE rn > 1)").rowcount
    return conflicts, folded


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    @asset(
        key=TABLE,
        group_name="directory",
        kinds=kinds,
        **sync_options(partitions_def),
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
                examined = None
                if not window.full:
                    # the pairs this hour looked at, conflicts included, for resolution
                    looked_at = step.create_staging("openid_keys", [("source_key", "TEXT")])
                    step.conn.exec_driver_sql(
                        f"INSERT INTO {looked_at} SELECT DISTINCT platform || ':' || openid "
                        f"FROM {staged}")
                    examined = f"SELECT source_key FROM {looked_at}"
                conflicts, folded = apply_pair_rules(step)
                report.merges.append(step.merge(
                    MergeSpec(TABLE, KEY, COLUMNS, reconcile=window.full, touch_all=window.full),
                    staged, store.guard(window.allow_mass_removal)))
                report.quarantine = step.record_quarantine(
                    TABLE, {"invalid_record": examined, "openid_conflict": examined})
                folded += report.merges[0].duplicates_folded
                evaluated = checks.evaluate(step, CHECKS, window.full, folded=folded)
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        report.extra.update({"platforms": ", ".join(p.code for p in platforms),
                             "conflicting_pairs": conflicts, "duplicate_bindings_folded": folded})
        yield result(context, TABLE, report, evaluated,
                     client=client)

    return [user_openid]
