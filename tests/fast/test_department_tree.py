"""``resolve_tree``: placing a walked department tree, pure given the walk.

Every department is placed (path and depth from the root, inactive when it or
an ancestor is revoked), or refused: in a parent cycle, or an orphan (no
parent, an unknown or deleted parent, or an ancestor that could not be
placed). A record's own ``parent_id`` decides where it hangs, not the
department whose listing returned it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from flowsync_dagster.officeflow.models import BadRecord, Department, Tombstone
from flowsync_dagster.sync.tree import DepartmentWalk, resolve_tree

T = datetime(2026, 11, 27, 8, tzinfo=UTC)
ROOT = "1"


def dept(id_: str, parent: str | None, status: str = "active") -> Department:
    return Department(id=id_, parent_id=parent, name=f"dept {id_}", status=status,  # type: ignore[arg-type]
                      updated_at=T)


def walk(*records: Department | Tombstone, root: Department | None = None,
         listed_under: dict[str, str] | None = None) -> DepartmentWalk:
    """A walk in which each record was listed by its own parent, unless
    ``listed_under`` says another department listed it."""
    root = root or dept(ROOT, None)
    w = DepartmentWalk(root=root, records={root.id: root})
    for record in records:
        w.records[record.id] = record
        lister = (listed_under or {}).get(record.id, getattr(record, "parent_id", None) or ROOT)
        w.listers[record.id].add(lister)
    return w


def cases_by_key(tree: object) -> dict[str, tuple[str, str | None]]:
    return {c.source_key: (c.reason, c.detail) for c in tree.cases}  # type: ignore[attr-defined]


def test_paths_and_depths_run_from_the_root() -> None:
    tree = resolve_tree(walk(dept("A", ROOT), dept("B", "A"), dept("C", "B"), dept("D", ROOT)))
    assert {k: (p.path, p.depth, p.is_active) for k, p in tree.placed.items()} == {
        ROOT: ("1", 0, True),
        "A": ("1/A", 1, True),
        "B": ("1/A/B", 2, True),
        "C": ("1/A/B/C", 3, True),
        "D": ("1/D", 1, True),
    }
    assert tree.cases == [] and tree.lister_mismatch == []


def test_records_are_placed_whatever_order_the_walk_found_them_in() -> None:
    tree = resolve_tree(walk(dept("C", "B"), dept("B", "A"), dept("A", ROOT)))
    assert tree.placed["C"].path == "1/A/B/C"


def test_a_revoked_department_and_everything_under_it_are_inactive() -> None:
    tree = resolve_tree(walk(dept("A", ROOT, "revoked"), dept("B", "A"), dept("C", "B"),
                             dept("D", ROOT)))
    assert {k: p.is_active for k, p in tree.placed.items()} == {
        ROOT: True, "A": False, "B": False, "C": False, "D": True}
    assert tree.placed["C"].path == "1/A/B/C"  # still placed, with its path
    assert tree.cases == []


def test_a_revoked_root_makes_the_whole_tree_inactive() -> None:
    tree = resolve_tree(walk(dept("A", ROOT), root=dept(ROOT, None, "revoked")))
    assert not tree.placed[ROOT].is_active and not tree.placed["A"].is_active


def test_a_parent_cycle_is_refused_and_what_hangs_from_it_is_an_orphan() -> None:
    tree = resolve_tree(walk(dept("A", ROOT), dept("X", "Y"), dept("Y", "Z"), dept("Z", "X"),
                             dept("UNDER", "Y")))
    assert set(tree.placed) == {ROOT, "A"}
    cases = cases_by_key(tree)
    assert {k: reason for k, (reason, _) in cases.items()} == {
        "X": "department_cycle", "Y": "department_cycle", "Z": "department_cycle",
        "UNDER": "department_orphan"}
    assert cases["X"][1] == "parent chain X -> Y -> Z -> X"
    assert cases["UNDER"][1] == "ancestor Y could not be placed (department_cycle)"


def test_a_department_that_is_its_own_parent_is_a_cycle() -> None:
    tree = resolve_tree(walk(dept("S", "S")))
    assert cases_by_key(tree) == {"S": ("department_cycle", "parent chain S -> S")}


def test_an_unknown_parent_makes_an_orphan_and_orphans_its_subtree() -> None:
    tree = resolve_tree(walk(dept("O", "NOWHERE"), dept("P", "O")))
    assert cases_by_key(tree) == {
        "O": ("department_orphan", "parent_id NOWHERE names no department"),
        "P": ("department_orphan", "ancestor O could not be placed (department_orphan)"),
    }
    assert set(tree.placed) == {ROOT}


def test_a_department_without_a_parent_that_is_not_the_root_is_an_orphan() -> None:
    tree = resolve_tree(walk(dept("N", None)))
    assert cases_by_key(tree) == {"N": ("department_orphan", "no parent_id and not the root")}


def test_a_child_of_a_deleted_department_is_an_orphan() -> None:
    gone = Tombstone(id="G", status="deleted", updated_at=T)
    tree = resolve_tree(walk(gone, dept("K", "G")))
    assert cases_by_key(tree) == {"K": ("department_orphan", "its parent was deleted")}
    assert tree.tombstones == [gone]


def test_a_records_own_parent_id_wins_over_the_department_that_listed_it() -> None:
    tree = resolve_tree(walk(dept("A", ROOT), dept("B", ROOT), dept("M", "B"),
                             listed_under={"M": "A"}))
    assert tree.placed["M"].path == "1/B/M"
    assert tree.lister_mismatch == ["M"]
    assert tree.cases == []


def test_a_department_reached_under_two_listers_is_reported() -> None:
    w = walk(dept("A", ROOT), dept("B", ROOT), dept("M", "B"))
    w.listers["M"].add("A")
    tree = resolve_tree(w)
    assert tree.reached_twice == ["M"]
    assert tree.placed["M"].path == "1/B/M" and tree.lister_mismatch == []


def test_bad_records_of_the_walk_become_invalid_record_cases() -> None:
    w = walk(dept("A", ROOT))
    w.bad.append(BadRecord("D9", "Object missing required field `status`", '{"id": "D9"}'))
    tree = resolve_tree(w)
    assert cases_by_key(tree) == {"D9": ("invalid_record", "Object missing required field "
                                                           "`status`")}
    assert set(tree.placed) == {ROOT, "A"}


def test_refused_cases_carry_the_record_as_payload() -> None:
    tree = resolve_tree(walk(dept("O", "NOWHERE")))
    (case,) = tree.cases
    assert '"id":"O"' in case.payload and '"parent_id":"NOWHERE"' in case.payload
