"""Flow tracking: what the process engine's front end computed on every page
view, once per run, in SQL (``sql/*.sql``), for the instances a run touched
(see ``touched_instances``):

- ``process_progress``: the open node(s) and since when they wait, the nodes
  passed in order with their times, task counts, aborted or reverted tasks
  that finished after the instance did, and for a child process the parent's
  node it hangs from (the parent task open when the child began);
- ``process_node_time``: time spent per node (visits, seconds, first/last);
- ``out_school_request``: out-of-school (外出) requests.

Nothing here holds a listing in memory: each table is one INSERT ... SELECT
into staging, then the same merge as every other table.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from flowsync_dagster.store.merge import StepWriter

FINISHED = "('completed', 'terminated', 'cancelled', 'rejected')"
PROGRESS_COLUMNS = (
    "process_code", "category", "current_node_ids", "current_node_names", "waiting_since",
    "passed_path", "nodes_passed", "tasks_total", "tasks_open", "late_aborts", "started_at",
    "finished_at", "parent_instance_id", "parent_node_id", "parent_node_name", "is_active",
    "status", "source_updated_at")
NODE_TIME_COLUMNS = ("node_name", "visits", "seconds", "first_entered_at", "last_left_at",
                     "is_open", "is_active", "status", "source_updated_at")
OUT_SCHOOL_COLUMNS = ("user_id", "agent_user_id", "title", "requested_at", "left_at",
                      "returned_at", "finished_at", "is_off_campus", "is_active", "status",
                      "source_updated_at", "anonymous")
SQL = Path(__file__).with_name("sql")


@cache
def _statement(name: str) -> str:
    return (SQL / f"{name}.sql").read_text()


def _in(touched: str | None, column: str) -> str:
    return f"{column} IN (SELECT instance_id FROM {touched})" if touched else "TRUE"


def _tasks(w: StepWriter, touched: str | None) -> str:
    where = f"removed_at IS NULL AND {_in(touched, 'instance_id')}"
    return w.sql.sorted_source(f"SELECT * FROM {w.t('task_history')} WHERE {where}",
                               "instance_id, created_at, id")


def touched_instances(w: StepWriter, full: bool) -> str:
    """``stg_touched``: the instances whose derived rows must be recomputed, and
    their children (a child hangs from its parent's open node).

    An hour: the instances whose rows it staged. A full resync: the instances
    whose rows it changed (they carry its stamp), and any live instance whose
    progress row is missing or out of date, so that a resync still repairs the
    derived tables without recomputing a million unchanged instances."""
    touched = w.create_staging("touched", [("instance_id", "TEXT")])
    instances, tasks = w.t("process_instance"), w.t("task_history")
    if full:
        w.exec(
            f"INSERT INTO {touched} SELECT id FROM {instances} WHERE last_synced_at = :now "
            f"UNION SELECT instance_id FROM {tasks} WHERE last_synced_at = :now "
            f"UNION SELECT i.id FROM {instances} i LEFT JOIN {w.t('process_progress')} p ON "
            f"p.instance_id = i.id WHERE i.removed_at IS NULL AND (p.instance_id IS NULL OR "
            f"p.removed_at IS NOT NULL OR p.status {w.sql.distinct} i.status)", {"now": w.now})
    else:
        w.store.plan_for(w.conn, few_rows=True)  # an hour: look the instances up
        w.conn.exec_driver_sql(
            f"INSERT INTO {touched} SELECT id FROM {w.staging_name('process_instance')} "
            f"UNION SELECT instance_id FROM {w.staging_name('task_history')}")
    w.conn.exec_driver_sql(
        f"INSERT INTO {touched} SELECT c.id FROM {instances} c WHERE "
        f"c.parent_instance_id IN (SELECT instance_id FROM {touched}) AND c.id NOT IN "
        f"(SELECT instance_id FROM {touched})")
    w.analyze(touched)
    return touched


def stage_progress(w: StepWriter, touched: str | None) -> str:
    order, is_open, is_done = "h.created_at, h.id", "h.status = 'init'", "h.status <> 'init'"
    sql = w.sql
    parent_task = (f"FROM {w.t('task_history')} p WHERE p.instance_id = c.parent_instance_id "
                   f"AND p.removed_at IS NULL AND p.created_at <= c.created_at "
                   f"ORDER BY p.created_at DESC, p.id DESC LIMIT 1")
    select = _statement("progress").format(
        process_instance=w.t("process_instance"), tasks=_tasks(w, touched),
        open_ids=sql.ordered_text("h.node_id", ",", order, is_open),
        open_names=sql.ordered_text("h.node_name", ",", order, is_open),
        passed_path=sql.ordered_text("h.node_id", ">", order, is_done),
        nodes_passed=sql.ordered_json(
            {"node_id": "h.node_id", "node_name": "h.node_name", "status": "h.status",
             "entered_at": "h.created_at", "left_at": "h.finished_at",
             "seconds": sql.seconds("h.created_at", "h.finished_at")}, order, is_done),
        parent_task=parent_task, child_scope=_in(touched, "c.id"), scope=_in(touched, "i.id"))
    w.stage_select("process_progress", "process_progress", ("instance_id", *PROGRESS_COLUMNS),
                   select)
    return w.staging_name("process_progress")


def stage_node_time(w: StepWriter, touched: str | None) -> str:
    select = _statement("node_time").format(
        process_instance=w.t("process_instance"), tasks=_tasks(w, touched),
        seconds=w.sql.seconds("h.created_at", "h.finished_at"))
    w.stage_select("process_node_time", "process_node_time",
                   ("instance_id", "node_id", *NODE_TIME_COLUMNS), select)
    return w.staging_name("process_node_time")


def stage_out_school(w: StepWriter, touched: str | None) -> str:
    select = _statement("out_school").format(
        process_instance=w.t("process_instance"), tasks=_tasks(w, touched),
        scope=_in(touched, "i.id"))
    w.stage_select("out_school_request", "out_school_request",
                   ("instance_id", *OUT_SCHOOL_COLUMNS), select)
    return w.staging_name("out_school_request")
