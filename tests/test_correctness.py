"""What must never happen to the directory, shown with real runs against
PostgreSQL and the simulator over HTTP (docs/guarantees.md, "What it
guarantees"; the rules: docs/warehouse.md): older data overwriting newer, a
login rebound or unbound by someone else's record, an invalid record ending
memberships, an empty or shrunken small table taken for the truth, an unsafe
extension key stopping the users, a state a blocking check rejected reaching
readers, a missing list read as empty, member lists that vanish, cursors that
loop, late or missed hours waiting for the night. Every successful run here is
run twice and must leave the same state (tests/helpers.run_assets)."""

from __future__ import annotations

import pytest

from tests.helpers import (
    check_results,
    full,
    metadata,
    one,
    open_cases,
    rows,
    run_assets,
    step_failure,
    synced_copy,
)

DIRECTORY = ["user_attribute", "app_user", "user_department", "post", "post_member",
             "tag_group", "tag", "tag_user", "user_openid"]
USERS = ["app_user", "user_department"]
# Partitions are hours of Asia/Shanghai; the simulator's epoch k is the UTC
# hour [k-1, k) of 2026-11-27.
HOUR_2 = "2026-11-27-09:00"  # [01:00Z, 02:00Z)
HOUR_3 = "2026-11-27-10:00"  # [02:00Z, 03:00Z)
HOUR_4 = "2026-11-27-11:00"  # [03:00Z, 04:00Z)


def at(hhmm: str, day: int = 27) -> str:
    return f"2026-11-{day}T{hhmm}:00Z"


def sync(simulator, url, schema, **kwargs):
    kwargs.setdefault("select", DIRECTORY)
    return run_assets(simulator.url, url, schema, **kwargs)


def live_users(simulator, count, start=0):
    ds = simulator.dataset
    found = [ds.user(i) for i in range(start, ds.users.size)]
    return [u for u in found if u.get("status") == "active"][:count]


def all_items(listing):
    return listing.page(0, 10**7)


@pytest.fixture
def synced(request, simulator, pg_url, schema_name):
    """The store after a full resync of the unchanged simulator (a copy of the
    module's: tests.helpers.synced_copy)."""
    return synced_copy(request, pg_url, schema_name,
                       lambda schema: sync(simulator, pg_url, schema, tags=full()))


# ------------------------------------------------- 1. older never wins


def test_an_older_hour_replayed_after_a_newer_one_changes_nothing(simulator, synced, pg_url,
                                                                  schema_name):
    users = live_users(simulator, 21)
    renamed, kept = users[:20], users[20]
    simulator.inject("/users", [{**u, "name": f"新名{n}", "department_ids": ["D00010"],
                                 "updated_at": at("02:30")} for n, u in enumerate(renamed)]
                     + [{**kept, "updated_at": at("02:40")}])
    assert sync(simulator, pg_url, schema_name, partition=HOUR_3, select=USERS).success
    ids = ", ".join(f"'{u['id']}'" for u in users)
    users_sql = f"SELECT * FROM {{app_user}} WHERE id IN ({ids}) ORDER BY id"
    links_sql = f"SELECT * FROM {{user_department}} WHERE user_id IN ({ids}) ORDER BY 1, 2"
    user_state, links = rows(pg_url, schema_name, users_sql), rows(pg_url, schema_name, links_sql)
    assert sorted(r[2] for r in user_state if r[0] != kept["id"]) == sorted(
        f"新名{n}" for n in range(20))

    # an older source replays the hour before: the same users as they were then,
    # and a tombstone of one that the newer hour still has
    simulator.clear_injections()
    simulator.inject("/users", [{**u, "name": f"旧名{n}", "department_ids": ["D00011"],
                                 "updated_at": at("01:30")} for n, u in enumerate(renamed)]
                     + [{"id": kept["id"], "status": "deleted", "updated_at": at("01:40")}])
    replay = sync(simulator, pg_url, schema_name, partition=HOUR_2, select=USERS)
    assert replay.success
    meta = metadata(replay, "app_user")
    assert meta["stale_skipped"] == 21 and meta["updated"] == 0 and meta["removed"] == 0
    assert rows(pg_url, schema_name, users_sql) == user_state
    # the stale records' memberships were not applied either
    assert rows(pg_url, schema_name, links_sql) == links
    ledger = rows(pg_url, schema_name, "SELECT stale_skipped, updated FROM {sync_run} WHERE "
                  f"run_id = '{replay.run_id}' AND asset = 'app_user'")
    assert ledger == [(21, 0)]


