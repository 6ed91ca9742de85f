"""Writes ``department``: the organisation tree, walked from the root.

The tree cannot be windowed, so every run reads all of it and reconciles:
a department the walk no longer finds is soft-deleted (within the removal
guard). Cycles, orphans and unparsable records are quarantined and their old
rows, if any, left as they were. The school's department rules (rename,
re-parent, map, merge, revoke, exclude) rewrite the walk before the tree is
resolved; what they move or leave out is kept in ``department_mapping`` for
the steps that write memberships.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import NamedTuple

from dagster import MetadataValue

from flowsync_dagster import checks
from flowsync_dagster.assets.step import SyncAsset, SyncStep
from flowsync_dagster.checks import QuarantineCheck, ReportCheck, SqlCheck
from flowsync_dagster.department_rules import RuledWalk, apply_rules
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.officeflow.tree import DepartmentTree, resolve_tree, walk_departments
from flowsync_dagster.store.merge import MergeSpec, StepWriter, row_columns
from flowsync_dagster.store.rules.department_mapping import replace_mapping

TABLE = "department"
REASONS = ("invalid_record", "department_cycle", "department_orphan")
RULES_UNMATCHED = "department_rules_unmatched"  # the report fact the rules check reads


class DepartmentRow(NamedTuple):
    id: str
    parent_id: str | None
    name: str | None
    code: str | None
    sort_order: int | None
    path: str | None
    depth: int | None
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


COLUMNS = row_columns(DepartmentRow)[1:]

CHECKS: tuple[checks.Check, ...] = (
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
    ReportCheck("department_rules_match", TABLE, RULES_UNMATCHED,
                "Every department rule of the school's settings names departments the source "
                "has (a rule that does not changes nothing; the run goes on)."),
)


def department_rows(tree: DepartmentTree) -> Iterator[DepartmentRow]:
    for placed in tree.placed.values():
        r = placed.record
        yield DepartmentRow(r.id, r.parent_id, r.name, r.code, r.order, placed.path,
                            placed.depth, placed.is_active, r.status, utc(r.updated_at), False)
    for t in tree.tombstones:
        yield DepartmentRow(t.id, None, None, None, None, None, None, False, "deleted",
                            utc(t.updated_at), True)


def rules_table(ruled: RuledWalk) -> str:
    """The rules applied and the departments each touched, for the run's metadata."""
    lines = ["| rule | departments | not applied |", "|---|---:|---|"]
    lines += [f"| {label.replace('|', '/')} | {count} | {problem} |"
              for label, count, problem in (e.row() for e in ruled.effects)]
    return "\n".join(lines)


def write(step: SyncStep, w: StepWriter) -> None:
    rules = step.policy.department_rules
    ruled = apply_rules(walk_departments(step.client), rules)
    tree = resolve_tree(ruled.walk)
    replace_mapping(w, ruled.mapping, ruled.mapped_by)
    w.add_cases(TABLE, tree.cases)
    w.stage_rows(TABLE, TABLE, DepartmentRow, department_rows(tree))
    step.merged(w.merge(MergeSpec(TABLE, ("id",), COLUMNS, reconcile=True,
                                  preview=("id", "name", "path", "is_active", "status")),
                        w.staging_name(TABLE), step.guard))
    report = step.report(TABLE)
    report.quarantine = w.record_quarantine(TABLE, dict.fromkeys(REASONS))
    report.extra.update({
        "departments_listed": len(tree.placed) + len(tree.tombstones),
        "reached_twice": len(tree.reached_twice),
        "lister_mismatch": len(tree.lister_mismatch),
        "max_depth": max((p.depth for p in tree.placed.values()), default=0),
        "department_rules": len(rules),
    })
    report.facts[RULES_UNMATCHED] = ruled.unmatched
    if rules:
        report.extra["department_rules_applied"] = MetadataValue.md(rules_table(ruled))
        report.extra["departments_mapped_or_excluded"] = len(ruled.mapping)


DEPARTMENTS = SyncAsset(name="department", tables=(TABLE,), write=write, checks=CHECKS,
                        whole_listing=True, switch="departments", description=__doc__ or "")
