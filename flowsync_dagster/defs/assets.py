"""A ``SyncAsset`` as a Dagster multi-asset: the wiring every step shares.

Every sync asset is hourly-partitioned with a single-run backfill policy, in
the store's pool, with the step retry policy; its specs come from
``catalog.asset_spec``. Every key of one multi-asset has the same upstream
deps: a key depending on another key of its own step would be reached by
Dagster's backfill planner along two paths and given a partition subset that
it then finds "different" from its siblings' (a UI backfill failed so).

The multi-assets are subsettable so that a step can skip at run time: a
switched-off entity yields no materialization and no check result (its checks
show as not run), while the asset graph stays the same in every environment.
A step always writes all of its tables in one transaction; selecting part of
it reports only the part selected (the log says what else was written).
"""

from collections.abc import Iterator

from dagster import (
    AssetExecutionContext,
    AssetMaterialization,
    AssetsDefinition,
    BackfillPolicy,
    MaterializeResult,
    PartitionsDefinition,
    multi_asset,
)

from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.resources.sync import SyncPolicyResource
from flowsync_dagster.store.liveness import store_pool
from flowsync_dagster.sync import checks
from flowsync_dagster.sync.catalog import asset_spec
from flowsync_dagster.sync.partitions import SyncConfig
from flowsync_dagster.sync.step import SyncAsset, SyncStep, step_retry_policy


def build_asset(asset: SyncAsset, partitions_def: PartitionsDefinition,
                schema_name: str | None, retry_delay_seconds: float,
                school: str | None = None) -> AssetsDefinition:
    """``school``: the code of a school of a many-school deployment; its asset
    keys are prefixed with it, and its steps take turns in a pool of its own."""
    prefix = (school,) if school else ()
    @multi_asset(
        name=asset.name,
        specs=[asset_spec(t, deps=asset.deps, schema_name=schema_name, writer=asset.write,
                          prefix=prefix, school=school)
               for t in asset.tables],
        check_specs=checks.specs(list(asset.checks), prefix),
        partitions_def=partitions_def,
        backfill_policy=BackfillPolicy.single_run(),
        pool=store_pool(school),
        retry_policy=step_retry_policy(retry_delay_seconds),
        description=asset.description,
        can_subset=True,
    )
    def _step(context: AssetExecutionContext, config: SyncConfig,
              officeflow: OfficeflowResource, store: StoreResource,
              sync: SyncPolicyResource) -> Iterator[MaterializeResult | AssetMaterialization]:
        yield from SyncStep(asset, context, config, officeflow, store, sync).run()

    return _step
