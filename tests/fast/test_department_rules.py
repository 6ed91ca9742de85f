"""A school's department rules applied to a walked tree: pure, given the walk.

Each kind of rule once, then their order, a chain of them, and what is
reported when a rule names what the source lacks or the root. Path and depth
come from ``resolve_tree`` on the rewritten walk, so they follow the rules.
"""

from __future__ import annotations

import pytest

from flowsync_dagster.settings.rules import DepartmentRule, check_together, parse_rule
from flowsync_dagster.sync.department_rules import apply_rules
from flowsync_dagster.sync.tree import resolve_tree
from tests.fast.test_department_tree import ROOT, dept, walk

# 1
# |- A - A1 - A11
# |- B - B1
# |- C
TREE = (dept("A", ROOT), dept("A1", "A"), dept("A11", "A1"), dept("B", ROOT), dept("B1", "B"),
        dept("C", ROOT))


def rule(text: dict[str, object], number: int = 1) -> DepartmentRule:
    return parse_rule(text, number)


def placed(*rules: DepartmentRule) -> dict[str, tuple[str, int, bool, str]]:
    tree = resolve_tree(apply_rules(walk(*TREE), rules).walk)
    return {k: (p.path, p.depth, p.is_active, p.record.name) for k, p in tree.placed.items()}


def test_rename_changes_the_name_only() -> None:
    after = placed(rule({"rename": "A1", "name": "Academic Office"}))
    assert after["A1"] == ("1/A/A1", 2, True, "Academic Office")
    assert after["A11"][0] == "1/A/A1/A11"


def test_reparent_moves_the_subtree_and_its_paths_and_depths_follow() -> None:
    after = placed(rule({"reparent": "A1", "parent": "C"}))
    assert after["A1"][:2] == ("1/C/A1", 2)
    assert after["A11"][:2] == ("1/C/A1/A11", 3)
    assert after["A"][:2] == ("1/A", 1)


def test_map_writes_the_source_department_under_the_local_id() -> None:
    ruled = apply_rules(walk(*TREE), [rule({"map": "B1", "onto": "LOCAL-7"})])
    tree = resolve_tree(ruled.walk)
    assert "B1" not in tree.placed
    assert tree.placed["LOCAL-7"].path == "1/B/LOCAL-7"
    assert tree.placed["LOCAL-7"].record.name == "dept B1"
    assert ruled.mapping == {"B1": "LOCAL-7"}
    assert ruled.mapped_by == {"B1": "#1 map B1 onto LOCAL-7"}


def test_map_onto_a_department_the_source_has_keeps_that_ones_record() -> None:
    ruled = apply_rules(walk(*TREE), [rule({"map": "A1", "onto": "C"})])
    tree = resolve_tree(ruled.walk)
    assert tree.placed["C"].record.name == "dept C"
    assert tree.placed["A11"].path == "1/C/A11"  # A1's children hang from C now
    assert ruled.mapping == {"A1": "C"}


def test_merge_folds_departments_and_their_children_into_one() -> None:
    ruled = apply_rules(walk(*TREE), [rule({"merge": ["B", "C"], "into": "B"})])
    tree = resolve_tree(ruled.walk)
    assert "C" not in tree.placed and tree.placed["B1"].path == "1/B/B1"
    assert ruled.mapping == {"C": "B"}
    assert [e.departments for e in ruled.effects] == [1]


def test_revoke_makes_the_subtree_inactive_and_keeps_it() -> None:
    after = placed(rule({"revoke": "A1"}))
    assert after["A1"][2] is False and after["A11"][2] is False
    assert after["A"][2] is True
    assert apply_rules(walk(*TREE), [rule({"revoke": "A1"})]).effects[0].departments == 2


def test_exclude_leaves_the_subtree_out_and_maps_it_to_nothing() -> None:
    ruled = apply_rules(walk(*TREE), [rule({"exclude": "A"})])
    tree = resolve_tree(ruled.walk)
    assert set(tree.placed) == {ROOT, "B", "B1", "C"}
    assert tree.cases == []  # left out, not orphaned
    assert ruled.mapping == {"A": None, "A1": None, "A11": None}


def test_rules_apply_in_order_each_to_what_the_last_made() -> None:
    rules = [rule({"reparent": "B1", "parent": "A11"}, 1), rule({"exclude": "A1"}, 2)]
    ruled = apply_rules(walk(*TREE), rules)
    # B1 moved under A11 first, so leaving A1 out leaves B1 out too
    assert ruled.mapping == {"A1": None, "A11": None, "B1": None}


