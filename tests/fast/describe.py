"""What a ``Definitions`` object declares, as plain JSON-able data.

``describe`` is everything a person sees of the code location (assets, checks,
jobs, schedules, resources, executor) with values that do not depend
on the machine: no file paths, no object ids. ``graph_shape`` is the part that
must not depend on the environment at all: which assets, deps, checks and
jobs exist. Only public Dagster APIs are used.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from dagster import (
    AssetCheckKey,
    AssetKey,
    AssetsDefinition,
    Definitions,
    PartitionsDefinition,
    TimeWindowPartitionsDefinition,
)

from flowsync_dagster.sync.entities import ENTITIES

# metadata whose value is the machine's (a code reference is an absolute path)
VOLATILE_METADATA = {"dagster/code_references"}


def key_str(key: AssetKey) -> str:
    return key.to_user_string()


def check_str(key: AssetCheckKey) -> str:
    return f"{key_str(key.asset_key)}:{key.name}"


def _plain(value: Any) -> Any:
    """A metadata value as the value it holds."""
    return getattr(value, "value", value)


def _seconds(value: Any) -> float | None:
    if value is None:
        return None
    if hasattr(value, "to_timedelta"):
        value = value.to_timedelta()
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)


def describe_partitions(partitions_def: PartitionsDefinition | None) -> dict[str, Any] | None:
    if partitions_def is None:
        return None
    out: dict[str, Any] = {"type": type(partitions_def).__name__}
    if isinstance(partitions_def, TimeWindowPartitionsDefinition):
        out.update(
            start=partitions_def.start.isoformat(),
            timezone=partitions_def.timezone,
            fmt=partitions_def.fmt,
            cron_schedule=partitions_def.cron_schedule,
            end_offset=partitions_def.end_offset,
            first_partition_key=partitions_def.get_first_partition_key(),
        )
    return out


def describe_freshness(policy: Any) -> dict[str, Any] | None:
    if policy is None:
        return None
    out: dict[str, Any] = {"type": type(policy).__name__}
    for name in ("fail_window", "warn_window", "deadline_cron", "timezone"):
        if hasattr(policy, name):
            value = getattr(policy, name)
            out[name + ("_seconds" if name.endswith("window") else "")] = (
                _seconds(value) if name.endswith("window") else value)
    return out


def describe_columns(schema_value: Any) -> dict[str, Any] | None:
    if schema_value is None:
        return None
    schema = getattr(schema_value, "schema", schema_value)
    return {
        "columns": [f"{c.name} {c.type}" + ("" if c.constraints.nullable else " not null")
                    for c in schema.columns],
        "constraints": list(schema.constraints.other) if schema.constraints else [],
    }


def _package_checks() -> dict[str, Any]:
    """The project's own check objects, which know the severity a spec does not carry."""
    return {check.name: check for asset in ENTITIES for check in asset.checks}


def multi_assets(defs: Definitions) -> list[AssetsDefinition]:
    """Every executable assets definition (each sync step is one multi-asset), by name."""
    seen: dict[str, AssetsDefinition] = {}
    for key in defs.resolve_all_asset_keys():
        assets_def = defs.resolve_assets_def(key)
        if not assets_def.is_executable:  # an external asset named only as a dep
            continue
        seen.setdefault(assets_def.node_def.name, assets_def)
    return [seen[name] for name in sorted(seen)]


def _sorted_keys(keys: Iterable[AssetKey]) -> list[str]:
    return sorted(key_str(k) for k in keys)


