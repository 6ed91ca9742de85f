"""The directory assets end to end (simulator over HTTP → Dagster → PostgreSQL):
every bad-data row of docs/warehouse.md, incremental hours, full resyncs, the guard,
switches, and quarantine resolution."""

from __future__ import annotations

import copy
from datetime import datetime

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


def sync(simulator, url, schema, **kwargs):
    kwargs.setdefault("select", DIRECTORY)
    result = run_assets(simulator.url, url, schema, **kwargs)
    return result


@pytest.fixture
def synced(request, simulator, pg_url, schema_name):
    """The store after a full resync of the unchanged simulator (a copy of the
    module's: tests.helpers.synced_copy)."""
    return synced_copy(request, pg_url, schema_name,
                       lambda schema: sync(simulator, pg_url, schema, tags=full()))


# ------------------------------------------------------ extension fields


def test_safe_extension_fields_become_typed_columns(synced, pg_url, schema_name):
    columns = dict(rows(pg_url, schema_name,
                        "SELECT column_name, data_type FROM information_schema.columns WHERE "
                        f"table_schema = '{schema_name}' AND table_name = 'app_user'"))
    assert columns["grade"] == "text" and columns["enrolled_on"] == "date"
    assert columns["is_boarder"] == "boolean" and columns["visit_count"] == "bigint"
    assert "level" not in columns and "Sponsor" not in columns and "sponsor" not in columns
    assert not any("DROP" in c for c in columns)
    registry = rows(pg_url, schema_name, "SELECT identity, key, type, column_name FROM "
                    "{user_attribute} WHERE is_active ORDER BY 1, 2")
    assert ("student", "grade", "string", "grade") in registry and len(registry) == 7
    cases = open_cases(pg_url, schema_name, "user_attribute", "bad_extension_field")
    assert set(cases) == {"teacher:level", "staff:level", "guest:Sponsor", "guest:status",
                          'guest:x"; DROP TABLE app_user; --'}
    assert "several types: integer, string" in cases["staff:level"][2]
    assert "own columns" in cases["guest:status"][2]
    # attribute values arrive typed
    student = rows(pg_url, schema_name, "SELECT grade, enrolled_on, is_boarder FROM {app_user} "
                   "WHERE identity = 'student' AND grade IS NOT NULL LIMIT 1")[0]
    assert isinstance(student[0], str) and student[1].month == 9 and student[2] in (True, False)
    assert one(pg_url, schema_name, "SELECT visit_count FROM {app_user} WHERE id = 'UG00001'") == 3
    assert not check_results(synced)["user_attribute_fields_valid"].passed
    assert check_results(synced)["user_attribute_columns_exist"].passed


def test_a_type_change_of_a_registered_field_is_refused(simulator, synced, pg_url, schema_name):
    registry = copy.deepcopy(simulator.dataset.identities())
    registry[0]["fields"][0] = {**registry[0]["fields"][0], "type": "integer"}
    simulator.sim.inject("/identities", registry, mode="replace")
    again = sync(simulator, pg_url, schema_name, tags=full(), select=["user_attribute"])
    assert again.success
    cases = open_cases(pg_url, schema_name, "user_attribute", "bad_extension_field")
    assert "registered as string, now declared integer" in cases["student:grade"][2]
    # the registered field and its column are left as they were
    assert one(pg_url, schema_name, "SELECT type FROM {user_attribute} "
               "WHERE key = 'grade' AND is_active") == "string"


# ------------------------------------------------------------------ users


def test_invalid_user_records_are_quarantined_not_written(synced, pg_url, schema_name):
    cases = open_cases(pg_url, schema_name, "app_user", "invalid_record")
    assert {"UX00001", "UX00002"} <= set(cases) and len(cases) == 3
    assert '"department_ids":"D00001"' in cases["UX00002"][1]
    assert not rows(pg_url, schema_name, "SELECT id FROM {app_user} WHERE id LIKE 'UX%'")
    assert not check_results(synced)["app_user_records_valid"].passed


