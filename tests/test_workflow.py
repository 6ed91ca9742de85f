"""Workflow history end to end: instances, tasks, flow tracking, the
out-of-school requests, and the consistency checks the old engine enforced."""

from __future__ import annotations

import json

import pytest

from tests.helpers import check_results, full, metadata, rows, run_assets, synced_copy

WORKFLOW = ["process_instance", "task_history", "process_progress", "process_node_time",
            "out_school_request"]


def sync(simulator, url, schema, **kwargs):
    kwargs.setdefault("select", WORKFLOW)
    return run_assets(simulator.url, url, schema, **kwargs)


@pytest.fixture
def synced(request, simulator, pg_url, schema_name):
    """The store after a full resync of the unchanged simulator (a copy of the
    module's: tests.helpers.synced_copy)."""
    return synced_copy(request, pg_url, schema_name,
                       lambda schema: sync(simulator, pg_url, schema, tags=full()))


def progress(url, schema, instance_id):
    found = rows(url, schema, "SELECT status, current_node_ids, passed_path, nodes_passed, "
                 "tasks_total, tasks_open, late_aborts, parent_instance_id, parent_node_id, "
                 "waiting_since FROM {process_progress} WHERE instance_id = "
                 f"'{instance_id}'")
    return found[0] if found else None


def find(simulator, predicate):
    """The first base instance whose flow satisfies ``predicate(instance, tasks)``."""
    ds = simulator.dataset
    for s in range(ds.instances.n0):
        instance, tasks = ds.flow(s)
        if predicate(instance, tasks):
            return instance, tasks
    raise AssertionError("no such instance in the simulated school")


def test_instances_and_tasks_are_written(simulator, synced, pg_url, schema_name):
    ds = simulator.dataset
    assert metadata(synced, "process_instance")["inserted"] == len(
        ds.instance_listing(None, None)) - ds.instances.is_tombstone(0)  # all, less tombstones
    statuses = dict(rows(pg_url, schema_name, "SELECT status, count(*) FROM {process_instance} "
                         "GROUP BY status"))
    assert set(statuses) <= {"running", "completed", "terminated", "cancelled", "rejected",
                             "deleted"}
    assert {"completed", "rejected", "running"} <= set(statuses)
    tasks = dict(rows(pg_url, schema_name, "SELECT status, count(*) FROM {task_history} "
                      "GROUP BY status"))
    assert {"init", "completed", "aborted", "reverted"} <= set(tasks)


def test_a_linear_flow(simulator, synced, pg_url, schema_name):
    instance, tasks = find(simulator, lambda i, t: i["status"] == "completed"
                           and [x["status"] for x in t] == ["completed"] * len(t) and len(t) == 3)
    status, current, path, passed, total, open_, late, *_ = progress(pg_url, schema_name,
                                                                      instance["id"])
    assert (status, current, total, open_, late) == ("completed", None, 3, 0, 0)
    assert path == "N1>N2>N3"
    nodes = json.loads(passed)
    assert [n["node_id"] for n in nodes] == ["N1", "N2", "N3"]
    assert nodes[1]["seconds"] == pytest.approx(
        (_ts(tasks[1]["finished_at"]) - _ts(tasks[1]["created_at"])), abs=1)
    times = rows(pg_url, schema_name, "SELECT node_id, visits, seconds, is_open FROM "
                 f"{{process_node_time}} WHERE instance_id = '{instance['id']}' ORDER BY node_id")
    assert [t[:2] for t in times] == [("N1", 1), ("N2", 1), ("N3", 1)]
    assert sum(t[2] for t in times) == pytest.approx(
        _ts(tasks[-1]["finished_at"]) - _ts(tasks[0]["created_at"]), abs=2)


def test_a_reverted_flow_passes_a_node_twice(simulator, synced, pg_url, schema_name):
    instance, _ = find(simulator, lambda i, t: i["status"] == "completed"
                       and any(x["status"] == "reverted" for x in t))
    _, current, path, passed, total, *_ = progress(pg_url, schema_name, instance["id"])
    assert path.startswith("N1>N2>N1>N2") and current is None
    assert [n["status"] for n in json.loads(passed)][:2] == ["completed", "reverted"]
    visits = dict(rows(pg_url, schema_name, "SELECT node_id, visits FROM {process_node_time} "
                       f"WHERE instance_id = '{instance['id']}'"))
    assert visits["N1"] == 2 and visits["N2"] == 2


def test_a_rejected_flow(simulator, synced, pg_url, schema_name):
    instance, _ = find(simulator, lambda i, t: i["status"] == "rejected")
    status, current, path, _, _, open_, *_ = progress(pg_url, schema_name, instance["id"])
    assert status == "rejected" and current is None and open_ == 0 and path.endswith("N2")


def test_a_running_flow_shows_where_it_waits(simulator, synced, pg_url, schema_name):
    instance, tasks = find(simulator, lambda i, t: i["status"] == "running")
    found = progress(pg_url, schema_name, instance["id"])
    assert found[1] == "N2" and found[5] == 1
    assert found[9] is not None  # waiting since the open task was created
    node = rows(pg_url, schema_name, "SELECT is_open FROM {process_node_time} WHERE "
                f"instance_id = '{instance['id']}' AND node_id = 'N2'")
    assert node == [(True,)]


