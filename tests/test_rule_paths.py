"""The paths the second round's rules opened that no test named (issue 17),
each shown with real runs against PostgreSQL and the simulator over HTTP:

1. a source that lists a record in an older version than the store holds (a
   restored backup, a lagging replica): skipped, never absent;
2. an OpenID the source moves from one person to another follows it;
3. an extension field that changes type quarantines the field, not the users;
4. department rules that compose (a chain back to its start is no rule; a
   cycle or a move under one's own subtree is refused);
5. a late change just before a gap of hours is read by the catch-up;
6. a member list that answered 404 does not resolve its cases;
7. a retry of a killed run is never judged dead by its parent's lock.

Every successful run here is run twice and must leave the same state
(tests/helpers.run_assets).
"""

from __future__ import annotations

from tests.helpers import (
    check_results,
    full,
    metadata,
    one,
    open_cases,
    rows,
    run_assets,
    step_failure,
)

ROOT_ID = "1"
HOUR_2 = "2026-11-27-09:00"  # [01:00Z, 02:00Z)


def sync(simulator, url, schema, **kwargs):
    return run_assets(simulator.url, url, schema, **kwargs)


def children(simulator, parent: str) -> list[dict]:
    return [dict(d) for d in simulator.dataset.department_children(parent).page(0, 10**6)]


def department(url, schema, key):
    return rows(url, schema, "SELECT name, parent_id, path, is_active, removed_at IS NULL, "
                f"source_updated_at FROM {{department}} WHERE id = '{key}'")[0]


# ------------------------------------------------------ 1. stale, not absent


def test_a_department_restored_to_an_older_version_is_skipped_never_removed(
        simulator, pg_url, schema_name):
    original = children(simulator, ROOT_ID)
    d2 = next(d for d in original if d["id"] == "D00002")
    # the source moves D00002 under D00001 and renames it (newer): the store follows
    moved = {**d2, "parent_id": "D00001", "name": "数学与统计学院",
             "updated_at": "2026-11-27T00:30:00Z"}
    simulator.inject("/departments", [d for d in original if d["id"] != "D00002"],
                     mode="replace", parent_id=ROOT_ID)
    simulator.inject("/departments", [*children(simulator, "D00001"), moved], mode="replace",
                     parent_id="D00001")
    assert sync(simulator, pg_url, schema_name, select=["department"], tags=full()).success
    assert department(pg_url, schema_name, "D00002")[:3] == ("数学与统计学院", "D00001",
                                                             "1/D00001/D00002")
    # then the source is restored from last night's backup: the older D00002,
    # under the root, with its old name
    simulator.clear_injections()
    for run in ({"partition": HOUR_2}, {"tags": full()}, {"partition": "2026-11-27-08:00"}):
        result = sync(simulator, pg_url, schema_name, select=["department"], **run)
        assert result.success, step_failure(result)
        name, parent, path, active, present, _ = department(pg_url, schema_name, "D00002")
        assert (name, parent, path, active, present) == ("数学与统计学院", "D00001",
                                                         "1/D00001/D00002", True, True)
        assert check_results(result)["department_tree_consistent"].passed
        meta = metadata(result, "department")
        assert meta["stale_skipped"] == 1 and meta["removed"] == 0
        assert "rerun with the run tag flowsync/accept_older=true" in meta["stale_skipped_note"]
        # its children hang under the row that stays
        assert one(pg_url, schema_name, "SELECT count(*) FROM {department} WHERE "
                                        "parent_id = 'D00002' AND is_active AND path NOT LIKE "
                                        "'1/D00001/D00002/%'") == 0
    # the operator means the restore: one run follows the source's older versions
    accepted = sync(simulator, pg_url, schema_name, select=["department"], tags=full(
        **{"flowsync/accept_older": "true"}))
    assert accepted.success, step_failure(accepted)
    assert department(pg_url, schema_name, "D00002")[:4] == (d2["name"], ROOT_ID, "1/D00002",
                                                             True)
    assert check_results(accepted)["department_tree_consistent"].passed