def test_duplicate_usernames_are_written_and_quarantined(simulator, synced, pg_url,
                                                        schema_name):
    both = rows(pg_url, schema_name, "SELECT id, username FROM {app_user} "
                "WHERE id IN ('U0000007', 'U0000008') ORDER BY id")
    assert len(both) == 2 and both[0][1] == both[1][1]
    cases = open_cases(pg_url, schema_name, "app_user", "duplicate_username")
    assert set(cases) == {"U0000007", "U0000008"}
    assert "is shared by 2 active users" in cases["U0000007"][2]
    assert not check_results(synced)["app_user_unique_usernames"].passed
    # an hour that does not read them leaves the cases open
    hour = sync(simulator, pg_url, schema_name, select=["app_user", "user_department"],
                partition="2026-06-01-08:00")
    assert metadata(hour, "app_user")["quarantine_resolved"] == 0
    # the source fixes it; the next full resync resolves both
    simulator.hide("duplicate_username")
    fixed = sync(simulator, pg_url, schema_name, tags=full(),
                 select=["app_user", "user_department"])
    assert metadata(fixed, "app_user")["quarantine_resolved"] == 2
    assert open_cases(pg_url, schema_name, "app_user", "duplicate_username") == {}


def test_memberships_follow_department_ids(synced, pg_url, schema_name, simulator):
    ds = simulator.dataset
    user = ds.user(0)
    got = {r[0] for r in rows(pg_url, schema_name, "SELECT department_id FROM {user_department} "
                              f"WHERE user_id = '{user['id']}' AND is_active")}
    assert got == set(user["department_ids"])
    assert check_results(synced)["user_department_consistent"].passed


def test_an_incremental_hour_applies_updates_and_tombstones(simulator, synced, pg_url,
                                                            schema_name):
    before = dict(rows(pg_url, schema_name, "SELECT id, last_synced_at FROM {app_user}"))
    simulator.epoch(2)
    hour = sync(simulator, pg_url, schema_name, partition="2026-11-27-09:00",
                select=["app_user", "user_department"])
    assert hour.success
    meta = metadata(hour, "app_user")
    ds = simulator.dataset
    epoch = ds.changes("users", 2)
    changed, tombstoned, new = epoch.listed, epoch.tombstoned, epoch.new
    assert meta["mode"] == "incremental" and meta["inserted"] == len(new)
    assert meta["removed"] == len(tombstoned) > 0
    assert 0 < meta["updated"] <= len(changed) - len(tombstoned) - len(new)
    after = dict(rows(pg_url, schema_name, "SELECT id, last_synced_at FROM {app_user}"))
    touched = {k for k in before if after[k] != before[k]}
    assert touched <= set(changed)
    assert len(touched) == meta["updated"] + meta["removed"]  # nothing else rewritten
    gone = tombstoned[0]
    state = rows(pg_url, schema_name, f"SELECT is_active, removed_at, name, status FROM "
                 f"{{app_user}} WHERE id = '{gone}'")[0]
    assert state[0] is False and state[1] is not None and state[2] and state[3] == "deleted"
    assert one(pg_url, schema_name, "SELECT count(*) FROM {user_department} WHERE user_id = "
               f"'{gone}' AND is_active") == 0


def test_an_hour_rewrites_only_memberships_that_changed(simulator, synced, pg_url, schema_name):
    # a user's new name moves the user's updated_at, not the user's memberships
    links = ("SELECT user_id || ':' || department_id, is_active, status, removed_at, "
             "source_updated_at, last_synced_at FROM {user_department}")
    before = {r[0]: r[1:] for r in rows(pg_url, schema_name, links)}
    simulator.epoch(2)
    assert sync(simulator, pg_url, schema_name, partition="2026-11-27-09:00",
                select=["app_user", "user_department"]).success
    after = {r[0]: r[1:] for r in rows(pg_url, schema_name, links)}
    ds = simulator.dataset
    updated = {*ds.changes("users", 2).updated, *ds.changes("users", 2).new}
    rewritten = {k for k in before if after[k][4] != before[k][4]}
    assert rewritten, "the hour ended or changed no membership"
    assert all(after[k][:3] != before[k][:3] for k in rewritten)  # state changed, not a timestamp
    kept = [k for k in before if k.split(":")[0] in updated and after[k] == before[k]]
    assert kept, "every membership of an updated user was rewritten"
    assert all(after[k][3] == before[k][3] for k in kept)  # source_updated_at of the change


def test_an_hour_of_ordinary_changes_passes_the_guard(simulator, pg_url, schema_name):
    simulator.reset(users=20_000)  # large enough that 50 rows is not the limit
    assert sync(simulator, pg_url, schema_name, tags=full()).success
    simulator.epoch(2)
    hour = sync(simulator, pg_url, schema_name, partition="2026-11-27-09:00")
    assert hour.success, step_failure(hour)
    moved = metadata(hour, "user_department")
    assert moved["removed"] > 50  # memberships ended by users who moved: not a mass removal
    assert moved["active_rows"] > 10 * moved["removed"]


