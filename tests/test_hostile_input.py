"""One bad string never stops the directory (docs/warehouse.md, "What counts as bad
data"): every entity that has string fields, and extension attribute values,
get one listing that mixes unusual but valid values, kept byte for byte, with
invalid ones, quarantined as ``invalid_record`` while the rest of the run goes
on. On PostgreSQL (whose text cannot hold NUL) and on the SQLite default."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import full, rows, run_assets, step_failure

STAMP = "2026-11-26T10:00:00Z"
# Unusual but valid: each must come back exactly as sent.
UNUSUAL = [
    "😀 👩‍👩‍👧 emoji and a family",
    "e\u0301 and a\u0308: combining marks",
    "O'Brien \"quoted\" `ticked`",
    "'); DROP TABLE app_user; --",
    "tab\there\nnew line\r\nand a carriage return",
    "back\\slash and \\u0000 spelled out, not a NUL",
    "长" * 10_000,
]
SHORT = UNUSUAL[:6]  # for fields with a length limit (an extension field of 64)


def invalid_variants(valid: dict[str, Any], key: str, text_field: str) -> list[dict[str, Any]]:
    """The same record spoiled each way the contract calls invalid; keys XI1..XI6."""
    def spoiled(n: int, **changes: Any) -> dict[str, Any]:
        return {**valid, key: f"XI{n}", **changes}

    return [
        spoiled(1, **{text_field: "a\u0000b"}),  # a NUL in a string
        spoiled(2, updated_at="2026-11-26T10:00:00"),  # a timestamp without an offset
        spoiled(3, updated_at="0000-01-01T00:00:00Z"),  # year 0
        spoiled(4, updated_at="0001-01-01T00:00:00+01:00"),  # no UTC form
        spoiled(5, **{text_field: 12345}),  # a key of the wrong JSON type
        {**valid, key: ""},  # an empty key
    ]


def cases(simulator) -> dict[str, tuple[str, list[dict[str, Any]], dict[str, str]]]:
    """Per entity: (listing path, items, query params)."""
    ds = simulator.dataset
    user = next(u for u in (ds.user(i) for i in range(ds.users.size)) if u.get("identity") ==
                "teacher" and u.get("status") == "active")
    users = [{**user, "id": f"XV{n}", "username": f"XV{n}-login", "name": text,
              "attributes": {**user["attributes"], "title": SHORT[n % len(SHORT)]},
              "updated_at": STAMP} for n, text in enumerate(UNUSUAL)]
    bad_users = [*invalid_variants(users[0], "id", "name"),
                 {**users[0], "id": "XI7", "department_ids": "D00001"},  # a list as a string
                 {**users[0], "id": "XI8", "attributes": {"title": "x\u0000y"}},  # in a value
                 {**users[0], "id": "XI9", "attributes": {"title": 12345}}]  # wrong type
    department = {"parent_id": "1", "code": "C", "order": 1, "status": "active",
                  "updated_at": STAMP}
    departments = [{**department, "id": f"XV{n}", "name": t} for n, t in enumerate(UNUSUAL)]
    post = {"code": "P", "department_id": "D00001", "status": "enabled", "updated_at": STAMP}
    posts = [{**post, "id": f"XV{n}", "name": t} for n, t in enumerate(UNUSUAL)]
    group = {"updated_at": STAMP}
    groups = [{**group, "id": f"XV{n}", "name": t} for n, t in enumerate(UNUSUAL)]
    tag = {"group_id": "G01", "kind": "static", "status": "active", "updated_at": STAMP}
    tags = [{**tag, "id": f"XV{n}", "name": t} for n, t in enumerate(UNUSUAL)]
    openid = {"platform": "wechat", "user_id": user["id"], "status": "active",
              "updated_at": STAMP}
    openids = [{**openid, "openid": f"XV{n}", "username": t} for n, t in enumerate(UNUSUAL)]
    instance = {"process_code": "leave", "process_name": "请假", "category": "office",
                "creator_user_id": user["id"], "agent_user_id": None, "anonymous": False,
                "parent_instance_id": None, "status": "running",
                "created_at": "2026-11-26T09:00:00Z", "finished_at": None, "updated_at": STAMP}
    instances = [{**instance, "id": f"XV{n}", "title": t} for n, t in enumerate(UNUSUAL)]
    task = {"instance_id": "XV0", "node_id": "N1", "task_type": "approve",
            "assignee_user_id": user["id"], "status": "init",
            "created_at": "2026-11-26T09:00:00Z", "finished_at": None, "updated_at": STAMP}
    tasks = [{**task, "id": f"XV{n}", "node_name": t} for n, t in enumerate(UNUSUAL)]
    return {
        "department": ("/departments", departments + invalid_variants(departments[0], "id",
                                                                      "name"),
                       {"parent_id": "1"}),
        "app_user": ("/users", users + bad_users, {}),
        "post": ("/posts", posts + invalid_variants(posts[0], "id", "name"), {}),
        "tag_group": ("/tag-groups", groups + invalid_variants(groups[0], "id", "name"), {}),
        "tag": ("/tags", tags + invalid_variants(tags[0], "id", "name"), {}),
        "user_openid": ("/openids", openids + invalid_variants(openids[0], "openid",
                                                               "username"),
                        {"platform": "wechat"}),
        "process_instance": ("/process-instances",
                             instances + invalid_variants(instances[0], "id", "title"), {}),
        "task_history": ("/task-history", tasks + invalid_variants(tasks[0], "id", "node_name"),
                         {}),
    }


# the column each entity's unusual text lands in, and its key column
STORED = {"department": ("name", "id"), "app_user": ("name", "id"), "post": ("name", "id"),
          "tag_group": ("name", "id"), "tag": ("name", "id"),
          "user_openid": ("username", "openid"), "process_instance": ("title", "id"),
          "task_history": ("node_name", "id")}


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_one_listing_of_hostile_values_per_entity(simulator, pg_url, sqlite_url, schema_name,
                                                  backend):
    url = pg_url if backend == "postgresql" else sqlite_url
    planted = cases(simulator)
    for path, items, params in planted.values():
        simulator.inject(path, items, **params)
    # an identity whose label is unusual, and one whose field key holds a NUL
    from flowsync_dagster.simulator.dataset import IDENTITIES

    registry = [*IDENTITIES, {"code": "visitor", "name": UNUSUAL[0], "fields": [
        {"key": "badge", "label": UNUSUAL[4], "type": "string", "max_length": 64}]},
        {"code": "XI1", "name": "坏", "fields": [{"key": "a\u0000b", "label": "x",
                                                  "type": "string"}]}]
    simulator.inject("/identities", registry, mode="replace")
    result = run_assets(simulator.url, url, schema_name, tags=full())
    assert result.success, step_failure(result)

    for entity, (column, key) in STORED.items():
        stored = dict(rows(url, schema_name, f"SELECT {key}, {column} FROM {{{entity}}} "
                           f"WHERE {key} LIKE 'XV%'"))
        assert stored == {f"XV{n}": text for n, text in enumerate(UNUSUAL)}, entity
        invalid = {r[0] for r in rows(
            url, schema_name, "SELECT source_key FROM {sync_quarantine} WHERE entity = "
            f"'{entity}' AND reason = 'invalid_record' AND resolved_at IS NULL")}
        prefix = "wechat:" if entity == "user_openid" else ""
        expected = {f"{prefix}XI{n}" for n in range(1, 6)}
        assert expected <= invalid, (entity, sorted(invalid))
        assert any("<no key>" in k for k in invalid), (entity, sorted(invalid))  # the empty key
        written = {r[0] for r in rows(url, schema_name, f"SELECT {key} FROM {{{entity}}} "
                                      f"WHERE {key} LIKE 'XI%'")}
        assert not written, (entity, written)
    users_invalid = {r[0] for r in rows(url, schema_name, "SELECT source_key FROM "
                                        "{sync_quarantine} WHERE entity = 'app_user' AND "
                                        "reason = 'invalid_record'")}
    assert {"XI7", "XI8", "XI9"} <= users_invalid
    # extension values: the unusual ones kept exactly
    titles = dict(rows(url, schema_name, "SELECT id, title FROM {app_user} WHERE id LIKE 'XV%'"))
    assert titles == {f"XV{n}": SHORT[n % len(SHORT)] for n in range(len(UNUSUAL))}
    assert rows(url, schema_name, "SELECT label FROM {user_attribute} WHERE key = 'badge'") == [
        (UNUSUAL[4],)]
    assert "XI1" in {r[0] for r in rows(url, schema_name, "SELECT source_key FROM "
                                        "{sync_quarantine} WHERE entity = 'user_attribute'")}