def test_a_post_a_full_listing_carries_in_an_older_version_is_not_removed(
        simulator, pg_url, schema_name):
    listing = [dict(p) for p in simulator.dataset.post_listing(None, None).page(0, 10**6)]
    newer = {**listing[0], "name": "新名称", "updated_at": "2026-11-27T00:30:00Z"}
    simulator.inject("/posts", [newer, *listing[1:]], mode="replace")
    assert sync(simulator, pg_url, schema_name, select=["post", "post_member"],
                tags=full()).success
    simulator.clear_injections()  # restored: the post's older version
    result = sync(simulator, pg_url, schema_name, select=["post", "post_member"], tags=full())
    assert result.success, step_failure(result)
    stored = rows(pg_url, schema_name, "SELECT name, is_active, removed_at FROM {post} WHERE "
                                       f"id = '{newer['id']}'")
    assert stored == [("新名称", newer["status"] == "enabled", None)]
    assert metadata(result, "post")["stale_skipped"] == 1


# ------------------------------------------------------ 2. an OpenID moves


def binding(user: dict, openid: str, updated: str, status: str = "active") -> dict:
    return {"platform": "wechat", "openid": openid, "user_id": user["id"],
            "username": user["username"], "status": status, "updated_at": updated}


def openid_row(url, schema, openid):
    return rows(url, schema, "SELECT user_id, is_active, removed_at IS NULL FROM {user_openid} "
                f"WHERE platform = 'wechat' AND openid = '{openid}'")


def wechat_without(simulator, openid: str) -> list[dict]:
    """The wechat listing as generated, less the pair's bindings."""
    listing = simulator.dataset.openid_listing("wechat", None, None).page(0, 10**7)
    return [dict(b) for b in listing if b.get("openid") != openid]


def two_people(simulator, url, schema):
    """A bound pair (its owner A) and another active person B with another username."""
    openid, owner = rows(url, schema, "SELECT openid, user_id FROM {user_openid} WHERE "
                         "platform = 'wechat' AND is_active AND openid LIKE 'owe%' ORDER BY openid "
                         "LIMIT 1")[0]
    ds = simulator.dataset
    users = [ds.user(i) for i in range(ds.users.size)]
    a = next(u for u in users if u["id"] == owner)
    b = next(u for u in users if u.get("status") == "active" and u["id"] != owner
             and u["username"] != a["username"])
    return openid, a, b


def test_an_openid_the_source_moves_in_one_listing_follows_it(simulator, pg_url, schema_name):
    assert sync(simulator, pg_url, schema_name, select=["user_openid"], tags=full()).success
    openid, a, b = two_people(simulator, pg_url, schema_name)
    # one listing: A's binding ended, B's live; both newer than the stored row
    simulator.inject("/openids", [*wechat_without(simulator, openid),
                                  binding(a, openid, "2026-11-27T01:20:00Z", "deleted"),
                                  binding(b, openid, "2026-11-27T01:30:00Z")],
                     mode="replace", platform="wechat")
    for run in ({"partition": HOUR_2}, {"tags": full()}):
        result = sync(simulator, pg_url, schema_name, select=["user_openid"], **run)
        assert result.success, step_failure(result)
        assert openid_row(pg_url, schema_name, openid) == [(b["id"], True, True)]
        cases = open_cases(pg_url, schema_name, "user_openid")
        assert f"wechat:{openid}" not in cases, cases.get(f"wechat:{openid}")
        assert metadata(result, "user_openid")["rebindings_refused"] == 0


def test_an_openid_moved_after_its_owners_tombstone_in_an_earlier_run_follows_it(
        simulator, pg_url, schema_name):
    assert sync(simulator, pg_url, schema_name, select=["user_openid"], tags=full()).success
    openid, a, b = two_people(simulator, pg_url, schema_name)
    ended = binding(a, openid, "2026-11-27T01:20:00Z", "deleted")
    simulator.inject("/openids", [*wechat_without(simulator, openid), ended],
                     mode="replace", platform="wechat")
    assert sync(simulator, pg_url, schema_name, select=["user_openid"], partition=HOUR_2).success
    assert openid_row(pg_url, schema_name, openid) == [(a["id"], False, False)]
    simulator.inject("/openids", [*wechat_without(simulator, openid), ended,
                                  binding(b, openid, "2026-11-27T02:30:00Z")],
                     mode="replace", platform="wechat")
    result = sync(simulator, pg_url, schema_name, select=["user_openid"],
                  partition="2026-11-27-10:00")
    assert result.success, step_failure(result)
    assert openid_row(pg_url, schema_name, openid) == [(b["id"], True, True)]


