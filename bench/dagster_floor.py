"""The same asset graph with steps that do nothing: what Dagster alone costs
for one run of it (bench/README.md, "The fixed cost of a run, in parts").

``defs`` mirrors the project's code location: the same multi-assets, asset
and check specs, partitions, pool and in-process executor, but each step
returns its ``MaterializeResult``s and passing check results at once, with
no store, API or settings. ``bench/floor_parts.py`` runs it beside our own
empty hour, so that their difference is what this project adds.
"""

from __future__ import annotations

from collections.abc import Iterator

from dagster import (
    AssetCheckResult,
    AssetsDefinition,
    Definitions,
    MaterializeResult,
    in_process_executor,
    multi_asset,
)

from flowsync_dagster.defs.build import build_assets
from flowsync_dagster.defs.jobs import build_jobs
from flowsync_dagster.settings.load import load_settings


def noop_copy(real: AssetsDefinition) -> AssetsDefinition:
    specs = list(real.specs)
    check_specs = list(real.check_specs)

    @multi_asset(name=real.node_def.name, specs=specs, check_specs=check_specs,
                 partitions_def=real.partitions_def, pool=real.node_def.pool,
                 can_subset=True)
    def _noop(context) -> Iterator[MaterializeResult]:
        for spec in specs:
            if spec.key in context.selected_asset_keys:
                yield MaterializeResult(asset_key=spec.key, metadata={"rows": 0}, check_results=[
                    AssetCheckResult(asset_key=spec.key, check_name=c.name, passed=True)
                    for c in check_specs if c.asset_key == spec.key])

    return _noop


defs = Definitions(assets=[noop_copy(a) for a in build_assets(load_settings())],
                   jobs=build_jobs(), executor=in_process_executor)
