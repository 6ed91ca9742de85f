"""Flow tracking: what the old front end computed on every page view, once per run.

For each process instance the run touched (all of them on a full resync),
set-based SQL over ``task_history`` derives:

- ``process_progress``: the open node(s) and since when they wait, the nodes
  passed in order with their times, task counts, aborted/reverted tasks that
  finished after the instance did, and for a child process the parent's node
  it hangs from (the parent task open when the child began);
- ``process_node_time``: time spent per node (visits, seconds, first/last);
- ``out_school_request``: out-of-school (外出) requests, with who, when they
  left (their ``checkout`` task finished) and when they came back (their
  ``checkin`` task finished).

Nothing here holds a listing in memory: each table is one INSERT ... SELECT
into staging, then the same merge as every other table.
"""

from __future__ import annotations

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
                      "source_updated_at")


class FlowSql:
    """The dialect-dependent pieces of the flow tracking SQL."""

    def __init__(self, step: StepWriter) -> None:
        self.step = step
        self.pg = step.store.is_postgres

    def seconds(self, start: str, end: str) -> str:
        if self.pg:
            return f"EXTRACT(EPOCH FROM ({end} - {start}))"
        return f"((julianday({end}) - julianday({start})) * 86400.0)"

    # Order inside an aggregate: PostgreSQL says so in each call (a subquery's
    # order does not survive its joins: a hash join hands an instance's tasks
    # over in reverse). SQLite 3.40 has no ORDER BY in aggregates; there the
    # input is sorted and the nested-loop join keeps it.

    def ordered_text(self, value: str, separator: str, order: str, where: str) -> str:
        if self.pg:
            return f"string_agg({value}, '{separator}' ORDER BY {order}) FILTER (WHERE {where})"
        return f"group_concat({value}, '{separator}') FILTER (WHERE {where})"

    def ordered_json(self, pairs: dict[str, str], order: str, where: str) -> str:
        obj = self.step.json_object_sql(pairs).removesuffix("::text")
        if self.pg:
            return f"(json_agg({obj} ORDER BY {order}) FILTER (WHERE {where}))::text"
        return f"json_group_array(json({obj})) FILTER (WHERE {where})"

    def tasks(self, touched: str | None) -> str:
        """Live tasks of the touched instances (sorted for SQLite's aggregates)."""
        where = f"removed_at IS NULL{self._in(touched, 'instance_id')}"
        source = f"SELECT * FROM {self.step.t('task_history')} WHERE {where}"
        return f"({source})" if self.pg else f"({source} ORDER BY instance_id, created_at, id)"

    @staticmethod
    def _in(touched: str | None, column: str) -> str:
        return f" AND {column} IN (SELECT instance_id FROM {touched})" if touched else ""


def touched_instances(step: StepWriter) -> str:
    """``stg_touched``: instances whose rows this run staged, and their children."""
    step.store.plan_for(step.conn, few_rows=True)  # an hour: look the instances up
    touched = step.create_staging("touched", [("instance_id", "TEXT")])
    instances, tasks = step.staging_name("process_instance"), step.staging_name("task_history")
    step.conn.exec_driver_sql(
        f"INSERT INTO {touched} SELECT id FROM {instances} UNION SELECT instance_id FROM {tasks}")
    step.conn.exec_driver_sql(
        f"INSERT INTO {touched} SELECT c.id FROM {step.t('process_instance')} c WHERE "
        f"c.parent_instance_id IN (SELECT instance_id FROM {touched}) AND c.id NOT IN "
        f"(SELECT instance_id FROM {touched})")
    step.analyze(touched)
    return touched


