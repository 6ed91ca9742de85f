"""A run may not configure the project's resources.

Dagster lets whoever launches a run give config to any resource, and a
resource's run config replaces what the code location built it with: a run
could point ``officeflow`` at any server with any credential reference, or
``store`` at any database. The resources are the deployment's (its
environment and settings file); what a run may change goes through the
settings' own allow-list (``runs.may_set``, ``settings/layers.py``). Each
resource refuses, as it is set up (before any step, before any request), a
run whose config names it.
"""

from __future__ import annotations

from dagster import InitResourceContext

from flowsync_dagster.settings.keys import SettingsError

PROJECT_RESOURCES = ("officeflow", "store", "sync")


def refuse_resource_config(context: InitResourceContext) -> None:
    run = context.run
    if run is None:  # a sensor or a schedule: nobody launched anything
        return
    given = (run.run_config or {}).get("resources") or {}
    for key in PROJECT_RESOURCES:
        entry = given.get(key)
        config = entry.get("config") if isinstance(entry, dict) else entry
        if config:
            fields = ", ".join(sorted(config)) if isinstance(config, dict) else str(config)[:40]
            raise SettingsError(
                f"run config resources.{key}.config ({fields}): a run may not configure the "
                f"{key} resource; the deployment's environment and settings file decide it "
                "(what a run may set goes under ops.<step>.config.settings, as runs.may_set "
                "allows)")