def test_an_empty_window_writes_nothing(simulator, synced, pg_url, schema_name):
    state = rows(pg_url, schema_name, "SELECT * FROM {app_user} ORDER BY id")
    hour = sync(simulator, pg_url, schema_name, partition="2026-06-01-08:00")
    assert hour.success
    for asset in ("app_user", "post", "tag", "user_openid"):
        meta = metadata(hour, asset)
        assert meta["source_rows"] == 0 and meta["inserted"] + meta["updated"] == 0, asset
    assert rows(pg_url, schema_name, "SELECT * FROM {app_user} ORDER BY id") == state


def test_a_full_resync_soft_deletes_hard_deletions(simulator, synced, pg_url, schema_name):
    ds = simulator.dataset
    simulator.epoch(3)
    # hard-deleted in epoch 2 or 3, less the users epoch 2 created (never synced)
    vanished = sorted({*ds.changes("users", 2).gone, *ds.changes("users", 3).gone}
                      - set(ds.changes("users", 2).new))
    assert vanished
    hour = sync(simulator, pg_url, schema_name, partition="2026-11-27-10:00",
                select=["app_user", "user_department"])
    state = "SELECT id, is_active, removed_at FROM {app_user} WHERE id IN (" + ", ".join(
        repr(v) for v in vanished) + ")"
    # an hour cannot see a deletion that left no tombstone: it removes only the
    # tombstones of its window, and the vanished users are still active
    tombstoned = {*ds.changes("users", 2).tombstoned, *ds.changes("users", 3).tombstoned}
    assert metadata(hour, "app_user")["removed"] == len(tombstoned)
    assert all(r[1] is True for r in rows(pg_url, schema_name, state))
    resync = sync(simulator, pg_url, schema_name, tags=full(),
                  select=["app_user", "user_department"])
    assert resync.success
    gone = rows(pg_url, schema_name, "SELECT id, is_active, removed_at FROM {app_user} WHERE id "
                f"IN ({', '.join(repr(v) for v in vanished)})")
    assert len(gone) == len(vanished)
    assert all(r[1] is False and r[2] is not None for r in gone)


def test_an_empty_user_listing_trips_the_guard(simulator, synced, pg_url, schema_name):
    before = rows(pg_url, schema_name, "SELECT * FROM {app_user} ORDER BY id")
    links = rows(pg_url, schema_name, "SELECT * FROM {user_department} ORDER BY 1, 2")
    simulator.faults({"kind": "empty", "path": "/users", "times": -1})
    refused = sync(simulator, pg_url, schema_name, tags=full(),
                   select=["app_user", "user_department"])
    assert not refused.success
    message = step_failure(refused)
    assert "app_user: refusing to deactivate" in message and "active rows" in message
    assert rows(pg_url, schema_name, "SELECT * FROM {app_user} ORDER BY id") == before
    assert rows(pg_url, schema_name, "SELECT * FROM {user_department} ORDER BY 1, 2") == links
    allowed = sync(simulator, pg_url, schema_name, select=["app_user", "user_department"],
                   tags=full(**{"flowsync/allow_mass_removal": "true"}))
    assert allowed.success
    assert one(pg_url, schema_name, "SELECT count(*) FROM {app_user} WHERE is_active") == 0
    assert one(pg_url, schema_name, "SELECT count(*) FROM {app_user}") == len(before)


# ------------------------------------------------------------------ posts


def test_posts_and_their_members(simulator, synced, pg_url, schema_name):
    ds = simulator.dataset
    posts = dict(rows(pg_url, schema_name, "SELECT id, is_active FROM {post}"))
    assert len(posts) >= ds.n_posts - 2
    disabled = [r[0] for r in rows(pg_url, schema_name,
                                   "SELECT id FROM {post} WHERE status = 'disabled'")]
    assert all(posts[p] is False for p in disabled)
    members = ds.post_members("P00001")
    got = rows(pg_url, schema_name, "SELECT department_id, user_id FROM {post_member} "
               "WHERE post_id = 'P00001' AND is_active ORDER BY user_id")
    assert got == sorted((m["department_id"], m["user_id"]) for m in members)
    assert check_results(synced)["post_member_consistent"].passed