def stage_progress(step: StepWriter, touched: str | None) -> str:
    sql = FlowSql(step)
    instances, history = step.t("process_instance"), step.t("task_history")
    order, is_open, is_done = "h.created_at, h.id", "h.status = 'init'", "h.status <> 'init'"
    aggregates = (
        f"SELECT h.instance_id, "
        f"{sql.ordered_text('h.node_id', ',', order, is_open)} AS open_ids, "
        f"{sql.ordered_text('h.node_name', ',', order, is_open)} AS open_names, "
        f"min(h.created_at) FILTER (WHERE {is_open}) AS waiting_since, "
        f"{sql.ordered_text('h.node_id', '>', order, is_done)} AS passed_path, "
        + sql.ordered_json({"node_id": "h.node_id", "node_name": "h.node_name",
                            "status": "h.status", "entered_at": "h.created_at",
                            "left_at": "h.finished_at",
                            "seconds": sql.seconds("h.created_at", "h.finished_at")},
                           order, is_done) + " AS nodes_passed, "
        f"count(*) AS tasks_total, count(*) FILTER (WHERE h.status = 'init') AS tasks_open, "
        f"count(*) FILTER (WHERE h.status IN ('aborted', 'reverted') AND f.finished_at IS NOT "
        f"NULL AND h.finished_at > f.finished_at) AS late_aborts "
        f"FROM {sql.tasks(touched)} h JOIN {instances} f ON f.id = h.instance_id "
        f"GROUP BY h.instance_id")
    parent_task = (f"FROM {history} p WHERE p.instance_id = c.parent_instance_id AND "
                   f"p.removed_at IS NULL AND p.created_at <= c.created_at "
                   f"ORDER BY p.created_at DESC, p.id DESC LIMIT 1")
    parents = (f"SELECT c.id AS child_id, (SELECT p.node_id {parent_task}) AS node_id, "
               f"(SELECT p.node_name {parent_task}) AS node_name FROM {instances} c "
               f"WHERE c.parent_instance_id IS NOT NULL{sql._in(touched, 'c.id')}")
    step.stage_select(
        "process_progress", "process_progress", ("instance_id", *PROGRESS_COLUMNS),
        f"SELECT i.id, i.process_code, i.category, a.open_ids, "
        f"a.open_names, a.waiting_since, a.passed_path, a.nodes_passed, "
        f"COALESCE(a.tasks_total, 0), COALESCE(a.tasks_open, 0), COALESCE(a.late_aborts, 0), "
        f"i.created_at, i.finished_at, i.parent_instance_id, pn.node_id, pn.node_name, "
        f"i.is_active, i.status, i.source_updated_at, FALSE FROM {instances} i "
        f"LEFT JOIN ({aggregates}) a ON a.instance_id = i.id "
        f"LEFT JOIN ({parents}) pn ON pn.child_id = i.id "
        f"WHERE i.removed_at IS NULL{sql._in(touched, 'i.id')}")
    return step.staging_name("process_progress")


def stage_node_time(step: StepWriter, touched: str | None) -> str:
    sql = FlowSql(step)
    finished_seconds = sql.seconds("h.created_at", "h.finished_at")
    step.stage_select(
        "process_node_time", "process_node_time", ("instance_id", "node_id", *NODE_TIME_COLUMNS),
        f"SELECT h.instance_id, h.node_id, max(h.node_name), "
        f"count(*), COALESCE(sum(CASE WHEN h.finished_at IS NOT NULL THEN {finished_seconds} "
        f"END), 0), min(h.created_at), max(h.finished_at), "
        f"max(CASE WHEN h.status = 'init' THEN 1 ELSE 0 END) = 1, i.is_active, i.status, "
        f"i.source_updated_at, FALSE FROM {sql.tasks(touched)} h JOIN "
        f"{step.t('process_instance')} i ON i.id = h.instance_id AND i.removed_at IS NULL "
        f"GROUP BY h.instance_id, h.node_id, i.is_active, i.status, i.source_updated_at")
    return step.staging_name("process_node_time")


def stage_out_school(step: StepWriter, touched: str | None) -> str:
    sql = FlowSql(step)
    moves = (f"SELECT instance_id, min(finished_at) FILTER (WHERE task_type = 'checkout' AND "
             f"status = 'completed') AS left_at, max(finished_at) FILTER (WHERE task_type = "
             f"'checkin' AND status = 'completed') AS returned_at FROM {sql.tasks(touched)} h "
             f"GROUP BY instance_id")
    step.stage_select(
        "out_school_request", "out_school_request", ("instance_id", *OUT_SCHOOL_COLUMNS),
        f"SELECT i.id, i.creator_user_id, i.agent_user_id, i.title, "
        f"i.created_at, m.left_at, m.returned_at, i.finished_at, "
        f"(m.left_at IS NOT NULL AND m.returned_at IS NULL AND i.status NOT IN "
        f"('cancelled', 'terminated')), i.is_active, i.status, i.source_updated_at, FALSE "
        f"FROM {step.t('process_instance')} i LEFT JOIN ({moves}) m ON m.instance_id = i.id "
        f"WHERE i.category = 'out_school' AND i.removed_at IS NULL{sql._in(touched, 'i.id')}")
    return step.staging_name("out_school_request")

