"""Writes ``process_instance`` and ``task_history``, and derives from them
``process_progress``, ``process_node_time`` and ``out_school_request`` (one
step, one transaction, so the derived tables always match their sources).

Instances and tasks are windowed like the directory; both stream page by page
into staging. The derived tables are recomputed in SQL for the instances the
run touched (every instance on a full resync), so an hour costs what changed
in it. The view ``off_campus_now`` lists who is out right now. The checks
report what the old engine's event handler used to enforce: a finished
instance with open tasks, a running one without any, a task of an unknown
instance, an aborted or reverted task after its instance finished. They warn;
they never stop the other rows.
"""

from collections.abc import Iterator
from typing import Any

from dagster import (
    AssetCheckSeverity,
    AssetExecutionContext,
    AssetsDefinition,
    AssetSpec,
    MaterializeResult,
    PartitionsDefinition,
    multi_asset,
)

from flowsync_dagster import checks, flow_tracking
from flowsync_dagster.assets.common import (
    PERMANENT,
    StepReport,
    permanent_failure,
    records,
    result,
    sync_options,
)
from flowsync_dagster.checks import SqlCheck
from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import utc
from flowsync_dagster.partitions import SyncConfig, sync_window
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings
from flowsync_dagster.store.merge import MergeSpec, QuarantineCase

INSTANCES = "process_instance"
TASKS = "task_history"
PROGRESS = "process_progress"
NODE_TIME = "process_node_time"
OUT_SCHOOL = "out_school_request"
INSTANCE_COLUMNS = ("process_code", "process_name", "category", "title", "creator_user_id",
                    "agent_user_id", "anonymous", "parent_instance_id", "created_at",
                    "finished_at", "is_active", "status", "source_updated_at")
TASK_COLUMNS = ("instance_id", "node_id", "node_name", "task_type", "assignee_user_id",
                "created_at", "finished_at", "is_active", "status", "source_updated_at")


TOUCHED = "instance_id IN (SELECT instance_id FROM {stg_touched})"


def _warn(name: str, table: str, sql: str, description: str, scoped: str = TOUCHED) -> SqlCheck:
    return SqlCheck(name, table, sql, description, severity=AssetCheckSeverity.WARN,
                    blocking=False, scoped=scoped)


CHECKS: list[checks.Check] = [
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
]


def instance_row(i: models.ProcessInstance | models.Tombstone) -> tuple[Any, ...]:
    if i.is_tombstone:
        return (i.id, *([None] * 10), False, "deleted", utc(i.updated_at), True)
    return (i.id, i.process_code, i.process_name, i.category, i.title, i.creator_user_id,
            i.agent_user_id, i.anonymous, i.parent_instance_id, utc(i.created_at),
            utc(i.finished_at), True, i.status, utc(i.updated_at), False)


def task_row(t: models.TaskHistory | models.Tombstone) -> tuple[Any, ...]:
    if t.is_tombstone:
        return (t.id, *([None] * 7), False, "deleted", utc(t.updated_at), True)
    return (t.id, t.instance_id, t.node_id, t.node_name, t.task_type, t.assignee_user_id,
            utc(t.created_at), utc(t.finished_at), True, t.status, utc(t.updated_at), False)


def build(partitions_def: PartitionsDefinition, settings: Settings, kinds: set[str]
          ) -> list[AssetsDefinition]:
    @multi_asset(
        name="workflow",
        specs=[
            AssetSpec(INSTANCES, group_name="workflow", kinds=kinds,
                      description="Process instances (app_session of the old service)."),
            AssetSpec(TASKS, group_name="workflow", kinds=kinds,
                      description="Every task of every instance: the largest table."),
            AssetSpec(PROGRESS, group_name="workflow", kinds=kinds,
                      description="Per instance: open node(s), nodes passed in order with "
                                  "their times, the parent's node of a child process."),
            AssetSpec(NODE_TIME, group_name="workflow", kinds=kinds,
                      description="Time spent per instance and node."),
            AssetSpec(OUT_SCHOOL, group_name="workflow", kinds=kinds,
                      description="Out-of-school (外出) requests: who, when they left, when "
                                  "they came back. The view off_campus_now lists who is out."),
        ],
        **sync_options(partitions_def),
        check_specs=checks.specs(CHECKS),
    )
    def workflow(context: AssetExecutionContext, config: SyncConfig,
                 officeflow: OfficeflowResource, store: StoreResource
                 ) -> Iterator[MaterializeResult]:
        window = sync_window(context, config)
        reports = {name: StepReport(window) for name in (INSTANCES, TASKS, PROGRESS, NODE_TIME,
                                                        OUT_SCHOOL)}
        client = officeflow.client
        cases: list[QuarantineCase] = []
        task_cases: list[QuarantineCase] = []
        try:
            with store.step(context.run.run_id) as step:
                step.stage(INSTANCES, INSTANCES, ("id", *INSTANCE_COLUMNS), (
                    instance_row(i) for i in records(client.iter_pages(
                        "/process-instances", models.PROCESS_INSTANCE, window=window.bounds),
                        cases)))
                step.stage(TASKS, TASKS, ("id", *TASK_COLUMNS), (
                    task_row(t) for t in records(client.iter_pages(
                        "/task-history", models.TASK_HISTORY, window=window.bounds), task_cases)))
                step.add_cases(INSTANCES, cases)
                step.add_cases(TASKS, task_cases)
                guard = store.guard(window.allow_mass_removal)
                for table, columns in ((INSTANCES, INSTANCE_COLUMNS), (TASKS, TASK_COLUMNS)):
                    reports[table].merges.append(step.merge(
                        MergeSpec(table, ("id",), columns, reconcile=window.full,
                                  touch_all=window.full), step.staging_name(table), guard))
                touched = None if window.full else flow_tracking.touched_instances(step)
                scope = None if touched is None else (
                    f"t.instance_id IN (SELECT instance_id FROM {touched})")
                derived = ((PROGRESS, ("instance_id",), flow_tracking.PROGRESS_COLUMNS,
                            flow_tracking.stage_progress),
                           (NODE_TIME, ("instance_id", "node_id"), flow_tracking.NODE_TIME_COLUMNS,
                            flow_tracking.stage_node_time),
                           (OUT_SCHOOL, ("instance_id",), flow_tracking.OUT_SCHOOL_COLUMNS,
                            flow_tracking.stage_out_school))
                for table, key, columns, stage in derived:
                    # derived rows follow their instances (the guard watched those), and
                    # are written only when they change: nothing at the source "finds"
                    # them, and an instance's new timestamp alone is not a change
                    reports[table].merges.append(step.merge(
                        MergeSpec(table, key, columns, reconcile=True, scope=scope,
                                  carried=("source_updated_at",)),
                        stage(step, touched)))
                for table in (INSTANCES, TASKS):
                    in_window = None if window.full else f"SELECT id FROM {step.staging_name(table)}"
                    reports[table].quarantine = step.record_quarantine(
                        table, {"invalid_record": in_window})
                evaluated = {table: checks.evaluate(step, CHECKS, window.full, table)
                             for table in reports}
        except PERMANENT as exc:
            raise permanent_failure(exc) from exc
        if touched is not None:
            reports[PROGRESS].extra["instances_recomputed"] = reports[PROGRESS].merges[0].source_rows
        for table, report in reports.items():
            yield result(context, table, report, evaluated[table],
                         client=client if table == INSTANCES else None)

    return [workflow]
