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

from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import NamedTuple

from dagster import MetadataValue

from flowsync_dagster.officeflow.models import Department, Tombstone, utc
from flowsync_dagster.store.entity import EntityTable
from flowsync_dagster.store.merge import MergeSpec, StepWriter
from flowsync_dagster.store.rules.department_mapping import replace_mapping
from flowsync_dagster.store.rules.departments import StoredDepartment, stored_departments
from flowsync_dagster.sync import checks
from flowsync_dagster.sync.checks import QuarantineCheck, ReportCheck, SqlCheck
from flowsync_dagster.sync.department_rules import RuledWalk, apply_rules
from flowsync_dagster.sync.step import SyncAsset, SyncStep
from flowsync_dagster.sync.tree import (
    DepartmentItem,
    DepartmentTree,
    DepartmentWalk,
    resolve_tree,
    walk_departments,
)

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


DEPARTMENT = EntityTable(
    TABLE, "directory",
    "The school's organisation tree (colleges, departments, offices, classes): one row "
    "per department with its path from the root and its depth. A revoked department and "
    "everything under it stay, inactive; a department gone from Officeflow is kept with "
    "removed_at set.",
    key=("id",), row=DepartmentRow)

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
                "has and was applied (a rule that names what the source lacks, or would hang a "
                "department under its own subtree, changes nothing; the run goes on)."),
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


def newest_versions(walk: DepartmentWalk, stored: Mapping[str, StoredDepartment]
                    ) -> tuple[DepartmentWalk, int]:
    """The walk with each record older than its stored row replaced by what the
    store holds (a source restored from a backup, a lagging replica): a stale
    record is skipped, never absent, and the tree is resolved from the versions
    that will stand, so a child's path follows the parent row that stays.
    Returns the walk and how many records were stale."""
    records: dict[str, DepartmentItem] = {}
    stale = 0
    for key, record in walk.records.items():
        row = stored.get(key)
        if row is None or row.source_updated_at is None or \
                utc(record.updated_at) >= row.source_updated_at:  # type: ignore[operator]
            records[key] = record
            continue
        stale += 1
        if row.removed or row.status not in ("active", "revoked"):
            records[key] = Tombstone(id=key, status="deleted", updated_at=row.source_updated_at)
        else:
            records[key] = Department(
                id=key, parent_id=row.parent_id, name=row.name or "", code=row.code,
                order=row.sort_order or 0, status=row.status,  # type: ignore[arg-type]
                updated_at=row.source_updated_at)
    if not stale:
        return walk, 0
    root = records[walk.root.id]
    return replace(walk, root=root if isinstance(root, Department) else walk.root,
                   records=records), stale


def write(step: SyncStep, w: StepWriter) -> None:
    rules = step.policy.department_rules
    ruled = apply_rules(walk_departments(step.client), rules)
    w.lock()  # the stored versions must not change between this look and the merge
    walk, stale = (ruled.walk, 0) if step.window.accept_older else \
        newest_versions(ruled.walk, stored_departments(w))
    tree = resolve_tree(walk)
    replace_mapping(w, ruled.mapping, ruled.mapped_by)
    w.add_cases(TABLE, tree.cases)
    w.stage_rows(TABLE, TABLE, DepartmentRow, department_rows(tree))
    merged = w.merge(MergeSpec(TABLE, DEPARTMENT.key, DEPARTMENT.written, reconcile=True,
                               preview=("id", "name", "path", "is_active", "status")),
                     w.staging_name(TABLE), step.guard)
    step.merged(replace(merged, stale_skipped=merged.stale_skipped + stale))
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


DEPARTMENTS = SyncAsset(name="department", writes=(DEPARTMENT,), write=write, checks=CHECKS,
                        whole_listing=True, switch="departments", description=__doc__ or "")