def test_a_changed_post_swaps_a_member_and_keeps_the_old_one_as_history(simulator, synced,
                                                                       pg_url, schema_name):
    simulator.epoch(2)
    ds = simulator.dataset
    epoch = ds.changes("posts", 2)
    changed = [p for p in epoch.updated if p not in ds.changes("posts", 1).new]  # base posts
    hour = sync(simulator, pg_url, schema_name, partition="2026-11-27-09:00",
                select=["post", "post_member"])
    assert hour.success
    post = changed[0]
    now = {m["user_id"] for m in ds.post_members(post)}
    stored = dict(rows(pg_url, schema_name, "SELECT user_id, is_active FROM {post_member} "
                       f"WHERE post_id = '{post}'"))
    assert {u for u, active in stored.items() if active} == now
    ended = [u for u, active in stored.items() if not active]
    assert all(u not in now for u in ended)
    # every live post the window listed (the hour and its look-back) had its list read
    meta = metadata(hour, "post")
    since, before = (int(datetime.fromisoformat(meta[k]).timestamp())
                     for k in ("window_start_utc", "window_end_utc"))
    listed = ds.post_listing(since, before).page(0, 10_000)
    live = [p for p in listed if p["status"] != "deleted"]
    assert set(epoch.updated) | set(epoch.new) <= {p["id"] for p in live}
    assert metadata(hour, "post_member")["member_lists_read"] == len(live)


def test_a_member_list_gone_404_keeps_its_memberships(simulator, synced, pg_url, schema_name):
    before = rows(pg_url, schema_name, "SELECT * FROM {post_member} ORDER BY 1, 2, 3")
    simulator.faults({"kind": "http_error", "status": 404, "path": "/posts/P00001/", "times": -1})
    again = sync(simulator, pg_url, schema_name, tags=full(), select=["post", "post_member"])
    assert again.success
    assert metadata(again, "post_member")["member_lists_missing"] == 1
    after = rows(pg_url, schema_name, "SELECT post_id, user_id, is_active, removed_at FROM "
                 "{post_member} WHERE post_id = 'P00001'")
    assert after and all(r[2] and r[3] is None for r in after)
    assert len(rows(pg_url, schema_name, "SELECT * FROM {post_member}")) == len(before)


# ------------------------------------------------------------------- tags


def test_tag_name_conflicts_are_flagged_and_quarantined(simulator, synced, pg_url,
                                                       schema_name):
    flagged = rows(pg_url, schema_name, "SELECT id, kind FROM {tag} WHERE name_conflict "
                   "ORDER BY id")
    assert flagged == [("T90001", "static"), ("T90002", "dynamic")]
    assert set(open_cases(pg_url, schema_name, "tag", "tag_name_conflict")) == {"T90001",
                                                                               "T90002"}
    checks = check_results(synced)
    assert not checks["tag_no_name_conflicts"].passed
    assert checks["tag_name_conflict_flag_consistent"].passed
    # renamed at the source: the flag clears and the cases resolve
    simulator.hide("tag_name_conflict")
    again = sync(simulator, pg_url, schema_name, tags=full(), select=["tag", "tag_user"])
    assert metadata(again, "tag")["name_conflict_flags_changed"] == 2
    assert rows(pg_url, schema_name, "SELECT id FROM {tag} WHERE name_conflict") == []
    assert open_cases(pg_url, schema_name, "tag", "tag_name_conflict") == {}


def test_a_member_listed_twice_is_one_row(simulator, synced, pg_url, schema_name):
    listed = [m["user_id"] for m in simulator.dataset.tag_members("T00001").page(0, 10_000)]
    assert len(listed) == len(set(listed)) + 1
    stored = rows(pg_url, schema_name, "SELECT user_id FROM {tag_user} WHERE tag_id = 'T00001'")
    assert sorted(r[0] for r in stored) == sorted(set(listed))
    dup = check_results(synced)["tag_user_no_duplicate_members"]
    assert not dup.passed and dup.metadata["duplicates_folded"].value == 1
    assert check_results(synced)["tag_user_consistent"].passed


def test_tag_groups(synced, pg_url, schema_name):
    assert rows(pg_url, schema_name, "SELECT count(*) FROM {tag_group} WHERE is_active") == [(6,)]


# ---------------------------------------------------------------- openids


