"""``defs``: the code location (``workspace.yaml`` loads this module).

Built from the environment settings of operations.md. Nothing here connects
to anything: resources open their connections when a run starts.
"""

from __future__ import annotations

import os
import warnings

from dagster import BetaWarning, Definitions, EnvVar, in_process_executor

from flowsync_dagster.assets import (
    departments,
    identities,
    openids,
    posts,
    tags,
    users,
    workflow,
)
from flowsync_dagster.jobs import build_jobs, build_schedules
from flowsync_dagster.partitions import hourly_partitions
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.settings import Settings, load_settings

# operations.md requires BackfillPolicy.single_run() on every asset; Dagster
# still labels that parameter beta and would warn about it on every load.
warnings.filterwarnings("ignore", category=BetaWarning, message=".*backfill_policy.*")


def build_resources(settings: Settings) -> dict[str, object]:
    if settings.uses_simulator:
        officeflow = OfficeflowResource()  # the bundled simulator, started by each run
    else:
        officeflow = OfficeflowResource(
            base_url=settings.officeflow_base_url or "",
            app_key=EnvVar("OFFICEFLOW_APP_KEY"),
            app_secret=EnvVar("OFFICEFLOW_APP_SECRET"),
        )
    database_url = (EnvVar("FLOWSYNC_DATABASE_URL") if os.environ.get("FLOWSYNC_DATABASE_URL")
                    else settings.database_url)
    return {
        "officeflow": officeflow,
        "store": StoreResource(database_url=database_url, schema_name=settings.schema),
    }


def build_definitions(settings: Settings) -> Definitions:
    partitions_def = hourly_partitions(settings)
    kinds = {"python", "postgres" if settings.database_url.startswith("postgresql") else "sqlite"}
    assets = [
        *departments.build(partitions_def, settings, kinds),
        *identities.build(partitions_def, settings, kinds),
        *users.build(partitions_def, settings, kinds),
        *posts.build(partitions_def, settings, kinds),
        *tags.build(partitions_def, settings, kinds),
        *openids.build(partitions_def, settings, kinds),
        *workflow.build(partitions_def, settings, kinds),
    ]
    jobs = build_jobs(partitions_def)
    return Definitions(
        assets=assets,
        jobs=jobs,
        schedules=build_schedules(jobs, partitions_def),
        resources=build_resources(settings),
        # a subprocess per step costs ~1.7 s; the sync steps are I/O-bound and
        # serialised by the store's pool anyway
        executor=in_process_executor,
    )


defs = build_definitions(load_settings())