def test_a_post_replayed_from_an_older_source_keeps_its_newer_members(simulator, synced,
                                                                      pg_url, schema_name):
    post = next(p for p in all_items(simulator.dataset.post_listing(None, None))
                if p["status"] == "enabled")
    members = f"/posts/{post['id']}/members"
    newer = [{"user_id": "U0000001", "department_id": "D00001"}]
    simulator.inject("/posts", [{**post, "name": "新岗位", "updated_at": at("02:30")}])
    simulator.inject(members, newer, mode="replace")
    assert sync(simulator, pg_url, schema_name, partition=HOUR_3,
                select=["post", "post_member"]).success
    state = rows(pg_url, schema_name, f"SELECT * FROM {{post_member}} WHERE post_id = "
                 f"'{post['id']}' ORDER BY 1, 2, 3")
    simulator.clear_injections()
    simulator.inject("/posts", [{**post, "name": "旧岗位", "updated_at": at("01:30")}])
    simulator.inject(members, [{"user_id": "U0000002", "department_id": "D00002"}],
                     mode="replace")
    replay = sync(simulator, pg_url, schema_name, partition=HOUR_2,
                  select=["post", "post_member"])
    assert replay.success and metadata(replay, "post")["stale_skipped"] == 1
    assert one(pg_url, schema_name, f"SELECT name FROM {{post}} WHERE id = '{post['id']}'") == \
        "新岗位"
    assert rows(pg_url, schema_name, f"SELECT * FROM {{post_member}} WHERE post_id = "
                f"'{post['id']}' ORDER BY 1, 2, 3") == state


# ------------------------------------------------ 2. OpenIDs stay bound


def binding(simulator, user, openid, updated, status="active"):
    return {"platform": "wechat", "openid": openid, "user_id": user["id"],
            "username": user["username"], "status": status, "updated_at": updated}


def openid_row(url, schema, openid):
    return rows(url, schema, "SELECT user_id, is_active, removed_at FROM {user_openid} WHERE "
                f"platform = 'wechat' AND openid = '{openid}'")


def test_an_hour_never_rebinds_an_openid_to_another_person(simulator, synced, pg_url,
                                                           schema_name):
    openid, owner = rows(pg_url, schema_name, "SELECT openid, user_id FROM {user_openid} WHERE "
                         "platform = 'wechat' AND is_active ORDER BY openid LIMIT 1")[0]
    other = next(u for u in live_users(simulator, 50) if u["id"] != owner
                 and u["username"] != one(pg_url, schema_name, "SELECT username FROM "
                                          f"{{app_user}} WHERE id = '{owner}'"))
    simulator.inject("/openids", [binding(simulator, other, openid, at("01:30"))],
                     platform="wechat")
    hour = sync(simulator, pg_url, schema_name, partition=HOUR_2, select=["user_openid"])
    assert hour.success
    assert openid_row(pg_url, schema_name, openid) == [(owner, True, None)]
    assert f"wechat:{openid}" in open_cases(pg_url, schema_name, "user_openid", "openid_conflict")
    assert metadata(hour, "user_openid")["rebindings_refused"] == 1
    assert not check_results(hour)["user_openid_no_conflicts"].passed
    # and a full resync judges it the same way
    again = sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"])
    assert again.success and openid_row(pg_url, schema_name, openid) == [(owner, True, None)]
    assert f"wechat:{openid}" in open_cases(pg_url, schema_name, "user_openid", "openid_conflict")


def test_a_conflict_the_source_resolved_by_deleting_a_binding_keeps_the_survivor(
        simulator, pg_url, schema_name):
    ds = simulator.dataset
    u20, u21 = ds.user(19), ds.user(20)
    pair = "o-conflict-0020"
    simulator.hide("openid_conflict")  # first the pair is bound to U0000020 alone
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"]).success
    assert openid_row(pg_url, schema_name, pair) == [(u20["id"], True, None)]
    simulator.hide()  # then to U0000021 as well: a conflict, the row is left as it was
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"]).success
    assert openid_row(pg_url, schema_name, pair) == [(u20["id"], True, None)]
    # the source resolves it: U0000021's binding is deleted (a tombstone in the
    # full listing); two full resyncs of that source (run_assets runs each twice)
    simulator.hide("openid_conflict")
    simulator.inject("/openids", [binding(simulator, u21, pair, at("00:10", 28), "deleted")],
                     platform="wechat")
    first = sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"])
    assert first.success and metadata(first, "user_openid")["quarantine_resolved"] == 1
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"]).success
    assert openid_row(pg_url, schema_name, pair) == [(u20["id"], True, None)]
    assert open_cases(pg_url, schema_name, "user_openid", "openid_conflict") == {}