def test_a_child_process_hangs_from_its_parents_open_node(simulator, synced, pg_url,
                                                          schema_name):
    child, _ = find(simulator, lambda i, t: i["parent_instance_id"] is not None)
    found = progress(pg_url, schema_name, child["id"])
    assert found[7] == child["parent_instance_id"]
    parent_tasks = rows(pg_url, schema_name, "SELECT node_id, created_at FROM {task_history} "
                        f"WHERE instance_id = '{child['parent_instance_id']}' ORDER BY created_at")
    child_created = rows(pg_url, schema_name, "SELECT created_at FROM {process_instance} "
                         f"WHERE id = '{child['id']}'")[0][0]
    expected = [n for n, created in parent_tasks if created <= child_created]
    assert found[8] == (expected[-1] if expected else None)
    # a child created after all of its parent's tasks hangs from the parent's last node
    assert found[8] is not None


def test_out_of_school_requests_and_who_is_out(simulator, synced, pg_url, schema_name):
    requests = rows(pg_url, schema_name, "SELECT instance_id, user_id, left_at, returned_at, "
                    "is_off_campus, status FROM {out_school_request}")
    categories = dict(rows(pg_url, schema_name, "SELECT category, count(*) FROM "
                           "{process_instance} WHERE removed_at IS NULL GROUP BY category"))
    assert len(requests) == categories["out_school"]
    back = [r for r in requests if r[5] == "completed"]
    assert back and all(r[2] is not None and r[3] is not None and r[2] <= r[3] for r in back)
    assert all(not r[4] for r in back)
    # who is off campus, worked out from the tasks: checked out, not checked in,
    # the request still standing
    out = {r[0] for r in rows(
        pg_url, schema_name, "SELECT i.id FROM {process_instance} i WHERE i.category = "
        "'out_school' AND i.is_active AND i.status NOT IN ('cancelled', 'terminated') AND "
        "EXISTS (SELECT 1 FROM {task_history} h WHERE h.instance_id = i.id AND h.task_type = "
        "'checkout' AND h.status = 'completed' AND h.removed_at IS NULL) AND NOT EXISTS "
        "(SELECT 1 FROM {task_history} h WHERE h.instance_id = i.id AND h.task_type = "
        "'checkin' AND h.status = 'completed' AND h.removed_at IS NULL)")}
    view = {r[0] for r in rows(pg_url, schema_name,
                               f"SELECT instance_id FROM {schema_name}.off_campus_now")}
    assert view == out


def test_who_is_off_campus_now(simulator, pg_url, schema_name):
    simulator.reset(users=4000)  # enough running requests that some are out
    assert sync(simulator, pg_url, schema_name, tags=full()).success
    ds = simulator.dataset
    flows = [ds.flow(int(s)) for s in ds.instances.full() if not ds.instances.is_tombstone(int(s))]
    away = {i["id"] for i, tasks in flows if i["category"] == "out_school"
            and i["status"] == "running" and tasks[-1]["task_type"] == "checkin"}
    assert away
    out = rows(pg_url, schema_name, f"SELECT instance_id, user_id, left_at, status FROM "
               f"{schema_name}.off_campus_now")
    assert {r[0] for r in out} == away
    assert all(r[2] is not None and r[3] == "running" for r in out)


def test_consistency_checks_catch_each_case(simulator, synced):
    checks = check_results(synced)
    expected = {
        "process_instance_finished_without_open_tasks": "S9000001",
        "process_instance_running_with_an_open_task": "S9000002",
        "task_history_instance_known": "TH999999991",
        "task_history_no_abort_after_finish": "S9000003",
    }
    for name, offender in expected.items():
        check = checks[name]
        assert not check.passed, name
        assert check.severity.value == "WARN"
        assert offender in check.metadata["sample"].value, (name, check.metadata)
        assert check.metadata["offending_rows"].value >= 1
    assert checks["process_progress_covers_instances"].passed
    # none of them stopped the other rows
    assert metadata(synced, "task_history")["inserted"] > 100


def test_an_incremental_hour_updates_only_what_changed(simulator, synced, pg_url,
                                                      schema_name):
    before = dict(rows(pg_url, schema_name, "SELECT instance_id, last_synced_at FROM "
                       "{process_progress}"))
    simulator.epoch(2)
    hour = sync(simulator, pg_url, schema_name, partition="2026-11-27-09:00")
    assert hour.success
    ds = simulator.dataset
    changed = set(ds.changes("instances", 2).listed)
    meta = metadata(hour, "process_instance")
    assert meta["mode"] == "incremental"
    assert meta["inserted"] + meta["updated"] == len(changed)
    after = dict(rows(pg_url, schema_name, "SELECT instance_id, last_synced_at FROM "
                      "{process_progress}"))
    rewritten = {k for k, v in after.items() if before.get(k) != v}
    assert rewritten and rewritten <= changed | {
        r[0] for r in rows(pg_url, schema_name, "SELECT id FROM {process_instance} WHERE "
                           "parent_instance_id IS NOT NULL")}
    assert metadata(hour, "process_progress")["instances_recomputed"] <= len(changed) + 10
    # a request that was running and finished this hour
    finished = [i for i in changed if ds.flow(int(i[1:]) - 1)[0]["status"] != "running"
                and int(i[1:]) <= ds.instances.n0]
    assert finished, "the hour finished no instance: the scenario is gone"
    for instance_id in finished:
        found = progress(pg_url, schema_name, instance_id)
        assert found[5] == 0 and found[1] is None, instance_id


