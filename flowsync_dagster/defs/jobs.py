"""Jobs and schedules (docs/operations.md).

- ``officeflow_sync``: every sync asset for one hour (or a catch-up range);
  scheduled every hour for the hour that just ended.
- ``officeflow_full_resync``: the same assets, runs tagged
  ``flowsync/mode: full``: full listings, deletions reconciled; scheduled
  nightly. Tags, not run config, carry the mode, because
  ``dagster job execute`` does not apply a job's default run config.
"""

from typing import Any

from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    RunRequest,
    ScheduleDefinition,
    ScheduleEvaluationContext,
    SkipReason,
    TimeWindowPartitionsDefinition,
    build_schedule_from_partitioned_job,
    define_asset_job,
    partition_loading_context,
    schedule,
)

from flowsync_dagster.sync.partitions import MODE_TAG

# The default run launcher cannot see a crashed run; the run monitor of the
# daemon fails a run that outlives this. An hourly sync takes minutes: a dead
# run must not hold the store's pool for hours (deploy/dagster.yaml says the same).
MAX_RUNTIME_TAG = {"dagster/max_runtime": str(45 * 60)}

EVERY_ASSET = AssetSelection.all()


# Definition tags, not ``run_tags``: the scheduler and ``dagster job execute``
# apply either, but a run launched from the UI (GraphQL ``launchRun``) or by
# ``dagster job launch`` takes only the job's definition tags, and a full resync
# launched there without its mode tag would be an ordinary hour.
def build_jobs() -> list[Any]:
    hourly = define_asset_job(
        "officeflow_sync",
        selection=EVERY_ASSET,
        description="Every sync asset for the hour(s) of the partition: records updated in "
                    "that window, tombstones included.",
        tags={**MAX_RUNTIME_TAG},
    )
    full = define_asset_job(
        "officeflow_full_resync",
        selection=EVERY_ASSET,
        description="Every sync asset from full listings: reconciles deletions (soft delete), "
                    "within the mass-removal guard. Records one materialization per asset on "
                    "the given partition.",
        tags={MODE_TAG: "full", **MAX_RUNTIME_TAG},
    )
    return [hourly, full]


def build_schedules(jobs: list[Any], partitions_def: TimeWindowPartitionsDefinition
                    ) -> list[ScheduleDefinition]:
    hourly, full = jobs

    @schedule(
        job=full, name="officeflow_full_resync_nightly", cron_schedule="30 2 * * *",
        execution_timezone=partitions_def.timezone,
        default_status=DefaultScheduleStatus.RUNNING,
        description="At 02:30 every night, a full resync on the hour that just ended: the "
                    "pass that confirms deletions.",
    )
    def nightly_full_resync(context: ScheduleEvaluationContext) -> RunRequest | SkipReason:
        with partition_loading_context(effective_dt=context.scheduled_execution_time):
            key = partitions_def.get_last_partition_key()
        if key is None:
            return SkipReason("no complete hourly partition yet")
        return RunRequest(run_key=f"full-{key}", partition_key=key)

    return [
        build_schedule_from_partitioned_job(
            hourly, name="officeflow_sync_hourly", minute_of_hour=5,
            default_status=DefaultScheduleStatus.RUNNING,
            description="At :05 every hour, the hour that just ended.",
        ),
        nightly_full_resync,
    ]