def test_a_conflict_resolved_before_the_store_saw_either_binding(simulator, pg_url,
                                                                  schema_name):
    ds = simulator.dataset
    u21 = ds.user(20)
    pair = "o-conflict-0020"
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"]).success
    assert openid_row(pg_url, schema_name, pair) == []  # quarantined, not written
    simulator.hide("openid_conflict")
    simulator.inject("/openids", [binding(simulator, u21, pair, at("00:10", 28), "deleted")],
                     platform="wechat")
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"]).success
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"]).success
    assert openid_row(pg_url, schema_name, pair) == [("U0000020", True, None)]


def test_someone_elses_tombstone_never_unbinds_a_live_login(simulator, pg_url, schema_name):
    ds = simulator.dataset
    pair = "o-conflict-0020"
    simulator.hide("openid_conflict")
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"]).success
    simulator.inject("/openids", [binding(simulator, ds.user(20), pair, at("01:30"), "deleted")],
                     platform="wechat")
    hour = sync(simulator, pg_url, schema_name, partition=HOUR_2, select=["user_openid"])
    assert hour.success and metadata(hour, "user_openid")["removed"] == 0
    assert openid_row(pg_url, schema_name, pair) == [("U0000020", True, None)]
    # the owner's own tombstone does unbind it
    simulator.inject("/openids", [binding(simulator, ds.user(19), pair, at("01:40"), "deleted")],
                     platform="wechat")
    hour = sync(simulator, pg_url, schema_name, partition=HOUR_2, select=["user_openid"])
    assert metadata(hour, "user_openid")["removed"] == 1
    assert openid_row(pg_url, schema_name, pair)[0][:2] == ("U0000020", False)


def test_a_full_listing_that_moves_a_binding_without_a_tombstone_is_a_conflict(
        simulator, synced, pg_url, schema_name):
    listing = all_items(simulator.dataset.openid_listing("wechat", None, None))
    moved = next(b for b in listing if b.get("status") == "active" and "user_id" in b
                 and b["openid"].startswith("owe"))
    owner = moved["user_id"]
    other = next(u for u in live_users(simulator, 50) if u["id"] != owner)
    listing = [binding(simulator, other, moved["openid"], at("00:10", 28))
               if b is moved else b for b in listing]
    simulator.inject("/openids", listing, mode="replace", platform="wechat")
    resync = sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"])
    assert resync.success
    assert openid_row(pg_url, schema_name, moved["openid"]) == [(owner, True, None)]
    assert f"wechat:{moved['openid']}" in open_cases(pg_url, schema_name, "user_openid",
                                                     "openid_conflict")


# ------------------------------------- 4. invalid records keep memberships


def memberships(url, schema, table, column, key):
    return rows(url, schema, f"SELECT * FROM {{{table}}} WHERE {column} = '{key}' ORDER BY 1, 2")


def test_a_user_that_turns_invalid_keeps_its_row_and_memberships(simulator, synced, pg_url,
                                                                 schema_name):
    user = live_users(simulator, 1)[0]
    before = (rows(pg_url, schema_name, f"SELECT * FROM {{app_user}} WHERE id = '{user['id']}'"),
              memberships(pg_url, schema_name, "user_department", "user_id", user["id"]))
    assert before[1], "the user has memberships"
    broken = {**user, "department_ids": "D00001", "updated_at": at("01:30")}
    listing = [broken if u.get("id") == user["id"] else u
               for u in all_items(simulator.dataset.user_listing(None, None))]
    simulator.inject("/users", listing, mode="replace")
    for run in ({"partition": HOUR_2}, {"tags": full()}):
        result = sync(simulator, pg_url, schema_name, select=USERS, **run)
        assert result.success, run
        assert user["id"] in open_cases(pg_url, schema_name, "app_user", "invalid_record")
        after = (rows(pg_url, schema_name, f"SELECT * FROM {{app_user}} WHERE id = "
                      f"'{user['id']}'"),
                 memberships(pg_url, schema_name, "user_department", "user_id", user["id"]))
        assert after == before, run