def test_a_rebinding_without_the_owners_tombstone_stays_refused(simulator, pg_url,
                                                                schema_name):
    assert sync(simulator, pg_url, schema_name, select=["user_openid"], tags=full()).success
    openid, a, b = two_people(simulator, pg_url, schema_name)
    # someone else's tombstone is no evidence: only the stored owner's is
    c = next(u for u in (simulator.dataset.user(i) for i in range(40, 400))
             if u["id"] not in (a["id"], b["id"]) and u.get("username") not in
             (a["username"], b["username"]))
    simulator.inject("/openids", [*wechat_without(simulator, openid),
                                  binding(c, openid, "2026-11-27T01:20:00Z", "deleted"),
                                  binding(b, openid, "2026-11-27T01:30:00Z")],
                     mode="replace", platform="wechat")
    result = sync(simulator, pg_url, schema_name, select=["user_openid"], partition=HOUR_2)
    assert result.success
    assert openid_row(pg_url, schema_name, openid) == [(a["id"], True, True)]
    assert metadata(result, "user_openid")["rebindings_refused"] == 1


def a_pair_listed_for_two(simulator, url, schema) -> tuple[str, list[dict], dict, dict]:
    """A full resync that finds a new pair listed live for A (stamped long ago)
    and B (stamped in HOUR_2): quarantined, bound to no one. Returns the pair's
    openid, the wechat listing without it, A and B."""
    assert sync(simulator, url, schema, select=["user_openid"], tags=full()).success
    _, a, b = two_people(simulator, url, schema)
    openid = "owe-listed-twice"
    listing = wechat_without(simulator, openid)
    simulator.inject("/openids", [*listing, binding(a, openid, "2026-11-20T08:00:00Z"),
                                  binding(b, openid, "2026-11-27T01:30:00Z")],
                     mode="replace", platform="wechat")
    assert sync(simulator, url, schema, select=["user_openid"], tags=full()).success
    assert openid_row(url, schema, openid) == []
    return openid, listing, a, b


def test_an_hour_after_a_listing_bound_a_pair_to_two_people_binds_neither(
        simulator, pg_url, schema_name):
    """Found by the model (test_model.py): a full listing binds a new pair to A
    (stamped long ago) and to B (stamped in the next hour); the hour sees only
    B's binding. Unfixed, it bound the pair to B and resolved the case while
    the source still listed A. Only a full resync decides it."""
    openid, listing, a, b = a_pair_listed_for_two(simulator, pg_url, schema_name)
    result = sync(simulator, pg_url, schema_name, select=["user_openid"], partition=HOUR_2)
    assert result.success, step_failure(result)
    assert openid_row(pg_url, schema_name, openid) == []
    cases = open_cases(pg_url, schema_name, "user_openid", "openid_conflict")
    assert f"wechat:{openid}" in cases, "the hour resolved a conflict it could not see end"
    assert metadata(result, "user_openid")["conflicting_bindings_held"] == 1
    # the source ends A's binding: an hour sees the tombstone, but not whether a
    # third person still holds the pair; the full resync sees everything
    simulator.inject("/openids", [*listing, binding(a, openid, "2026-11-27T02:20:00Z", "deleted"),
                                  binding(b, openid, "2026-11-27T01:30:00Z")],
                     mode="replace", platform="wechat")
    result = sync(simulator, pg_url, schema_name, select=["user_openid"],
                  partition="2026-11-27-10:00")
    assert result.success, step_failure(result)
    assert openid_row(pg_url, schema_name, openid) == []
    assert f"wechat:{openid}" in open_cases(pg_url, schema_name, "user_openid")
    result = sync(simulator, pg_url, schema_name, select=["user_openid"], tags=full())
    assert result.success, step_failure(result)
    assert openid_row(pg_url, schema_name, openid) == [(b["id"], True, True)]
    assert f"wechat:{openid}" not in open_cases(pg_url, schema_name, "user_openid")


