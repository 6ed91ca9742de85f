"""Writes ``department``: the organisation tree, walked from the root.

The tree cannot be windowed, so every run reads all of it and reconciles:
a department the walk no longer finds is soft-deleted (within the removal
guard). Cycles, orphans and unparsable records are quarantined and their old
rows, if any, left as they were.
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
    result,
    skipped,
    sync_options,
)
from flowsync_dagster.checks import QuarantineCheck, SqlCheck
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.officeflow.tree import DepartmentTree, resolve_tree, walk_departments
from flowsync_dagster.partitions import SyncConfig, sync_window
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings
from flowsync_dagster.store.merge import MergeSpec

TABLE = "department"
COLUMNS = ("parent_id", "name", "code", "sort_order", "path", "depth", "is_active", "status",
           "source_updated_at")
REASONS = ("invalid_record", "department_cycle", "department_orphan")

CHECKS: list[checks.Check] = [
    checks.invalid_records(TABLE),
    QuarantineCheck("department_no_cycles", TABLE, ("department_cycle",),
                    "No department sits in a parent cycle (quarantined as department_cycle)."),
    QuarantineCheck("department_no_orphans", TABLE, ("department_orphan",),
                    "Every department's parent is known (else quarantined as department_orphan)."),
    SqlCheck(
        "department_tree_consistent", TABLE,
        "SELECT c.id FROM {t} c LEFT JOIN {t} p ON p.id = c.parent_id WHERE c.is_active AND ("
        "(c.parent_id IS NULL AND (c.depth <> 0 OR c.path <> c.id)) OR (c.parent_id IS NOT NULL "
        "AND (p.id IS NULL OR NOT p.is_active OR c.path <> p.path || '/' || c.id "
        "OR c.depth <> p.depth + 1)))",
        "Every active department hangs from an active parent, with the path and depth that "
        "parent implies. A failure means the store is wrong, not the source.",
    ),
]


def department_rows(tree: DepartmentTree) -> Iterator[tuple[Any, ...]]:
    for placed in tree.placed.values():
        r = placed.record
        yield (r.id, r.parent_id, r.name, r.code, r.order, placed.path, placed.depth,
               placed.is_active, r.status, utc(r.updated_at), False)
    for t in tree.tombstones:
        yield (t.id, None, None, None, None, None, None, False, "deleted", utc(t.updated_at), True)


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    @asset(
        key=TABLE,
        group_name="directory",
        kinds=kinds,
        **sync_options(partitions_def),
        # switched off, the asset stays visible but has nothing to check
        check_specs=checks.specs(CHECKS) if settings.sync_departments else None,
        output_required=False,
        description="The department tree: one row per department with its path from the root "
                    "and depth; revoked subtrees inactive; gone departments soft-deleted.",
    )
    def department(context: AssetExecutionContext, config: SyncConfig,
                   officeflow: OfficeflowResource, store: StoreResource
                   ) -> Iterator[MaterializeResult]:
        if not settings.sync_departments:
            skipped(context, "FLOWSYNC_SYNC_DEPARTMENTS", "departments")
            return
        window = sync_window(context, config)
        report = StepReport(window)
        client = officeflow.client
        try:
            tree = resolve_tree(walk_departments(client))
            with store.step(context.run.run_id) as step:
                step.add_cases(TABLE, tree.cases)
                step.stage(TABLE, TABLE, ("id", *COLUMNS), department_rows(tree))
                report.merges.append(step.merge(
                    MergeSpec(TABLE, ("id",), COLUMNS, reconcile=True, touch_all=window.full,
                              preview=("id", "name", "path", "is_active", "status")),
                    step.staging_name(TABLE), store.guard(window.allow_mass_removal)))
                report.quarantine = step.record_quarantine(TABLE, dict.fromkeys(REASONS))
                evaluated = checks.evaluate(step, CHECKS, full=True)  # the tree is read whole
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        report.extra.update({
            "departments_listed": len(tree.placed) + len(tree.tombstones),
            "reached_twice": len(tree.reached_twice),
            "lister_mismatch": len(tree.lister_mismatch),
            "max_depth": max((p.depth for p in tree.placed.values()), default=0),
        })
        yield result(context, TABLE, report, evaluated,
                     client=client)

    return [department]