def describe(defs: Definitions) -> dict[str, Any]:
    graph = defs.resolve_asset_graph()
    package_checks = _package_checks()

    steps: dict[str, Any] = {}
    assets: dict[str, Any] = {}
    checks: dict[str, Any] = {}
    for assets_def in multi_assets(defs):
        op = assets_def.node_def
        policy = assets_def.backfill_policy
        retry = getattr(op, "retry_policy", None)
        steps[op.name] = {
            "keys": _sorted_keys(assets_def.keys),
            # the first line only: the rest is the module's docstring
            "summary": (op.description or "").strip().splitlines()[0] if op.description else None,
            "can_subset": assets_def.can_subset,
            "required_resource_keys": sorted(assets_def.required_resource_keys),
            "retry_policy": None if retry is None else {
                "max_retries": retry.max_retries, "delay": retry.delay,
                "backoff": retry.backoff.value if retry.backoff else None,
                "jitter": retry.jitter.value if retry.jitter else None,
            },
        }
        for spec in assets_def.specs:
            metadata = spec.metadata or {}
            assets[key_str(spec.key)] = {
                "multi_asset": op.name,
                "deps": _sorted_keys(assets_def.asset_deps[spec.key]),
                "group": spec.group_name,
                "kinds": sorted(spec.kinds),
                "owners": list(spec.owners),
                "tags": dict(sorted(spec.tags.items())),
                "description": spec.description,
                "skippable": spec.skippable,
                "table_name": _plain(metadata.get("dagster/table_name")),
                "column_schema": describe_columns(metadata.get("dagster/column_schema")),
                "metadata_keys": sorted(metadata),
                "freshness_policy": describe_freshness(spec.freshness_policy),
                "partitions": describe_partitions(spec.partitions_def),
                "backfill_policy": None if policy is None else {
                    "type": policy.policy_type.value,
                    "max_partitions_per_run": policy.max_partitions_per_run,
                },
                "pool": op.pool,
            }
        for check_spec in assets_def.check_specs:
            own = package_checks.get(check_spec.name)
            checks[check_str(check_spec.key)] = {
                "asset": key_str(check_spec.asset_key),
                "name": check_spec.name,
                "multi_asset": op.name,
                "blocking": check_spec.blocking,
                "severity": own.severity.value if own is not None else None,
                "kind": type(own).__name__ if own is not None else None,
                "description": check_spec.description,
            }

    jobs: dict[str, Any] = {}
    for unresolved in defs.jobs or []:
        job = defs.resolve_job_def(unresolved.name)
        selection = getattr(unresolved, "selection", None)
        jobs[job.name] = {
            "description": job.description,
            "selection": str(selection) if selection is not None else None,
            "assets": _sorted_keys(selection.resolve(graph)) if selection is not None else None,
            "asset_checks": (sorted(check_str(k) for k in selection.resolve_checks(graph))
                             if selection is not None else None),
            "run_tags": dict(sorted(job.run_tags.items())),
            "tags": dict(sorted(job.tags.items())),
            "partitions": describe_partitions(job.partitions_def),
            "executor": job.executor_def.name,
        }

    schedules: dict[str, Any] = {}
    for unresolved in defs.schedules or []:
        schedule = defs.resolve_schedule_def(unresolved.name)
        schedules[schedule.name] = {
            "cron_schedule": schedule.cron_schedule,
            "execution_timezone": schedule.execution_timezone,
            "job": schedule.job_name,
            "default_status": schedule.default_status.value,
            "description": schedule.description,
        }

    return {
        "assets": dict(sorted(assets.items())),
        "asset_checks": dict(sorted(checks.items())),
        "multi_assets": steps,
        "jobs": dict(sorted(jobs.items())),
        "schedules": dict(sorted(schedules.items())),
        "sensors": describe_sensors(defs),
        "resources": {key: type(value).__name__
                      for key, value in sorted((defs.resources or {}).items())},
        "executor": defs.executor.name if defs.executor is not None else None,
    }


def describe_sensors(defs: Definitions) -> dict[str, Any]:
    """Every sensor: its name, default status, interval and what it needs."""
    sensors: dict[str, Any] = {}
    for unresolved in defs.sensors or []:
        sensor = defs.resolve_sensor_def(unresolved.name)
        sensors[sensor.name] = {
            "default_status": sensor.default_status.value,
            "minimum_interval_seconds": sensor.minimum_interval_seconds,
            "jobs": sorted(job.name for job in sensor.jobs) if sensor.has_jobs else [],
            "required_resource_keys": sorted(sensor.required_resource_keys),
            "description": sensor.description,
        }
    return dict(sorted(sensors.items()))


def graph_shape(full: dict[str, Any]) -> dict[str, Any]:
    """What must be the same in every environment, from a ``describe``: the
    asset graph and its jobs.

    Left out on purpose: table names, partition start and timezone, schedule
    timezones, resource values.
    """
    return {
        "assets": {key: a["deps"] for key, a in full["assets"].items()},
        "multi_assets": {name: m["keys"] for name, m in full["multi_assets"].items()},
        "asset_checks": {key: (c["blocking"], c["severity"])
                         for key, c in full["asset_checks"].items()},
        "jobs": {name: (j["assets"], j["asset_checks"], j["run_tags"])
                 for name, j in full["jobs"].items()},
        "schedules": {name: (s["job"], s["cron_schedule"], s["default_status"])
                      for name, s in full["schedules"].items()},
        "sensors": {name: s["default_status"] for name, s in full["sensors"].items()},
        "resources": full["resources"],
        "executor": full["executor"],
    }
