"""Hourly partitions, and the window a run reads (docs/operations.md).

- one partition, or a range that does not start at the first partition: an
  incremental read of [start of its first hour, end of its last hour), begun
  ``lookback`` earlier (a change stamped inside an hour may become visible at
  the source only after that hour's run) and, when an earlier hour's run
  failed, from the end of the last span that was read successfully (within
  ``catchup_max``);
- a run tagged ``flowsync/mode: full`` (the ``officeflow_full_resync`` job),
  or a range starting at the first partition: a full resync with no window,
  which also reconciles deletions.

Re-reading a span that was read before changes nothing: the merge writes
only what changed, and never lets an older record win.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Literal

from dagster import AssetExecutionContext, Config, HourlyPartitionsDefinition

from flowsync_dagster.settings.load import Settings, truthy
from flowsync_dagster.store.ledger import Covered

MODE_TAG = "flowsync/mode"
ALLOW_MASS_REMOVAL_TAG = "flowsync/allow_mass_removal"
# one run applies the source's records even where they are older than the
# stored rows: a restore of the source that the store must follow on purpose
ACCEPT_OLDER_TAG = "flowsync/accept_older"


class SyncConfig(Config):
    """Run config every sync asset accepts (all optional)."""

    allow_mass_removal: bool = False
    accept_older: bool = False
    mode: Literal["auto", "full", "incremental"] = "auto"
    # run-time settings for this run, by key ("sync.posts": "false"): above
    # every other source (docs/settings.md)
    settings: dict[str, str] = {}


def hourly_partitions(settings: Settings) -> HourlyPartitionsDefinition:
    return HourlyPartitionsDefinition(
        start_date=settings.partitions_start, timezone=settings.timezone
    )


@dataclass(frozen=True)
class SyncWindow:
    full: bool
    start: datetime | None  # UTC: the span read, look-back and catch-up included
    end: datetime | None  # None for a full listing
    first_partition: str | None
    last_partition: str | None
    reason: str  # why full or incremental
    allow_mass_removal: bool = False
    accept_older: bool = False  # the source's older records win, this run only
    partition_start: datetime | None = None  # UTC: the partitions' own span
    partition_end: datetime | None = None
    span_reason: str = ""  # why the span read starts where it does

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
        if self.partition_start and self.partition_end and not self.full:
            meta["partition_start_utc"] = self.partition_start.isoformat()
            meta["partition_end_utc"] = self.partition_end.isoformat()
        if self.start and self.end:
            meta["window_start_utc"] = self.start.isoformat()
            meta["window_end_utc"] = self.end.isoformat()
            meta["window_reason"] = self.span_reason
        return meta


def sync_window(context: AssetExecutionContext, config: SyncConfig) -> SyncWindow:
    """Full or incremental, and the partitions' span; ``plan_span`` then widens
    an incremental span by the look-back and any catch-up."""
    tags = context.run.tags
    allow = config.allow_mass_removal or truthy(tags.get(ALLOW_MASS_REMOVAL_TAG))
    accept_older = config.accept_older or truthy(tags.get(ACCEPT_OLDER_TAG))
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
        full, reason = False, HOURLY_WINDOW
    return SyncWindow(
        full=full,
        start=None if full else start,
        end=None if full else end,
        first_partition=first,
        last_partition=last,
        reason=reason,
        allow_mass_removal=allow,
        accept_older=accept_older,
        partition_start=start,
        partition_end=end,
        span_reason="" if full else "the partitions' own hours",
    )


def first_gap(covered: Sequence[Covered], since: datetime, until: datetime,
              history: datetime | None) -> datetime | None:
    """The earliest instant in [since, until) that no covered span contains, or
    None. Time before ``history`` (the first recorded sync) is not a gap, and
    with no history there is nothing to catch up."""
    if history is None:
        return None
    point = max(since, history)
    spans = sorted(covered, key=lambda c: c[0] or datetime.min.replace(tzinfo=UTC))
    moved = True
    while moved and point < until:
        moved = False
        for start, end in spans:
            if (start is None or start <= point) and point < end:
                point, moved = end, True
    return point if point < until else None


HOURLY_WINDOW = "hourly window"


def first_read_is_whole(window: SyncWindow, table: str) -> SyncWindow:
    """An hourly window into a store that holds no full resync of ``table``
    yet, made a full read: an hour alone would leave the table holding only
    what changed lately, and look synced (docs/operations.md, "The first
    run"). A mode the run chose itself (run config) is left as it is."""
    if window.full or window.reason != HOURLY_WINDOW:
        return window
    # ``end`` stays: what the read covers is claimed up to its partitions' end
    # only (sync_run's window_end), so an hour after it that fails is still a gap
    return replace(window, full=True, start=None, span_reason="",
                   reason=f"no full resync of {table} in the store yet: this run reads "
                          "everything, as a full resync does")


def plan_span(window: SyncWindow, covered: Sequence[Covered], history: datetime | None,
              lookback: timedelta, catchup_max: timedelta) -> SyncWindow:
    """Widen an incremental window: ``lookback`` before its first hour, and
    back to the first span no successful sync read within ``catchup_max``, less
    ``lookback`` again (docs/operations.md: the look-back applies before a gap
    too)."""
    if window.full or window.start is None or window.end is None:
        return window
    hours = lookback.total_seconds() / 3600
    start = window.start - lookback
    reason = f"{hours:g} h look-back before the partitions' hours" if lookback else \
        "the partitions' own hours"
    limit = window.start - max(catchup_max, lookback)
    gap = first_gap(covered, limit, start, history)
    if gap is not None:
        # a change stamped just before the gap may have become visible only
        # after the last hour that read it: the look-back applies before a gap too
        bounded = " (the catch-up bound)" if gap <= limit else ""
        start = gap - lookback
        reason = (f"catching up from {gap.isoformat()}{bounded}, less the {hours:g} h "
                  "look-back: no successful sync read from there, an earlier hour's run "
                  "failed or never ran")
    return replace(window, start=start, span_reason=reason)