def test_a_post_or_tag_that_turns_invalid_keeps_its_members(simulator, synced, pg_url,
                                                            schema_name):
    ds = simulator.dataset
    post = next(p for p in all_items(ds.post_listing(None, None)) if p["status"] == "enabled")
    tag = next(t for t in all_items(ds.tag_listing(None, None)) if t["status"] == "active"
               and t["id"].startswith("T0"))
    held = memberships(pg_url, schema_name, "post_member", "post_id", post["id"])
    tagged = memberships(pg_url, schema_name, "tag_user", "tag_id", tag["id"])
    assert held and tagged
    simulator.inject("/posts", [{**p, "status": "archived"} if p["id"] == post["id"] else p
                                for p in all_items(ds.post_listing(None, None))], mode="replace")
    simulator.inject("/tags", [{**t, "kind": "smart"} if t["id"] == tag["id"] else t
                               for t in all_items(ds.tag_listing(None, None))], mode="replace")
    result = sync(simulator, pg_url, schema_name, tags=full(),
                  select=["post", "post_member", "tag", "tag_user"])
    assert result.success
    assert post["id"] in open_cases(pg_url, schema_name, "post", "invalid_record")
    assert tag["id"] in open_cases(pg_url, schema_name, "tag", "invalid_record")
    assert memberships(pg_url, schema_name, "post_member", "post_id", post["id"]) == held
    assert memberships(pg_url, schema_name, "tag_user", "tag_id", tag["id"]) == tagged


def test_an_invalid_member_item_does_not_end_a_membership(simulator, synced, pg_url,
                                                          schema_name):
    ds = simulator.dataset
    post = next(p for p in all_items(ds.post_listing(None, None)) if p["status"] == "enabled")
    held = memberships(pg_url, schema_name, "post_member", "post_id", post["id"])
    # the list now holds one unreadable item instead of its first member
    members = ds.post_members(post["id"])
    simulator.inject(f"/posts/{post['id']}/members",
                     [{"department_id": members[0]["department_id"]}, *members[1:]],
                     mode="replace")
    result = sync(simulator, pg_url, schema_name, tags=full(), select=["post", "post_member"])
    assert result.success
    assert memberships(pg_url, schema_name, "post_member", "post_id", post["id"]) == held
    assert any(k.startswith(post["id"] + "/") for k in open_cases(pg_url, schema_name,
                                                                  "post_member"))


# ------------------------------------------------ 5. small tables guarded


def test_an_empty_identity_registry_is_an_outage_and_never_nulls_a_field(simulator, synced,
                                                                         pg_url, schema_name):
    grades = "SELECT count(*) FROM {app_user} WHERE grade IS NOT NULL"
    before = one(pg_url, schema_name, grades)
    assert before > 0
    simulator.inject("/identities", [], mode="replace")
    refused = sync(simulator, pg_url, schema_name, tags=full(), select=["user_attribute", *USERS])
    assert not refused.success
    assert "user_attribute: refusing to deactivate" in step_failure(refused)
    assert one(pg_url, schema_name, "SELECT count(*) FROM {user_attribute} WHERE is_active") == 7
    # the operator confirms the registry really shrank: the fields go, their
    # columns and values stay, and the next resync of users leaves them alone
    allowed = sync(simulator, pg_url, schema_name, select=["user_attribute", *USERS],
                   tags=full(**{"flowsync/allow_mass_removal": "true"}))
    assert allowed.success
    assert one(pg_url, schema_name, "SELECT count(*) FROM {user_attribute} WHERE is_active") == 0
    assert one(pg_url, schema_name, grades) == before


def test_a_field_one_identity_stops_declaring_keeps_its_values(simulator, pg_url, schema_name):
    from flowsync_dagster.simulator.dataset import IDENTITIES

    # teachers declare "grade" too at first, and three teachers have one
    registry = [dict(i) for i in IDENTITIES]
    teacher = next(i for i in registry if i["code"] == "teacher")
    teacher["fields"] = [*teacher["fields"], {"key": "grade", "label": "年级",
                                              "type": "string", "max_length": 32}]
    simulator.inject("/identities", registry, mode="replace")
    teachers = [u for u in live_users(simulator, 60) if u["identity"] == "teacher"][:3]
    simulator.inject("/users", [{**u, "attributes": {**u["attributes"], "grade": f"T{n}"},
                                 "updated_at": at("00:10", 28)} for n, u in enumerate(teachers)])
    assert sync(simulator, pg_url, schema_name, tags=full(),
                select=["user_attribute", *USERS]).success
    ids = ", ".join(f"'{u['id']}'" for u in teachers)
    kept = f"SELECT id, grade FROM {{app_user}} WHERE id IN ({ids}) ORDER BY id"
    before = rows(pg_url, schema_name, kept)
    assert [g for _, g in before] == ["T0", "T1", "T2"]
    students = "SELECT count(*) FROM {app_user} WHERE identity = 'student' AND grade IS NOT NULL"
    graded = one(pg_url, schema_name, students)
    # then teachers stop declaring it: their values stay, students' are still written
    simulator.inject("/identities", [dict(i) for i in IDENTITIES], mode="replace")
    assert sync(simulator, pg_url, schema_name, tags=full(),
                select=["user_attribute", *USERS]).success
    assert rows(pg_url, schema_name, kept) == before
    assert one(pg_url, schema_name, students) == graded > 0


