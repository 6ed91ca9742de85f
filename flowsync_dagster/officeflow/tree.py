"""The department tree: walked level by level, then resolved.

The API has no "all departments" call, so the walk lists each level's
children concurrently (bounded by the client). A record's own ``parent_id``
is authoritative; the lister only says where to look next. Resolution then
sorts every department into: placed in the tree (path and depth from the
root, inactive when it or an ancestor is revoked), in a parent cycle, or
orphaned (its parent is unknown, deleted, or itself not placed).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import msgspec

from flowsync_dagster.officeflow.client import OfficeflowClient, OfficeflowError
from flowsync_dagster.officeflow.models import (
    DEPARTMENT,
    BadRecord,
    Department,
    Page,
    Tombstone,
)
from flowsync_dagster.quarantine import QuarantineCase

DepartmentItem = Department | Tombstone


@dataclass(frozen=True)
class PlacedDepartment:
    record: Department
    path: str
    depth: int
    is_active: bool


@dataclass
class DepartmentWalk:
    root: Department
    records: dict[str, DepartmentItem] = field(default_factory=dict)
    listers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    bad: list[BadRecord] = field(default_factory=list)

    @property
    def reached_twice(self) -> list[str]:
        return sorted(k for k, v in self.listers.items() if len(v) > 1)


@dataclass(frozen=True)
class DepartmentTree:
    placed: dict[str, PlacedDepartment]
    tombstones: list[Tombstone]
    cases: list[QuarantineCase]
    reached_twice: list[str]
    lister_mismatch: list[str]


def walk_departments(client: OfficeflowClient) -> DepartmentWalk:
    root_page = client.get_one("/departments/root", DEPARTMENT)
    if not root_page.records or not isinstance(root_page.records[0], Department):
        detail = root_page.bad[0].error if root_page.bad else "a deleted record"
        raise OfficeflowError(f"GET /api/v4/departments/root failed: the root is invalid ({detail})")
    root = root_page.records[0]
    walk = DepartmentWalk(root=root, records={root.id: root})
    listed = {root.id}
    frontier = [root.id]

    def children(parent_id: str) -> list[Page[DepartmentItem]]:
        return list(client.iter_pages("/departments", DEPARTMENT, {"parent_id": parent_id}))

    while frontier:
        next_level: list[str] = []
        for parent_id, pages in client.fan_out(children, frontier):
            for page in pages:
                walk.bad.extend(page.bad)
                for record in page.records:
                    walk.listers[record.id].add(parent_id)
                    known = walk.records.get(record.id)
                    if known is None or record.updated_at > known.updated_at:
                        walk.records[record.id] = record
                    if record.id not in listed:
                        listed.add(record.id)
                        next_level.append(record.id)
        frontier = sorted(next_level)
    return walk


def _payload(record: DepartmentItem) -> str:
    return msgspec.json.encode(record).decode()


def resolve_tree(walk: DepartmentWalk) -> DepartmentTree:
    records = walk.records
    root_id = walk.root.id
    live = {k: v for k, v in records.items() if isinstance(v, Department)}
    tombstones = [v for v in records.values() if isinstance(v, Tombstone)]
    # (path ids, active) for placed departments; a reason string for the rest
    placed: dict[str, tuple[list[str], bool]] = {root_id: ([root_id], walk.root.status == "active")}
    refused: dict[str, tuple[str, str]] = {}

    for start in live:
        if start in placed or start in refused:
            continue
        chain: list[str] = []
        on_chain: set[str] = set()
        node = start
        while True:
            if node in placed or node in refused:
                break
            if node in on_chain:  # a cycle: from node's first visit to the chain's end
                at = chain.index(node)
                for member in chain[at:]:
                    refused[member] = ("department_cycle",
                                       "parent chain " + " -> ".join(chain[at:] + [node]))
                chain = chain[:at]
                break
            chain.append(node)
            on_chain.add(node)
            parent = live[node].parent_id
            if parent is None:
                refused[node] = ("department_orphan", "no parent_id and not the root")
                chain.pop()
                break
            if parent not in live:
                why = ("its parent was deleted" if parent in records
                       else f"parent_id {parent} names no department")
                refused[node] = ("department_orphan", why)
                chain.pop()
                break
            node = parent
        # unwind: each link takes its parent's outcome
        for member in reversed(chain):
            if member in refused:
                continue
            parent = live[member].parent_id
            assert parent is not None
            if parent in placed:
                path, active = placed[parent]
                placed[member] = ([*path, member], active and live[member].status == "active")
            else:
                refused[member] = ("department_orphan",
                                   f"ancestor {parent} could not be placed ({refused[parent][0]})")

    cases = [QuarantineCase(b.source_key, "invalid_record", b.payload, b.error) for b in walk.bad]
    cases += [QuarantineCase(key, reason, _payload(live[key]), detail)
              for key, (reason, detail) in sorted(refused.items())]
    # placed under the parent its record names, not (only) under whoever listed it
    mismatch = sorted(k for k in placed if k != root_id
                      and live[k].parent_id not in walk.listers.get(k, set()))
    return DepartmentTree(
        placed={k: PlacedDepartment(live[k], "/".join(path), len(path) - 1, active)
                for k, (path, active) in placed.items()},
        tombstones=tombstones,
        cases=cases,
        reached_twice=walk.reached_twice,
        lister_mismatch=mismatch,
    )
