"""A school's department rules end to end: simulator over HTTP -> Dagster run
-> PostgreSQL. One test per kind of rule, then a rule that names what the
source lacks. The tree (2,000 users):

    1 - D00001 - D00004 - D00013, D00014, D00015
      |        - D00005 (revoked) - D00016, D00017, D00018
      |        - D00006 - D00019
      - D00002 - D00007, D00008, D00009
      - D00003 - D00010, D00011, D00012
"""

from __future__ import annotations

from typing import Any

import pytest

from flowsync_dagster.settings.rules import parse_rule
from tests import helpers
from tests.helpers import check_results, full, metadata, one, rows

SELECT = ["department", "app_user", "user_department", "post", "post_member"]


@pytest.fixture(autouse=True)
def school(simulator):
    simulator.reset(users=2000)


def sync(simulator, pg_url, schema, *rules: dict[str, Any], tags: dict[str, str] | None = None,
         partition: str | None = helpers.PARTITION):
    parsed = tuple(parse_rule(r, n) for n, r in enumerate(rules, start=1))
    return helpers.run_assets(simulator.url, pg_url, schema, select=SELECT, partition=partition,
                              tags=full() if tags is None else tags,
                              settings_overrides={"department_rules": parsed})


def departments(url, schema):
    return {r[0]: r[1:] for r in rows(url, schema, "SELECT id, parent_id, name, path, depth, "
                                                    "is_active, status FROM {department}")}


def members(url, schema, department, active=True):
    return {r[0] for r in rows(url, schema, f"SELECT user_id FROM {{user_department}} WHERE "
                                            f"department_id = '{department}' AND "
                                            f"is_active = {str(active).upper()}")}


def source_members(simulator, department):
    """The active users the source lists in ``department``."""
    found = simulator.dataset.user_listing(None, None).page(0, 10**7)
    return {u.get("id") for u in found if u.get("status") == "active"
            and department in (u.get("department_ids") or ())}


def post_members(url, schema, department):
    return one(url, schema, f"SELECT count(*) FROM {{post_member}} WHERE is_active AND "
                            f"department_id = '{department}'")


def test_rename_changes_the_name_and_nothing_else(simulator, pg_url, schema_name):
    result = sync(simulator, pg_url, schema_name, {"rename": "D00013", "name": "Class 13"})
    assert result.success
    tree = departments(pg_url, schema_name)
    assert tree["D00013"] == ("D00004", "Class 13", "1/D00001/D00004/D00013", 3, True, "active")
    assert tree["D00014"][1] == "14班"
    assert members(pg_url, schema_name, "D00013") == source_members(simulator, "D00013")
    assert metadata(result, "department")["department_rules_applied"].count("| 1 |") == 1


def test_reparent_moves_the_subtree_and_its_paths_and_depths_follow(simulator, pg_url,
                                                                     schema_name):
    result = sync(simulator, pg_url, schema_name, {"reparent": "D00004", "parent": "D00002"})
    assert result.success  # the blocking check department_tree_consistent passed
    assert check_results(result)["department_tree_consistent"].passed
    tree = departments(pg_url, schema_name)
    assert tree["D00004"][0] == "D00002" and tree["D00004"][2:4] == ("1/D00002/D00004", 2)
    assert tree["D00013"][2:4] == ("1/D00002/D00004/D00013", 3)
    assert tree["D00001"][2:4] == ("1/D00001", 1)


def test_map_writes_a_source_department_as_a_local_one_with_its_members(simulator, pg_url,
                                                                        schema_name):
    assert sync(simulator, pg_url, schema_name).success  # before the rule
    before = members(pg_url, schema_name, "D00019")
    posts_before = post_members(pg_url, schema_name, "D00019")
    assert before == source_members(simulator, "D00019") and posts_before > 0

    result = sync(simulator, pg_url, schema_name, {"map": "D00019", "onto": "LOCAL-19"})
    assert result.success
    tree = departments(pg_url, schema_name)
    assert tree["LOCAL-19"] == ("D00006", "19班", "1/D00001/D00006/LOCAL-19", 3, True, "active")
    assert tree["D00019"][4] is False  # the source id's row: soft-deleted, kept as history
    assert members(pg_url, schema_name, "LOCAL-19") == before
    assert not members(pg_url, schema_name, "D00019")
    assert before <= members(pg_url, schema_name, "D00019", active=False)  # ended: history
    assert post_members(pg_url, schema_name, "LOCAL-19") == posts_before
    assert rows(pg_url, schema_name, "SELECT source_id, department_id, rule FROM "
                                     f"{schema_name}.department_mapping") == [
        ("D00019", "LOCAL-19", "#1 map D00019 onto LOCAL-19")]
    # every staged membership of D00019 (disabled users' too) moved, by that rule
    moved = one(pg_url, schema_name, "SELECT count(*) FROM {user_department} WHERE "
                                     "department_id = 'LOCAL-19'")
    assert moved > len(before)
    assert metadata(result, "user_department")["department_rules_memberships"] == {
        "#1 map D00019 onto LOCAL-19": moved}
    assert metadata(result, "post_member")["department_rules_memberships"] == {
        "#1 map D00019 onto LOCAL-19": one(pg_url, schema_name, "SELECT count(*) FROM "
                                       "{post_member} WHERE department_id = 'LOCAL-19'")}


