"""Hourly partitions, and the window a run reads (operations.md).

- one partition, or a range that does not start at the first partition: an
  incremental catch-up over [start of its first hour, end of its last hour);
- a run tagged ``flowsync/mode: full`` (the ``officeflow_full_resync`` job),
  or a range starting at the first partition: a full resync with no window,
  which also reconciles deletions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from dagster import AssetExecutionContext, Config, HourlyPartitionsDefinition

from flowsync_dagster.settings import Settings

MODE_TAG = "flowsync/mode"
ALLOW_MASS_REMOVAL_TAG = "flowsync/allow_mass_removal"


class SyncConfig(Config):
    """Run config every sync asset accepts (all optional)."""

    allow_mass_removal: bool = False
    mode: Literal["auto", "full", "incremental"] = "auto"


def hourly_partitions(settings: Settings) -> HourlyPartitionsDefinition:
    return HourlyPartitionsDefinition(
        start_date=settings.partitions_start, timezone=settings.timezone
    )


@dataclass(frozen=True)
class SyncWindow:
    full: bool
    start: datetime | None  # UTC; None for a full listing
    end: datetime | None
    first_partition: str | None
    last_partition: str | None
    reason: str
    allow_mass_removal: bool = False

    @property
    def bounds(self) -> tuple[datetime, datetime] | None:
        if self.full or self.start is None or self.end is None:
            return None
        return self.start, self.end

    @property
    def mode(self) -> str:
        return "full" if self.full else "incremental"

    def as_metadata(self) -> dict[str, str]:
        meta = {"mode": self.mode, "mode_reason": self.reason}
        if self.first_partition:
            meta["partitions"] = (self.first_partition if self.first_partition == self.last_partition
                                  else f"{self.first_partition}...{self.last_partition}")
        if self.start and self.end:
            meta["window_start_utc"] = self.start.isoformat()
            meta["window_end_utc"] = self.end.isoformat()
        return meta


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes"}


def sync_window(context: AssetExecutionContext, config: SyncConfig) -> SyncWindow:
    tags = context.run.tags
    allow = config.allow_mass_removal or _truthy(tags.get(ALLOW_MASS_REMOVAL_TAG))
    first = last = None
    start = end = None
    partitions_def = context.assets_def.partitions_def
    if context.has_partition_key_range or context.has_partition_key:
        key_range = context.partition_key_range
        first, last = key_range.start, key_range.end
        window = context.partition_time_window
        start, end = window.start.astimezone(UTC), window.end.astimezone(UTC)
    if config.mode == "full":
        full, reason = True, "run config mode: full"
    elif config.mode == "incremental":
        full, reason = start is None, "run config mode: incremental"
    elif (tags.get(MODE_TAG) or "").strip().lower() == "full":
        full, reason = True, f"run tag {MODE_TAG}=full"
    elif start is None:
        full, reason = True, "no partition: full listing"
    elif partitions_def is not None and first == partitions_def.get_first_partition_key():
        full, reason = True, "the range starts at the first partition"
    else:
        full, reason = False, "hourly window"
    return SyncWindow(
        full=full,
        start=None if full else start,
        end=None if full else end,
        first_partition=first,
        last_partition=last,
        reason=reason,
        allow_mass_removal=allow,
    )
