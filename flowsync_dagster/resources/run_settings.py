"""A run's settings, settled once as its first step starts.

What the code location loaded (defaults, settings file, environment), then
``source_config`` from the school's store below the explicit ones, then the
run's own tags (``flowsync/<key>``) and config (``settings:``) above all
(``settings/layers.py`` says why in that order); the last two only for what
the settings file lets them set, and credential references only among those
the deployment declared (``settings/boundary.py``). The result, credentials
masked, is logged once and recorded on every materialization of the run.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dagster import AssetExecutionContext

from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.resources.sync import SyncPolicy, SyncPolicyResource
from flowsync_dagster.settings.layers import Resolved, run_layer, settle_run
from flowsync_dagster.store.source_config import read_source_config


@dataclass(frozen=True)
class RunSettings:
    settled: Resolved
    policy: SyncPolicy

    def masked(self) -> dict[str, dict[str, Any]]:
        shown = self.settled.masked()
        shown["department_rules"] = {
            "value": [r.label() for r in self.policy.department_rules],
            "from": self.settled.origins.get("department_rules", "explicit")}
        return shown


def loaded_settings(officeflow: OfficeflowResource, policy: SyncPolicyResource) -> Resolved:
    """The run-time settings as the code location loaded them, with their sources."""
    return officeflow.loaded(policy.origins).joined(policy.loaded())


def settle(context: AssetExecutionContext, op_settings: Mapping[str, str],
           officeflow: OfficeflowResource, store: StoreResource,
           policy: SyncPolicyResource) -> RunSettings:
    """This run's settings (the first step settles them; the others reuse them)."""
    run_id = context.run.run_id
    cached = policy.settled_for(run_id)
    if cached is not None:
        officeflow.use(cached.settled)
        return cached
    loaded = loaded_settings(officeflow, policy)
    boundary = policy.boundary(loaded)
    run = run_layer(context.run.tags, op_settings, boundary.runs_may_set)
    source = read_source_config(store.store, boundary.source_config_may_set)
    settled = settle_run(loaded, source, run)
    boundary.check_credentials(settled)  # before the client exists: nothing is sent
    origins = dict(settled.origins)
    origins["department_rules"] = policy.origins.get("department_rules", "explicit")
    chosen = RunSettings(Resolved(settled.values, origins), policy.policy(settled))
    officeflow.use(chosen.settled)
    policy.remember(run_id, chosen)
    context.log.info("flowsync settings of this run (credentials masked): "
                     + json.dumps(chosen.masked(), ensure_ascii=False, sort_keys=True))
    return chosen