@pytest.mark.parametrize("groups", [[], [{"id": "G01", "name": "教师类别",
                                          "updated_at": at("00:00", 20)},
                                         {"id": "G02", "name": "学生类别",
                                          "updated_at": at("00:00", 20)}]])
def test_tag_groups_emptied_or_shrunk_by_more_than_half_need_the_override(
        simulator, synced, pg_url, schema_name, groups):
    before = rows(pg_url, schema_name, "SELECT * FROM {tag_group} ORDER BY id")
    simulator.inject("/tag-groups", groups, mode="replace")
    refused = sync(simulator, pg_url, schema_name, tags=full(), select=["tag_group"])
    assert not refused.success and "tag_group: refusing to deactivate" in step_failure(refused)
    assert rows(pg_url, schema_name, "SELECT * FROM {tag_group} ORDER BY id") == before
    allowed = sync(simulator, pg_url, schema_name, select=["tag_group"],
                   tags=full(**{"flowsync/allow_mass_removal": "true"}))
    assert allowed.success
    assert one(pg_url, schema_name, "SELECT count(*) FROM {tag_group} WHERE is_active") == \
        len(groups)


def test_no_platforms_listed_is_an_outage_on_an_hourly_run_too(simulator, synced, pg_url,
                                                               schema_name):
    simulator.inject("/platforms", [], mode="replace")
    refused = sync(simulator, pg_url, schema_name, partition=HOUR_2, select=["user_openid"])
    assert not refused.success
    assert "user_openid: refusing to deactivate" in step_failure(refused)


def test_a_small_tree_listed_empty_is_refused(simulator, pg_url, schema_name):
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["department"]).success
    before = rows(pg_url, schema_name, "SELECT * FROM {department} ORDER BY id")
    assert len(before) < 50  # the 50-row floor does not protect a small tree
    simulator.faults({"kind": "empty", "path": "/departments", "times": -1})
    refused = sync(simulator, pg_url, schema_name, partition=HOUR_2, select=["department"])
    assert not refused.success and "department: refusing to deactivate" in step_failure(refused)
    assert rows(pg_url, schema_name, "SELECT * FROM {department} ORDER BY id") == before


# ---------------------------------------------- 6. unsafe extension keys


UNSAFE_KEYS = ["xmin", "xmax", "cmin", "cmax", "ctid", "tableoid", "oid", "rowid", "_rowid_",
               "select", "user", "order", "id", "is_active"]


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_unsafe_extension_keys_are_refused_and_the_users_still_sync(simulator, pg_url,
                                                                    sqlite_url, schema_name,
                                                                    backend):
    from flowsync_dagster.simulator.dataset import IDENTITIES

    url = pg_url if backend == "postgresql" else sqlite_url
    registry = [dict(i) for i in IDENTITIES]
    student = next(i for i in registry if i["code"] == "student")
    student["fields"] = [*student["fields"], {"key": "house", "label": "宿舍", "type": "string",
                                              "max_length": 20},
                         *({"key": k, "label": k, "type": "string", "max_length": 9}
                           for k in UNSAFE_KEYS)]
    simulator.inject("/identities", registry, mode="replace")
    result = sync(simulator, url, schema_name, tags=full(), select=["user_attribute", *USERS])
    assert result.success, step_failure(result)
    cases = open_cases(url, schema_name, "user_attribute", "bad_extension_field")
    assert {f"student:{k}" for k in UNSAFE_KEYS} <= set(cases)
    added = metadata(result, "user_attribute")["columns_added"].split(", ")
    assert "house" in added and not set(added) & set(UNSAFE_KEYS)
    assert metadata(result, "app_user")["inserted"] > 0