def test_openid_duplicates_fold_and_conflicts_are_left_out(synced, pg_url, schema_name):
    def pair(openid):
        return rows(pg_url, schema_name, "SELECT user_id, username FROM {user_openid} WHERE "
                    f"platform = 'wechat' AND openid = '{openid}'")

    assert pair("o-duplicate-0010") == [("U0000010", pair("o-duplicate-0010")[0][1])]
    same = pair("o-same-username")
    assert len(same) == 1 and same[0][0] in ("U0000007", "U0000008")
    assert pair("o-conflict-0020") == []
    cases = open_cases(pg_url, schema_name, "user_openid", "openid_conflict")
    assert set(cases) == {"wechat:o-conflict-0020"}
    payload = cases["wechat:o-conflict-0020"][1]
    assert "U0000020" in payload and "U0000021" in payload
    checks = check_results(synced)
    assert not checks["user_openid_no_conflicts"].passed
    assert not checks["user_openid_no_duplicates"].passed
    assert open_cases(pg_url, schema_name, "user_openid", "invalid_record")


def test_an_openid_conflict_leaves_the_existing_row_and_resolves_later(simulator, pg_url,
                                                                       schema_name):
    simulator.hide("openid_conflict")  # first the pair is bound to U0000020 alone
    assert sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"]).success
    query = ("SELECT user_id, is_active, removed_at, last_synced_at FROM {user_openid} "
             "WHERE openid = 'o-conflict-0020'")
    bound = rows(pg_url, schema_name, query)
    assert bound[0][:3] == ("U0000020", True, None)
    simulator.hide()  # then the source binds it to U0000021 too: a conflict
    conflict = sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"])
    assert conflict.success
    assert rows(pg_url, schema_name, query) == bound  # left exactly as it was
    assert open_cases(pg_url, schema_name, "user_openid", "openid_conflict")
    simulator.hide("openid_conflict")  # fixed at the source
    fixed = sync(simulator, pg_url, schema_name, tags=full(), select=["user_openid"])
    assert metadata(fixed, "user_openid")["quarantine_resolved"] == 1
    resolved = rows(pg_url, schema_name, "SELECT resolved_at FROM {sync_quarantine} "
                    "WHERE reason = 'openid_conflict'")
    assert resolved[0][0] is not None


# ------------------------------------------------------------------- runs


def test_a_second_identical_run_changes_nothing(simulator, synced, pg_url, schema_name):
    tables = ("app_user", "user_department", "post", "post_member", "tag", "tag_user",
              "user_openid", "user_attribute", "tag_group")
    before = {t: rows(pg_url, schema_name, f"SELECT * FROM {{{t}}} ORDER BY 1, 2") for t in tables}
    hour = sync(simulator, pg_url, schema_name)  # the same hour, incrementally, again
    for asset in DIRECTORY:
        meta = metadata(hour, asset)
        assert meta["inserted"] + meta["updated"] + meta["removed"] + meta["reactivated"] == 0, \
            asset
    for t in tables:
        assert rows(pg_url, schema_name, f"SELECT * FROM {{{t}}} ORDER BY 1, 2") == before[t], t


def test_switched_off_posts_and_tags_are_skipped(simulator, pg_url, schema_name, instance):
    result = sync(simulator, pg_url, schema_name, tags=full(), instance=instance,
                  settings_overrides={"sync_posts": False, "sync_tags": False})
    assert result.success
    written = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert written == {"user_attribute", "app_user", "user_department", "user_openid"}
    logs = " ".join(e.user_message for e in instance.all_logs(result.run_id))
    assert "FLOWSYNC_SYNC_POSTS=false" in logs and "FLOWSYNC_SYNC_TAGS=false" in logs
    assert rows(pg_url, schema_name, "SELECT count(*) FROM {post}") == [(0,)]


def test_metadata_carries_counts_window_and_preview(simulator, synced, pg_url, schema_name):
    meta = metadata(synced, "app_user")
    for key in ("inserted", "updated", "removed", "deactivated", "quarantined", "mode",
                "dagster/row_count", "active_rows", "preview", "api_requests",
                "elapsed_seconds"):
        assert key in meta, key
    assert "| id | identity |" in meta["preview"] and "username" not in meta["preview"]
    hour = run_assets(simulator.url, pg_url, schema_name, select=["user_openid"])
    meta = metadata(hour, "user_openid")
    assert meta["partition_start_utc"] == "2026-11-27T00:00:00+00:00"
    assert meta["partition_end_utc"] == "2026-11-27T01:00:00+00:00"
    # the hour is read with the 3 h look-back before it (docs/operations.md)
    assert meta["window_start_utc"] == "2026-11-26T21:00:00+00:00"
    assert meta["window_end_utc"] == "2026-11-27T01:00:00+00:00"
    assert "look-back" in meta["window_reason"]
    assert meta["partitions"] == "2026-11-27-08:00"