def test_a_third_persons_tombstone_does_not_end_a_pair_listed_for_two(
        simulator, pg_url, schema_name):
    """Found in review: counting any tombstone of the pair as the conflict's end
    bound it to B in an hour while the source still listed A."""
    openid, listing, a, b = a_pair_listed_for_two(simulator, pg_url, schema_name)
    c = next(u for u in (simulator.dataset.user(i) for i in range(40, 400))
             if u["id"] not in (a["id"], b["id"]) and u.get("username") not in
             (a["username"], b["username"]))
    simulator.inject("/openids", [*listing, binding(a, openid, "2026-11-20T08:00:00Z"),
                                  binding(c, openid, "2026-11-27T01:20:00Z", "deleted"),
                                  binding(b, openid, "2026-11-27T01:30:00Z")],
                     mode="replace", platform="wechat")
    result = sync(simulator, pg_url, schema_name, select=["user_openid"], partition=HOUR_2)
    assert result.success, step_failure(result)
    assert openid_row(pg_url, schema_name, openid) == []
    assert f"wechat:{openid}" in open_cases(pg_url, schema_name, "user_openid", "openid_conflict")


# ---------------------------------------------- 3. a field changes its type


def test_a_field_whose_type_changes_quarantines_the_field_and_the_users_keep_syncing(
        simulator, pg_url, schema_name):
    from flowsync_dagster.simulator.dataset import IDENTITIES

    users = ["user_attribute", "app_user", "user_department"]
    assert sync(simulator, pg_url, schema_name, select=users, tags=full()).success
    ds = simulator.dataset
    students = [u for u in (ds.user(i) for i in range(ds.users.size))
              if u.get("identity") == "student" and u.get("status") == "active"
              and isinstance(u.get("attributes", {}).get("is_boarder"), bool)][:3]
    assert len(students) == 3
    ids = ", ".join(f"'{u['id']}'" for u in students)
    counts = rows(pg_url, schema_name, f"SELECT id, is_boarder FROM {{app_user}} WHERE id IN "
                                       f"({ids}) ORDER BY id")
    assert all(c is not None for _, c in counts)
    # the source retypes is_boarder (boolean -> string); the students' values follow,
    # and they are renamed in the same hour
    registry = [dict(i) for i in IDENTITIES]
    student = next(i for i in registry if i["code"] == "student")
    student["fields"] = [{**f, "type": "string", "max_length": 8} if f["key"] == "is_boarder"
                       else f for f in student["fields"]]
    simulator.inject("/identities", registry, mode="replace")
    simulator.inject("/users", [{**u, "name": u["name"] + "改", "attributes": {
        **u["attributes"], "is_boarder": "yes" if u["attributes"]["is_boarder"] else "no"},
        "updated_at": "2026-11-27T01:30:00Z"} for u in students])
    for run in ({"partition": HOUR_2}, {"tags": full()}):
        result = sync(simulator, pg_url, schema_name, select=users, **run)
        assert result.success, step_failure(result)
        assert rows(pg_url, schema_name, f"SELECT id, is_boarder FROM {{app_user}} WHERE id "
                                         f"IN ({ids}) ORDER BY id") == counts
        assert {r[0] for r in rows(pg_url, schema_name, f"SELECT name FROM {{app_user}} WHERE "
                                                        f"id IN ({ids})")} == \
            {u["name"] + "改" for u in students}
        assert not set(open_cases(pg_url, schema_name, "app_user", "invalid_record")) & \
            {u["id"] for u in students}
        assert "student:is_boarder" in open_cases(pg_url, schema_name, "user_attribute",
                                                 "bad_extension_field")
        assert not check_results(result)["user_attribute_fields_valid"].passed


# ------------------------------------------------- 4. rules that compose


def memberships_of(url, schema, department):
    return rows(url, schema, "SELECT user_id, is_active FROM {user_department} WHERE "
                f"department_id = '{department}' ORDER BY user_id")


def test_a_chain_of_maps_back_to_its_start_ends_no_membership(simulator, pg_url, schema_name):
    from flowsync_dagster.settings.rules import parse_rule

    directory = ["department", "user_attribute", "app_user", "user_department"]
    assert sync(simulator, pg_url, schema_name, select=directory, tags=full()).success
    before = memberships_of(pg_url, schema_name, "D00004")
    assert sum(active for _, active in before) > 10
    rules = (parse_rule({"map": "D00004", "onto": "LOCAL1"}, 1),
             parse_rule({"map": "LOCAL1", "onto": "D00004"}, 2))
    for run in ({"partition": HOUR_2}, {"tags": full()}):
        result = sync(simulator, pg_url, schema_name, select=directory,
                      settings_overrides={"department_rules": rules}, **run)
        assert result.success, step_failure(result)
        assert memberships_of(pg_url, schema_name, "D00004") == before
        assert one(pg_url, schema_name, "SELECT count(*) FROM {department} WHERE id = 'LOCAL1' "
                                        "AND is_active") == 0


