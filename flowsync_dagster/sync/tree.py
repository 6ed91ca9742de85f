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
from flowsync_dagster.store.quarantine import QuarantineCase

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


class _Placement:
    """Departments sorted as the resolution goes: placed (path ids from the
    root, active) or refused (reason, detail)."""

    def __init__(self, walk: DepartmentWalk) -> None:
        self.records = walk.records
        self.live = {k: v for k, v in walk.records.items() if isinstance(v, Department)}
        self.placed: dict[str, tuple[list[str], bool]] = {
            walk.root.id: ([walk.root.id], walk.root.status == "active")}
        self.refused: dict[str, tuple[str, str]] = {}

    def settled(self, key: str) -> bool:
        return key in self.placed or key in self.refused

    def climb(self, start: str) -> list[str]:
        """Follow parent ids up from ``start`` until a settled department; the
        chain climbed, less what was refused on the way (a cycle, an orphan)."""
        chain: list[str] = []
        on_chain: set[str] = set()
        node = start
        while not self.settled(node):
            if node in on_chain:  # a cycle: from node's first visit to the chain's end
                at = chain.index(node)
                for member in chain[at:]:
                    self.refused[member] = ("department_cycle",
                                            "parent chain " + " -> ".join(chain[at:] + [node]))
                return chain[:at]
            chain.append(node)
            on_chain.add(node)
            parent = self.live[node].parent_id
            if parent is None or parent not in self.live:
                self.refused[node] = ("department_orphan", self._orphan_detail(parent))
                return chain[:-1]
            node = parent
        return chain

    def _orphan_detail(self, parent: str | None) -> str:
        if parent is None:
            return "no parent_id and not the root"
        if parent in self.records:
            return "its parent was deleted"
        return f"parent_id {parent} names no department"

    def unwind(self, chain: list[str]) -> None:
        """Each link of a climbed chain takes its parent's outcome, top down."""
        for member in reversed(chain):
            if member in self.refused:
                continue
            parent = self.live[member].parent_id
            assert parent is not None
            if parent in self.placed:
                path, active = self.placed[parent]
                self.placed[member] = ([*path, member],
                                       active and self.live[member].status == "active")
            else:
                self.refused[member] = ("department_orphan", f"ancestor {parent} could not be "
                                                             f"placed ({self.refused[parent][0]})")


def resolve_tree(walk: DepartmentWalk) -> DepartmentTree:
    sorting = _Placement(walk)
    for start in sorting.live:
        if not sorting.settled(start):
            sorting.unwind(sorting.climb(start))
    live, placed = sorting.live, sorting.placed
    cases = [QuarantineCase(b.source_key, "invalid_record", b.payload, b.error) for b in walk.bad]
    cases += [QuarantineCase(key, reason, _payload(live[key]), detail)
              for key, (reason, detail) in sorted(sorting.refused.items())]
    # placed under the parent its record names, not (only) under whoever listed it
    mismatch = sorted(k for k in placed if k != walk.root.id
                      and live[k].parent_id not in walk.listers.get(k, set()))
    return DepartmentTree(
        placed={k: PlacedDepartment(live[k], "/".join(path), len(path) - 1, active)
                for k, (path, active) in placed.items()},
        tombstones=[v for v in walk.records.values() if isinstance(v, Tombstone)],
        cases=cases,
        reached_twice=walk.reached_twice,
        lister_mismatch=mismatch,
    )
