"""Writes ``process_instance`` and ``task_history``, and derives from them
``process_progress``, ``process_node_time`` and ``out_school_request`` (one
step, one transaction, so the derived tables always match their sources).

Instances and tasks are windowed like the directory; both stream page by page
into staging. The derived tables are recomputed in SQL for the instances the
run touched, so an hour costs what changed in it, and a full resync what it
changed. The view ``off_campus_now`` lists who is out right now. The checks
report what the process engine expects: a finished instance with open tasks,
a running one without any, a task of an unknown instance, an aborted or
reverted task after its instance finished. They warn; they never stop the
other rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from dagster import AssetCheckSeverity
from sqlalchemy import Boolean, Column, DateTime, Float, Index, Integer, Text

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.store.entity import EntityTable
from flowsync_dagster.store.merge import MergeSpec, StepWriter
from flowsync_dagster.store.rules import workflow as flow_tracking
from flowsync_dagster.sync import checks
from flowsync_dagster.sync.checks import SqlCheck
from flowsync_dagster.sync.step import SyncAsset, SyncStep

INSTANCES = "process_instance"
TASKS = "task_history"
PROGRESS = "process_progress"
NODE_TIME = "process_node_time"
OUT_SCHOOL = "out_school_request"


class InstanceRow(NamedTuple):
    id: str
    process_code: str | None
    process_name: str | None
    category: str | None
    title: str | None
    creator_user_id: str | None
    agent_user_id: str | None
    anonymous: bool | None
    parent_instance_id: str | None
    created_at: datetime | None
    finished_at: datetime | None
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


class TaskRow(NamedTuple):
    id: str
    instance_id: str | None
    node_id: str | None
    node_name: str | None
    task_type: str | None
    assignee_user_id: str | None
    created_at: datetime | None
    finished_at: datetime | None
    is_active: bool
    status: str
    source_updated_at: datetime | None
    tombstone: bool


def _time(name: str) -> Column[datetime]:
    return Column(name, DateTime(timezone=True))


PROCESS_INSTANCE = EntityTable(
    INSTANCES, "workflow",
    "Workflow instances (a leave request, an out-of-school request...), with their status "
    "and who started them.",
    key=("id",), row=InstanceRow,
    indexes=(Index("ix_process_instance_parent", "parent_instance_id"),),
    personal=frozenset({"title"}), identifying=frozenset({"creator_user_id", "agent_user_id"}),
    roomy=True)
TASK_HISTORY = EntityTable(
    TASKS, "workflow", "Every task of every instance, open or finished: the largest table.",
    key=("id",), row=TaskRow, indexes=(Index("ix_task_history_instance", "instance_id"),),
    identifying=frozenset({"assignee_user_id"}), roomy=True)
# derived in SQL from the two above, in the same step (store/rules/workflow.py)
PROCESS_PROGRESS = EntityTable(
    PROGRESS, "workflow",
    "Per instance, derived in the same step: where it waits now, the nodes it passed in "
    "order with their times, and for a child process the parent's node it hangs from.",
    key=("instance_id",), roomy=True, columns=(
        Column("instance_id", Text, primary_key=True),
        Column("process_code", Text),
        Column("category", Text),
        Column("current_node_ids", Text),  # open (init) tasks' nodes, e.g. "N2" or "N2,N3"
        Column("current_node_names", Text),
        _time("waiting_since"),  # since when the oldest open task waits
        Column("passed_path", Text),  # finished tasks' nodes in order, e.g. "N1>N2>N1>N2>N3"
        # JSON: [{node_id, node_name, status, entered_at, left_at, seconds}]
        Column("nodes_passed", Text),
        Column("tasks_total", Integer),
        Column("tasks_open", Integer),
        Column("late_aborts", Integer),  # aborted/reverted tasks finished after the instance
        _time("started_at"),
        _time("finished_at"),
        Column("parent_instance_id", Text),
        Column("parent_node_id", Text),  # the parent's node open when this child began
        Column("parent_node_name", Text),
    ))
PROCESS_NODE_TIME = EntityTable(
    NODE_TIME, "workflow", "Time spent per instance and node, derived in the same step.",
    key=("instance_id", "node_id"), roomy=True, columns=(
        Column("instance_id", Text, primary_key=True),
        Column("node_id", Text, primary_key=True),
        Column("node_name", Text),
        Column("visits", Integer),
        Column("seconds", Float),  # time spent in finished tasks at this node
        _time("first_entered_at"),
        _time("last_left_at"),
        Column("is_open", Boolean),
    ))
OUT_SCHOOL_REQUEST = EntityTable(
    OUT_SCHOOL, "workflow",
    "Out-of-school (外出) requests: who, when they left, when they came back. The view "
    "off_campus_now lists who is out right now.",
    key=("instance_id",), columns=(
        Column("instance_id", Text, primary_key=True),
        Column("user_id", Text),
        Column("agent_user_id", Text),
        Column("title", Text),
        _time("requested_at"),
        _time("left_at"),  # its checkout task finished
        _time("returned_at"),  # its checkin task finished
        _time("finished_at"),
        Column("is_off_campus", Boolean),
    ),
    # 匿名发起: user_id and title are NULL (process_instance keeps who it was)
    added_later=(Column("anonymous", Boolean),),
    indexes=(Index("ix_out_school_request_user", "user_id"),),
    personal=frozenset({"title"}), identifying=frozenset({"user_id", "agent_user_id"}))

TOUCHED = "instance_id IN (SELECT instance_id FROM {stg_touched})"


def _warn(name: str, table: str, sql: str, description: str, scoped: str = TOUCHED) -> SqlCheck:
    return SqlCheck(name, table, sql, description, severity=AssetCheckSeverity.WARN,
                    blocking=False, scoped=scoped)


CHECKS: tuple[checks.Check, ...] = (
    checks.invalid_records(INSTANCES),
    checks.invalid_records(TASKS),
    _warn("process_instance_finished_without_open_tasks", INSTANCES,
          "SELECT instance_id FROM {process_progress} WHERE is_active AND status IN "
          + flow_tracking.FINISHED + " AND tasks_open > 0 AND {scope}",
          "A completed, terminated, cancelled or rejected instance has no open (init) task."),
    _warn("process_instance_running_with_an_open_task", INSTANCES,
          "SELECT instance_id FROM {process_progress} WHERE is_active AND status = 'running' "
          "AND tasks_open = 0 AND {scope}",
          "A running instance has at least one open (init) task."),
    _warn("task_history_instance_known", TASKS,
          "SELECT h.id FROM {task_history} h WHERE h.is_active AND NOT EXISTS "
          "(SELECT 1 FROM {process_instance} i WHERE i.id = h.instance_id) AND {scope}",
          "Every task belongs to an instance the store knows.",
          scoped="h.id IN (SELECT id FROM {stg_task_history})"),
    _warn("task_history_no_abort_after_finish", TASKS,
          "SELECT instance_id FROM {process_progress} WHERE is_active AND late_aborts > 0 "
          "AND {scope}",
          "No task is aborted or reverted after its instance finished."),
    SqlCheck("process_progress_covers_instances", PROGRESS,
             "SELECT i.id FROM {process_instance} i LEFT JOIN {process_progress} p ON "
             "p.instance_id = i.id WHERE i.removed_at IS NULL AND (p.instance_id IS NULL OR "
             "p.removed_at IS NOT NULL OR COALESCE(p.status, '') <> COALESCE(i.status, '')) "
             "AND {scope}",
             "Every live instance has its progress row, with its current status. A failure "
             "means the store is wrong.", scoped="i.id IN (SELECT instance_id FROM {stg_touched})"),
)


def instance_row(i: models.ProcessInstance | models.Tombstone) -> InstanceRow:
    if i.is_tombstone:
        return InstanceRow(i.id, None, None, None, None, None, None, None, None, None, None,
                           False, "deleted", utc(i.updated_at), True)
    return InstanceRow(i.id, i.process_code, i.process_name, i.category, i.title,
                       i.creator_user_id, i.agent_user_id, i.anonymous, i.parent_instance_id,
                       utc(i.created_at), utc(i.finished_at), True, i.status,
                       utc(i.updated_at), False)


def task_row(t: models.TaskHistory | models.Tombstone) -> TaskRow:
    if t.is_tombstone:
        return TaskRow(t.id, None, None, None, None, None, None, None, False, "deleted",
                       utc(t.updated_at), True)
    return TaskRow(t.id, t.instance_id, t.node_id, t.node_name, t.task_type,
                   t.assignee_user_id, utc(t.created_at), utc(t.finished_at), True, t.status,
                   utc(t.updated_at), False)


DerivedStage = Callable[[StepWriter, str | None], str]
DERIVED: tuple[tuple[str, tuple[str, ...], tuple[str, ...], DerivedStage], ...] = (
    (PROGRESS, ("instance_id",), flow_tracking.PROGRESS_COLUMNS, flow_tracking.stage_progress),
    (NODE_TIME, ("instance_id", "node_id"), flow_tracking.NODE_TIME_COLUMNS,
     flow_tracking.stage_node_time),
    (OUT_SCHOOL, ("instance_id",), flow_tracking.OUT_SCHOOL_COLUMNS,
     flow_tracking.stage_out_school),
)


def write(step: SyncStep, w: StepWriter) -> None:
    window = step.window
    w.stage_rows(INSTANCES, INSTANCES, InstanceRow, (instance_row(i) for i in step.records(
        step.client.iter_pages("/process-instances", models.PROCESS_INSTANCE,
                               window=window.bounds, read_ahead=True), entity=INSTANCES)))
    w.stage_rows(TASKS, TASKS, TaskRow, (task_row(t) for t in step.records(
        step.client.iter_pages("/task-history", models.TASK_HISTORY, window=window.bounds,
                               read_ahead=True), entity=TASKS)))
    w.add_cases(INSTANCES, step.cases)
    for declared in (PROCESS_INSTANCE, TASK_HISTORY):
        table, columns = declared.name, declared.written
        step.merged(w.merge(MergeSpec(table, ("id",), columns, reconcile=window.full),
                            w.staging_name(table), step.guard))
    touched = flow_tracking.touched_instances(w, window.full)
    scope = f"t.instance_id IN (SELECT instance_id FROM {touched})"
    for table, key, columns, stage in DERIVED:
        # derived rows follow their instances (the guard watched those), and are
        # written only when they change: nothing at the source "finds" them, and
        # an instance's new timestamp alone is not a change
        step.merged(w.merge(MergeSpec(table, key, columns, reconcile=True, scope=scope,
                                      carried=("source_updated_at",), newer_wins=False),
                            stage(w, touched)))
    for table in (INSTANCES, TASKS):
        in_window = None if window.full else f"SELECT id FROM {w.staging_name(table)}"
        step.report(table).quarantine = w.record_quarantine(table, {"invalid_record": in_window})
    step.report(PROGRESS).extra["instances_recomputed"] = \
        step.report(PROGRESS).merge.source_rows  # type: ignore[union-attr]


WORKFLOW = SyncAsset(name="workflow",
                     writes=(PROCESS_INSTANCE, TASK_HISTORY, PROCESS_PROGRESS, PROCESS_NODE_TIME,
                             OUT_SCHOOL_REQUEST), write=write,
                     checks=CHECKS, deps=("app_user",), description=__doc__ or "")