def test_the_sqlite_default(simulator, sqlite_url):
    result = sync(simulator, sqlite_url, "flowsync", tags=full())
    assert result.success
    instance, _ = find(simulator, lambda i, t: i["status"] == "completed"
                       and [x["status"] for x in t] == ["completed"] * len(t) and len(t) == 3)
    found = rows(sqlite_url, "flowsync", "SELECT passed_path, tasks_total, nodes_passed FROM "
                 f"{{process_progress}} WHERE instance_id = '{instance['id']}'")
    assert found[0][:2] == ("N1>N2>N3", 3)
    assert [n["node_id"] for n in json.loads(found[0][2])] == ["N1", "N2", "N3"]


def _ts(text: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def test_a_full_resync_recomputes_what_changed_and_repairs_what_is_missing(simulator, synced,
                                                                          pg_url, schema_name):
    from flowsync_dagster.store.database import Store

    again = sync(simulator, pg_url, schema_name, tags=full())
    assert metadata(again, "process_progress")["instances_recomputed"] == 0  # nothing changed
    # a progress row lost (by hand, or by an older layout): the next resync puts it back
    instance, _ = find(simulator, lambda i, t: i["status"] == "running")
    before = progress(pg_url, schema_name, instance["id"])
    store = Store(pg_url, schema_name)
    with store.transaction() as conn:
        conn.exec_driver_sql(f"DELETE FROM {store.qualified('process_progress')} "
                             f"WHERE instance_id = '{instance['id']}'")
    store.dispose()
    repaired = sync(simulator, pg_url, schema_name, tags=full())
    assert metadata(repaired, "process_progress")["instances_recomputed"] >= 1
    assert progress(pg_url, schema_name, instance["id"]) == before


def test_an_anonymous_request_names_its_creator_in_no_derived_table_or_view(
        simulator, pg_url, schema_name):
    simulator.reset(users=4000)  # enough running requests that some are out
    assert sync(simulator, pg_url, schema_name, tags=full(), select=None).success
    ds = simulator.dataset
    flows = [ds.flow(int(s)) for s in ds.instances.full() if not ds.instances.is_tombstone(int(s))]
    away = next(i for i, tasks in flows if i["category"] == "out_school" and not i["anonymous"]
                and i["status"] == "running" and tasks[-1]["task_type"] == "checkin")
    view = f"{schema_name}.off_campus_now"
    named = rows(pg_url, schema_name, f"SELECT user_id, name FROM {view} WHERE instance_id = "
                                      f"'{away['id']}'")
    assert named and named[0][0] == away["creator_user_id"] and named[0][1]
    # the same request, now marked anonymous at the source (newer)
    simulator.inject("/process-instances", [{**away, "anonymous": True,
                                             "updated_at": "2026-11-27T08:30:00+08:00"}])
    assert sync(simulator, pg_url, schema_name, tags=full(), select=None).success
    anonymous = rows(pg_url, schema_name, "SELECT i.id, i.creator_user_id, u.username, u.name, "
                     "i.title FROM {process_instance} i JOIN {app_user} u ON "
                     "u.id = i.creator_user_id WHERE i.anonymous AND i.removed_at IS NULL")
    assert away["id"] in {a[0] for a in anonymous} and len(anonymous) > 10
    derived = {"process_progress": "instance_id", "process_node_time": "instance_id",
               "out_school_request": "instance_id", view: "instance_id"}
    shown = 0
    for table, key in derived.items():
        name = table if "." in table else "{" + table + "}"
        found = rows(pg_url, schema_name, f"SELECT * FROM {name}")
        columns = rows(pg_url, schema_name, "SELECT column_name FROM information_schema.columns "
                       f"WHERE table_schema = '{schema_name}' AND table_name = "
                       f"'{table.split('.')[-1]}' ORDER BY ordinal_position")
        at = [c[0] for c in columns].index(key)
        by_instance = {r[at]: r for r in found}
        for instance_id, *creator in anonymous:
            row = by_instance.get(instance_id)
            if row is None:
                continue
            shown += 1
            cells = {str(v) for v in row if v is not None}
            assert not cells & {c for c in creator if c}, (table, instance_id)
    assert shown > len(anonymous)  # every anonymous instance has derived rows
    out = rows(pg_url, schema_name, f"SELECT user_id, username, name, title, anonymous FROM "
                                    f"{view} WHERE instance_id = '{away['id']}'")
    assert out == [(None, None, None, None, True)]
    assert rows(pg_url, schema_name, "SELECT creator_user_id FROM {process_instance} WHERE id = "
                                     f"'{away['id']}'") == [(away["creator_user_id"],)]