def test_merge_folds_a_department_into_another_and_its_members_follow_every_hour(
        simulator, pg_url, schema_name):
    assert sync(simulator, pg_url, schema_name).success
    both = members(pg_url, schema_name, "D00013") | members(pg_url, schema_name, "D00014")
    merge = {"merge": ["D00013", "D00014"], "into": "D00013"}

    assert sync(simulator, pg_url, schema_name, merge).success
    tree = departments(pg_url, schema_name)
    assert tree["D00013"][4] is True and tree["D00014"][4] is False
    assert members(pg_url, schema_name, "D00013") == both
    assert not members(pg_url, schema_name, "D00014")

    # an hourly run applies the rule to the hour's users too: a user moved into
    # D00014 in this hour is a member of D00013
    mover = next(u for u in simulator.dataset.user_listing(None, None).page(0, 10**7)
                 if u.get("status") == "active" and u["id"] not in both)
    simulator.inject("/users", [{**mover, "department_ids": ["D00014", "D00007"],
                                 "updated_at": "2026-11-27T01:30:00Z"}])
    hour = sync(simulator, pg_url, schema_name, merge, tags={}, partition="2026-11-27-09:00")
    assert hour.success and metadata(hour, "app_user")["mode"] == "incremental"
    assert mover["id"] in members(pg_url, schema_name, "D00013")
    assert not members(pg_url, schema_name, "D00014")
    assert departments(pg_url, schema_name)["D00014"][4] is False


def test_revoke_keeps_the_subtree_inactive_and_its_memberships_as_they_were(
        simulator, pg_url, schema_name):
    assert sync(simulator, pg_url, schema_name).success
    before = members(pg_url, schema_name, "D00019")
    result = sync(simulator, pg_url, schema_name, {"revoke": "D00006"})
    assert result.success
    tree = departments(pg_url, schema_name)
    assert tree["D00006"][4:] == (False, "revoked") and tree["D00019"][4] is False
    assert tree["D00019"][2] == "1/D00001/D00006/D00019"  # kept where it was
    assert members(pg_url, schema_name, "D00019") == before


def test_exclude_leaves_a_subtree_and_its_memberships_out(simulator, pg_url, schema_name):
    result = sync(simulator, pg_url, schema_name, {"exclude": "D00006"})
    assert result.success
    tree = departments(pg_url, schema_name)
    assert "D00006" not in tree and "D00019" not in tree and "D00001" in tree
    assert one(pg_url, schema_name, "SELECT count(*) FROM {user_department} WHERE "
                                    "department_id IN ('D00006', 'D00019')") == 0
    assert post_members(pg_url, schema_name, "D00019") == 0
    assert members(pg_url, schema_name, "D00013") == source_members(simulator, "D00013")
    assert metadata(result, "department")["departments_mapped_or_excluded"] == 2


def test_a_rule_naming_a_department_the_source_lacks_warns_and_changes_nothing(
        simulator, pg_url, schema_name):
    result = sync(simulator, pg_url, schema_name, {"rename": "D99999", "name": "gone"},
                  {"rename": "D00013", "name": "Class 13"})
    assert result.success
    check = check_results(result)["department_rules_match"]
    assert not check.passed and check.severity.value == "WARN"
    assert "#1 rename D99999" in check.metadata["keys"].value
    assert departments(pg_url, schema_name)["D00013"][1] == "Class 13"
    applied = metadata(result, "department")["department_rules_applied"]
    assert "not in the source: D99999" in applied
