"""The hours a run read beyond its own, marked materialized by that run.

Dagster marks an hourly partition materialized only when a run targets it.
A run reads more than its own hour: a full resync, and the listings read
whole on every run (the tree, the registries), hold every change made before
the run's hour; an incremental run reads its look-back and any catch-up, so
an hour whose own run failed is in the store once a later run read it.

The step itself reports a materialization (metadata ``covered_by_run``) for
each such hour that this Dagster instance does not show materialized yet,
*before* its own ``MaterializeResult``. So partition health says which hours
the store holds, and the asset page's latest materialization is still the
run's own: its metadata, its evaluated checks, its time for freshness
(docs/operations.md, "Partition health").

It marks no hour before the earliest one this instance shows materialized
for the asset: Dagster stores an event in 11-18 ms, so the hours from a
partitions start a year back would cost a new instance's first run 25-40
minutes (8,760 hours x 15 assets). The first run marks its own hours; each
later run fills the gap since, at most ``MARK_MAX_HOURS`` an asset, newest
first. Set ``FLOWSYNC_PARTITIONS_START`` to the go-live hour, or backfill the
range once, to have the hours before it marked.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from dagster import PartitionKeyRange, TimeWindowPartitionsDefinition

from flowsync_dagster.sync.partitions import SyncWindow

COVERED_BY = "covered_by_run"
# a week of hours: at ~15 ms an event, at most ~40 s of a run for 15 assets
# (a nightly resync with no hourly runs since the last marks 23 an asset); a
# longer gap, say after an old hour was backfilled, fills in over the
# following runs, newest hours first
MARK_MAX_HOURS = 168
DESCRIPTION = ("This hour was read by a run of a later partition: a full resync, a whole "
               "listing, or a look-back or catch-up window.")


def first_hour_read(partitions_def: TimeWindowPartitionsDefinition, window: SyncWindow,
                    whole_listing: bool) -> str:
    """The first partition whose whole hour the run's read holds: the first
    partition after a full or whole read, else the first hour that starts
    inside the window (an hour only partly inside it was not read whole)."""
    first = partitions_def.get_first_partition_key()
    start = window.start
    if window.full or whole_listing or start is None:
        return first
    if start <= partitions_def.time_window_for_partition_key(first).start:
        return first
    key = partitions_def.get_partition_key_for_timestamp(start.timestamp())
    if partitions_def.time_window_for_partition_key(key).start < start:
        key = partitions_def.get_next_partition_key(key) or key
    return key


@dataclass(frozen=True)
class Marking:
    hours: list[str]  # to mark now, oldest first
    left: int  # older ones beyond ``MARK_MAX_HOURS``, for a later run


def hours_to_mark(partitions_def: TimeWindowPartitionsDefinition, first_read: str,
                  own_first: str, materialized: Set[str]) -> Marking:
    """The partitions in [``first_read``, ``own_first``) not in
    ``materialized``, none before the earliest one in it (nothing at all on
    the instance's first materialization of the asset): the newest
    ``MARK_MAX_HOURS`` of them."""
    if not materialized:
        return Marking([], 0)
    # hourly keys ("2026-11-27-08:00") sort as text in time order
    start = max(first_read, min(materialized))
    if start >= own_first:
        return Marking([], 0)
    keys = partitions_def.get_partition_keys_in_range(PartitionKeyRange(start, own_first))
    unmarked = [k for k in keys if k != own_first and k not in materialized]
    return Marking(unmarked[-MARK_MAX_HOURS:], max(0, len(unmarked) - MARK_MAX_HOURS))


def span_text(keys: list[str]) -> str:
    return keys[0] if len(keys) == 1 else f"{keys[0]}...{keys[-1]}"
