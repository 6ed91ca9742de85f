"""The code location's parts, built from one school's settings: the assets,
resources, jobs, schedules and sensors ``definitions.py`` (and each school's
location, ``defs/schools.py``) hands to Dagster. The asset graph (assets, checks,
jobs, schedules) is the same in every environment: settings choose resource
values and the partitions' start and timezone, never which assets or checks
exist. Nothing here connects to anything: resources open their connections
when a run starts.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from dagster import (
    AnchorBasedFilePathMapping,
    AssetsDefinition,
    BetaWarning,
    Definitions,
    EnvVar,
    in_process_executor,
    link_code_references_to_git,
)

from flowsync_dagster.defs.alerts import ALERT_SENSORS
from flowsync_dagster.defs.assets import build_asset
from flowsync_dagster.defs.jobs import build_jobs, build_schedules
from flowsync_dagster.defs.sensors import free_dead_runs
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.resources.sync import DepartmentRuleConfig, SyncPolicyResource
from flowsync_dagster.settings.load import Settings
from flowsync_dagster.store.liveness import store_pool
from flowsync_dagster.sync.entities import ENTITIES
from flowsync_dagster.sync.partitions import hourly_partitions

# Beta in Dagster 1.13 but what docs/operations.md asks for: BackfillPolicy.single_run()
# on every asset, and code references on every asset page. Said once, here, not
# on every load.
warnings.filterwarnings("ignore", category=BetaWarning, message=".*backfill_policy.*")
warnings.filterwarnings("ignore", category=BetaWarning, message=".*CodeReference.*")
warnings.filterwarnings("ignore", category=BetaWarning, message=".*link_code_references.*")
warnings.filterwarnings("ignore", category=BetaWarning, message=".*FilePathMapping.*")

# the repository's root: the package's parent (code references are relative to it)
PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def build_resources(settings: Settings) -> dict[str, object]:
    """Credentials and the store's URL go in as where they are kept (a variable,
    a file), read by each run: never copied into a definition."""
    officeflow = OfficeflowResource(
        base_url=settings.officeflow_base_url or "",  # empty: the bundled simulator
        app_key_ref=settings.app_key.describe() if settings.app_key else "",
        app_secret_ref=settings.app_secret.describe() if settings.app_secret else "",
        demo=settings.demo,
    )
    database_url = (EnvVar(settings.database_url_env) if settings.database_url_env
                    else settings.database_url)
    origins = dict(settings.origins)
    origins["department_rules"] = (f"file {settings.settings_file}" if settings.settings_file
                                   else "default")
    return {
        "officeflow": officeflow,
        "store": StoreResource(database_url=database_url, schema_name=settings.schema,
                               pool=store_pool(settings.code)),
        "sync": SyncPolicyResource(
            lookback_hours=settings.lookback_hours,
            catchup_max_hours=settings.catchup_max_hours,
            max_removal_fraction=settings.max_removal_fraction,
            max_removal_rows=settings.max_removal_rows,
            sync_departments=settings.sync_departments,
            sync_posts=settings.sync_posts,
            sync_tags=settings.sync_tags,
            department_rules=[DepartmentRuleConfig.of(r) for r in settings.department_rules],
            origins=origins,
            runs_may_set=list(settings.runs_may_set),
            source_config_may_set=list(settings.source_config_may_set),
            credential_env_prefix=settings.credential_env_prefix or "",
            credential_directory=settings.credential_directory or "",
            reserved_env=[settings.database_url_env] if settings.database_url_env else [],
        ),
    }


def build_assets(settings: Settings) -> list[AssetsDefinition]:
    partitions_def = hourly_partitions(settings)
    schema = settings.schema if settings.uses_postgres else None
    assets = [build_asset(asset, partitions_def, schema, settings.step_retry_delay_seconds,
                          school=settings.code)
              for asset in ENTITIES]
    if not settings.code_repository_url:
        return assets
    # the asset pages link each step's code to the repository, not to a path on
    # the machine that loaded it (a container's /opt/..., a laptop's home)
    linked = link_code_references_to_git(
        assets, git_url=settings.code_repository_url, git_branch=settings.code_branch,
        file_path_mapping=AnchorBasedFilePathMapping(
            local_file_anchor=PACKAGE_ROOT, file_anchor_path_in_repository=""))
    return [a for a in linked if isinstance(a, AssetsDefinition)]


def build_definitions(settings: Settings) -> Definitions:
    partitions_def = hourly_partitions(settings)
    jobs = build_jobs()
    assets = build_assets(settings)
    return Definitions(
        assets=assets,
        jobs=jobs,
        schedules=build_schedules(jobs, partitions_def),
        sensors=[free_dead_runs, *ALERT_SENSORS],
        resources=build_resources(settings),
        # a subprocess per step costs ~1.7 s; the sync steps are I/O-bound and
        # serialised by the store's pool anyway
        executor=in_process_executor,
    )