# ------------------------------------------ 7. blocking checks roll back


def test_a_failed_blocking_check_rolls_the_step_back(simulator, synced, pg_url, schema_name):
    from flowsync_dagster.simulator.dataset import IDENTITIES
    from flowsync_dagster.store.database import Store

    registry_sql = "SELECT * FROM {user_attribute} ORDER BY 1, 2"
    registry = rows(pg_url, schema_name, registry_sql)
    # the store goes wrong (someone renamed a column by hand): the active field
    # "grade" has no column any more
    store = Store(pg_url, schema_name)
    with store.transaction() as conn:
        conn.exec_driver_sql(f"ALTER TABLE {store.qualified('app_user')} RENAME COLUMN grade "
                             "TO grade_by_hand")
    # and the source declares a new field: the step would add its column
    declared = [dict(i) for i in IDENTITIES]
    student = next(i for i in declared if i["code"] == "student")
    student["fields"] = [*student["fields"], {"key": "house", "label": "宿舍",
                                              "type": "string", "max_length": 20}]
    simulator.inject("/identities", declared, mode="replace")
    failed = sync(simulator, pg_url, schema_name, tags=full(), select=["user_attribute"])
    assert not failed.success
    message = step_failure(failed)
    assert "blocking check failed: user_attribute_columns_exist (1 rows, e.g. student:grade)" \
        in message and "rolled back" in message
    # nothing of the step reached the readers: no new column, no new registry row
    columns = {r[0] for r in rows(pg_url, schema_name, "SELECT column_name FROM "
                                  "information_schema.columns WHERE table_schema = "
                                  f"'{schema_name}' AND table_name = 'app_user'")}
    assert "house" not in columns
    assert rows(pg_url, schema_name, registry_sql) == registry
    assert rows(pg_url, schema_name, "SELECT count(*) FROM {sync_run} WHERE run_id = "
                f"'{failed.run_id}'") == [(0,)]


# ------------------------------------------------ 8. missing is not empty


def test_a_missing_list_map_or_status_is_an_invalid_record(simulator, synced, pg_url,
                                                           schema_name):
    base = live_users(simulator, 3)
    simulator.inject("/users", [
        {**{k: v for k, v in base[0].items() if k != "department_ids"}, "updated_at": at("01:10")},
        {**{k: v for k, v in base[1].items() if k != "attributes"}, "updated_at": at("01:10")},
        {**{k: v for k, v in base[2].items() if k != "status"}, "updated_at": at("01:10")}])
    tag = next(t for t in all_items(simulator.dataset.tag_listing(None, None))
               if t["id"].startswith("T0") and t["status"] == "active")
    simulator.inject("/tags", [{k: v for k, v in tag.items() if k != "status"}
                               | {"updated_at": at("01:10")}])
    stored = rows(pg_url, schema_name, "SELECT openid, user_id, username FROM {user_openid} "
                  "WHERE platform = 'wechat' ORDER BY openid LIMIT 1")[0]
    simulator.inject("/openids", [{"platform": "wechat", "openid": stored[0], "user_id": stored[1],
                                   "username": stored[2], "updated_at": at("01:10")}],
                     platform="wechat")
    before = rows(pg_url, schema_name, "SELECT * FROM {app_user} ORDER BY id")
    hour = sync(simulator, pg_url, schema_name, partition=HOUR_2,
                select=[*USERS, "tag", "tag_user", "user_openid"])
    assert hour.success
    assert {u["id"] for u in base} <= set(open_cases(pg_url, schema_name, "app_user",
                                                     "invalid_record"))
    assert tag["id"] in open_cases(pg_url, schema_name, "tag", "invalid_record")
    assert f"wechat:{stored[0]}" in open_cases(pg_url, schema_name, "user_openid",
                                               "invalid_record")
    ids = {u["id"] for u in base}
    assert [r for r in rows(pg_url, schema_name, "SELECT * FROM {app_user} ORDER BY id")
            if r[0] in ids] == [r for r in before if r[0] in ids]


# -------------------------------------- 9 and 10. lists that vanish or loop


def test_every_member_list_answering_404_is_an_outage(simulator, synced, pg_url, schema_name):
    before = rows(pg_url, schema_name, "SELECT * FROM {post_member} ORDER BY 1, 2, 3")
    simulator.faults({"kind": "http_error", "status": 404, "path": "/posts/", "times": -1})
    failed = sync(simulator, pg_url, schema_name, tags=full(), select=["post", "post_member"])
    assert not failed.success
    assert "every member list read" in step_failure(failed)
    assert rows(pg_url, schema_name, "SELECT * FROM {post_member} ORDER BY 1, 2, 3") == before