def test_a_merge_into_ones_own_child_is_not_applied_and_is_named(simulator, pg_url,
                                                                 schema_name):
    from flowsync_dagster.settings.rules import parse_rule

    assert sync(simulator, pg_url, schema_name, select=["department"], tags=full()).success
    tree = rows(pg_url, schema_name, "SELECT id, path, is_active FROM {department} ORDER BY id")
    rules = (parse_rule({"merge": ["D00001", "D00004"], "into": "D00004"}, 1),
             parse_rule({"reparent": "D00001", "parent": "D00004"}, 2))
    result = sync(simulator, pg_url, schema_name, select=["department"], tags=full(),
                  settings_overrides={"department_rules": rules})
    assert result.success, step_failure(result)
    assert rows(pg_url, schema_name, "SELECT id, path, is_active FROM {department} "
                                     "ORDER BY id") == tree
    checks = check_results(result)
    assert checks["department_tree_consistent"].passed
    named = checks["department_rules_match"]
    assert not named.passed and "D00004 is in D00001's own subtree" in \
        named.metadata["keys"].value


# ------------------------------------------- 5. a late change before a gap


def test_a_late_change_just_before_a_gap_of_hours_is_read_by_the_catch_up(
        simulator, pg_url, schema_name):
    users = ["app_user", "user_department"]
    assert sync(simulator, pg_url, schema_name, select=users, partition=HOUR_2).success
    # stamped 09:58 (01:58Z), visible at the source only after the 09:00 run
    ds = simulator.dataset
    user = next(u for u in (ds.user(i) for i in range(50)) if u.get("status") == "active")
    simulator.inject("/users", [{**user, "name": "迟到的改名", "updated_at":
                                 "2026-11-27T01:58:00Z"}])
    # hours 10:00-13:00 never ran; the 14:00 run catches up
    caught = sync(simulator, pg_url, schema_name, select=users, partition="2026-11-27-14:00")
    assert caught.success, step_failure(caught)
    assert one(pg_url, schema_name, f"SELECT name FROM {{app_user}} WHERE id = "
                                    f"'{user['id']}'") == "迟到的改名"
    meta = metadata(caught, "app_user")
    assert meta["window_start_utc"] == "2026-11-26T23:00:00+00:00"  # 02:00Z less 3 h
    assert "catching up from 2026-11-27T02:00:00+00:00, less the 3 h look-back" in \
        meta["window_reason"]


# ------------------------------------- 6. a list not read resolves nothing


def test_a_member_list_that_answered_404_keeps_its_cases_open(simulator, pg_url, schema_name):
    posts = ["post", "post_member"]
    ds = simulator.dataset
    post = next(p for p in ds.post_listing(None, None).page(0, 10**6)
                if p["status"] == "enabled" and ds.post_members(p["id"]))
    members = ds.post_members(post["id"])
    simulator.inject(f"/posts/{post['id']}/members",
                     [{"department_id": members[0]["department_id"]}, *members[1:]],
                     mode="replace")
    # the post changes in hour 2, so that an hourly run reads its list again
    simulator.inject("/posts", [{**post, "name": post["name"] + "*",
                                 "updated_at": "2026-11-27T01:30:00Z"}])
    assert sync(simulator, pg_url, schema_name, select=posts, tags=full()).success

    def cases() -> list[str]:
        return [k for k in open_cases(pg_url, schema_name, "post_member")
                if k.startswith(post["id"] + "/")]

    assert len(cases()) == 1
    simulator.faults({"kind": "http_error", "status": 404, "path": f"/posts/{post['id']}/",
                      "times": -1})
    for run in ({"partition": HOUR_2}, {"tags": full()}):
        result = sync(simulator, pg_url, schema_name, select=posts, **run)
        assert result.success, step_failure(result)
        assert metadata(result, "post_member")["member_lists_missing"] == 1
        assert len(cases()) == 1, "a list that was not read resolved its case"
    simulator.faults()
    simulator.clear_injections()  # the list reads again, whole
    assert sync(simulator, pg_url, schema_name, select=posts, tags=full()).success
    assert cases() == []