def test_what_was_mapped_follows_its_target_further() -> None:
    rules = [rule({"map": "B1", "onto": "A1"}, 1), rule({"merge": ["A", "A1"], "into": "A"}, 2)]
    ruled = apply_rules(walk(*TREE), rules)
    assert ruled.mapping == {"B1": "A", "A1": "A"}
    assert resolve_tree(ruled.walk).placed["A11"].path == "1/A/A11"


def test_a_rule_naming_what_the_source_lacks_changes_nothing_and_is_reported() -> None:
    ruled = apply_rules(walk(*TREE), [rule({"rename": "GONE", "name": "x"}, 1),
                                      rule({"merge": ["B", "GONE2"], "into": "B"}, 2)])
    assert resolve_tree(ruled.walk).placed.keys() == resolve_tree(walk(*TREE)).placed.keys()
    assert ruled.unmatched == ["#1 rename GONE -> name 'x': not in the source: GONE",
                               "#2 merge B, GONE2 into B: not in the source: GONE2"]


@pytest.mark.parametrize("text", [{"exclude": ROOT}, {"revoke": ROOT},
                                  {"map": ROOT, "onto": "L"}, {"reparent": ROOT, "parent": "A"}])
def test_the_root_cannot_be_moved_or_left_out(text: dict[str, object]) -> None:
    ruled = apply_rules(walk(*TREE), [rule(text)])
    assert set(resolve_tree(ruled.walk).placed) == {ROOT, *(d.id for d in TREE)}
    assert ruled.mapping == {} and "the root 1 cannot be" in ruled.unmatched[0]


@pytest.mark.parametrize(("text", "error"), [
    ({"rename": "A"}, "rename: needs name:"),
    ({"merge": "A", "into": "A"}, "merge: lists two or more departments"),
    ({"rename": "A", "exclude": "B", "name": "x"}, "names exactly one of"),
    ({"exclude": "A", "parent": "B"}, "exclude: unknown key 'parent'"),
    ({"map": "A", "onto": "A"}, "map: a department cannot be onto of itself"),
    ({"revoke": ""}, "revoke: a department's source id"),
    ("exclude A", "a rule is a mapping"),
])
def test_a_rule_that_cannot_be_read_says_why(text: object, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        parse_rule(text, 1)


def test_one_department_mapped_two_ways_is_refused() -> None:
    with pytest.raises(ValueError, match="rule #2 maps A1 again"):
        check_together([rule({"map": "A1", "onto": "L"}, 1),
                        rule({"merge": ["B", "A1"], "into": "B"}, 2)])


# ------------------------------------------------- rules that compose (issue 17.4)


def test_a_chain_of_maps_back_to_its_start_is_no_rule_at_all() -> None:
    rules = [rule({"map": "A1", "onto": "LOCAL1"}, 1), rule({"map": "LOCAL1", "onto": "A1"}, 2)]
    check_together(rules)  # loads
    ruled = apply_rules(walk(*TREE), rules)
    assert ruled.mapping == {}  # no membership moves: none ends
    assert placed(*rules) == placed()


@pytest.mark.parametrize(("texts", "error"), [
    ([{"reparent": "A", "parent": "B"}, {"reparent": "B", "parent": "A"}],
     "rules #1 and #2 make a cycle of parents: A under B under A"),
    ([{"reparent": "A", "parent": "B"}, {"reparent": "B", "parent": "C"},
      {"reparent": "C", "parent": "A"}],
     "rules #1 and #2 and #3 make a cycle of parents: A under B under C under A"),
    ([{"merge": ["A", "B"], "into": "A"}, {"reparent": "A", "parent": "B"}],
     "rule #2 reparent A under B puts A under itself once the maps and merges are applied"),
    ([{"map": "A", "onto": "L"}, {"reparent": "L", "parent": "A"}],
     "rule #2 reparent L under A puts L under itself"),
])
def test_a_rule_set_that_makes_a_cycle_is_refused_at_load(texts, error) -> None:
    with pytest.raises(ValueError, match=error):
        check_together([rule(t, n) for n, t in enumerate(texts, start=1)])


@pytest.mark.parametrize("text", [{"merge": ["A", "A1"], "into": "A1"},
                                  {"reparent": "A", "parent": "A11"},
                                  {"map": "A", "onto": "A1"}])
def test_a_move_under_ones_own_subtree_is_not_applied_and_is_reported(text) -> None:
    ruled = apply_rules(walk(*TREE), [rule(text)])
    assert ruled.mapping == {}
    assert placed(rule(text)) == placed()
    assert ruled.unmatched == [f"{rule(text).label()}: not applied: "
                               f"{rule(text).target} is in A's own subtree, so A would hang "
                               "under itself"]