def test_one_member_list_answering_404_is_named_by_a_warning(simulator, synced, pg_url,
                                                             schema_name):
    simulator.faults({"kind": "http_error", "status": 404, "path": "/tags/T00003/", "times": -1})
    result = sync(simulator, pg_url, schema_name, tags=full(), select=["tag", "tag_user"])
    assert result.success
    check = check_results(result)["tag_user_lists_readable"]
    assert not check.passed and check.severity.value == "WARN"
    assert check.metadata["keys"].value == "T00003"


def test_a_listing_that_repeats_its_cursor_fails_instead_of_looping(simulator, pg_url,
                                                                    schema_name):
    simulator.faults({"kind": "cursor_loop", "path": "/users", "times": -1})
    failed = sync(simulator, pg_url, schema_name, tags=full(), select=USERS,
                  officeflow={"page_size": 100})
    assert not failed.success
    assert "repeated a cursor" in step_failure(failed)


# ------------------------------------------------ 11. late and missed hours


def test_a_change_visible_only_after_its_hours_run_is_read_by_the_next_hour(
        simulator, synced, pg_url, schema_name):
    user = live_users(simulator, 1)[0]
    assert sync(simulator, pg_url, schema_name, partition=HOUR_2, select=USERS).success
    # stamped inside hour 2, visible at the source only now (commit latency, a
    # source clock behind)
    simulator.inject("/users", [{**user, "name": "迟到的改名", "updated_at": at("01:50")}])
    without = sync(simulator, pg_url, schema_name, partition=HOUR_3, select=USERS,
                   settings_overrides={"lookback_hours": 0})
    assert without.success
    name = f"SELECT name FROM {{app_user}} WHERE id = '{user['id']}'"
    assert one(pg_url, schema_name, name) == user["name"]  # what a plain hour misses
    hour = sync(simulator, pg_url, schema_name, partition=HOUR_3, select=USERS)
    assert hour.success and one(pg_url, schema_name, name) == "迟到的改名"
    meta = metadata(hour, "app_user")
    assert meta["window_start_utc"] == "2026-11-26T23:00:00+00:00"
    assert meta["window_end_utc"] == "2026-11-27T03:00:00+00:00"
    assert "3 h look-back" in meta["window_reason"]


def test_an_hour_whose_run_failed_is_caught_up_by_the_next_one(simulator, pg_url, schema_name):
    no_lookback = {"lookback_hours": 0}
    assert sync(simulator, pg_url, schema_name, select=USERS,
                settings_overrides=no_lookback).success  # hour 1, the first sync
    simulator.epoch(2)
    simulator.faults({"kind": "server_error", "status": 503, "path": "/users", "times": -1})
    failed = sync(simulator, pg_url, schema_name, partition=HOUR_2, select=USERS,
                  settings_overrides=no_lookback, officeflow={"max_retries": 1})
    assert not failed.success  # hour 2 is lost, and nobody reruns it
    simulator.faults()
    simulator.epoch(3)
    caught = sync(simulator, pg_url, schema_name, partition=HOUR_3, select=USERS,
                  settings_overrides=no_lookback)
    assert caught.success
    meta = metadata(caught, "app_user")
    assert meta["window_start_utc"] == "2026-11-27T01:00:00+00:00"  # hour 2's start
    assert "catching up" in meta["window_reason"]
    ds = simulator.dataset
    hour_2 = ds.changes("users", 2)
    renamed = [u for u in hour_2.updated if u not in ds.changes("users", 3).updated]
    stored = dict(rows(pg_url, schema_name, "SELECT id, name FROM {app_user}"))
    for user_id in renamed:
        current = ds.user(int(user_id[1:]) - 1)
        assert stored[user_id] == current["name"], user_id
    assert all(u in stored for u in hour_2.new)
    ledger = rows(pg_url, schema_name, "SELECT window_start, window_end, window_reason FROM "
                  f"{{sync_run}} WHERE run_id = '{caught.run_id}' AND asset = 'app_user'")
    assert ledger[0][0].isoformat() == "2026-11-27T01:00:00+00:00"


# ------------------------------------------------------------------ also


def test_each_step_reports_its_own_api_requests(simulator, pg_url, schema_name):
    before = simulator.sim.requests
    # two answers of 503 on the tag groups: retried by that step, and only it
    simulator.faults({"kind": "http_error", "status": 503, "path": "/tag-groups", "times": 2})
    result = sync(simulator, pg_url, schema_name, tags=full(), select=None)
    assert result.success
    steps = {"department": "department", "user_attribute": "user_attribute",
             "users": "app_user", "posts": "post", "tag_group": "tag_group", "tags": "tag",
             "user_openid": "user_openid", "workflow": "process_instance"}
    counts = {step: metadata(result, table)["api_requests"] for step, table in steps.items()}
    assert sum(counts.values()) == simulator.sim.requests - before, counts
    assert all(n > 0 for n in counts.values()), counts
    retries = {step: metadata(result, table)["api_retries"] for step, table in steps.items()}
    assert retries == {**dict.fromkeys(steps, 0), "tag_group": 2}, retries
    # the member lists are the posts step's own calls, not the steps' before it
    assert counts["posts"] > len(rows(pg_url, schema_name, "SELECT id FROM {post} WHERE "
                                      "status <> 'deleted'")) > counts["tag_group"]


CONTENT_SKIPPED = {"first_synced_at", "last_synced_at", "removed_at"}
# a membership's or a derived row's source_updated_at is its parent's as of the
# row's last change: an hour and a resync may differ there, and only there
CARRIED = {"user_department", "post_member", "tag_user", "process_progress",
           "process_node_time", "out_school_request"}


def active_rows(url, schema):
    from flowsync_dagster.store import schema as tables
    from flowsync_dagster.sync.entities import ENTITY_TABLES
    from tests.helpers import store_state

    state = store_state(url, schema)
    out = {}
    for name in ENTITY_TABLES:
        table = tables.metadata.tables[name]
        names = [c.name for c in table.columns]
        skip = CONTENT_SKIPPED | ({"source_updated_at"} if name in CARRIED else set())
        key_len = len(table.primary_key.columns)
        keep = [i for i, c in enumerate(names) if c not in skip]
        active = names.index("is_active")
        out[name] = {row[:key_len]: tuple(row[i] for i in keep)
                     for row in state[name] if row[active]}
        out[name + ":keys"] = {row[:key_len] for row in state[name]}
    return out


def test_a_day_of_hours_with_faults_and_a_lost_run_reaches_what_a_resync_finds(
        simulator, pg_url, schema_name):
    """Hourly runs over six hours of changes, one with API faults that are
    retried and one that fails and is never rerun: the store holds every record
    the source holds now, exactly as a full resync from nothing finds it; what
    it holds beyond that is only what the source deleted without a tombstone
    (which only a full listing can notice)."""
    simulator.reset(users=2000)
    assert sync(simulator, pg_url, schema_name, tags=full(), select=None).success
    lost = None
    for epoch in range(2, 8):
        simulator.epoch(epoch)
        partition = f"2026-11-27-{7 + epoch:02d}:00"
        if epoch == 3:
            simulator.faults({"kind": "server_error", "status": 502, "every": 5, "times": 8},
                             {"kind": "rate_limit", "retry_after": 0, "every": 7, "times": 5})
        if epoch == 5:
            simulator.faults({"kind": "server_error", "status": 503, "path": "/users",
                              "times": -1})
        # the faults count every request, concurrent ones included: one request's
        # retries can meet several of the 13 faults in a row (4 attempts did
        # once), so it gets more attempts than the faults could ever fill
        result = sync(simulator, pg_url, schema_name, partition=partition, select=None,
                      officeflow={"max_retries": 14, "max_retry_seconds": 5})
        simulator.faults()
        if epoch == 5:
            assert not result.success
            lost = result
        else:
            assert result.success, (epoch, step_failure(result))
    assert lost is not None
    hourly = active_rows(pg_url, schema_name)
    fresh_schema = schema_name + "_fresh"
    assert sync(simulator, pg_url, fresh_schema, tags=full(), select=None).success
    fresh = active_rows(pg_url, fresh_schema)
    for name in (n for n in hourly if not n.endswith(":keys")):
        missing = {k for k in fresh[name] if hourly[name].get(k) != fresh[name][k]}
        assert not missing, (name, len(missing), sorted(missing)[:3])
        extra = {k for k in hourly[name] if k not in fresh[name]}
        # beyond the source's current records: only keys a resync does not find at all
        assert not (extra & fresh[name + ":keys"]), (name, sorted(extra & fresh[name +
                                                                                ":keys"])[:3])
